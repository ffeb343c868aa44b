import { randomBytes, randomUUID } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { setImmediate as flushIo } from 'node:timers/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../common/clock';
import { createSafeStorageVault, type SafeStorageVaultOptions } from '../../main/electron/safe-storage-vault';
import { NO_WAIT_RETRY } from '../../main/storage/busy-retry';
import { allFileText, listFiles, tempDir } from '../storage/temp-dir';
import { base64Traces, deferred, fakeSafeStorage, type FakeSafeStorage } from './fake-safe-storage';

const T0 = Date.UTC(2026, 0, 15, 4, 0, 0);
const A = { id: '0b6f3c1e-7a55-4d0c-9a43-2f1d1d7e0001', appid: 'wx0123456789abcdef' };
const B = { id: '0b6f3c1e-7a55-4d0c-9a43-2f1d1d7e0002', appid: 'wxfedcba9876543210' };
const canary = () => `CANARY_${randomUUID().replace(/-/g, '')}`;

function vaultIn(dir: string, safeStorage: FakeSafeStorage, overrides: Partial<SafeStorageVaultOptions> = {}) {
  return createSafeStorageVault({
    safeStorage,
    ready: Promise.resolve(),
    platform: 'linux',
    file: join(dir, 'vault.json'),
    allowBasicText: () => false,
    clock: fixedClock(T0),
    retry: NO_WAIT_RETRY,
    ...overrides,
  });
}

const readVault = async (dir: string) => JSON.parse(await readFile(join(dir, 'vault.json'), 'utf8')) as { backend: string; entries: Record<string, { appid: string; ct: string; failedAt?: number; failure?: string }> };

