import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createEnvironmentVault, GENERIC_SECRET_ENV, secretEnvName } from '../../main/accounts/env-vault';
import { createHiddenPrompt } from '../../main/accounts/hidden-prompt';

const ID = 'acc-1';
const APPID = 'wx0123456789abcdef';

describe('environment vault (CLI)', () => {
  it('reads COUPON_STUDIO_SECRET_<APPID> before COUPON_STUDIO_SECRET', async () => {
    const env = { [secretEnvName(APPID)]: 'per-account-secret', [GENERIC_SECRET_ENV]: 'generic-secret' };
    expect(secretEnvName(APPID)).toBe('COUPON_STUDIO_SECRET_WX0123456789ABCDEF');
    expect(await createEnvironmentVault({ env }).getSecret(ID, APPID)).toEqual({ ok: true, value: 'per-account-secret' });
    expect(await createEnvironmentVault({ env: { [GENERIC_SECRET_ENV]: 'generic-secret' } }).getSecret(ID, APPID)).toEqual({ ok: true, value: 'generic-secret' });
    expect(await createEnvironmentVault({ env }).status(ID, APPID)).toBe('session');
    expect(await createEnvironmentVault({ env: {} }).status(ID, APPID)).toBe('none');
  });

  it('asks the prompt once when no variable is set, then remembers it for the run', async () => {
    let asked = 0;
    const vault = createEnvironmentVault({ env: {}, prompt: async () => (asked++, 'typed-secret') });
    expect(await vault.getSecret(ID, APPID)).toEqual({ ok: true, value: 'typed-secret' });
    expect(await vault.getSecret(ID, APPID)).toEqual({ ok: true, value: 'typed-secret' });
    expect(asked).toBe(1);
    expect(await vault.info()).toMatchObject({ persistence: 'environment' });
  });

  it('reports no_secret when neither the environment nor a prompt has one', async () => {
    expect(await createEnvironmentVault({ env: {}, prompt: async () => undefined }).getSecret(ID, APPID)).toMatchObject({ ok: false, error: { code: 'no_secret' } });
  });
});

describe('hidden prompt', () => {
  function fakeTty(isTTY: boolean) {
    const input = Object.assign(new PassThrough(), { isTTY, rawModes: [] as boolean[], setRawMode(mode: boolean) { input.rawModes.push(mode); return input; } });
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => (written += chunk.toString()));
    return { input, output, written: () => written };
  }

  it('reads a line in raw mode without echoing it (backspace handled)', async () => {
    const tty = fakeTty(true);
    const prompt = createHiddenPrompt({ input: tty.input, output: tty.output, locale: 'en' });
    const answer = prompt({ 'zh-CN': '密钥：', en: 'Secret: ' }, APPID);
    tty.input.write('s3cretX\u007f');
    tty.input.write('!\r');
    expect(await answer).toBe('s3cret!');
    expect(tty.written()).toBe('Secret: \n');
    expect(tty.input.rawModes).toEqual([true, false]);
  });

  it('answers undefined on Ctrl-C and off a terminal (never reads a secret from a pipe)', async () => {
    const tty = fakeTty(true);
    const answer = createHiddenPrompt({ input: tty.input, output: tty.output, locale: 'zh-CN' })({ 'zh-CN': '密钥：', en: 'Secret: ' }, APPID);
    tty.input.write('abc\u0003');
    expect(await answer).toBeUndefined();
    const pipe = fakeTty(false);
    expect(await createHiddenPrompt({ input: pipe.input, output: pipe.output, locale: 'en' })({ 'zh-CN': '', en: '' }, APPID)).toBeUndefined();
    expect(pipe.written()).toBe('');
  });
});
