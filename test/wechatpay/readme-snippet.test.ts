// The "signing by hand" snippet of main/sandbox/README.md, run as written against a real sandbox with
// the merchant object `sandbox --json` prints.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../main/sandbox';
import { demoMerchantJson } from '../../main/sandbox/wechatpay/merchant-json';

let sandbox: SandboxHandle;
let dir: string | undefined;
afterEach(async () => {
  await sandbox?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the README signing snippet', () => {
  it('signs a request the simulator accepts and verifies the answer', async () => {
    const readme = readFileSync(join(__dirname, '../../main/sandbox/README.md'), 'utf8');
    const snippet = /<!-- wechatpay-snippet -->\n```js\n([\s\S]*?)```/.exec(readme)?.[1];
    if (!snippet) throw new Error('snippet not found in main/sandbox/README.md');
    sandbox = await startSandbox();
    dir = mkdtempSync(join(tmpdir(), 'snippet-'));
    const file = join(dir, 'sign.mjs');
    writeFileSync(file, snippet);
    const line = JSON.stringify({ ok: true, command: 'sandbox', merchant: demoMerchantJson(sandbox.baseUrl) });
    const { stdout } = await promisify(execFile)(process.execPath, [file, line], { timeout: 20_000 });
    expect(stdout.trim()).toMatch(/^200 \{"notify_url":"","mchid":"1900009231"\} verified$/);
  });
});
