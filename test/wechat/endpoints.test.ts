import { afterEach, describe, expect, it } from 'vitest';
import { COUPON_COLORS } from '../../common/coupon/colors';
import { DEMO_ACCOUNT, DEMO_USABLE_POI_IDS, type SandboxHandle } from '../../main/sandbox';
import { boundaryOf, parseMultipart } from '../../main/sandbox/multipart';
import { createWeixinClient } from '../../main/wechat';
import { couponBody, demoDump, failure, PNG_BYTES, sandboxClient, startFrozen, value } from './support';

let sandbox: SandboxHandle;
afterEach(() => sandbox?.stop());

/** A card with the demo stores (paycell and self-redemption need one, §1.10). */
function bodyWithStores(): { card: Record<string, unknown> } {
  const body = couponBody(sandbox);
  const groupon = body.card.groupon as { base_info: Record<string, unknown> };
  groupon.base_info.location_id_list = [...DEMO_USABLE_POI_IDS];
  return body;
}

describe('every endpoint the sandbox serves answers through the client with its typed shape', () => {
  it('card/create → card_id; card/get → status, stock, hex colour; card/batchget → the ids', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    const { cardId } = value(await client.createCard(couponBody(sandbox)));
    expect(cardId).toMatch(/^pDm7qZ[A-Za-z0-9_-]{22}$/);
    const info = value(await client.getCard(cardId));
    expect(info).toMatchObject({ cardId, cardType: 'GROUPON', status: 'CARD_STATUS_NOT_VERIFY', title: '双人套餐100元兑换券', quantity: 100, totalQuantity: 100 });
    expect((info.card.groupon as { base_info: { color: string } }).base_info.color).toBe('#63b359');
    expect(value(await client.batchGetCards({ count: 10 }))).toEqual({ cardIds: [cardId], totalNum: 1 });
    expect(value(await client.batchGetCards({ count: 10, statusList: ['CARD_STATUS_VERIFY_OK'] }))).toEqual({ cardIds: [], totalNum: 0 });
  });

  it('card/update sends the fields under the type key and reports send_check', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    const { cardId } = value(await client.createCard(couponBody(sandbox)));
    expect(value(await client.updateCard(cardId, 'GROUPON', { base_info: { notice: '到店出示' } }))).toEqual({ sendCheck: true });
    const stored = demoDump(sandbox).cards[0]?.card as { groupon: { base_info: { notice: string } } };
    expect(stored.groupon.base_info.notice).toBe('到店出示');
  });

  it('card/modifystock changes the stock by deltas', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    const { cardId } = value(await client.createCard(couponBody(sandbox)));
    expect(value(await client.modifyStock(cardId, { increaseBy: 50 }))).toBeUndefined();
    expect(value(await client.modifyStock(cardId, { reduceBy: 30 }))).toBeUndefined();
    expect(value(await client.getCard(cardId))).toMatchObject({ quantity: 120, totalQuantity: 120 });
  });

  it('card/delete deletes; deleting again is confirmed by card/get as already deleted', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    const { cardId } = value(await client.createCard(couponBody(sandbox)));
    expect(value(await client.deleteCard(cardId))).toEqual({ alreadyDeleted: false });
    expect(value(await client.deleteCard(cardId))).toEqual({ alreadyDeleted: true });
    expect(demoDump(sandbox).cards[0]?.status).toBe('CARD_STATUS_DELETE');
  });

  it('card/delete of an unknown card is the 40073 failure, not "already deleted"', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    expect(failure(await client.deleteCard('pDm7qZ0000000000000000000000'))).toMatchObject({ kind: 'weixin', errcode: 40073 });
  });

  it('paycell and self-redemption: is_open, and need_verify_cod spelt as Weixin spells it', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    const pay = value(await client.createCard(bodyWithStores())).cardId;
    const self = value(await client.createCard(bodyWithStores())).cardId;
    expect(value(await client.setPaycell(pay, true))).toBeUndefined();
    expect(value(await client.setSelfConsumeCell(self, { isOpen: true, needVerifyCode: true, needRemarkAmount: true }))).toBeUndefined();
    const cards = demoDump(sandbox).cards;
    expect(cards.find((c) => c.cardId === pay)?.payCell).toBe(true);
    expect(cards.find((c) => c.cardId === self)?.selfConsumeCell).toEqual({ is_open: true, need_verify_cod: true, need_remark_amount: true });
  });

  it('card/testwhitelist/set replaces the list and reports what succeeded', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    const made = sandbox.makeOpenid(DEMO_ACCOUNT.appid);
    if (!made.ok) throw new Error(made.error);
    const openid = made.value;
    const answer = value(await client.setTestWhitelist({ openids: [openid, 'oNotThisAccount0000000000000000'], usernames: ['merchant_test'] }));
    expect(answer).toEqual({ whiteListSize: 2, successOpenids: [openid], successUsernames: ['merchant_test'] });
    expect(demoDump(sandbox).testWhitelist).toEqual({ openid: [openid], username: ['merchant_test'] });
  });

  it('card/qrcode/create: one card is QR_CARD, several QR_MULTIPLE_CARD', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    const a = value(await client.createCard(couponBody(sandbox))).cardId;
    const b = value(await client.createCard(couponBody(sandbox))).cardId;
    const one = value(await client.createQrCode({ cards: [{ cardId: a, outerStr: 'shop1' }], expireSeconds: 1800 }));
    expect(one.expireSeconds).toBe(1800);
    expect(one.showQrcodeUrl).toBe(`https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=${encodeURIComponent(one.ticket)}`);
    const many = value(await client.createQrCode({ cards: [{ cardId: a }, { cardId: b }] }));
    expect(many.expireSeconds).toBe(7_776_000);
    expect(demoDump(sandbox).qrcodes.map((q) => [q.actionName, q.cardIds])).toEqual([
      ['QR_CARD', [a]],
      ['QR_MULTIPLE_CARD', [a, b]],
    ]);
  });

  it('card/code/decrypt returns the code', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    const minted = sandbox.mintEncryptCode(DEMO_ACCOUNT.appid, '819679186876');
    if (!minted.ok) throw new Error(minted.error);
    expect(value(await client.decryptCode(minted.value))).toEqual({ code: '819679186876' });
  });

  it('card/getcolors, poi list, quota get and clear_quota', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    expect(value(await client.getColors()).colors).toEqual(COUPON_COLORS.map((c) => ({ name: c.name, value: c.hex })));
    const stores = value(await client.getPoiList());
    expect(stores.totalCount).toBe(5);
    expect(stores.stores.filter((s) => s.availableState === 3).map((s) => Number(s.poiId))).toEqual([...DEMO_USABLE_POI_IDS]);
    value(await client.createCard(couponBody(sandbox)));
    expect(value(await client.getQuota('/card/create'))).toMatchObject({ used: 1, remain: 999_999, rateLimit: { callCount: 10_000, refreshSecond: 60 } });
    expect(value(await client.clearQuota())).toBeUndefined();
    expect(value(await client.getQuota('/card/create')).used).toBe(0);
  });

  it('media/uploadimg returns the mmbiz URL and the sandbox stored the bytes', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    const { url } = value(await client.uploadImage({ bytes: PNG_BYTES, filename: 'logo.png', contentType: 'image/png' }));
    expect(url).toMatch(/^http:\/\/mmbiz\.qpic\.cn\/mmbiz_png\/[A-Za-z0-9_-]+\/0$/);
    expect(sandbox.dump().images).toEqual([expect.objectContaining({ url, kind: 'png', bytes: PNG_BYTES.length })]);
  });

  it('refreshToken reports the expiry, never the token', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    expect(value(await client.refreshToken())).toEqual({ expiresAt: sandbox.clock.now() + 7_200_000 });
  });

  it('raw sends any JSON to a path, attaches the token and scrubs it from the answer', async () => {
    sandbox = await startFrozen();
    const { client } = sandboxClient(sandbox);
    const answer = value(await client.raw('POST', '/card/batchget', { offset: 0, count: 5 }));
    expect(answer.body).toEqual({ errcode: 0, errmsg: 'ok', card_id_list: [], total_num: 0 });
    expect(failure(await client.raw('POST', '/card/batchget', { count: 99 }))).toMatchObject({ kind: 'weixin', errcode: 40097 });
    expect(value(await client.raw('GET', '/card/getcolors')).body).toMatchObject({ errcode: 0 });
  });
});

