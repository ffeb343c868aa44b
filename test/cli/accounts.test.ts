// `coupon-studio accounts add|list|test`: profiles shared with the app, secrets only from the
// environment (never written anywhere), and test connection explaining 40164 / 40125 / 48001.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { secretEnvName } from '../../main/accounts/env-vault';
import { createMemoryVault } from '../../main/accounts/memory-vault';
import { weixinProbeFactory } from '../../main/accounts/weixin-probe';
import { startSandbox, type SandboxHandle } from '../../main/sandbox';
import { confDocumentOpener } from '../../main/storage/conf-document-store';
import { createLocalServices } from '../../main/storage/local-services';
import { couponBody, filesUnder, jsonOf, removeDir, runCli, tempDir, testAccount, writeJson, type CliRun } from './support';

const good = testAccount(1);
const walled = testAccount(2);
const noCards = testAccount(3);
const WHITELISTED_IP = '101.45.43.1';

let sandbox: SandboxHandle;
let dataDir: string;
beforeAll(async () => {
  sandbox = await startSandbox({
    includeDemoAccount: false,
    accounts: [good, { ...walled, ipWhitelist: [WHITELISTED_IP] }, { ...noCards, permissions: { card: false } }],
  });
});
afterAll(() => sandbox.stop());
beforeEach(async () => {
  dataDir = await tempDir('accounts');
});
afterEach(() => removeDir(dataDir));

const cli = (args: string[], env: Record<string, string> = {}) => runCli([...args, '--data-dir', dataDir], { env });
const add = (name: string, appid: string, ...extra: string[]) => cli(['accounts', 'add', '--name', name, '--appid', appid, '--environment', 'sandbox', ...extra]);
const secretOf = (account: { appid: string; secret: string }) => ({ [secretEnvName(account.appid)]: account.secret });

