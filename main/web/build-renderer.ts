import { join } from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT } from './harness-host';
import { rendererPlugins } from './renderer-plugins';

/**
 * Builds renderer/ into `outDir` the way electron.vite.config.ts's renderer target does (root
 * renderer/, React plugin, relative base as electron-vite uses in production), without building
 * main and preload, which the harness does not need.
 */
export async function buildRenderer(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(PROJECT_ROOT, 'renderer'),
    base: './',
    mode: 'production',
    logLevel: 'warn',
    plugins: rendererPlugins(),
    build: { outDir, emptyOutDir: true },
  });
}
