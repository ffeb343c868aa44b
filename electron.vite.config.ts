import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererPlugins } from './main/web/renderer-plugins';

// Three build targets from one config (style.md, electron-vite template).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(import.meta.dirname, 'main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module.
      lib: { entry: resolve(import.meta.dirname, 'preload/index.ts'), formats: ['cjs'] },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: rendererPlugins(),
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