describe('coupon-studio accounts', { timeout: 90_000 }, () => {
  it('adds an account the desktop app sees, lists it without any secret, and refuses a duplicate or a bad AppID (exit 2)', async () => {
    const added = await cli(['accounts', 'add', '--name', '客户甲', '--appid', good.appid, '--token-mode', 'classic', '--concurrency', '2', '--json']);
    expect(added.code, added.stderr).toBe(0);
    expect(jsonOf(added)).toMatchObject({ ok: true, account: { name: '客户甲', appid: good.appid, tokenMode: 'classic', environment: 'weixin', secretState: 'none' }, secretVariable: secretEnvName(good.appid) });
    const app = createLocalServices({ dataDir, openDocument: confDocumentOpener(), makeVault: () => createMemoryVault(), openProbe: weixinProbeFactory({ sandboxBaseUrl: () => '' }) });
    expect((await app.accounts.list()).accounts.map((a) => a.appid)).toContain(good.appid);

    const listed = await cli(['accounts', 'list', '--json'], secretOf(good));
    expect(listed.code).toBe(0);
    const accounts = jsonOf(listed).accounts as { appid: string; secretState: string; builtIn: boolean }[];
    expect(accounts.map((a) => [a.appid, a.secretState, a.builtIn])).toEqual([
      ['wx8d3f5a7c1e9b2046', 'stored', true],
      [good.appid, 'session', false],
    ]);
    expect(listed.stdout).not.toContain(good.secret);
    const human = await cli(['accounts', 'list']);
    expect(human.stdout).toContain('客户甲');
    expect(human.stdout).toContain('未提供');

    const twice = await cli(['accounts', 'add', '--name', '又一个', '--appid', good.appid, '--json']);
    expect(twice.code).toBe(2);
    expect(jsonOf(twice)).toMatchObject({ error: { code: 'duplicate_appid' } });
    const bad = await cli(['accounts', 'add', '--name', '错的', '--appid', 'WX123', '--json']);
    expect(bad.code).toBe(2);
    expect(jsonOf(bad)).toMatchObject({ error: { code: 'invalid_appid', details: { field: 'appid' } } });
    expect((await cli(['accounts', 'add', '--name', '缺 AppID'])).code).toBe(2);
  });

  it('never writes the AppSecret: after add, test, create and history, no file in the data directory holds it', async () => {
    expect((await add('客户甲', good.appid)).code).toBe(0);
    const env = secretOf(good);
    const tested = await cli(['accounts', 'test', '客户甲', '--sandbox-url', sandbox.baseUrl, '--json'], env);
    expect(tested.code, tested.stderr).toBe(0);
    expect(jsonOf(tested)).toMatchObject({ report: { status: 'connected' } });
    const file = await writeJson(dataDir, 'cards.json', [couponBody(Date.now(), '秘钥测试券')]);
    const created = await cli(['create', file, '--account', good.appid, '--sandbox-url', sandbox.baseUrl, '--json', '--verbose'], env);
    expect(created.code, created.stderr).toBe(0);
    const outputs: CliRun[] = [tested, created, await cli(['history', 'list', '--json']), await cli(['accounts', 'list', '--json'], env)];

    const files = await filesUnder(dataDir);
    expect(files.length).toBeGreaterThan(3);
    const needle = Buffer.from(good.secret);
    const holding = files.filter((f) => f.bytes.includes(needle)).map((f) => f.path);
    expect(holding).toEqual([]);
    for (const run of outputs) expect(run.stdout + run.stderr).not.toContain(good.secret);
    console.log(`[cli-secrets] 0 hits in ${files.length} files / ${files.reduce((n, f) => n + f.bytes.length, 0)} bytes and ${outputs.length} runs' output`);
  });

  it('without a secret in the environment (and no terminal to ask), test and create stop with exit 2 naming the variable', async () => {
    expect((await add('客户甲', good.appid)).code).toBe(0);
    const tested = await cli(['accounts', 'test', '客户甲', '--sandbox-url', sandbox.baseUrl, '--json']);
    expect(tested.code).toBe(2);
    expect(jsonOf(tested)).toMatchObject({ report: { status: 'failed', stage: 'secret' } });
    const file = await writeJson(dataDir, 'cards.json', [couponBody(Date.now(), '没有密钥')]);
    const created = await cli(['create', file, '--account', '客户甲', '--sandbox-url', sandbox.baseUrl, '--json']);
    expect(created.code).toBe(2);
    expect(jsonOf(created)).toMatchObject({ error: { code: 'no_secret', details: { variable: secretEnvName(good.appid) } } });
    // The generic variable works for any account.
    const generic = await cli(['accounts', 'test', '客户甲', '--sandbox-url', sandbox.baseUrl], { COUPON_STUDIO_SECRET: good.secret });
    expect(generic.code).toBe(0);
  });

  it('explains 40164 with the IP to whitelist, 40125 as a wrong secret and 48001 as a missing permission (exit 3)', async () => {
    await add('白名单', walled.appid);
    await add('密钥错', good.appid);
    await add('无权限', noCards.appid);
    const [ip, secret, permission] = await Promise.all([
      cli(['accounts', 'test', '白名单', '--sandbox-url', sandbox.baseUrl, '--json'], secretOf(walled)),
      cli(['accounts', 'test', '密钥错', '--sandbox-url', sandbox.baseUrl, '--json'], { [secretEnvName(good.appid)]: 'WrongSecret0000000000000000000000' }),
      cli(['accounts', 'test', '无权限', '--sandbox-url', sandbox.baseUrl, '--json', '--lang', 'en'], secretOf(noCards)),
    ]);
    expect([ip.code, secret.code, permission.code]).toEqual([3, 3, 3]);
    expect(jsonOf(ip)).toMatchObject({ report: { status: 'failed', stage: 'token', errcode: 40164, whitelistIp: { ip: '127.0.0.1' } } });
    expect(ip.stderr + ip.stdout).toContain('127.0.0.1');
    expect(jsonOf(secret)).toMatchObject({ report: { status: 'failed', stage: 'token', errcode: 40125 } });
    expect(jsonOf(permission)).toMatchObject({ report: { status: 'failed', stage: 'card_api', errcode: 48001 } });
    const human = await cli(['accounts', 'test', '白名单', '--sandbox-url', sandbox.baseUrl], secretOf(walled));
    expect(human.stdout).toMatch(/\[40164\]/);
    expect(human.stdout).toContain('IP: 127.0.0.1');
  });

  it('tests the built-in sandbox account with no set-up at all, and a sandbox account needs --sandbox-url (exit 2)', async () => {
    const builtIn = await cli(['accounts', 'test', 'wx8d3f5a7c1e9b2046', '--json']);
    expect(builtIn.code, builtIn.stderr).toBe(0);
    expect(jsonOf(builtIn)).toMatchObject({ report: { status: 'connected', stores: { usable: 3 } } });
    await add('客户甲', good.appid);
    expect((await cli(['accounts', 'test', '客户甲'], secretOf(good))).code).toBe(2);
    expect((await cli(['accounts', 'test', '没有的账号'])).code).toBe(2);
  });
});
