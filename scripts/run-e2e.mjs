// Runs the Playwright tests with a Chromium found by scripts/findChromium.mjs.
import { spawnSync } from 'node:child_process';
import { findChromium } from './findChromium.mjs';

const chromium = await findChromium();
console.log(`run-e2e: using ${chromium}`);
const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, EVENTFLOW_CHROMIUM: chromium },
});
process.exit(r.status ?? 1);
