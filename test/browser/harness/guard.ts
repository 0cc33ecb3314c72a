import type { BrowserContext, ConsoleMessage } from 'playwright-core';

/** Everything a guarded page did that a shipped page must never do. */
export interface GuardReport {
  /** Requests to any origin but the test server's (each was aborted). */
  readonly foreignRequests: string[];
  /** Console errors and warnings not on the allow-list below. */
  readonly consoleProblems: string[];
  /** Uncaught exceptions, as Playwright reports them. */
  readonly pageErrors: string[];
  /** `unhandledrejection` events seen inside the page. */
  readonly unhandledRejections: string[];
  /** `securitypolicyviolation` events seen inside the page. */
  readonly cspViolations: string[];
}

export interface PageGuard {
  /** Live lists; read them to prove the guard saw something. */
  readonly report: GuardReport;
  /** Throws, listing everything recorded, unless every list is empty. */
  assertClean(): void;
}

interface AllowedNotice {
  readonly pattern: RegExp;
  readonly why: string;
}

/**
 * Console lines known to be harmless. Each needs a reason; anything else fails the test.
 * Warnings are guarded too, which is why library deprecation notices appear here.
 */
const ALLOWED_CONSOLE_NOTICES: readonly AllowedNotice[] = [
  {
    // @react-three/fiber 9.8 still builds its loop on THREE.Clock, which three r183+ marks as
    // deprecated with a one-time warning. Nothing breaks; it goes when fiber moves to THREE.Timer.
    pattern: /THREE\.Clock: This module has been deprecated/,
    why: 'fiber 9.8 uses THREE.Clock, deprecated in three r183',
  },
  {
    // troika's SDF glyph atlas reads pixels back when it checks WebGL support and when it grows;
    // under SwiftShader Chromium logs that as a performance note. Text still renders correctly.
    pattern: /GPU stall due to ReadPixels/,
    why: 'troika glyph atlas readback, a performance note under software rendering',
  },
];

function isAllowed(text: string): boolean {
  return ALLOWED_CONSOLE_NOTICES.some((notice) => notice.pattern.test(text));
}

function describeConsole(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  const where = url ? ` (${url}:${lineNumber})` : '';
  return `[${message.type()}] ${message.text()}${where}`;
}

const BINDING = '__pavilionGuardRecord';

/**
 * Runs in every document before the app. Events are forwarded to Node at once (through the
 * exposed binding) so they survive navigation, and are kept on `window.__pavilionGuard` too so
 * a test can read them from the page.
 */
function pageRecorder(binding: string): void {
  type Kind = 'unhandledrejection' | 'securitypolicyviolation';
  const host = window as unknown as Record<string, unknown>;
  const kept: Record<Kind, string[]> = { unhandledrejection: [], securitypolicyviolation: [] };
  host.__pavilionGuard = kept;

  const record = (kind: Kind, text: string): void => {
    kept[kind].push(text);
    const forward = host[binding];
    if (typeof forward === 'function') forward(kind, text);
  };

  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    const text = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
    record('unhandledrejection', text);
  });
  window.addEventListener('securitypolicyviolation', (event) => {
    record(
      'securitypolicyviolation',
      `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}` +
        ` at ${event.sourceFile}:${event.lineNumber}`,
    );
  });
}

/** Guards every page of `context`: call before the context opens its first page. */
export async function guardContext(context: BrowserContext, origin: string): Promise<PageGuard> {
  const report: GuardReport = {
    foreignRequests: [],
    consoleProblems: [],
    pageErrors: [],
    unhandledRejections: [],
    cspViolations: [],
  };

  // Anything not from our origin is recorded and never reaches the network. data: and blob: URLs
  // never hit the network, so Playwright does not route them.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    report.foreignRequests.push(`${route.request().method()} ${url}`);
    return route.abort('blockedbyclient');
  });

  context.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const text = describeConsole(message);
    if (!isAllowed(text)) report.consoleProblems.push(text);
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    report.pageErrors.push(error.stack ?? error.message);
  });

  await context.exposeBinding(BINDING, (_source, kind: unknown, text: unknown) => {
    const list = kind === 'unhandledrejection' ? report.unhandledRejections : report.cspViolations;
    list.push(String(text));
  });
  await context.addInitScript(pageRecorder, BINDING);

  return {
    report,
    assertClean() {
      const sections = Object.entries(report)
        .filter(([, entries]) => entries.length > 0)
        .map(([name, entries]) => `${name}:\n  - ${entries.join('\n  - ')}`);
      if (sections.length > 0) {
        throw new Error(`The page was not clean.\n${sections.join('\n')}`);
      }
    },
  };
}
