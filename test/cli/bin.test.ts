import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };

// `npm link` / `npx coupon-studio` need the file `bin` names to exist right after `npm ci` (issue 8 §4):
// `prepare` builds it, and npm runs `prepare` on every install in this folder.
describe('the coupon-studio executable', () => {
  it('is built on install: prepare builds the file bin points at', () => {
    expect(pkg.scripts.prepare).toBe('npm run build:cli');
    expect(pkg.scripts['build:cli']).toContain('cli/vite.config.ts');
    const target = join(ROOT, pkg.bin['coupon-studio'] ?? '');
    expect(existsSync(target), `${target} exists after npm ci`).toBe(true);
    expect(readFileSync(target, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('runs under plain node with only the installed dependencies', () => {
    const help = execFileSync(process.execPath, [join(ROOT, pkg.bin['coupon-studio'] ?? ''), '--help'], { encoding: 'utf8' });
    expect(help).toContain('Coupon Studio command line');
    expect(help).toContain('sandbox');
  });
});
