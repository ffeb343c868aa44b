import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import { DEMO_ACCOUNT } from '../../main/sandbox';
import { tempDir } from '../storage/temp-dir';
import { accountsIn, T0 } from './support';

const APPID = 'wx0123456789abcdef';

describe('accounts service', () => {
  it('has the sandbox demo account out of the box, secret supplied by code, read-only', async () => {
    const { service } = accountsIn(await tempDir());
    const { accounts, problems } = await service.list();
    expect(problems).toEqual([]);
    expect(accounts).toEqual([
      {
        id: SANDBOX_ACCOUNT_ID,
        name: '示例商户（沙箱）',
        displayName: { 'zh-CN': '示例商户（沙箱）', en: 'Demo merchant (sandbox)' },
        appid: DEMO_ACCOUNT.appid,
        environment: 'sandbox',
        tokenMode: 'stable',
        settings: { concurrency: 4, proxy: null },
        createdAt: 0,
        secretState: 'stored',
        builtIn: true,
      },
    ]);
    expect(await service.credentials(SANDBOX_ACCOUNT_ID)).toMatchObject({ ok: true, value: { appid: DEMO_ACCOUNT.appid, secret: DEMO_ACCOUNT.secret, environment: 'sandbox' } });
    for (const refused of [service.update(SANDBOX_ACCOUNT_ID, { name: 'x' }), service.remove(SANDBOX_ACCOUNT_ID), service.setSecret(SANDBOX_ACCOUNT_ID, 'abcdefgh12345678')]) {
      expect(await refused).toMatchObject({ ok: false, error: { code: 'account_built_in' } });
    }
  });

  it('creates an account with defaults and keeps it across restarts', async () => {
    const dir = await tempDir();
    const created = await accountsIn(dir).service.create({ name: '  客户A  ', appid: APPID });
    expect(created).toEqual({
      ok: true,
      value: {
        id: '11111111-2222-4333-8444-000000000001',
        name: '客户A',
        displayName: { 'zh-CN': '客户A', en: '客户A' },
        appid: APPID,
        environment: 'weixin',
        tokenMode: 'stable',
        settings: { concurrency: 4, proxy: null },
        createdAt: T0,
        secretState: 'none',
        builtIn: false,
      },
    });
    const again = await accountsIn(dir).service.list();
    expect(again.accounts.map((a) => a.name)).toEqual(['示例商户（沙箱）', '客户A']);
    expect(await readFile(join(dir, 'accounts.json'), 'utf8')).not.toMatch(/secret/i);
  });

  it.each([
    ['wx123', /wx.*16/, /"wx" followed by 16 hex/],
    ['WX0123456789ABCDEF', /小写/, /lower case/],
    ['wx0123456789abcdeg', /十六进制/, /hex characters/],
    ['', /格式不正确/, /not valid/],
  ])('refuses AppID %j with a bilingual message', async (appid, zh, en) => {
    const created = await accountsIn(await tempDir()).service.create({ name: 'A', appid });
    expect(created).toMatchObject({ ok: false, error: { code: 'invalid_appid', field: 'appid' } });
    if (!created.ok) {
      expect(created.error.message['zh-CN']).toMatch(zh);
      expect(created.error.message.en).toMatch(en);
    }
  });

  it.each([
    [{ concurrency: 0 }, 'settings.concurrency'],
    [{ concurrency: 17 }, 'settings.concurrency'],
    [{ proxy: 'socks5://127.0.0.1:1080' }, 'settings.proxy'],
    [{ proxy: 'not a url' }, 'settings.proxy'],
    [{ proxy: 'http://user:pass@proxy.corp:8080' }, 'settings.proxy'],
  ])('refuses settings %j', async (settings, field) => {
    expect(await accountsIn(await tempDir()).service.create({ name: 'A', appid: APPID, settings })).toMatchObject({ ok: false, error: { field } });
  });

  it('accepts concurrency 1..16 and an http(s) proxy', async () => {
    const { service } = accountsIn(await tempDir());
    const created = await service.create({ name: 'A', appid: APPID, tokenMode: 'classic', settings: { concurrency: 16, proxy: 'http://proxy.corp:8080' } });
    expect(created).toMatchObject({ ok: true, value: { tokenMode: 'classic', settings: { concurrency: 16, proxy: 'http://proxy.corp:8080' } } });
  });

  it('refuses a second account with the same AppID, the demo one included', async () => {
    const { service } = accountsIn(await tempDir());
    await service.create({ name: 'A', appid: APPID });
    expect(await service.create({ name: 'B', appid: APPID })).toMatchObject({ ok: false, error: { code: 'duplicate_appid' } });
    expect(await service.create({ name: 'C', appid: DEMO_ACCOUNT.appid })).toMatchObject({ ok: false, error: { code: 'duplicate_appid' } });
  });

  it('stores a secret write-only, and clears it when the AppID changes or the account goes', async () => {
    const { service, vault } = accountsIn(await tempDir());
    const created = await service.create({ name: 'A', appid: APPID });
    if (!created.ok) throw new Error('create failed');
    const id = created.value.id;
    expect(await service.setSecret(id, 'has space in it')).toMatchObject({ ok: false, error: { field: 'secret' } });
    expect(await service.setSecret(id, '0123456789abcdef0123456789abcdef')).toEqual({ ok: true, value: 'session' });
    expect(await service.credentials(id)).toMatchObject({ ok: true, value: { secret: '0123456789abcdef0123456789abcdef' } });
    expect(await service.update(id, { appid: 'wxaaaaaaaaaaaaaaaa' })).toMatchObject({ ok: true, value: { appid: 'wxaaaaaaaaaaaaaaaa', secretState: 'none' } });
    await service.setSecret(id, '0123456789abcdef0123456789abcdef');
    expect(await service.remove(id)).toEqual({ ok: true, value: undefined });
    expect(await vault.getSecret(id, 'wxaaaaaaaaaaaaaaaa')).toMatchObject({ ok: false, error: { code: 'no_secret' } });
    expect(await service.get(id)).toMatchObject({ ok: false, error: { code: 'account_not_found' } });
  });

  it('moves a corrupt accounts.json aside, reports it, and still offers the demo account', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'accounts.json'), '{"schemaVersion":1,"accounts":[{"id":');
    const { service } = accountsIn(dir);
    const first = await service.list();
    expect(first.accounts.map((a) => a.id)).toEqual([SANDBOX_ACCOUNT_ID]);
    expect(first.problems).toMatchObject([{ code: 'corrupt_document', reason: 'invalid_json', movedTo: join(dir, 'accounts.corrupt-20260115T040000000Z.json') }]);
    expect((await service.list()).problems).toHaveLength(1);
    expect((await service.create({ name: 'A', appid: APPID })).ok).toBe(true);
    expect(await readFile(join(dir, 'accounts.corrupt-20260115T040000000Z.json'), 'utf8')).toBe('{"schemaVersion":1,"accounts":[{"id":');
  });
});
