import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, type SandboxHandle } from '../../main/sandbox';
import { classicToken, get, post, RID, start, validBody, WX_CONTENT_TYPE } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox.stop());

describe('Weixin envelopes and access_token checks', () => {
  it('answers errors with HTTP 200, Weixin content type and an errmsg ending in a rid', async () => {
    sandbox = await start();
    const answer = await post(sandbox, '/card/get', 'not-a-token', { card_id: 'x' });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe(WX_CONTENT_TYPE);
    expect(Object.keys(answer.json).sort()).toEqual(['errcode', 'errmsg']);
    expect(answer.json.errcode).toBe(40014);
    expect(answer.json.errmsg).toMatch(/^invalid access_token rid: /);
    expect(answer.json.errmsg).toMatch(RID);
  });

  it('answers a missing access_token with 41001', async () => {
    sandbox = await start();
    const answer = await post(sandbox, '/card/create', undefined, validBody(sandbox));
    expect(answer.json).toMatchObject({ errcode: 41001 });
    expect(answer.json.errmsg).toMatch(/^access_token missing rid: /);
  });

  it('answers an unknown API path with 48001 api unauthorized, token or not', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    for (const path of ['/card/nope', '/cgi-bin/whatever']) {
      const answer = await post(sandbox, path, token, {});
      expect(answer.status).toBe(200);
      expect(answer.json.errcode).toBe(48001);
      expect(answer.json.errmsg).toMatch(/^api unauthorized rid: /);
    }
  });

  it('refuses GET on a POST-only API with 43002 and an empty body with 44002', async () => {
    sandbox = await start();
    const token = await classicToken(sandbox);
    expect((await get(sandbox, `/card/get?access_token=${token}`)).json.errcode).toBe(43002);
    expect((await post(sandbox, '/card/get', token, '')).json.errcode).toBe(44002);
    expect((await post(sandbox, '/card/get', token, '{oops')).json.errcode).toBe(47001);
  });

  it('answers success as {"errcode":0,"errmsg":"ok",...} and the token bare', async () => {
    sandbox = await start();
    const tokenAnswer = await get(sandbox, `/cgi-bin/token?grant_type=client_credential&appid=${DEMO_ACCOUNT.appid}&secret=${DEMO_ACCOUNT.secret}`);
    expect(Object.keys(tokenAnswer.json).sort()).toEqual(['access_token', 'expires_in']);
    expect(tokenAnswer.contentType).toBe(WX_CONTENT_TYPE);
    const token = String(tokenAnswer.json.access_token);
    expect(token.length).toBeLessThanOrEqual(512);
    const created = await post(sandbox, '/card/create', token, validBody(sandbox));
    expect(Object.keys(created.json)).toEqual(['errcode', 'errmsg', 'card_id']);
    expect(created.json).toMatchObject({ errcode: 0, errmsg: 'ok' });
  });

  it('refuses card APIs for an account without the card permission with 48001', async () => {
    sandbox = await start({ accounts: [{ appid: 'wx0000000000000001', secret: 'a'.repeat(32), permissions: { card: false } }] });
    const token = await classicToken(sandbox, 'wx0000000000000001', 'a'.repeat(32));
    expect((await post(sandbox, '/card/create', token, validBody(sandbox))).json.errcode).toBe(48001);
    expect((await post(sandbox, '/cgi-bin/poi/getpoilist', token, { begin: 0, limit: 10 })).json.errcode).toBe(0);
  });
});
