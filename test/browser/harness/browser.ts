import chromium from '@sparticuz/chromium';
import {
  type Browser,
  type BrowserContext,
  type Page,
  chromium as playwright,
} from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { guardContext, type PageGuard } from './guard';

/**
 * WebGL renders in software (SwiftShader) here; these flags pin that path so that every machine
 * renders the same way, and keep Chromium from talking to anything on its own.
 */
const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-quic',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface LaunchOptions {
  /** False starts Chromium with WebGL switched off, as some browsers and policies do. */
  readonly webgl?: boolean;
}

/** Chromium's own switches: no WebGL of any version, and no other 3D API either. */
const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-3d-apis'];

/** Starts the headless Chromium that ships inside @sparticuz/chromium (no download step). */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = await chromium.executablePath();
  const args = options.webgl === false ? [...CHROMIUM_ARGS, ...NO_WEBGL_ARGS] : CHROMIUM_ARGS;
  return playwright.launch({ executablePath, args, headless: true });
}

/** One browser for the whole test file: launched before its tests, closed after them. */
export function useBrowser(options: LaunchOptions = {}): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('[harness] useBrowser(): the browser is not launched yet');
    return browser;
  };
}

export interface OpenPageOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  /** A touch screen (taps reach the page as touch pointers). */
  readonly touch?: boolean;
  /** Mobile emulation: meta viewport honoured, mobile user agent behaviour. */
  readonly mobile?: boolean;
  readonly reducedMotion?: boolean;
  /** The screen's pixel ratio; 1 unless a test is about high-density screens. */
  readonly deviceScaleFactor?: number;
  /** Wait for this before returning; defaults to 'load'. */
  readonly waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
  /** Another server's app, e.g. the dev server's; the built app of this run by default. */
  readonly origin?: string;
  /** Runs on the guarded context before its page opens (to answer some requests, say). */
  readonly prepare?: (context: BrowserContext, origin: string) => Promise<void>;
}

export interface GuardedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly guard: PageGuard;
  /** The served app's origin, e.g. "http://127.0.0.1:41234". */
  readonly origin: string;
  close(): Promise<void>;
}

/** The app's address for this run, as provided by the global setup. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/**
 * Opens `path` of the served app in a fresh, guarded context (desktop 1280x720 at dpr 1 unless
 * told otherwise). Tests open pages through `usePages`, which checks and closes them.
 */
export async function openPage(
  browser: Browser,
  path: string,
  options: OpenPageOptions = {},
): Promise<GuardedPage> {
  const origin = options.origin ?? baseUrl();
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    // Software rendering: doubling the pixel ratio makes each frame about four times slower.
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    hasTouch: options.touch ?? false,
    isMobile: options.mobile ?? false,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  try {
    const guard = await guardContext(context, origin);
    await options.prepare?.(context, origin);
    const page = await context.newPage();
    await page.goto(new URL(path, origin).href, { waitUntil: options.waitUntil ?? 'load' });
    return { page, context, guard, origin, close: () => context.close() };
  } catch (error) {
    // Nobody holds the context yet, so nobody else would close it.
    await context.close();
    throw error;
  }
}
