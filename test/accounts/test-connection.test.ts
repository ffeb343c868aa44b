import { afterEach, describe, expect, it } from 'vitest';
import { describeWeixinError } from '../../common/errors/describe';
import { localized } from '../../common/i18n';
import { err, ok } from '../../common/result';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import { testConnection, type ConnectionProbe, type ProbeFailure } from '../../main/accounts/test-connection';
import { startSandbox, type SandboxHandle } from '../../main/sandbox';
import { tempDir } from '../storage/temp-dir';
import { sandboxProbe } from './sandbox-probe';
import { accountsIn, T0 } from './support';

const APPID = 'wx0123456789abcdef';
const SECRET = '0123456789abcdef0123456789abcdef';
const WHITELIST_ERRMSG = 'invalid ip 101.45.43.1 ipv6 ::ffff:101.45.43.1, not in whitelist rid: 654df33c-64386a2f-29857782';

const weixin = (errcode: number, errmsg: string, endpoint: string): ProbeFailure => ({
  kind: 'weixin',
  errcode,
  errmsg,
  endpoint,
  message: localized('x', 'x'),
  fix: localized('x', 'x'),
});

function probe(overrides: Partial<ConnectionProbe> = {}): ConnectionProbe {
  return {
    fetchToken: async () => ok({ expiresIn: 7200 }),
    getPoiList: async () => ok({ total: 2, stores: [{ availableState: 3 }, { availableState: 2 }] }),
    checkCardApi: async () => ok(undefined),
    ...overrides,
  };
}

async function accountWithSecret(dir: string) {
  const { service, clock } = accountsIn(dir);
  const created = await service.create({ name: 'A', appid: APPID });
  if (!created.ok) throw new Error('create failed');
  await service.setSecret(created.value.id, SECRET);
  return { service, clock, id: created.value.id };
}

describe('test connection (through the probe port)', () => {
  it('reports 40164 with the IP to whitelist, straight from the errcode catalog', async () => {
    const { service, id } = await accountWithSecret(await tempDir());
    const report = await testConnection(service, id, () => probe({ fetchToken: async () => err(weixin(40164, WHITELIST_ERRMSG, '/cgi-bin/stable_token')) }));
    const catalog = describeWeixinError({ errcode: 40164, errmsg: WHITELIST_ERRMSG, endpoint: '/cgi-bin/stable_token' });
    expect(report).toEqual({
      ok: true,
      value: {
        status: 'failed',
        stage: 'token',
        errcode: 40164,
        errmsg: WHITELIST_ERRMSG,
        rid: '654df33c-64386a2f-29857782',
        meaning: catalog.meaning,
        fix: catalog.fix,
        whitelistIp: { ip: '101.45.43.1' },
      },
    });
    if (report.ok && report.value.status === 'failed') expect(report.value.fix['zh-CN']).toContain('101.45.43.1');
  });

  it('reports 40125 as a wrong AppSecret and 48001 as a missing permission', async () => {
    const { service, id } = await accountWithSecret(await tempDir());
    const wrongSecret = await testConnection(service, id, () => probe({ fetchToken: async () => err(weixin(40125, 'invalid appsecret', '/cgi-bin/stable_token')) }));
    expect(wrongSecret).toMatchObject({ ok: true, value: { stage: 'token', errcode: 40125, meaning: describeWeixinError({ errcode: 40125, endpoint: '/cgi-bin/stable_token' }).meaning } });
    const noPermission = await testConnection(service, id, () => probe({ checkCardApi: async () => err(weixin(48001, 'api unauthorized', '/card/batchget')) }));
    expect(noPermission).toMatchObject({ ok: true, value: { stage: 'card_api', errcode: 48001, meaning: describeWeixinError({ errcode: 48001, endpoint: '/card/batchget' }).meaning } });
  });

  it('reports a network failure with the client message and no errcode', async () => {
    const { service, id } = await accountWithSecret(await tempDir());
    const down = { kind: 'network', endpoint: '/cgi-bin/stable_token', message: localized('连不上', 'Cannot connect'), fix: localized('检查网络', 'Check the network') };
    expect(await testConnection(service, id, () => probe({ fetchToken: async () => err(down) }))).toEqual({
      ok: true,
      value: { status: 'failed', stage: 'network', errcode: null, meaning: down.message, fix: down.fix },
    });
  });

  it('says "enter the secret" before calling anything when none is saved', async () => {
    const { service } = accountsIn(await tempDir());
    const created = await service.create({ name: 'A', appid: APPID });
    if (!created.ok) throw new Error('create failed');
    let calls = 0;
    const report = await testConnection(service, created.value.id, () => (calls++, probe()));
    expect(report).toMatchObject({ ok: true, value: { status: 'failed', stage: 'secret', errcode: null } });
    expect(calls).toBe(0);
    expect(await testConnection(service, 'no-such-account', () => probe())).toMatchObject({ ok: false, error: { code: 'account_not_found' } });
  });

  it('counts stores over pages and records lastVerifiedAt on success', async () => {
    const { service, clock, id } = await accountWithSecret(await tempDir());
    const pages: number[] = [];
    const paged = probe({
      getPoiList: async ({ begin, limit }) => {
        pages.push(begin);
        const count = Math.max(0, Math.min(limit, 120 - begin));
        return ok({ total: 120, stores: Array.from({ length: count }, (_, i) => ({ availableState: (begin + i) % 2 === 0 ? 3 : 2 })) });
      },
    });
    clock.set(T0 + 5000);
    expect(await testConnection(service, id, () => paged, clock)).toEqual({
      ok: true,
      value: { status: 'connected', verifiedAt: T0 + 5000, tokenExpiresIn: 7200, stores: { total: 120, usable: 60 } },
    });
    expect(pages).toEqual([0, 50, 100]);
    expect(await service.get(id)).toMatchObject({ ok: true, value: { lastVerifiedAt: T0 + 5000 } });
  });
});

