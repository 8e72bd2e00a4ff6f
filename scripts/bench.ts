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
if (r.status !== 0) process.exit(r.status ?? 1);

if (process.env.BENCH_BROWSER !== '0') {
  const { benchBrowser } = await import('./benchBrowser');
  const b = await benchBrowser();
  const pad = (s: string) => s.padEnd(64);
  console.log('');
  console.log(`Canvas benchmark in Chromium (${b.nodes} nodes; headless, software rendering)`);
  console.log(`${pad('frame rate while panning: app')}${b.appFps.toFixed(0)} fps   goal >= 50 fps`);
  console.log(`${pad('frame rate while panning: bare React Flow, same nodes')}${b.bareFps.toFixed(0)} fps`);
  console.log(`${pad('bare React Flow fps / app fps')}${(b.bareFps / b.appFps).toFixed(2)}x   goal <= 1.5x`);
  console.log(`${pad('longest frame while panning the app')}${b.appWorstFrameMs.toFixed(0)} ms`);
  console.log(`${pad('text edit to canvas update (median of 5)')}${b.textToCanvasMs.toFixed(0)} ms   goal <= 200 ms`);
  console.log(`${pad('initial JavaScript (gzip, before Monaco loads)')}${b.initialJsGzipKb.toFixed(0)} KB   goal <= 400 KB`);
}
process.exit(0);
