import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, type SandboxHandle } from '../../main/sandbox';
import { classicToken, createCard, post, start, validBody, withBase } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox.stop());

function openid(): string {
  const minted = sandbox.makeOpenid(DEMO_ACCOUNT.appid);
  if (!minted.ok) throw new Error(minted.error);
  return minted.value;
}

describe('POST /card/testwhitelist/set', () => {
  it('replaces the whole whitelist and reports what succeeded', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const a = openid();
    const answer = await post(sandbox, '/card/testwhitelist/set', token, { openid: [a, 'oXXXXnotours'], username: ['coupon_tester'] });
    expect(answer.json).toEqual({ errcode: 0, errmsg: 'ok', white_list_size: 2, success_openid: [a], success_username: ['coupon_tester'] });
    expect(a).toMatch(new RegExp(`^o${DEMO_ACCOUNT.prefix}[A-Za-z0-9_-]{22}$`));
    await post(sandbox, '/card/testwhitelist/set', token, { username: ['another_one'] });
    expect(sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.testWhitelist).toEqual({ openid: [], username: ['another_one'] });
  });

  it('refuses more than 10 entries in total with 40097', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const openids = Array.from({ length: 6 }, openid);
    const usernames = ['tester_01', 'tester_02', 'tester_03', 'tester_04', 'tester_05'];
    expect((await post(sandbox, '/card/testwhitelist/set', token, { openid: openids, username: usernames })).json.errcode).toBe(40097);
    expect((await post(sandbox, '/card/testwhitelist/set', token, { openid: openids, username: usernames.slice(1) })).json.white_list_size).toBe(10);
  });
});

describe('POST /card/qrcode/create', () => {
  it('creates a one-card QR code valid 365 days when expire_seconds is omitted', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const cardId = await createCard(sandbox, token);
    const answer = await post(sandbox, '/card/qrcode/create', token, { action_name: 'QR_CARD', action_info: { card: { card_id: cardId, outer_str: '12b' } } });
    expect(answer.json).toMatchObject({ errcode: 0, errmsg: 'ok', expire_seconds: 31_536_000 });
    expect(String(answer.json.ticket)).toMatch(/^gQ/);
    expect(String(answer.json.url)).toMatch(/^http:\/\/weixin\.qq\.com\/q\/[A-Za-z0-9_-]+$/);
    expect(answer.json.show_qrcode_url).toBe(`https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=${encodeURIComponent(String(answer.json.ticket))}`);
  });

  it('creates a multi-card QR code for up to 5 cards and refuses 6 with 40053', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await createCard(sandbox, token));
    const list = (n: number) => ({ action_name: 'QR_MULTIPLE_CARD', expire_seconds: 1800, action_info: { multiple_card: { card_list: ids.slice(0, n).map((card_id) => ({ card_id })) } } });
    expect((await post(sandbox, '/card/qrcode/create', token, list(5))).json).toMatchObject({ errcode: 0, expire_seconds: 1800 });
    expect((await post(sandbox, '/card/qrcode/create', token, list(6))).json.errcode).toBe(40053);
    expect(sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.qrcodes[0]?.cardIds).toEqual(ids.slice(0, 5));
  });

  it('refuses expire_seconds outside 60..1800 (40097), a deleted card (40078) and a missing code on a custom-code card (40053)', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const cardId = await createCard(sandbox, token);
    const qr = (card: Record<string, unknown>, extra: Record<string, unknown> = {}) => post(sandbox, '/card/qrcode/create', token, { action_name: 'QR_CARD', ...extra, action_info: { card } });
    expect((await qr({ card_id: cardId }, { expire_seconds: 59 })).json.errcode).toBe(40097);
    expect((await qr({ card_id: cardId }, { expire_seconds: 1801 })).json.errcode).toBe(40097);
    expect((await qr({ card_id: cardId, code: '123' })).json.errcode).toBe(40053);
    const custom = await createCard(sandbox, token, withBase(validBody(sandbox), (b) => (b.use_custom_code = true)));
    expect((await qr({ card_id: custom })).json.errcode).toBe(40053);
    expect((await qr({ card_id: custom, code: '110201201245' })).json.errcode).toBe(0);
    await post(sandbox, '/card/delete', token, { card_id: cardId });
    const deleted = await qr({ card_id: cardId });
    expect(deleted.json.errcode).toBe(40078);
  });
});

describe('POST /card/code/decrypt', () => {
  it('decrypts an encrypt_code minted for this account, also URL-encoded', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    const minted = sandbox.mintEncryptCode(DEMO_ACCOUNT.appid, '819679186876');
    if (!minted.ok) throw new Error(minted.error);
    expect((await post(sandbox, '/card/code/decrypt', token, { encrypt_code: minted.value })).json).toEqual({ errcode: 0, errmsg: 'ok', code: '819679186876' });
    expect((await post(sandbox, '/card/code/decrypt', token, { encrypt_code: encodeURIComponent(minted.value) })).json.code).toBe('819679186876');
  });

  it('answers 40075 for junk and for another account\'s code', async () => {
    sandbox = await start({ accounts: [{ appid: 'wx00000000000000dd', secret: 'e'.repeat(32) }] });
    const token = await classicToken(sandbox);
    const junk = await post(sandbox, '/card/code/decrypt', token, { encrypt_code: 'XXIzTtMqCxwOaawoE91+VJdsFmv7b8g0VZIZkqf4GWA=' });
    expect(junk.json.errcode).toBe(40075);
    expect(String(junk.json.errmsg)).toMatch(/^invalid encrypt code rid: /);
    const minted = sandbox.mintEncryptCode('wx00000000000000dd', '123456789012');
    if (!minted.ok) throw new Error(minted.error);
    expect((await post(sandbox, '/card/code/decrypt', token, { encrypt_code: minted.value })).json.errcode).toBe(40075);
  });
});
