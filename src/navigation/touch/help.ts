/** The help card's lines for a touch screen: what each gesture does. */
export const TOUCH_CONTROLS: readonly (readonly [gesture: string, what: string])[] = [
  ['Thumb on the left', 'a joystick appears under it: push to walk'],
  ['Drag elsewhere', 'look around'],
  ['Tap a booth', 'travel to it'],
  ['Tap a sign’s button', 'travel to that platform'],
  ['Hub', 'return to the hub'],
];
