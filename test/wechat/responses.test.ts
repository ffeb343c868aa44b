import { afterEach, describe, expect, it } from 'vitest';
import { createWeixinClient, type WeixinClient } from '../../main/wechat';
import { failure, fakeServer, PNG_BYTES, value } from './support';

type Server = Awaited<ReturnType<typeof fakeServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TOKEN_ANSWER = { status: 200, body: '{"access_token":"TOKEN_OK","expires_in":7200}' };

/** A client on a fake server answering the token call normally and `answer` for everything else. */
async function clientAnswering(answer: (path: string) => { status: number; body: string; contentType?: string }): Promise<WeixinClient> {
  server = await fakeServer((path) => (path === '/cgi-bin/stable_token' ? TOKEN_ANSWER : answer(path)));
  const built = createWeixinClient({ appid: 'wx1', secret: async () => 'secret', baseUrl: server.baseUrl, sleep: async () => undefined, random: () => 0 });
  if (!built.ok) throw new Error('no client');
  return built.value;
}

const calls = (path: string) => server?.requests.filter((r) => r.path === path).length ?? 0;

describe('answers that do not match the documented shape are typed invalid_response failures', () => {
  it('a 200 that is not JSON', async () => {
    const client = await clientAnswering(() => ({ status: 200, body: '<html>ok</html>', contentType: 'text/html' }));
    expect(failure(await client.getCard('p1'))).toMatchObject({ kind: 'invalid_response', endpoint: '/card/get', status: 200, issues: [{ path: '', code: 'not_json' }] });
    expect(calls('/card/get')).toBe(1);
  });

  it('a field of the wrong type, located by its path', async () => {
    const client = await clientAnswering(() => ({ status: 200, body: '{"errcode":0,"errmsg":"ok","card_id_list":"p1","total_num":1}' }));
    expect(failure(await client.batchGetCards({ count: 1 }))).toMatchObject({ kind: 'invalid_response', issues: [{ path: 'card_id_list', code: 'invalid_type' }] });
  });

  it('an errcode that is not a number', async () => {
    const client = await clientAnswering(() => ({ status: 200, body: '{"errcode":"40001","errmsg":"x"}' }));
    expect(failure(await client.getColors())).toMatchObject({ kind: 'invalid_response', issues: [{ path: 'errcode' }] });
  });

  it('card/get without base_info.id', async () => {
    const client = await clientAnswering(() => ({ status: 200, body: '{"errcode":0,"card":{"card_type":"CASH","cash":{"base_info":{"status":"CARD_STATUS_VERIFY_OK","sku":{"quantity":1}}}}}' }));
    expect(failure(await client.getCard('p1'))).toMatchObject({ kind: 'invalid_response', issues: [{ path: 'card.cash.base_info.id' }] });
  });

  it('an upload URL that is not on mmbiz.qpic.cn', async () => {
    const client = await clientAnswering(() => ({ status: 200, body: '{"url":"http://evil.example/mmbiz_png/a/0"}' }));
    expect(failure(await client.uploadImage({ bytes: PNG_BYTES, filename: 'a.png', contentType: 'image/png' }))).toMatchObject({ kind: 'invalid_response', issues: [{ path: 'url' }] });
  });

  it('card/create answering ok without a card_id: the card may exist, so outcome_unknown', async () => {
    const client = await clientAnswering(() => ({ status: 200, body: '{"errcode":0,"errmsg":"ok"}' }));
    expect(failure(await client.createCard({ card: {} }))).toMatchObject({ kind: 'outcome_unknown', cause: { kind: 'invalid_response', issues: [{ path: 'card_id' }] } });
    expect(calls('/card/create')).toBe(1);
  });

  it('a malformed token answer never shows the token in the failure', async () => {
    server = await fakeServer(() => ({ status: 200, body: '{"access_token":"CANARY_TOKEN_IN_BAD_ANSWER","expires_in":"7200"}' }));
    const built = createWeixinClient({ appid: 'wx1', secret: async () => 'secret', baseUrl: server.baseUrl });
    if (!built.ok) throw new Error('no client');
    const error = failure(await built.value.getColors());
    expect(error).toMatchObject({ kind: 'invalid_response', endpoint: '/cgi-bin/stable_token', issues: [{ path: 'expires_in', code: 'invalid_type' }] });
    expect(JSON.stringify(error)).not.toContain('CANARY_TOKEN_IN_BAD_ANSWER');
  });
});

