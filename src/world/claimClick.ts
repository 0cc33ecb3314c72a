/**
 * For a 3D control's click handler (a booth, a travel button, a kiosk plate): the click did
 * something, so nothing behind the control acts on it, and the desktop look control, which
 * skips clicks whose default was prevented, does not also capture the mouse (a visitor who
 * clicked a booth to travel there would lose the cursor).
 */
export function claimClick(event: { stopPropagation(): void; nativeEvent: Event }): void {
  event.stopPropagation();
  event.nativeEvent.preventDefault();
}

/**
 * For solid things that do nothing when clicked (the hub's boards, the kiosk's panel): the
 * world picks only objects with handlers, so without one a click went through them to the booth
 * behind. Stopped here, nothing behind acts, and the click still counts as one on the world
 * (the desktop look control may capture the mouse).
 */
export function stopAtSurface(event: { stopPropagation(): void }): void {
  event.stopPropagation();
}