describe('test connection against the embedded sandbox', () => {
  let sandbox: SandboxHandle | undefined;
  afterEach(async () => {
    await sandbox?.stop();
    sandbox = undefined;
  });

  it('connects the built-in demo account with no credentials entered', async () => {
    sandbox = await startSandbox({ clock: { startAt: T0, frozen: true } });
    const { service, clock } = accountsIn(await tempDir());
    expect(await testConnection(service, SANDBOX_ACCOUNT_ID, sandboxProbe(sandbox.baseUrl), clock)).toEqual({
      ok: true,
      value: { status: 'connected', verifiedAt: T0, tokenExpiresIn: 7200, stores: { total: 5, usable: 3 } },
    });
  });

  it('turns the sandbox’s 40164, 40125 and 48001 into whitelist / wrong secret / permission reports', async () => {
    sandbox = await startSandbox({ clock: { startAt: T0, frozen: true }, presentedClientIp: '101.45.43.1' });
    const { service, id } = await accountWithSecret(await tempDir());
    const open = sandboxProbe(sandbox.baseUrl);

    sandbox.addAccount({ appid: APPID, secret: SECRET, ipWhitelist: ['8.8.8.8'] });
    const whitelist = await testConnection(service, id, open);
    expect(whitelist).toMatchObject({ ok: true, value: { stage: 'token', errcode: 40164, whitelistIp: { ip: '101.45.43.1' } } });

    sandbox.addAccount({ appid: APPID, secret: 'another-secret-entirely-0000000000' });
    expect(await testConnection(service, id, open)).toMatchObject({ ok: true, value: { stage: 'token', errcode: 40125 } });

    sandbox.addAccount({ appid: APPID, secret: SECRET, permissions: { card: false } });
    expect(await testConnection(service, id, open)).toMatchObject({ ok: true, value: { stage: 'card_api', errcode: 48001 } });

    sandbox.addAccount({ appid: APPID, secret: SECRET });
    expect(await testConnection(service, id, open)).toMatchObject({ ok: true, value: { status: 'connected' } });
  });
});