describe('HTTP statuses', () => {
  it('a 4xx is reported at once (not a Weixin answer, not retried)', async () => {
    const client = await clientAnswering(() => ({ status: 404, body: 'not found', contentType: 'text/plain' }));
    expect(failure(await client.getColors())).toMatchObject({ kind: 'http', status: 404 });
    expect(calls('/card/getcolors')).toBe(1);
  });

  it('407 from a proxy says to put credentials in the proxy address', async () => {
    const client = await clientAnswering(() => ({ status: 407, body: '' }));
    const error = failure(await client.getColors());
    expect(error).toMatchObject({ kind: 'http', status: 407 });
    expect(error.fix.en).toContain('http://user:password@host:port');
  });

  it('a 503 on a read is retried 3 times in all', async () => {
    const client = await clientAnswering(() => ({ status: 503, body: '' }));
    expect(failure(await client.getColors())).toMatchObject({ kind: 'http', status: 503 });
    expect(calls('/card/getcolors')).toBe(3);
  });
});

describe('the body goes out as UTF-8 JSON with CJK unescaped', () => {
  it('sends what it was given', async () => {
    const client = await clientAnswering(() => ({ status: 200, body: '{"errcode":0,"errmsg":"ok","send_check":false}' }));
    value(await client.updateCard('p1', 'GIFT', { base_info: { notice: '到店出示' } }));
    const sent = server?.requests.find((r) => r.path === '/card/update')?.body;
    expect(sent).toBe('{"card_id":"p1","gift":{"base_info":{"notice":"到店出示"}}}');
  });

  it('a body that cannot be JSON is a config failure and nothing is sent', async () => {
    const client = await clientAnswering(() => ({ status: 200, body: '{}' }));
    expect(failure(await client.createCard({ card: { big: 1n } }))).toMatchObject({ kind: 'config', reason: 'invalid_request' });
    expect(calls('/card/create')).toBe(0);
  });
});

describe('the raw console', () => {
  it('scrubs the access_token wherever the answer echoes it', async () => {
    const client = await clientAnswering(() => ({ status: 200, body: '{"errcode":0,"echo":"token=TOKEN_OK!","list":["TOKEN_OK"],"TOKEN_OK":1}' }));
    expect(value(await client.raw('POST', '/some/new/api', { a: 1 })).body).toEqual({ errcode: 0, echo: 'token=[redacted]!', list: ['[redacted]'], '[redacted]': 1 });
  });

  it.each(['/cgi-bin/token', '/cgi-bin/stable_token', '/CGI-BIN/STABLE_TOKEN', '/cgi-bin/clear_quota/v2', 'https://evil.example/card/get', '//evil.example/x', '/card/../cgi-bin/token', '/card/get?access_token=x', 'card/get', ''])(
    'refuses %j without sending anything',
    async (path) => {
      const client = await clientAnswering(() => ({ status: 200, body: '{}' }));
      expect(failure(await client.raw('POST', path, {}))).toMatchObject({ kind: 'config', reason: 'raw_path_refused' });
      expect(server?.requests).toEqual([]);
    },
  );

  it('an unknown path is not repeatable: a 502 there is outcome_unknown', async () => {
    const client = await clientAnswering(() => ({ status: 502, body: '' }));
    expect(failure(await client.raw('POST', '/card/some_new_write', {}))).toMatchObject({ kind: 'outcome_unknown', cause: { kind: 'http', status: 502 } });
    expect(calls('/card/some_new_write')).toBe(1);
  });
});
