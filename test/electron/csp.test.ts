import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_CSP, HARNESS_CSP, META_CSP, parseCsp } from '../../main/electron/csp';

// A small evaluator in the spirit of csp-evaluator: the findings that make a policy weak.
function weaknesses(policy: string): string[] {
  const d = parseCsp(policy);
  const found: string[] = [];
  const sources = Object.values(d).flat();
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", "'strict-dynamic'", '*']) {
    if (sources.includes(bad)) found.push(`uses ${bad}`);
  }
  for (const source of sources) {
    if (/^(https?|wss?|ftp):/i.test(source) || /^[a-z0-9.-]+\.[a-z]{2,}/i.test(source) || source.includes('*')) found.push(`remote source ${source}`);
  }
  const scriptLike = [...(d['script-src'] ?? d['default-src'] ?? [])];
  if (scriptLike.some((s) => s === 'data:' || s === 'blob:')) found.push('script-src allows data:/blob:');
  if (d['default-src']?.join(' ') !== "'none'") found.push("default-src is not 'none'");
  if (d['object-src']?.join(' ') !== "'none'") found.push("object-src is not 'none'");
  if (d['base-uri']?.join(' ') !== "'none'") found.push("base-uri is not 'none'");
  if (d['form-action']?.join(' ') !== "'none'") found.push("form-action is not 'none'");
  if (!d['script-src']) found.push('no script-src');
  return found;
}

describe('Content Security Policy (checklist #7)', () => {
  it('is the documented policy', () => {
    expect(APP_CSP).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it.each([
    ['app header', APP_CSP],
    ['meta tag', META_CSP],
    ['web harness', HARNESS_CSP],
  ])('the %s policy has no unsafe-inline / unsafe-eval / remote origin', (_label, policy) => {
    expect(weaknesses(policy)).toEqual([]);
  });

  it('the evaluator catches weak policies (so the test above can fail)', () => {
    expect(weaknesses("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.example.com; object-src 'none'; base-uri 'none'; form-action 'none'")).toEqual(
      expect.arrayContaining(["uses 'unsafe-inline'", 'remote source https://cdn.example.com', "default-src is not 'none'"]),
    );
    expect(weaknesses("default-src 'none'; script-src 'self' 'unsafe-eval' data:; object-src 'none'; base-uri 'none'; form-action 'none'")).toEqual(
      expect.arrayContaining(["uses 'unsafe-eval'", 'script-src allows data:/blob:']),
    );
  });

  it("the renderer's meta tag carries the same policy minus frame-ancestors", () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(META_CSP);
    const header = parseCsp(APP_CSP);
    delete header['frame-ancestors'];
    expect(parseCsp(META_CSP)).toEqual(header);
  });

  it("the harness differs from the app only in connect-src 'self'", () => {
    const app = parseCsp(APP_CSP);
    const harness = parseCsp(HARNESS_CSP);
    expect(harness['connect-src']).toEqual(["'self'"]);
    expect({ ...harness, 'connect-src': app['connect-src'] }).toEqual(app);
  });
});
