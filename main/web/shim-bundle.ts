import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

const ENTRY = fileURLToPath(new URL('./shim/web-shim.ts', import.meta.url));
let cached: Promise<string> | undefined;

/** Bundles the shim (preload/bridge.ts over fetch) into one classic script, once per process. */
export function buildShimScript(): Promise<string> {
  cached ??= (async () => {
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        emptyOutDir: false,
        lib: { entry: ENTRY, formats: ['iife'], name: 'couponStudioShim', fileName: () => 'shim.js' },
      },
    })) as Rollup.RollupOutput | Rollup.RollupOutput[];
    const outputs = Array.isArray(output) ? output : [output];
    const chunk = outputs.flatMap((o) => o.output).find((item): item is Rollup.OutputChunk => item.type === 'chunk');
    if (!chunk) throw new Error('the shim bundle produced no chunk');
    return chunk.code;
  })();
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
