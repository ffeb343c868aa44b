// `npm run build:cli`: bundles cli/ (with the common/ and main/ code it uses) into one ES module,
// dist/cli/coupon-studio.mjs, that plain `node` runs with only the production dependencies
// (axios, conf, exceljs, zod, sharp… stay external, resolved from node_modules as usual).
import { defineConfig } from 'vite';

export default defineConfig({
  // No public/ copying, no index.html: a Node build only.
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'cli/index.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    rollupOptions: {
      output: { format: 'es', entryFileNames: 'coupon-studio.mjs', banner: '#!/usr/bin/env node', codeSplitting: false },
    },
  },
});
