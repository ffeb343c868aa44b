// `npm run build:cli` makes one ES module that plain node runs with only the production
// dependencies: its imports are Node built-ins and package.json "dependencies", nothing else.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, removeDir, ROOT, tempDir, type CliRun } from './support';

const run = promisify(execFile);
let outDir: string;
let dataDir: string;
beforeAll(async () => {
  // Inside the project (.tmp/ is git-ignored): the bundle resolves its dependencies from node_modules.
  await mkdir(join(ROOT, '.tmp'), { recursive: true });
  outDir = await mkdtemp(join(ROOT, '.tmp', 'cli-bundle-'));
  dataDir = await tempDir('bundle-data');
  await run(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'cli/vite.config.ts', '--outDir', outDir], { cwd: ROOT });
}, 60_000);
afterAll(async () => {
  await removeDir(outDir);
  await removeDir(dataDir);
});

describe('the bundled CLI (dist/cli/coupon-studio.mjs)', { timeout: 60_000 }, () => {
  it('imports only Node built-ins and production dependencies', async () => {
    const text = await readFile(join(outDir, 'coupon-studio.mjs'), 'utf8');
    expect(text.startsWith('#!/usr/bin/env node\n')).toBe(true);
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; bin: Record<string, string> };
    expect(pkg.bin['coupon-studio']).toBe('dist/cli/coupon-studio.mjs');
    const specifiers = [...text.matchAll(/^import .* from "([^"]+)";$/gm), ...text.matchAll(/\bimport\("([^"]+)"\)/g)].map((m) => m[1] as string);
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const outside = specifiers.filter((s) => !builtins.has(s) && !(s.split('/')[0] as string in pkg.dependencies));
    expect(specifiers.length).toBeGreaterThan(5);
    expect(outside).toEqual([]);
  });

  it('runs the demo with plain node', async () => {
    let result: CliRun;
    try {
      const { stdout, stderr } = await run(process.execPath, [join(outDir, 'coupon-studio.mjs'), 'demo', '--json', '--data-dir', dataDir], { cwd: outDir });
      result = { code: 0, signal: null, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      result = { code: failed.code, signal: null, stdout: failed.stdout, stderr: failed.stderr };
    }
    expect(result.code, result.stderr).toBe(0);
    expect(jsonOf(result)).toMatchObject({ ok: true, command: 'demo', batch: { drafts: 5 } });
  });
});
