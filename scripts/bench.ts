// `npm run bench`: throughput of the sensor engine and main-thread responsiveness during a burst.
// The engine is bundled for Node the way Vite bundles it for the app (tsx's dev transform adds
// per-closure overhead that would distort the figures), then run. Goals live here, not in tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');
const outDir = join(root, '.tmp/bench');
await build({
  root,
  logLevel: 'warn',
  configFile: false,
  plugins: [],
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    minify: false,
    rollupOptions: {
      input: { benchBody: join(root, 'scripts/benchBody.ts'), benchWorker: join(root, 'scripts/benchWorker.ts') },
      output: { format: 'es', entryFileNames: '[name].mjs' },
    },
  },
});
const r = spawnSync(process.execPath, [join(outDir, 'benchBody.mjs')], { stdio: 'inherit', env: process.env });
process.exit(r.status ?? 1);
