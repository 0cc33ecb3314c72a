import type { Vec3 } from '../floorplan/layout';

/**
 * A piece of repeated structure (a box or a disc) in world space. Every booth and the hub emit
 * parts; the scene draws all parts of a kind with one instanced mesh, so the hall's structure
 * costs the same few draw calls whatever the number of booths.
 */
export interface Part {
  readonly kind: 'box' | 'disc';
  readonly position: Vec3;
  /** Full size along the part's own x, y, z (a disc uses x as its diameter). */
  readonly size: Vec3;
  readonly rotationY: number;
  /** Turn about the part's own z after yaw (for marks drawn on a panel). */
  readonly rotationZ?: number;
  readonly colour: string;
  /** "flat" parts ignore lighting: panels stay evenly white and easy to read from any side. */
  readonly finish: 'lit' | 'flat';
  /** The platform id a click on this part travels to, if any. */
  readonly owner: string | null;
}

/** A part in a placement's own frame, before scaling and turning into the world. */
export interface LocalPart {
  readonly kind: Part['kind'];
  readonly at: Vec3;
  readonly size: Vec3;
  readonly colour: string;
  readonly rotationZ?: number;
  readonly finish?: 'lit' | 'flat';
}

export interface Placement {
  readonly position: Vec3;
  readonly rotationY: number;
  readonly scale: number;
}

/** Moves a part from a placement's local frame (scaled by its scale) into the world. */
export function placePart(where: Placement, local: LocalPart, owner: string | null): Part {
  const s = where.scale;
  const cos = Math.cos(where.rotationY);
  const sin = Math.sin(where.rotationY);
  const [x, y, z] = local.at;
  return {
    kind: local.kind,
    position: [
      where.position[0] + (x * cos + z * sin) * s,
      where.position[1] + y * s,
      where.position[2] + (-x * sin + z * cos) * s,
    ],
    size: [local.size[0] * s, local.size[1] * s, local.size[2] * s],
    rotationY: where.rotationY,
    rotationZ: local.rotationZ ?? 0,
    colour: local.colour,
    finish: local.finish ?? 'lit',
    owner,
  };
}
