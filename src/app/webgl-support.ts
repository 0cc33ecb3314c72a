/**
 * Whether this browser can start the 3D world, asked before its chunk loads: a throwaway canvas
 * asks for WebGL 2 (three.js needs it) and gives the context back at once, since Chromium caps
 * how many live contexts a page may hold.
 */
export function canUseWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
