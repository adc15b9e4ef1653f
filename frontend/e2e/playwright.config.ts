import { fileURLToPath } from 'node:url';
import { defineConfig, type LaunchOptions } from '@playwright/test';

// Playwright cannot download its own browsers on these machines, so tests run
// in Debian's chromium (frontend/scripts/ensure-chromium.sh installs it).
const launchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
};

const repoPath = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // Builds the Go server and starts it on a free port with a fresh database;
  // tests get its address through fixtures.ts.
  globalSetup: './global-setup.ts',
  // Repository-root folder that .gitignore already ignores.
  outputDir: repoPath('test-results'),
  reporter: [['list']],
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'desktop', testIgnore: 'offboarding.spec.ts', use: { browserName: 'chromium', launchOptions } },
    {
      // The learner pages again at phone width, where they must stay readable.
      name: 'phone',
      use: { browserName: 'chromium', launchOptions, viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true },
      // The playground is a desktop tool for staff.
      grepInvert: /@desktop-only/,
      testIgnore: 'offboarding.spec.ts',
    },
    {
      // Erases demo people that other specs sign in as, so it runs once, after both projects.
      name: 'offboarding',
      testMatch: 'offboarding.spec.ts',
      dependencies: ['desktop', 'phone'],
      use: { browserName: 'chromium', launchOptions },
    },
  ],
});
