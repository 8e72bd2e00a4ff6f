// Runs the Playwright tests with a Chromium found by scripts/findChromium.mjs.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { findChromium } from './findChromium.mjs';

/** A port nobody listens on, so the tests never talk to a server they did not start. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const chromium = await findChromium();
const port = process.env.EVENTFLOW_E2E_PORT ?? String(await freePort());
console.log(`run-e2e: using ${chromium}, serving the build on port ${port}`);
const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, EVENTFLOW_CHROMIUM: chromium, EVENTFLOW_E2E_PORT: port },
});
process.exit(r.status ?? 1);