describe('safeStorage vault', () => {
  it('does not touch safeStorage before app.whenReady resolves', async () => {
    const dir = await tempDir();
    const fake = fakeSafeStorage();
    const ready = deferred();
    const vault = vaultIn(dir, fake, { ready: ready.promise });
    const pending = vault.setSecret(A.id, A.appid, canary());
    await flushIo();
    expect(fake.calls).toEqual([]);
    ready.resolve();
    expect(await pending).toEqual({ ok: true, value: 'stored' });
    expect(fake.calls).toEqual(['isAsyncEncryptionAvailable', 'getSelectedStorageBackend', 'encryptStringAsync']);
  });

  it('stores the secret encrypted (0600 vault.json), gives it back, and no file holds it in clear or base64', async () => {
    const dir = await tempDir();
    const secret = canary();
    const fake = fakeSafeStorage();
    const vault = vaultIn(dir, fake);
    expect(await vault.setSecret(A.id, A.appid, secret)).toEqual({ ok: true, value: 'stored' });
    expect(await vault.status(A.id, A.appid)).toBe('stored');
    expect(await vault.getSecret(A.id, A.appid)).toEqual({ ok: true, value: secret });
    // A new launch knows where it is without decrypting anything.
    const relaunched = fakeSafeStorage();
    expect(await vaultIn(dir, relaunched).status(A.id, A.appid)).toBe('stored');
    expect(relaunched.calls).not.toContain('decryptStringAsync');
    if (process.platform !== 'win32') expect((await stat(join(dir, 'vault.json'))).mode & 0o777).toBe(0o600);
    const scan = await allFileText(dir);
    expect(scan.files).toBe(1);
    expect(scan.text).not.toContain(secret);
    for (const trace of base64Traces(secret)) expect(scan.text).not.toContain(trace);
    expect((await readVault(dir)).entries[A.id]?.appid).toBe(A.appid);
  });

  it('keeps secrets for the session only when Linux offers just basic_text, and never writes vault.json', async () => {
    const dir = await tempDir();
    const secret = canary();
    const fake = fakeSafeStorage({ backend: 'basic_text' });
    const vault = vaultIn(dir, fake);
    expect(await vault.setSecret(A.id, A.appid, secret)).toEqual({ ok: true, value: 'session' });
    expect(await vault.getSecret(A.id, A.appid)).toEqual({ ok: true, value: secret });
    expect(await vault.status(A.id, A.appid)).toBe('session');
    expect(await vault.info()).toMatchObject({ persistence: 'session_only', backend: 'basic_text', allowBasicText: false });
    expect(fake.calls).not.toContain('encryptStringAsync');
    expect(await listFiles(dir)).toEqual([]);
    expect(await vaultIn(dir, fakeSafeStorage({ backend: 'basic_text' })).status(A.id, A.appid)).toBe('none');
  });

  it('stores with basic_text only after the explicit opt-in, and then persists session secrets', async () => {
    const dir = await tempDir();
    const secret = canary();
    let optedIn = false;
    const vault = vaultIn(dir, fakeSafeStorage({ backend: 'basic_text' }), { allowBasicText: () => optedIn });
    expect(await vault.setSecret(A.id, A.appid, secret)).toEqual({ ok: true, value: 'session' });
    optedIn = true;
    await vault.applyPreferences();
    expect(await vault.status(A.id, A.appid)).toBe('stored');
    expect(await vault.info()).toMatchObject({ persistence: 'basic_text_opted_in', allowBasicText: true });
    expect((await readVault(dir)).entries[A.id]).toBeDefined();
    expect((await allFileText(dir)).text).not.toContain(secret);
  });

  it('keeps secrets for the session when async encryption is unavailable', async () => {
    const dir = await tempDir();
    const vault = vaultIn(dir, fakeSafeStorage({ available: false }), { platform: 'win32' });
    expect(await vault.setSecret(A.id, A.appid, canary())).toEqual({ ok: true, value: 'session' });
    expect(await vault.info()).toMatchObject({ persistence: 'session_only', backend: 'dpapi' });
    expect(await listFiles(dir)).toEqual([]);
  });

  it('marks a secret that no longer decrypts as needs_reentry and keeps its ciphertext', async () => {
    const dir = await tempDir();
    const key = randomBytes(32);
    const secret = canary();
    await vaultIn(dir, fakeSafeStorage({ key })).setSecret(A.id, A.appid, secret);
    const before = (await readVault(dir)).entries[A.id]?.ct;

    const broken = fakeSafeStorage({ key });
    broken.failDecrypt = true;
    const vault = vaultIn(dir, broken);
    const got = await vault.getSecret(A.id, A.appid);
    expect(got).toMatchObject({ ok: false, error: { code: 'needs_reentry' } });
    if (!got.ok) expect(got.error.message.en).toMatch(/kept, not deleted/);
    expect(await vault.status(A.id, A.appid)).toBe('needs_reentry');
    const after = (await readVault(dir)).entries[A.id];
    expect(after).toMatchObject({ ct: before, failedAt: T0, failure: 'decrypt' });

    // The key store comes back: the same entry decrypts and the mark is cleared.
    const healed = vaultIn(dir, fakeSafeStorage({ key }));
    expect(await healed.status(A.id, A.appid)).toBe('needs_reentry');
    expect(await healed.getSecret(A.id, A.appid)).toEqual({ ok: true, value: secret });
    expect(await healed.status(A.id, A.appid)).toBe('stored');
  });

  it('refuses an entry swapped onto another account (binding check), never handing out the other secret', async () => {
    const dir = await tempDir();
    const key = randomBytes(32);
    const [secretA, secretB] = [canary(), canary()];
    const first = vaultIn(dir, fakeSafeStorage({ key }));
    await first.setSecret(A.id, A.appid, secretA);
    await first.setSecret(B.id, B.appid, secretB);
    const file = await readVault(dir);
    const [ctA, ctB] = [file.entries[A.id]?.ct, file.entries[B.id]?.ct];
    // An attacker (or a bad merge) swaps the ciphertexts but leaves the clear appids in place.
    await writeFile(join(dir, 'vault.json'), JSON.stringify({ ...file, entries: { [A.id]: { ...file.entries[A.id], ct: ctB }, [B.id]: { ...file.entries[B.id], ct: ctA } } }));
    const vault = vaultIn(dir, fakeSafeStorage({ key }));
    expect(await vault.getSecret(A.id, A.appid)).toMatchObject({ ok: false, error: { code: 'needs_reentry' } });
    expect(await vault.getSecret(B.id, B.appid)).toMatchObject({ ok: false, error: { code: 'needs_reentry' } });
    expect((await readVault(dir)).entries[A.id]).toMatchObject({ ct: ctB, failure: 'binding' });
    // Asking with another account's AppID fails too, before any decryption.
    expect(await vault.getSecret(A.id, B.appid)).toMatchObject({ ok: false, error: { code: 'needs_reentry' } });
  });

  it('binds to the account id too: an entry moved to another account of the same AppID is refused', async () => {
    const dir = await tempDir();
    const key = randomBytes(32);
    const sameApp = { id: '0b6f3c1e-7a55-4d0c-9a43-2f1d1d7e0003', appid: A.appid };
    await vaultIn(dir, fakeSafeStorage({ key })).setSecret(A.id, A.appid, canary());
    const file = await readVault(dir);
    // e.g. an account removed and added again (new id) gets the old entry copied in by hand.
    await writeFile(join(dir, 'vault.json'), JSON.stringify({ ...file, entries: { [sameApp.id]: file.entries[A.id] } }));
    const vault = vaultIn(dir, fakeSafeStorage({ key }));
    expect(await vault.status(sameApp.id, sameApp.appid)).toBe('stored');
    expect(await vault.getSecret(sameApp.id, sameApp.appid)).toMatchObject({ ok: false, error: { code: 'needs_reentry' } });
    expect(await vault.status(sameApp.id, sameApp.appid)).toBe('needs_reentry');
  });

  it('re-encrypts when decryptStringAsync answers shouldReEncrypt', async () => {
    const dir = await tempDir();
    const key = randomBytes(32);
    const secret = canary();
    await vaultIn(dir, fakeSafeStorage({ key })).setSecret(A.id, A.appid, secret);
    const before = (await readVault(dir)).entries[A.id]?.ct;
    const rotated = fakeSafeStorage({ key });
    rotated.shouldReEncrypt = true;
    expect(await vaultIn(dir, rotated).getSecret(A.id, A.appid)).toEqual({ ok: true, value: secret });
    expect(rotated.calls.filter((c) => c === 'encryptStringAsync')).toHaveLength(1);
    const after = (await readVault(dir)).entries[A.id]?.ct;
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(await vaultIn(dir, fakeSafeStorage({ key })).getSecret(A.id, A.appid)).toEqual({ ok: true, value: secret });
  });

  it('deletes only on request, and reports a missing secret', async () => {
    const dir = await tempDir();
    const vault = vaultIn(dir, fakeSafeStorage());
    await vault.setSecret(A.id, A.appid, canary());
    expect(await vault.deleteSecret(A.id)).toEqual({ ok: true, value: undefined });
    expect(await vault.status(A.id, A.appid)).toBe('none');
    expect(await vault.getSecret(A.id, A.appid)).toMatchObject({ ok: false, error: { code: 'no_secret' } });
    expect((await readVault(dir)).entries).toEqual({});
  });

  it('moves a corrupt vault.json aside, reports it and starts empty', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'vault.json'), '{"v":1,"entries":');
    const problems: unknown[] = [];
    const vault = vaultIn(dir, fakeSafeStorage(), { onProblem: (p) => problems.push(p) });
    expect(await vault.status(A.id, A.appid)).toBe('none');
    expect(problems).toMatchObject([{ code: 'corrupt_document', reason: 'invalid_json', movedTo: join(dir, 'vault.corrupt-20260115T040000000Z.json') }]);
    expect(await readFile(join(dir, 'vault.corrupt-20260115T040000000Z.json'), 'utf8')).toBe('{"v":1,"entries":');
  });
});
