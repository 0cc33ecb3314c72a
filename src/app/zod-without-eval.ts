import { z } from 'zod';

/**
 * Zod 4 compiles object parsers with `new Function` and probes for it when a schema is built.
 * Under our CSP (no 'unsafe-eval') that probe is refused and reported as a violation, even though
 * zod catches it. Jitless mode skips both; it must run before any schema module is evaluated,
 * which is why main.tsx imports this file first.
 */
z.config({ jitless: true });
