// Finds a Chromium for the Playwright tests and runs them:
//   1. $CHROMIUM_PATH or $EVENTFLOW_CHROMIUM, 2. /usr/bin/chromium, 3. a browser Playwright installed,
//   4. as root with apt-get: install Debian's chromium package, 5. otherwise explain what to install.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function playwrightBrowser() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function hasApt() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

async function findChromium() {
  for (const name of ['CHROMIUM_PATH', 'EVENTFLOW_CHROMIUM']) {
    const p = process.env[name];
    if (p) {
      if (executable(p)) return p;
      console.error(`run-e2e: ${name}=${p} is not an executable file`);
      process.exit(1);
    }
  }
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  const bundled = await playwrightBrowser();
  if (bundled) return bundled;
  if (process.getuid?.() === 0 && hasApt()) {
    console.log('run-e2e: no Chromium found; installing Debian\'s chromium package (apt-get)…');
    const r = spawnSync('sh', ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'], { stdio: 'inherit' });
    if (r.status === 0 && executable('/usr/bin/chromium')) return '/usr/bin/chromium';
    console.error('run-e2e: installing chromium with apt-get failed');
    process.exit(1);
  }
  console.error(
    'run-e2e: no Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
  );
  process.exit(1);
}

const chromium = await findChromium();
console.log(`run-e2e: using ${chromium}`);
const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, EVENTFLOW_CHROMIUM: chromium },
});
process.exit(r.status ?? 1);
