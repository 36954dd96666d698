import { defineConfig, devices } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const clientDir = path.dirname(fileURLToPath(import.meta.url));
const hostDir = path.resolve(clientDir, '..', 'src', 'EnterpriseSocial.Host', 'bin', 'Release', 'net10.0');
const externalBaseUrl = process.env.E2E_BASE_URL;
const localPort = 5199;

// Each run starts the real host on an empty SQLite database, which it seeds with the demo company.
// The path goes through the environment so that workers, which re-read this file, agree on it.
process.env.E2E_DATABASE_FILE ??= path.join(os.tmpdir(), `enterprisesocial-e2e-${process.pid}-${Date.now()}.db`);
const databaseFile = process.env.E2E_DATABASE_FILE;

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  retries: 0,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  globalTeardown: externalBaseUrl ? undefined : './e2e/global-teardown.ts',
  use: {
    baseURL: externalBaseUrl ?? `http://127.0.0.1:${localPort}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: externalBaseUrl
    ? undefined
    : {
        command: `dotnet EnterpriseSocial.Host.dll --urls http://127.0.0.1:${localPort}`,
        cwd: hostDir,
        env: {
          ASPNETCORE_ENVIRONMENT: 'Development',
          ConnectionStrings__Sqlite: `Data Source=${databaseFile}`,
          // Sign-in callbacks and e-mailed links are only allowed on the origins the server is told about.
          Identity__WebOrigins__0: `http://127.0.0.1:${localPort}`,
          // Every test signs in from 127.0.0.1, far more often than people do; the limit has tests of its own.
          Identity__SignInPermitsPerMinute: '1000',
        },
        url: `http://127.0.0.1:${localPort}/health/ready`,
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
