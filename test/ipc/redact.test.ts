import { describe, expect, it } from 'vitest';
import { isSecretKey, REDACTED, redactText, redactValue } from '../../main/log/redact';
import { createMemoryLogger } from '../../main/log/logger';

describe('secret redaction', () => {
  it.each([
    ['https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential&appid=wx123&secret=APPSECRET1', 'APPSECRET1'],
    ['POST https://api.weixin.qq.com/card/create?access_token=ACCESS.TOKEN-2_x', 'ACCESS.TOKEN-2_x'],
    ['{"grant_type":"client_credential","appid":"wx1","secret":"APPSECRET3"}', 'APPSECRET3'],
    ['{"access_token":"TOKEN4","expires_in":7200}', 'TOKEN4'],
    ['{ "appsecret" : "S5" }', 'S5'],
    ["{ secret: 'S6', appid: 'wx1' }", 'S6'],
    ['Authorization: Bearer eyJhbGciOi.J9x', 'eyJhbGciOi.J9x'],
    ['refresh_token=RT7; path=/', 'RT7'],
    ['{"component_access_token":"CAT8"}', 'CAT8'],
    ['{"secret":"with \\"quote\\" inside9"}', 'inside9'],
  ])('removes the secret from %s', (text, secret) => {
    const out = redactText(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(REDACTED);
  });

  it('keeps what is not secret: appid, card_id, errcode, URLs without secrets', () => {
    const text = 'appid=wx123&card_id=pFS7Fjg8kV1IdDz01r4SQwMkuCKc errcode=40001 {"errmsg":"invalid credential"} https://mp.weixin.qq.com/';
    expect(redactText(text)).toBe(text);
  });

  it.each([
    ['secret', true],
    ['appSecret', true],
    ['app_secret', true],
    ['access_token', true],
    ['accessToken', true],
    ['Authorization', true],
    ['ticket', true],
    ['appid', false],
    ['card_id', false],
    ['tokenExpiresAt', false],
    ['errcode', false],
  ])('isSecretKey(%s) = %s', (key, expected) => {
    expect(isSecretKey(key)).toBe(expected);
  });

  it('redacts nested values and errors (name, message, stack), survives cycles', () => {
    const error = Object.assign(new Error('failed: access_token=TOKEN_IN_MESSAGE'), { code: 'ECONNRESET' });
    const config: Record<string, unknown> = { url: '/cgi-bin/token?secret=SEC_IN_URL', data: { secret: 'SEC_FIELD' }, headers: { Authorization: 'Bearer X' } };
    config.self = config;
    const out = JSON.stringify(redactValue({ error, config, list: ['secret=SEC_IN_LIST'] }));
    for (const secret of ['TOKEN_IN_MESSAGE', 'SEC_IN_URL', 'SEC_FIELD', 'SEC_IN_LIST', 'Bearer X']) expect(out).not.toContain(secret);
    expect(out).toContain('ECONNRESET');
    expect(out).toContain('[circular]');
  });

  it('a redacting logger never lets a canary through', () => {
    const log = createMemoryLogger();
    log.error('token call failed for secret=CANARY_A', { body: '{"secret":"CANARY_B"}', access_token: 'CANARY_C' }, new Error('access_token=CANARY_D'));
    expect(JSON.stringify(log.entries)).not.toMatch(/CANARY_[ABCD]/);
  });
});
