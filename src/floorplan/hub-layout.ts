/**
 * The hub at the centre of the ring, as pure data shared by the scene and navigation.
 * Angles follow the ring's convention: 0 is -z, growing clockwise seen from above (towards +x).
 */

type Vec3 = readonly [number, number, number];

export const HUB_RADIUS = 9;
export const EYE_HEIGHT = 1.6;

export interface Pose {
  readonly position: Vec3;
  /** Rotation about y, three.js convention: yaw 0 looks down -z. */
  readonly yaw: number;
}

const START_Z = 2.6;

/** Where a visitor first stands: in the hub, behind the kiosk, facing booth #1. */
export const HUB_VIEWPOINT: Pose = Object.freeze({
  position: Object.freeze([0, EYE_HEIGHT, START_Z] as const),
  yaw: 0,
});

/**
 * The kiosk's plinth, the checklist kiosk's place. It stands ahead and to the right of the start,
 * between booth #1 and booth #2 as seen from there, so that it never hides booth #1. `yaw` turns
 * its face towards the start.
 */
const KIOSK_BEARING = (19 * Math.PI) / 180;
const KIOSK_DISTANCE = 10;
const kioskX = Math.sin(KIOSK_BEARING) * KIOSK_DISTANCE;
const kioskZ = START_Z - Math.cos(KIOSK_BEARING) * KIOSK_DISTANCE;
export const KIOSK = Object.freeze({
  center: Object.freeze([kioskX, kioskZ] as const),
  radius: 0.7,
  yaw: Math.atan2(-kioskX, START_Z - kioskZ),
});

export interface HubPanelPlacement {
  readonly index: number;
  /** Centre of the board's base on the floor; the board faces the hub centre. */
  readonly position: Vec3;
  readonly rotationY: number;
  readonly width: number;
  readonly height: number;
  /** Height of the board's lower edge above the floor. */
  readonly bottom: number;
}

/** The hub's seven reading boards stand on an arc behind the start, facing the centre. */
export const HUB_PANEL_COUNT = 7;
const HUB_PANEL_ARC_RADIUS = 8;
const HUB_PANEL_STEP = Math.PI * (33.5 / 180);
export const HUB_PANEL_THICKNESS = 0.2;

export const HUB_PANELS: readonly HubPanelPlacement[] = Array.from(
  { length: HUB_PANEL_COUNT },
  (_, index): HubPanelPlacement => {
    // Centred on the back (angle π), first board on the left of a visitor who turns round.
    const angle = Math.PI + (index - (HUB_PANEL_COUNT - 1) / 2) * HUB_PANEL_STEP;
    const dx = Math.sin(angle);
    const dz = -Math.cos(angle);
    return {
      index,
      position: [dx * HUB_PANEL_ARC_RADIUS, 0, dz * HUB_PANEL_ARC_RADIUS],
      rotationY: Math.atan2(-dx, -dz),
      width: 4.2,
      height: 3.3,
      bottom: 0.5,
    };
  },
);

/** Slim pillars carrying the hub's canopy ring; the visitor walks round them. */
export const HUB_CANOPY = Object.freeze({ radius: 8.8, height: 6, pillarRadius: 0.13 });
export const HUB_PILLARS: readonly (readonly [number, number])[] = Array.from(
  { length: 8 },
  (_, i) => {
    // Offset by half a step so that no pillar stands straight between the start and booth #1.
    const angle = ((i + 0.5) * Math.PI) / 4;
    return [Math.sin(angle) * HUB_CANOPY.radius, -Math.cos(angle) * HUB_CANOPY.radius] as const;
  },
);
