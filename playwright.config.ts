import { defineConfig, devices } from '@playwright/test';

const CI = Boolean(process.env.CI);
// Its own port, never a server left running from `npm start` (scripts/run-e2e.mjs picks a free one).
const PORT = Number(process.env.EVENTFLOW_E2E_PORT ?? 4174);

/**
 * Browser tests run against the production build served by `vite preview`. The Chromium to use
 * comes from scripts/run-e2e.mjs (EVENTFLOW_CHROMIUM); Playwright cannot download browsers here.
 */
export default defineConfig({
  testDir: 'e2e',
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite build --mode e2e && npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: process.env.EVENTFLOW_CHROMIUM,
          // Each test context gets a fresh, temporary user-data dir from Playwright.
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
});
