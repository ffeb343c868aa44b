import { afterEach, describe, expect, it } from 'vitest';
import { accountsChannels } from '../../common/ipc/channels/accounts';
import { events } from '../../common/ipc/contract';
import { accountsHandlers } from '../../main/accounts/ipc-handlers';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import type { ProbeFactory } from '../../main/accounts/test-connection';
import { weixinProbeFactory } from '../../main/accounts/weixin-probe';
import { createRouter } from '../../main/ipc/router';
import { createMemoryLogger } from '../../main/log/logger';
import { startSandbox, type SandboxHandle } from '../../main/sandbox';
import { createSandboxControl, NOT_WHITELISTED_IP } from '../../main/sandbox-control/sandbox-control';
import { tempDir } from '../storage/temp-dir';
import { accountsIn, T0 } from './support';

const APPID = 'wx0123456789abcdef';
const SECRET = '0123456789abcdef0123456789abcdef';

let sandbox: SandboxHandle | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

interface Answer {
  ok: boolean;
  data?: { stores: { poiId: string; businessName: string; branchName: string; address: string; availableState: number; usable: boolean }[]; total: number };
  error?: { code: string; message: { 'zh-CN': string; en: string }; details?: { report?: Record<string, unknown> } };
}

/** accounts:stores behind a router (responses schema-checked), over the real client and a real sandbox. */
async function harness() {
  sandbox = await startSandbox({ clock: { startAt: T0, frozen: true } });
  const sb = sandbox;
  const { service, secretPrefs, vault, clock } = accountsIn(await tempDir());
  const pages: { begin: number; limit: number }[] = [];
  const real = weixinProbeFactory({ sandboxBaseUrl: () => sb.baseUrl, clock: sb.clock });
  // Records each getpoilist page the lister asks for, then passes it to the real client.
  const openProbe: ProbeFactory = (credentials) => {
    const probe = real(credentials);
    return { ...probe, getPoiList: (page) => (pages.push(page), probe.getPoiList(page)) };
  };
  const handlers = accountsHandlers({ accounts: service, vault, secretPrefs, openProbe, clock });
  const router = createRouter({ contract: { channels: accountsChannels, events }, handlers, isTrustedSender: () => true, log: createMemoryLogger() });
  const stores = async (accountId: string) => (await router.dispatch('accounts:stores', { accountId }, 'test')) as Answer;
  return { sb, service, stores, pages };
}

describe('accounts:stores against the sandbox', () => {
  it('lists the demo account’s named stores: usable ones with poi_ids, the ones in review or rejected without', async () => {
    const { stores } = await harness();
    const answer = await stores(SANDBOX_ACCOUNT_ID);
    expect(answer.ok).toBe(true);
    expect(answer.data?.total).toBe(5);
    expect(answer.data?.stores.map((s) => [s.branchName, s.poiId, s.availableState, s.usable])).toEqual([
      ['南京西路店', '287640011', 3, true],
      ['人民广场店', '287640012', 3, true],
      ['徐家汇店', '287640013', 3, true],
      ['陆家嘴店', '', 2, false],
      ['五角场店', '', 4, false],
    ]);
    expect(answer.data?.stores[0]).toMatchObject({ businessName: '示例咖啡', address: '上海市静安区南京西路1266号' });
  });

  it('pages through getpoilist 50 at a time until every store is listed', async () => {
    const { sb, service, stores, pages } = await harness();
    const seeded = Array.from({ length: 120 }, (_, i) => ({
      sid: String(i),
      poi_id: i % 4 === 3 ? '' : String(500_000_000 + i),
      business_name: '连锁店',
      branch_name: `${i + 1} 号店`,
      address: `测试路 ${i + 1} 号`,
      available_state: i % 4 === 3 ? (2 as const) : (3 as const),
    }));
    sb.addAccount({ appid: APPID, secret: SECRET, stores: seeded });
    const created = await service.create({ name: '连锁客户', appid: APPID, environment: 'sandbox' });
    if (!created.ok) throw new Error('create failed');
    await service.setSecret(created.value.id, SECRET);

    const answer = await stores(created.value.id);
    expect(pages).toEqual([
      { begin: 0, limit: 50 },
      { begin: 50, limit: 50 },
      { begin: 100, limit: 50 },
    ]);
    expect(answer.data?.total).toBe(120);
    expect(answer.data?.stores).toHaveLength(120);
    expect(answer.data?.stores.filter((s) => s.usable)).toHaveLength(90);
    expect(answer.data?.stores.at(-1)?.branchName).toBe('120 号店');
  });

  it('explains 40164 with the IP to whitelist, as test connection does', async () => {
    const { sb, stores } = await harness();
    createSandboxControl(sb).setScenario({ ipNotWhitelisted: true });
    const answer = await stores(SANDBOX_ACCOUNT_ID);
    expect(answer).toMatchObject({ ok: false, error: { code: 'stores_unavailable', details: { report: { status: 'failed', errcode: 40164, whitelistIp: { ip: NOT_WHITELISTED_IP } } } } });
    expect(answer.error?.message['zh-CN']).toContain(`添加 ${NOT_WHITELISTED_IP}`);
    expect(answer.error?.message.en).toContain('(40164)');
  });

  it('explains a wrong secret (40125), a missing secret and an unknown account', async () => {
    const { sb, service, stores } = await harness();
    sb.addAccount({ appid: APPID, secret: SECRET });
    const created = await service.create({ name: '客户', appid: APPID, environment: 'sandbox' });
    if (!created.ok) throw new Error('create failed');
    const id = created.value.id;

    expect(await stores(id)).toMatchObject({ ok: false, error: { code: 'stores_unavailable', details: { report: { stage: 'secret', errcode: null } } } });
    await service.setSecret(id, 'f'.repeat(32));
    expect(await stores(id)).toMatchObject({ ok: false, error: { details: { report: { errcode: 40125 } } } });
    expect(await stores('no-such-account')).toMatchObject({ ok: false, error: { code: 'account_not_found' } });
  });

  it('reports an unreachable proxy as a network problem with what to check, without an errcode', async () => {
    const { service, stores } = await harness();
    // A loopback port nothing listens on: the connection is refused without leaving this machine.
    const created = await service.create({ name: '代理客户', appid: APPID, settings: { proxy: 'http://127.0.0.1:9' } });
    if (!created.ok) throw new Error('create failed');
    await service.setSecret(created.value.id, SECRET);
    const answer = await stores(created.value.id);
    expect(answer).toMatchObject({ ok: false, error: { code: 'stores_unavailable', details: { report: { stage: 'network', errcode: null } } } });
    const report = answer.error?.details?.report as { fix: { en: string } } | undefined;
    expect(report?.fix.en.length).toBeGreaterThan(20);
  });
});
