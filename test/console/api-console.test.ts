import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateCoupon } from '../../common/validate';
import { createMemoryVault } from '../../main/accounts/memory-vault';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import { weixinProbeFactory } from '../../main/accounts/weixin-probe';
import { startBatchServices, type BatchServicesHandle } from '../../main/batch/services';
import { createApiConsole, type ApiConsole } from '../../main/console/console-service';
import { DEMO_ACCOUNT, startSandbox, type SandboxHandle } from '../../main/sandbox';
import { confDocumentOpener } from '../../main/storage/conf-document-store';
import { createLocalServices } from '../../main/storage/local-services';

let sandbox: SandboxHandle;
let dataDir: string;
let batchServices: BatchServicesHandle;
let api: ApiConsole;

beforeEach(async () => {
  sandbox = await startSandbox();
  dataDir = await mkdtemp(join(tmpdir(), 'cs-console-'));
  const local = createLocalServices({
    dataDir,
    openDocument: confDocumentOpener(),
    makeVault: () => createMemoryVault(),
    openProbe: weixinProbeFactory({ sandboxBaseUrl: () => sandbox.baseUrl }),
  });
  batchServices = startBatchServices({
    dataDir,
    accounts: local.accounts,
    drafts: local.drafts,
    images: local.imageResolver,
    sandboxBaseUrl: () => sandbox.baseUrl,
    client: { timeouts: { createMs: 400, readMs: 1_000, tokenMs: 1_000 }, retry: { baseDelayMs: 10, maxDelayMs: 40 } },
    engine: { settleDelayMs: 100 },
  });
  api = createApiConsole({ batchServices, drafts: local.drafts, clock: { now: () => Date.now() } });
});

afterEach(async () => {
  await batchServices.close();
  await sandbox.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const send = (path: string, body: unknown, method: 'GET' | 'POST' = 'POST') =>
  api.send({ accountId: SANDBOX_ACCOUNT_ID, method, path, body: typeof body === 'string' ? body : JSON.stringify(body) });
const serverCards = () => sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.cards ?? [];

describe('the API console', () => {
  it('offers every card endpoint with a sample, and the create sample is a valid coupon', () => {
    const endpoints = api.endpoints();
    expect(endpoints.map((e) => e.path)).toEqual(expect.arrayContaining(['/card/create', '/card/get', '/card/batchget', '/card/paycell/set', '/card/getcolors']));
    const create = endpoints.find((e) => e.path === '/card/create');
    const findings = validateCoupon(JSON.parse(create?.sample ?? '{}'), { nowMs: Date.now() });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('creates a card through the journaled protocol: the card_id is in history and on the server once', async () => {
    const sample = api.endpoints().find((e) => e.path === '/card/create')?.sample ?? '';
    const result = await send('/card/create', sample);
    expect(result).toMatchObject({ outcome: 'answered', errcode: 0 });
    expect(result.cardId).toMatch(/^p[A-Za-z0-9_-]{27}$/);
    expect(JSON.parse(result.response ?? '{}')).toEqual({ errcode: 0, errmsg: 'ok', card_id: result.cardId });
    const opened = await batchServices.get();
    expect(opened.ok && opened.value.history.byCardId(result.cardId ?? '')).toBeTruthy();
    expect(serverCards().map((c) => c.cardId)).toEqual([result.cardId]);
  });

  it('keeps a card whose answer was lost: reconciled into history, not sent twice', async () => {
    sandbox.scriptFaults('/card/create', [{ kind: 'reset-after-commit' }]);
    const sample = api.endpoints().find((e) => e.path === '/card/create')?.sample ?? '';
    const result = await send('/card/create', sample);
    expect(serverCards()).toHaveLength(1);
    expect(result).toMatchObject({ outcome: 'answered', errcode: 0, cardId: serverCards()[0]?.cardId });
  });

  it('stops a body the validator knows Weixin would refuse, before sending', async () => {
    const body = JSON.parse(api.endpoints().find((e) => e.path === '/card/create')?.sample ?? '{}') as { card: { groupon: { base_info: { title: string } } } };
    body.card.groupon.base_info.title = '1000元面值充值卡哈哈';
    const result = await send('/card/create', body);
    expect(result.outcome).toBe('precheck');
    expect(result.findings.map((f) => f.path)).toContain('card.groupon.base_info.title');
    expect(serverCards()).toHaveLength(0);
  });

  it('sends other endpoints raw, shows Weixin errcodes as answers, and never shows the token', async () => {
    const colors = await send('/card/getcolors', '', 'GET');
    expect(colors.outcome).toBe('answered');
    expect(JSON.parse(colors.response ?? '{}').colors).toHaveLength(14);
    const missing = await send('/card/get', { card_id: 'pNoSuchCard000000000000000000' });
    expect(missing.outcome).toBe('answered');
    expect(missing.errcode).not.toBe(0);
    expect(missing.message['zh-CN'].length).toBeGreaterThan(0);
    for (const r of [colors, missing]) expect(JSON.stringify(r)).not.toMatch(/access_token=|\d{2}_[A-Za-z0-9_-]{150}/);
  });

  it('refuses the token endpoints and points at a syntax error by line and column', async () => {
    expect(await send('/cgi-bin/token', '', 'GET')).toMatchObject({ outcome: 'refused' });
    expect(await send('/cgi-bin/stable_token', '{}')).toMatchObject({ outcome: 'refused' });
    const broken = await send('/card/get', '{\n  "card_id": "p1\n}');
    expect(broken).toMatchObject({ outcome: 'refused', position: { line: 2 } });
  });
});
