// `npm run bench`: the benchmark is TypeScript; Vite's module runner loads it (no extra tool).
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('./main.ts', import.meta.url).pathname);
process.exitCode = await module.main();
