/**
 * Whether this browser can start the 3D world, asked before its chunk loads: a throwaway canvas
 * asks for WebGL 2 (three.js needs it) and gives the context back at once, since Chromium caps
 * how many live contexts a page may hold.
 */
export function canUseWebGL(): boolean {
  // Asked at start-up and again by the shell; a context costs tens of milliseconds to make.
  webgl ??= probeWebGL();
  return webgl;
}

let webgl: boolean | undefined;

function probeWebGL(): boolean {
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
