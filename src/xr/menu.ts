import type { ComfortSettings } from '../state/settings';

/**
 * The headset menu as plain data: what it offers, what each entry says and changes, and where
 * its buttons sit. It opens in front of the visitor, a little below the eyes, and stays put
 * in the room (not on the head) so a ray or a fingertip can reach it.
 */

export type MenuAction = 'hub' | 'turning' | 'vignette' | 'exit';

/** Top to bottom. */
export const MENU_ACTIONS: readonly MenuAction[] = ['hub', 'turning', 'vignette', 'exit'];

export function menuLabel(action: MenuAction, settings: ComfortSettings): string {
  switch (action) {
    case 'hub':
      return 'Back to the hub';
    case 'turning':
      return settings.turning === 'snap' ? 'Turning: in steps' : 'Turning: smooth';
    case 'vignette':
      return settings.vignette ? 'Vignette: on' : 'Vignette: off';
    case 'exit':
      return 'Exit VR';
  }
}

/** The settings change a comfort entry makes (it flips its setting), or null for the others. */
export function settingsChange(
  action: MenuAction,
  settings: ComfortSettings,
): Partial<ComfortSettings> | null {
  if (action === 'turning') return { turning: settings.turning === 'snap' ? 'smooth' : 'snap' };
  if (action === 'vignette') return { vignette: !settings.vignette };
  return null;
}

/** Metres: a button is wide enough for its label at a readable size, and a fingertip's target. */
export const MENU_BUTTON = { width: 0.26, height: 0.06, depth: 0.012, gap: 0.014 } as const;
/** How far in front of the eyes the menu opens, and how far below them: within arm's reach. */
export const MENU_DISTANCE = 0.45;
export const MENU_DROP = 0.28;

export interface MenuPose {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  /** Turned about y to face the head it opened for (three's rotation.y). */
  readonly yaw: number;
}

export interface HeadPose {
  readonly x: number;
  readonly y: number;
  readonly z: number;
  /** Which way the head faces about y; 0 looks down −z. */
  readonly yaw: number;
}

/** Where the menu opens for a head, in the play space (the head's own coordinates). */
export function menuPose(head: HeadPose): MenuPose {
  return {
    x: head.x - Math.sin(head.yaw) * MENU_DISTANCE,
    y: head.y - MENU_DROP,
    z: head.z - Math.cos(head.yaw) * MENU_DISTANCE,
    yaw: head.yaw,
  };
}

/** A button's centre in the menu's own frame, entries stacked top to bottom about its middle. */
export function buttonOffset(index: number): { readonly x: number; readonly y: number } {
  const pitch = MENU_BUTTON.height + MENU_BUTTON.gap;
  return { x: 0, y: ((MENU_ACTIONS.length - 1) / 2 - index) * pitch };
}

/** A button's face centre in the play space, for a menu opened at `pose`. */
export function buttonInPlaySpace(pose: MenuPose, action: MenuAction) {
  const offset = buttonOffset(MENU_ACTIONS.indexOf(action));
  const front = MENU_BUTTON.depth / 2;
  return {
    x: pose.x + Math.cos(pose.yaw) * offset.x + Math.sin(pose.yaw) * front,
    y: pose.y + offset.y,
    z: pose.z - Math.sin(pose.yaw) * offset.x + Math.cos(pose.yaw) * front,
  };
}

/** The yaw a head faces for its quaternion (x, y, z, w), ignoring pitch and roll. */
export function headYaw(q: { x: number; y: number; z: number; w: number }): number {
  // The head's forward (0, 0, −1) turned by q, flattened onto the floor.
  const fx = -2 * (q.x * q.z + q.w * q.y);
  const fz = -(1 - 2 * (q.x * q.x + q.y * q.y));
  return Math.atan2(-fx, -fz);
}
