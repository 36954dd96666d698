import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The .NET host listens on 5080 in development; the client only ever calls same-origin paths.
// The Host header is kept: the server is the OpenID Connect issuer, and it names itself, validates
// tokens and builds redirects from the address the browser used.
const serverOrigin = { target: 'http://127.0.0.1:5080', changeOrigin: false };

/** Test files that replace a module of the app with `vi.mock` (the lint allows it only there). */
const ISOLATED = 'src/**/*.isolated.test.{ts,tsx}';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': serverOrigin,
      '/connect': serverOrigin,
      '/.well-known': serverOrigin,
      '/hubs': { ...serverOrigin, ws: true },
      '/health': serverOrigin,
      '/openapi': serverOrigin,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // Room for the waits of src/test/setup.ts on a busy machine.
    testTimeout: 15_000,
    // Both cores: the default leaves one to the runner, which waits.
    maxWorkers: 2,
    projects: [
      {
        // Test files share a worker's DOM and modules, which the setup file cleans between tests:
        // a new DOM and module graph for every file took four fifths of the run.
        extends: true,
        test: { name: 'shared', include: ['src/**/*.test.{ts,tsx}'], exclude: [ISOLATED], isolate: false },
      },
      // A file that replaces a module would replace it for the files after it: it runs alone.
      { extends: true, test: { name: 'isolated', include: [ISOLATED] } },
    ],
  },
});