describe('request details', () => {
  it('parses back with the sandbox multipart reader: one `buffer` part, exact bytes, safe filename', async () => {
    const bodies: Buffer[] = [];
    let contentType = '';
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.url?.startsWith('/cgi-bin/media/uploadimg')) {
          bodies.push(Buffer.concat(chunks));
          contentType = String(req.headers['content-type']);
          res.end('{"url":"https://mmbiz.qpic.cn/mmbiz_jpg/abc/0"}');
        } else res.end('{"access_token":"T","expires_in":7200}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const created = createWeixinClient({ appid: 'wx1', secret: async () => 's', baseUrl: `http://127.0.0.1:${port}` });
      if (!created.ok) throw new Error('no client');
      const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('\r\n--boundary\r\n'), Buffer.alloc(300, 0xab)]);
      value(await created.value.uploadImage({ bytes, filename: '门店 logo "1".jpg', contentType: 'image/jpeg' }));
      const boundary = boundaryOf(contentType);
      if (!boundary.ok) throw new Error(`bad content type ${contentType}`);
      const parsed = parseMultipart(bodies[0] ?? Buffer.alloc(0), boundary.boundary);
      if (!parsed.ok) throw new Error(parsed.problem);
      expect(parsed.parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([['buffer', '___logo__1_.jpg', 'image/jpeg']]);
      expect(parsed.parts[0]?.data.equals(bytes)).toBe(true);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
