// Finds a Chromium for the Playwright tests and the browser benchmark:
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

/** The path of a Chromium to drive, or exits the process explaining what to install. */
export async function findChromium(tool = 'run-e2e') {
  for (const name of ['CHROMIUM_PATH', 'EVENTFLOW_CHROMIUM']) {
    const p = process.env[name];
    if (p) {
      if (executable(p)) return p;
      console.error(`${tool}: ${name}=${p} is not an executable file`);
      process.exit(1);
    }
  }
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  const bundled = await playwrightBrowser();
  if (bundled) return bundled;
  if (process.getuid?.() === 0 && hasApt()) {
    console.log(`${tool}: no Chromium found; installing Debian's chromium package (apt-get)…`);
    const r = spawnSync(
      'sh',
      ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium'],
      { stdio: 'inherit' },
    );
    if (r.status === 0 && executable('/usr/bin/chromium')) return '/usr/bin/chromium';
    console.error(`${tool}: installing chromium with apt-get failed`);
    process.exit(1);
  }
  console.error(
    `${tool}: no Chromium found. Install one (Debian/Ubuntu: \`sudo apt-get install -y chromium\`) or set CHROMIUM_PATH to a Chromium or Chrome executable.`,
  );
  process.exit(1);
}
