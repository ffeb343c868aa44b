import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createBundleHandler, resolveBundlePath } from '../../main/electron/app-protocol';
import { APP_CSP } from '../../main/electron/csp';

let dir: string;
let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'coupon-protocol-'));
  root = join(dir, 'bundle');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>ok</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(join(dir, 'secret.txt'), 'TOP SECRET');
  await mkdir(join(dir, 'bundle-evil'));
  await writeFile(join(dir, 'bundle-evil', 'x.js'), 'evil');
  await symlink(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'));
  await symlink(dir, join(root, 'up'));
  handler = createBundleHandler({ root, csp: APP_CSP });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// A plain object, as the handler reads only url and method (a real Request refuses credentials in URLs).
const get = (url: string, method = 'GET') => handler({ url, method } as Request);

describe('app:// protocol handler (checklist #18)', () => {
  it('registers app:// as standard and secure, without bypassCSP or CORS/fetch privileges', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true } });
  });

  it.each([
    ['app://bundle/', 'text/html; charset=utf-8'],
    ['app://bundle/index.html', 'text/html; charset=utf-8'],
    ['app://bundle/assets/app.js', 'text/javascript; charset=utf-8'],
    ['app://bundle/assets/app.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s with the CSP header', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/..%2fsecret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/assets/..%2f..%2fsecret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/%2E%2E%2Fsecret.txt',
    'app://bundle/..%252fsecret.txt',
    'app://bundle/%00/../secret.txt',
    'app://bundle/index.html%00.js',
    'app://bundle/C:%5CWindows%5Cwin.ini',
    'app://bundle/%2Fetc%2Fpasswd',
    'app://bundle//etc/passwd',
    'app://bundle/assets/link.txt',
    'app://bundle/up/secret.txt',
    'app://bundle/%',
    'app://bundle/assets',
    'app://bundle/missing.js',
    'app://bundle/../bundle-evil/x.js',
  ])('refuses %s without reading outside the bundle', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    const body = await response.text();
    expect(body).not.toContain('TOP SECRET');
    expect(body).not.toContain('evil');
  });

  it.each(['app://evil/index.html', 'app://bundle.evil/index.html', 'app://user@bundle/index.html', 'https://bundle/index.html'])(
    'refuses the foreign URL %s',
    async (url) => {
      expect((await get(url)).status).toBe(404);
    },
  );

  it('refuses methods other than GET and HEAD; HEAD has no body', async () => {
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405);
    const head = await get('app://bundle/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('resolveBundlePath names why it refused', async () => {
    expect(await resolveBundlePath(root, '/..%2fsecret.txt')).toEqual({ ok: false, error: 'bad_path' });
    expect(await resolveBundlePath(root, '/assets/link.txt')).toEqual({ ok: false, error: 'outside_bundle' });
    expect(await resolveBundlePath(root, '/nope.js')).toEqual({ ok: false, error: 'not_found' });
    expect((await resolveBundlePath(root, '/')).ok).toBe(true);
  });
});
