import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/chromium';

const PORT = 4173;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // The trust suite's figures: cleared before, printed as one line after (e2e/trust-summary.ts).
  globalSetup: './e2e/trust-setup.ts',
  globalTeardown: './e2e/trust-summary.ts',
  // Generous: on a loaded 2-core machine a long spec takes twice its usual time.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    viewport: { width: 1366, height: 860 },
    // The system Chromium when present (see e2e/chromium.ts).
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
