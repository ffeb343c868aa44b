import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { accountsChannels } from '../../common/ipc/channels/accounts';
import { events } from '../../common/ipc/contract';
import { createSafeStorageVault } from '../../main/electron/safe-storage-vault';
import { accountsHandlers } from '../../main/accounts/ipc-handlers';
import { SANDBOX_ACCOUNT_ID } from '../../main/accounts/sandbox-account';
import { createRouter } from '../../main/ipc/router';
import { createMemoryLogger } from '../../main/log/logger';
import { startSandbox, type SandboxHandle } from '../../main/sandbox';
import { NO_WAIT_RETRY } from '../../main/storage/busy-retry';
import { allFileText, tempDir } from '../storage/temp-dir';
import { base64Traces, fakeSafeStorage } from './fake-safe-storage';
import { sandboxProbe } from './sandbox-probe';
import { accountsIn, T0 } from './support';

const APPID = 'wx0123456789abcdef';

let sandbox: SandboxHandle | undefined;
afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

/** The accounts handlers behind a router with the accounts channel map: every response is schema-checked. */
async function harness(options: { backend?: string } = {}) {
  const dir = await tempDir();
  sandbox = await startSandbox({ clock: { startAt: T0, frozen: true }, presentedClientIp: '101.45.43.1' });
  const prefsHolder: { allow: () => Promise<boolean> } = { allow: async () => false };
  const vault = createSafeStorageVault({
    safeStorage: fakeSafeStorage({ backend: options.backend ?? 'kwallet5' }),
    ready: Promise.resolve(),
    platform: 'linux',
    file: join(dir, 'vault.json'),
    allowBasicText: () => prefsHolder.allow(),
    retry: NO_WAIT_RETRY,
  });
  const { service, secretPrefs, clock } = accountsIn(dir, vault);
  prefsHolder.allow = () => secretPrefs.allowBasicText();
  const log = createMemoryLogger();
  const handlers = accountsHandlers({ accounts: service, vault, secretPrefs, openProbe: sandboxProbe(sandbox.baseUrl), clock });
  const router = createRouter({ contract: { channels: accountsChannels, events }, handlers, isTrustedSender: () => true, log });
  const sent: unknown[] = [];
  const call = async (channel: keyof typeof accountsChannels, payload?: unknown) => {
    const result = await router.dispatch(channel, payload, 'test');
    sent.push(result);
    return result as { ok: boolean; data?: Record<string, unknown>; error?: { code: string } };
  };
  return { dir, call, sent, log, sandbox };
}

describe('accounts IPC handlers', () => {
  it('answer every channel within the contract and never send the secret (canary scan of responses, logs and files)', async () => {
    const { dir, call, sent, log, sandbox: sb } = await harness();
    const secret = `CANARY_${randomUUID().replace(/-/g, '')}`;
    sb.addAccount({ appid: APPID, secret, ipWhitelist: ['8.8.8.8'] });

    const listed = await call('accounts:list');
    expect(listed).toMatchObject({ ok: true, data: { accounts: [{ id: SANDBOX_ACCOUNT_ID, builtIn: true }], problems: [], secretStorage: { persistence: 'encrypted' } } });
    const created = await call('accounts:create', { name: '客户A', appid: APPID, environment: 'sandbox' });
    expect(created.ok).toBe(true);
    const id = String(created.data?.id);

    expect(await call('accounts:setSecret', { accountId: id, secret })).toEqual({ ok: true, data: { secretState: 'stored' } });
    expect(await call('accounts:testConnection', { accountId: id })).toMatchObject({ ok: true, data: { status: 'failed', errcode: 40164, whitelistIp: { ip: '101.45.43.1' } } });
    sb.addAccount({ appid: APPID, secret: 'wrong-secret-0000000000000000000' });
    expect(await call('accounts:testConnection', { accountId: id })).toMatchObject({ ok: true, data: { errcode: 40125 } });
    sb.addAccount({ appid: APPID, secret });
    expect(await call('accounts:testConnection', { accountId: id })).toMatchObject({ ok: true, data: { status: 'connected' } });
    expect(await call('accounts:list')).toMatchObject({ ok: true, data: { accounts: [{}, { id, secretState: 'stored', lastVerifiedAt: T0 }] } });
    expect(await call('accounts:update', { accountId: id, name: '客户A（新）', settings: { concurrency: 8 } })).toMatchObject({ ok: true, data: { secretState: 'stored' } });
    // Refusals must not echo what was sent either.
    expect(await call('accounts:setSecret', { accountId: id, secret: `${secret} ${secret}` })).toMatchObject({ ok: false, error: { code: 'vault_failed' } });
    expect(await call('accounts:setSecret', { accountId: id, secret: secret.repeat(20) })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await call('accounts:setSecret', { accountId: SANDBOX_ACCOUNT_ID, secret })).toMatchObject({ ok: false, error: { code: 'account_built_in' } });
    expect(await call('accounts:clearSecret', { accountId: id })).toEqual({ ok: true, data: { secretState: 'none' } });
    expect(await call('accounts:setSecret', { accountId: id, secret })).toEqual({ ok: true, data: { secretState: 'stored' } });
    expect(await call('accounts:secretStorage')).toMatchObject({ ok: true, data: { persistence: 'encrypted', backend: 'kwallet5' } });
    const files = await allFileText(dir);
    expect(files.text).toContain('"ct"');
    expect(await call('accounts:remove', { accountId: id })).toEqual({ ok: true, data: null });

    const wire = JSON.stringify(sent);
    const logged = JSON.stringify(log.entries);
    for (const haystack of [wire, logged, files.text]) {
      expect(haystack).not.toContain(secret);
      for (const trace of base64Traces(secret)) expect(haystack).not.toContain(trace);
    }
    console.log(`[canary] accounts: 0 hits in ${sent.length} IPC responses, ${log.entries.length} log entries, ${files.files} files / ${files.bytes} bytes`);
    expect(sent.length).toBeGreaterThan(10);
  });

  it('reports bilingual field errors as envelopes with the field', async () => {
    const { call } = await harness();
    const refused = await call('accounts:create', { name: 'A', appid: 'wx12' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_appid', details: { field: 'appid' } } });
    expect(await call('accounts:create', { name: 'A', appid: APPID, typo: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await call('accounts:update', { accountId: 'nope', name: 'x' })).toMatchObject({ ok: false, error: { code: 'account_not_found' } });
  });

  it('keeps secrets for the session on basic_text until the user opts in', async () => {
    const { call } = await harness({ backend: 'basic_text' });
    const created = await call('accounts:create', { name: 'A', appid: APPID });
    const id = String(created.data?.id);
    expect(await call('accounts:setSecret', { accountId: id, secret: '0123456789abcdef0123456789abcdef' })).toEqual({ ok: true, data: { secretState: 'session' } });
    expect(await call('accounts:secretStorage')).toMatchObject({ ok: true, data: { persistence: 'session_only', allowBasicText: false } });
    expect(await call('accounts:setSecretStorage', { allowBasicText: true })).toMatchObject({ ok: true, data: { persistence: 'basic_text_opted_in', allowBasicText: true } });
    expect(await call('accounts:list')).toMatchObject({ ok: true, data: { accounts: [{}, { id, secretState: 'stored' }] } });
  });
});
