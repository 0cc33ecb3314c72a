import type { Page } from 'playwright-core';

/** The unmasked WebGL renderer string of a fresh WebGL2 context in `page`. */
export async function webglRenderer(page: Page): Promise<string> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return 'no WebGL2 context';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(
      gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? 'unknown',
    );
    // Give the context back at once: Chromium caps live contexts per page.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return renderer;
  });
}

/**
 * Fails unless WebGL renders through SwiftShader. Frame-dependent assertions (draw calls,
 * screenshots) are only comparable on that renderer, so a silent switch must stop the run.
 */
export async function assertSwiftShaderRenderer(page: Page): Promise<string> {
  const renderer = await webglRenderer(page);
  if (!/SwiftShader/i.test(renderer)) {
    throw new Error(`[harness] expected a SwiftShader WebGL renderer, got "${renderer}"`);
  }
  return renderer;
}
