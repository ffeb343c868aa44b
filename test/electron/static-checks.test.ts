import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Static checks (the S layer of security-reliability.md §1) on the sources of the shell.
const root = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(root, path), 'utf8');
function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('shell source checks', () => {
  it('the preload exposes only the built bridge: no raw ipcRenderer, no process, no pass-through listener', () => {
    const preload = filesUnder('preload').map(read).join('\n');
    expect(preload).not.toMatch(/exposeInMainWorld\(\s*[^,]+,\s*ipcRenderer\s*\)/);
    expect(preload).not.toMatch(/process\.(env|versions|argv)/);
    expect(preload).not.toMatch(/ipcRenderer\.on\(\s*\w+\s*,\s*(callback|cb|listener)\s*\)/);
    expect((preload.match(/exposeInMainWorld\(/g) ?? []).length).toBe(1);
  });

  it('main/index.ts enables the sandbox, takes the single-instance lock, registers app:// before ready, hardens every webContents', () => {
    const index = read('main/index.ts');
    for (const call of ['app.enableSandbox()', 'app.requestSingleInstanceLock()', 'protocol.registerSchemesAsPrivileged(', "app.on('web-contents-created'", 'denyAllPermissions(', 'protocol.handle(']) {
      expect(index, call).toContain(call);
    }
    expect(index.indexOf('registerSchemesAsPrivileged')).toBeLessThan(index.indexOf('whenReady'));
    expect(index.indexOf("app.setPath('userData'")).toBeLessThan(index.indexOf('requestSingleInstanceLock'));
    expect(index).not.toMatch(/loadFile\(|file:\/\//);
  });

  it('no shell file loads http:// content or enables a dangerous option', () => {
    const sources = ['main/index.ts', ...filesUnder('main/electron'), ...filesUnder('preload'), ...filesUnder('renderer/src')].map(read).join('\n');
    expect(sources).not.toMatch(/loadURL\(\s*['"`]https?:/);
    expect(sources).not.toMatch(/(nodeIntegration|webviewTag|allowRunningInsecureContent|experimentalFeatures)\s*:\s*true/);
    expect(sources).not.toMatch(/(contextIsolation|sandbox|webSecurity)\s*:\s*false/);
    const renderer = filesUnder('renderer/src').map(read).join('\n') + read('renderer/index.html');
    expect(renderer).not.toMatch(/dangerouslySetInnerHTML|<webview/);
  });
});
