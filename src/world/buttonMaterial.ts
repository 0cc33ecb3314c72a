import { MeshStandardMaterial } from 'three';

/** Travel controls share one material: a strong blue that reads as "press me" on any booth. */
export const buttonMaterial = new MeshStandardMaterial({
  color: '#2456c9',
  roughness: 0.6,
  emissive: '#1a3d91',
  emissiveIntensity: 0.35,
});
