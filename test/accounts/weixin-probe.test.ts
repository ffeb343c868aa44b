import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import { testConnection } from '../../main/accounts/test-connection';
import { weixinProbeFactory } from '../../main/accounts/weixin-probe';
import { startSandbox, type SandboxHandle } from '../../main/sandbox';
import { tempDir } from '../storage/temp-dir';
import { accountsIn, T0 } from './support';

const APPID = 'wx0123456789abcdef';
const SECRET = '0123456789abcdef0123456789abcdef';

let sandbox: SandboxHandle | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

describe('test connection through main/wechat against the sandbox', () => {
  it('connects the demo account and explains 40164, 40125 and 48001 from the catalog', async () => {
    sandbox = await startSandbox({ clock: { startAt: T0, frozen: true }, presentedClientIp: '101.45.43.1' });
    const sb = sandbox;
    const { service, clock } = accountsIn(await tempDir());
    const open = weixinProbeFactory({ sandboxBaseUrl: () => sb.baseUrl, clock: sb.clock });
    expect(await testConnection(service, SANDBOX_ACCOUNT_ID, open, clock)).toEqual({
      ok: true,
      value: { status: 'connected', verifiedAt: T0, tokenExpiresIn: 7200, stores: { total: 5, usable: 3 } },
    });

    const created = await service.create({ name: '客户', appid: APPID, environment: 'sandbox' });
    if (!created.ok) throw new Error('create failed');
    const id = created.value.id;
    await service.setSecret(id, SECRET);

    sb.addAccount({ appid: APPID, secret: SECRET, ipWhitelist: ['8.8.8.8'] });
    const whitelist = await testConnection(service, id, open, clock);
    expect(whitelist).toMatchObject({ ok: true, value: { status: 'failed', stage: 'token', errcode: 40164, whitelistIp: { ip: '101.45.43.1' } } });
    if (whitelist.ok && whitelist.value.status === 'failed') expect(whitelist.value.fix.en).toContain('Add 101.45.43.1');

    sb.addAccount({ appid: APPID, secret: 'f'.repeat(32) });
    expect(await testConnection(service, id, open, clock)).toMatchObject({ ok: true, value: { stage: 'token', errcode: 40125 } });

    sb.addAccount({ appid: APPID, secret: SECRET, permissions: { card: false } });
    expect(await testConnection(service, id, open, clock)).toMatchObject({ ok: true, value: { stage: 'card_api', errcode: 48001 } });
  });
});
