export type { GuardedPage, LaunchOptions, OpenPageOptions } from './browser';
export { baseUrl, launchBrowser, openPage, useBrowser } from './browser';
export type { GuardReport, PageGuard } from './guard';
export type { Pages, PagesOpenOptions } from './pages';
export { createPages, usePages, waitForWorld } from './pages';
export { screenshot, viewShot } from './screenshot';
export { CONTENT_SECURITY_POLICY } from './static-server';
export { assertSwiftShaderRenderer, webglRenderer } from './webgl';
