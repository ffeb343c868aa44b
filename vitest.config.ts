import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three projects: pure/Node units, renderer components in jsdom, and end-to-end tests
// (real loopback servers, real Chromium through the web harness).
export default defineConfig({
  test: {
    // Every IPC answer and event of the run is tapped and scanned for secrets at the end.
    globalSetup: ['test/support/ipc-tap.global.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          setupFiles: ['test/support/ipc-tap.setup.ts'],
          include: ['test/**/*.test.ts'],
          exclude: ['test/renderer/**', 'test/e2e/**', 'node_modules/**'],
          testTimeout: 20_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/renderer/support/jsdom-setup.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          globalSetup: ['test/support/chromium.global.ts'],
          setupFiles: ['test/support/ipc-tap.setup.ts'],
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
