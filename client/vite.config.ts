import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The .NET host listens on 5080 in development; the client only ever calls same-origin paths.
// The Host header is kept: the server is the OpenID Connect issuer, and it names itself, validates
// tokens and builds redirects from the address the browser used.
const serverOrigin = { target: 'http://127.0.0.1:5080', changeOrigin: false };

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
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    // Room for the waits of src/test/setup.ts on a busy machine.
    testTimeout: 15_000,
  },
});
