import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The .NET host listens on 5080 in development; the client only ever calls same-origin paths.
const serverOrigin = 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': serverOrigin,
      '/hubs': { target: serverOrigin, ws: true },
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
  },
});
