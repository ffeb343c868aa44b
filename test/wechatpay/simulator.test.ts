// The WeChat Pay simulator (§6.2 of wechatpay-merchant-coupons-and-member-cards.md) over real HTTP,
// driven by requests signed with wechatpay-axios-plugin's primitives, not with main/wechatpay.
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { Aes, Formatter, Rsa } from 'wechatpay-axios-plugin';
import { DEMO_MERCHANT, type SandboxHandle } from '../../main/sandbox';
import { MERCHANT_CERT_B, PLATFORM_CERT_A, PLATFORM_CERT_B } from '../../main/sandbox/wechatpay/fixture-keys';
import { demoStockBody } from '../../main/sandbox/wechatpay/demo-stock';
import { payCall, startPaySandbox, T0 } from './pay-support';

let sandbox: SandboxHandle;
afterEach(() => sandbox?.stop());

const STOCKS = '/v3/marketing/busifavor/stocks';
const body = (no = 'R0001', patch: (b: Record<string, unknown>) => void = () => {}) => {
  const b = demoStockBody(T0, no);
  patch(b);
  return b;
};
const rule = (b: Record<string, unknown>) => b.coupon_use_rule as Record<string, Record<string, unknown>>;

async function createStock(no = 'R0001'): Promise<string> {
  const answer = await payCall(sandbox, 'POST', STOCKS, body(no));
  expect(answer.status).toBe(200);
  return answer.json.stock_id as string;
}

describe('signatures both ways (§3.1, §3.2, §6.2)', () => {
  it('a signed create is answered 200, signed with the PUB_KEY_ID key, with a Request-ID', async () => {
    sandbox = await startPaySandbox();
    const answer = await payCall(sandbox, 'POST', STOCKS, body());
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ stock_id: expect.stringMatching(/^12\d{14}$/), create_time: '2026-01-15T12:00:00+08:00' });
    expect(answer.verified).toBe(true);
    expect(answer.headers.get('wechatpay-serial')).toBe(DEMO_MERCHANT.wechatpayPublicKeyId);
    expect(answer.headers.get('wechatpay-signature-type')).toBe('WECHATPAY2-SHA256-RSA2048');
    expect(answer.headers.get('request-id')).toMatch(/^[0-9A-F]{40}$/);
  });

  it('a wrong key gets 401 SIGN_ERROR with the sign_information detail of §2.7', async () => {
    sandbox = await startPaySandbox();
    const answer = await payCall(sandbox, 'POST', STOCKS, body(), { privateKey: createPrivateKey(MERCHANT_CERT_B.privateKeyPem) });
    expect(answer.status).toBe(401);
    expect(answer.verified).toBe(false);
    expect(answer.json).toMatchObject({
      code: 'SIGN_ERROR',
      message: '错误的签名,验签失败',
      detail: { field: 'signature', location: 'authorization', sign_information: { method: 'POST', url: STOCKS, sign_message_length: expect.any(Number) }, detail: { issue: 'sign not match' } },
    });
    const truncated = (answer.json.detail as { sign_information: { truncated_sign_message: string } }).sign_information.truncated_sign_message;
    expect(truncated.startsWith(`POST\n${STOCKS}\n${T0 / 1000}\n`)).toBe(true);
  });

  it('the query is part of what is signed: signing the path alone fails', async () => {
    sandbox = await startPaySandbox();
    const stockId = await createStock();
    const path = `${STOCKS}/${stockId}/couponcodes?limit=10&offset=0`;
    expect((await payCall(sandbox, 'GET', path)).status).toBe(200);
    const pathOnly = await payCall(sandbox, 'GET', path, undefined, { tamper: (m) => m.replace('?limit=10&offset=0', '') });
    expect(pathOnly.json.code).toBe('SIGN_ERROR');
  });

  it('missing Authorization, another serial, an unknown mchid and a clock 301 s off are SIGN_ERROR; 300 s passes', async () => {
    sandbox = await startPaySandbox({ includeDemoMerchant: true });
    const noAuth = await fetch(`${sandbox.baseUrl}${STOCKS}/1`);
    expect(noAuth.status).toBe(401);
    expect(((await noAuth.json()) as { code: string }).code).toBe('SIGN_ERROR');
    const serial = await payCall(sandbox, 'GET', `${STOCKS}/1`, undefined, { serial: MERCHANT_CERT_B.serialNo });
    expect(serial.json).toMatchObject({ code: 'SIGN_ERROR', message: '商户证书序列号有误。请使用签名私钥匹配的证书序列号' });
    expect((await payCall(sandbox, 'GET', `${STOCKS}/1`, undefined, { mchid: '1900000000' })).json.code).toBe('SIGN_ERROR');
    expect((await payCall(sandbox, 'GET', `${STOCKS}/1`, undefined, { timestampOffset: -301 })).json.code).toBe('SIGN_ERROR');
    expect((await payCall(sandbox, 'GET', `${STOCKS}/1`, undefined, { timestampOffset: 300 })).status).toBe(404);
  });
});

describe('create-stock rules and idempotency (§2.2, §2.7, §6.2)', () => {
  it('discount_amount 0 is the PARAM_ERROR message of the community thread, naming the pointer', async () => {
    sandbox = await startPaySandbox();
    const answer = await payCall(sandbox, 'POST', STOCKS, body('R1', (b) => (rule(b).fixed_normal_coupon!.discount_amount = 0)));
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      code: 'PARAM_ERROR',
      message: '输入源"/body/coupon_use_rule/fixed_normal_coupon/discount_amount"映射到数值字段"优惠金额"规则校验失败,值低于最小值 1',
      detail: { location: 'body', value: 0 },
    });
  });

  it('available_day_time as one object gets the "此字段需要 JSON 数组对象" message (WxJava #3574)', async () => {
    sandbox = await startPaySandbox();
    const answer = await payCall(sandbox, 'POST', STOCKS, body('R1', (b) => {
      rule(b).coupon_available_time!.available_week = { week_day: [1], available_day_time: { begin_time: 3600, end_time: 7200 } };
    }));
    expect(answer.json.message).toBe('无法将 JSON 输入源"/body/coupon_use_rule/coupon_available_time/available_week/available_day_time"映射到多重字段"当天可用时间段"中,此字段需要 JSON 数组对象');
  });

  it('lengths count characters: 21 CJK characters pass, 22 fail', async () => {
    sandbox = await startPaySandbox();
    expect((await payCall(sandbox, 'POST', STOCKS, body('R1', (b) => (b.stock_name = '券'.repeat(21))))).status).toBe(200);
    const long = await payCall(sandbox, 'POST', STOCKS, body('R2', (b) => (b.stock_name = '券'.repeat(22))));
    expect(long.json.message).toBe('输入源"/body/stock_name"映射到字符串字段"商家券批次名称"规则校验失败,字数 22,大于最大值 21');
  });

  it('a second rule object, another belong_merchant, a hex colour and SELF_CONSUME are refused', async () => {
    sandbox = await startPaySandbox();
    const two = await payCall(sandbox, 'POST', STOCKS, body('R1', (b) => (rule(b).exchange_coupon = { exchange_price: 100, transaction_minimum: 100 })));
    expect(two.json.code).toBe('INVALID_REQUEST');
    const other = await payCall(sandbox, 'POST', STOCKS, body('R2', (b) => (b.belong_merchant = '1900000001')));
    expect(other.json).toEqual({ code: 'INVALID_REQUEST', message: '批次创建方商户与归属方商户无关系' });
    const hex = await payCall(sandbox, 'POST', STOCKS, body('R3', (b) => ((b.display_pattern_info as Record<string, unknown>).background_color = '#63b359')));
    expect(hex.json.code).toBe('PARAM_ERROR');
    const self = await payCall(sandbox, 'POST', STOCKS, body('R4', (b) => ((b.coupon_use_rule as Record<string, unknown>).use_method = 'SELF_CONSUME')));
    expect(self.json.code).toBe('INVALID_REQUEST');
    expect(sandbox.dump().merchants[DEMO_MERCHANT.mchid]!.stocks).toHaveLength(0);
  });

  it('a mini-program AppID the mchid is not bound to gets the community-observed text; the bound one passes', async () => {
    sandbox = await startPaySandbox();
    const entrance = (appid: string) => (b: Record<string, unknown>) => (b.custom_entrance = { mini_programs_info: { mini_programs_appid: appid, mini_programs_path: '/pages/i', entrance_words: '去使用' } });
    const unbound = await payCall(sandbox, 'POST', STOCKS, body('A1', entrance('wx0000000000000001')));
    expect(unbound.json).toEqual({ code: 'INVALID_REQUEST', message: '传入的小程序appid或商户appid,必须与调用方商户号存在关联关系' });
    expect((await payCall(sandbox, 'POST', STOCKS, body('A2', entrance(DEMO_MERCHANT.appid)))).status).toBe(200);
  });

  it('the same out_request_no and body replays the stock; another body is INVALID_REQUEST (switchable)', async () => {
    sandbox = await startPaySandbox();
    const first = await payCall(sandbox, 'POST', STOCKS, body('SAME'));
    const again = await payCall(sandbox, 'POST', STOCKS, body('SAME'));
    expect(again.json).toEqual(first.json);
    const changed = await payCall(sandbox, 'POST', STOCKS, body('SAME', (b) => (b.comment = '改了')));
    expect(changed.json.code).toBe('INVALID_REQUEST');
    sandbox.updateMerchant(DEMO_MERCHANT.mchid, { replayWithOtherBody: 'original-answer' });
    expect((await payCall(sandbox, 'POST', STOCKS, body('SAME', (b) => (b.comment = '改了')))).json).toEqual(first.json);
    expect(sandbox.dump().merchants[DEMO_MERCHANT.mchid]!.stocks).toHaveLength(1);
  });
});

describe('query, modify, budget (§2.3)', () => {
  it('UNAUDIT for 60 virtual seconds, then RUNNING; send counts move with simulated receipts', async () => {
    sandbox = await startPaySandbox();
    const stockId = await createStock();
    expect((await payCall(sandbox, 'GET', `${STOCKS}/${stockId}`)).json.stock_state).toBe('UNAUDIT');
    sandbox.clock.advance(60_000);
    await payCall(sandbox, 'POST', `${STOCKS}/${stockId}/couponcodes`, { coupon_code_list: ['A1', 'A2'], upload_request_no: 'U1' });
    expect(sandbox.receiveCoupon(DEMO_MERCHANT.mchid, { stockId }).ok).toBe(true);
    const query = await payCall(sandbox, 'GET', `${STOCKS}/${stockId}`);
    expect(query.verified).toBe(true);
    expect(query.json).toMatchObject({ stock_id: stockId, stock_state: 'RUNNING', stock_name: '满100减20 周末特惠', send_count_information: { total_send_num: 1, total_send_amount: 2000, today_send_num: 1, today_send_amount: 2000 } });
    expect(query.json).not.toHaveProperty('out_request_no');
  });

  it('modify answers 204 signed over an empty body; stock_name and the logo cannot change', async () => {
    sandbox = await startPaySandbox();
    const stockId = await createStock();
    const modified = await payCall(sandbox, 'PATCH', `${STOCKS}/${stockId}`, { out_request_no: 'M1', comment: '新备注' });
    expect(modified.status).toBe(204);
    expect(modified.text).toBe('');
    expect(modified.verified).toBe(true);
    expect((await payCall(sandbox, 'GET', `${STOCKS}/${stockId}`)).json.comment).toBe('新备注');
    expect((await payCall(sandbox, 'PATCH', `${STOCKS}/${stockId}`, { out_request_no: 'M2', stock_name: '新名字' })).json.code).toBe('INVALID_REQUEST');
  });

  it('budget needs the current value: a stale one gets the exact community message', async () => {
    sandbox = await startPaySandbox();
    const stockId = await createStock();
    const stale = await payCall(sandbox, 'PATCH', `${STOCKS}/${stockId}/budget`, { target_max_coupons: 2000, current_max_coupons: 999, modify_budget_request_no: 'B1' });
    expect(stale.json).toEqual({ code: 'INVALID_REQUEST', message: '批次库存的当前值错误,请获取批次详情查看最新值' });
    const right = await payCall(sandbox, 'PATCH', `${STOCKS}/${stockId}/budget`, { target_max_coupons: 2000, current_max_coupons: 1000, modify_budget_request_no: 'B2' });
    expect(right.json).toEqual({ max_coupons: 2000 });
    const both = await payCall(sandbox, 'PATCH', `${STOCKS}/${stockId}/budget`, { target_max_coupons: 3000, current_max_coupons: 2000, target_max_coupons_by_day: 5, current_max_coupons_by_day: 1, modify_budget_request_no: 'B3' });
    expect(both.json.code).toBe('INVALID_REQUEST');
  });
});

describe('codes and redemption (§2.3, §6.2)', () => {
  it('an upload dedupes, reports fail/exist/duplicate lists and replays by upload_request_no', async () => {
    sandbox = await startPaySandbox();
    const stockId = await createStock();
    const path = `${STOCKS}/${stockId}/couponcodes`;
    const first = await payCall(sandbox, 'POST', path, { coupon_code_list: ['C1', 'C2', 'C1', 'bad*code'], upload_request_no: 'U1' });
    expect(first.json).toMatchObject({ total_count: 3, success_count: 2, success_codes: ['C1', 'C2'], fail_count: 1, exist_codes: [], duplicate_codes: ['C1'] });
    expect((first.json.fail_codes as { coupon_code: string }[])[0]?.coupon_code).toBe('bad*code');
    expect((await payCall(sandbox, 'POST', path, { coupon_code_list: ['C1', 'C2', 'C1', 'bad*code'], upload_request_no: 'U1' })).json).toEqual(first.json);
    const second = await payCall(sandbox, 'POST', path, { coupon_code_list: ['C2', 'C3'], upload_request_no: 'U2' });
    expect(second.json).toMatchObject({ success_codes: ['C3'], exist_codes: ['C2'] });
    const tooMany = await payCall(sandbox, 'POST', path, { coupon_code_list: Array.from({ length: 201 }, (_, i) => `X${i}`), upload_request_no: 'U3' });
    expect(tooMany.json.code).toBe('PARAM_ERROR');
    const listed = await payCall(sandbox, 'GET', `${path}?limit=2&offset=1`);
    expect(listed.json).toMatchObject({ total_count: 3, limit: 2, offset: 1, data: [{ code: 'C2', code_status: 'AVAILABLE' }, { code: 'C3' }] });
    expect((await payCall(sandbox, 'DELETE', `${path}/C3`, { delete_request_no: 'D1' })).status).toBe(200);
    expect((await payCall(sandbox, 'GET', `${path}/C3`)).status).toBe(404);
  });

  it('only a received coupon redeems, once; the same use_request_no replays; coupons/send is NO_AUTH', async () => {
    sandbox = await startPaySandbox();
    const stockId = await createStock();
    sandbox.clock.advance(60_000);
    await payCall(sandbox, 'POST', `${STOCKS}/${stockId}/couponcodes`, { coupon_code_list: ['R1', 'R2'], upload_request_no: 'U1' });
    const use = (code: string, no: string) => payCall(sandbox, 'POST', '/v3/marketing/busifavor/coupons/use', { coupon_code: code, stock_id: stockId, appid: DEMO_MERCHANT.appid, use_time: '2026-01-15T12:01:00+08:00', use_request_no: no });
    expect((await use('R1', 'USE0')).status).toBe(404);
    const received = sandbox.receiveCoupon(DEMO_MERCHANT.mchid, { stockId, openid: 'oUser1' });
    expect(received).toEqual({ ok: true, value: { couponCode: 'R1', openid: 'oUser1' } });
    const first = await use('R1', 'USE1');
    expect(first.json).toEqual({ stock_id: stockId, openid: 'oUser1', wechatpay_use_time: '2026-01-15T12:01:00+08:00' });
    expect((await use('R1', 'USE1')).json).toEqual(first.json);
    expect((await use('R1', 'USE2')).json).toMatchObject({ code: 'INVALID_REQUEST', message: '券已被核销,不能重复核销' });
    const send = await payCall(sandbox, 'POST', '/v3/marketing/busifavor/coupons/send', {});
    expect([send.status, send.json.code]).toEqual([403, 'NO_AUTH']);
  });

  it('COUPON.SEND is kept signed and encrypted with the APIv3 key', async () => {
    sandbox = await startPaySandbox();
    const stockId = await createStock();
    sandbox.clock.advance(60_000);
    await payCall(sandbox, 'POST', `${STOCKS}/${stockId}/couponcodes`, { coupon_code_list: ['K1'], upload_request_no: 'U1' });
    sandbox.receiveCoupon(DEMO_MERCHANT.mchid, { stockId, openid: 'oUser2' });
    const [callback] = sandbox.dump().merchants[DEMO_MERCHANT.mchid]!.callbacks;
    if (!callback) throw new Error('no callback');
    const h = callback.headers;
    expect(Rsa.verify(Formatter.response(h['Wechatpay-Timestamp'] ?? '', h['Wechatpay-Nonce'] ?? '', callback.body), h['Wechatpay-Signature'] ?? '', createPublicKey(DEMO_MERCHANT.wechatpayKey.publicKeyPem))).toBe(true);
    const event = JSON.parse(callback.body) as { event_type: string; resource: { ciphertext: string; nonce: string; associated_data: string } };
    expect(event.event_type).toBe('COUPON.SEND');
    const plain = JSON.parse(Aes.AesGcm.decrypt(event.resource.ciphertext, DEMO_MERCHANT.apiv3Key, event.resource.nonce, event.resource.associated_data)) as Record<string, unknown>;
    expect(plain).toMatchObject({ event_type: 'EVENT_TYPE_BUSICOUPON_SEND', coupon_code: 'K1', stock_id: stockId, openid: 'oUser2' });
  });
});

describe('image upload, certificates and modes (§2.5, §3.3, §3.4)', () => {
  it('an upload is signed over its meta JSON; only its media_url may be a logo', async () => {
    sandbox = await startPaySandbox();
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const meta = JSON.stringify({ filename: 'logo.png', sha256: createHash('sha256').update(png).digest('hex') });
    const boundary = 'BOUNDARY123';
    const data = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n${meta}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\n`),
      png,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const upload = await payCall(sandbox, 'POST', '/v3/marketing/favor/media/image-upload', meta, { multipart: { data, contentType: `multipart/form-data; boundary=${boundary}` } });
    expect(upload.status).toBe(200);
    const url = upload.json.media_url as string;
    expect(url).toMatch(/^https:\/\/wxpaylogo\.qpic\.cn\//);
    const logo = (u: string) => (b: Record<string, unknown>) => ((b.display_pattern_info as Record<string, unknown>).merchant_logo_url = u);
    expect((await payCall(sandbox, 'POST', STOCKS, body('L1', logo(url)))).status).toBe(200);
    expect((await payCall(sandbox, 'POST', STOCKS, body('L2', logo('https://example.com/x.png')))).json.code).toBe('INVALID_REQUEST');
  });

  it('public-key mode: /v3/certificates is 403 NOT_ENOUGH; certificate mode: decryptable PEMs, answers signed by the certificate', async () => {
    sandbox = await startPaySandbox();
    expect((await payCall(sandbox, 'GET', '/v3/certificates')).json.code).toBe('NOT_ENOUGH');
    sandbox.updateMerchant(DEMO_MERCHANT.mchid, { mode: 'certificate' });
    const certs = await payCall(sandbox, 'GET', '/v3/certificates', undefined, { verifyWith: createPublicKey(PLATFORM_CERT_A.certificatePem) });
    expect(certs.verified).toBe(true);
    expect(certs.headers.get('wechatpay-serial')).toBe(PLATFORM_CERT_A.serialNo);
    const [entry] = certs.json.data as { serial_no: string; encrypt_certificate: { ciphertext: string; nonce: string; associated_data: string } }[];
    expect(entry?.serial_no).toBe(PLATFORM_CERT_A.serialNo);
    const pem = Aes.AesGcm.decrypt(entry!.encrypt_certificate.ciphertext, DEMO_MERCHANT.apiv3Key, entry!.encrypt_certificate.nonce, 'certificate');
    expect(pem).toBe(PLATFORM_CERT_A.certificatePem);
  });

  it('rotation: two overlapping certificates are served, the newer signs; once the old one expires only the new one is listed', async () => {
    sandbox = await startPaySandbox();
    const hour = 3_600_000;
    sandbox.updateMerchant(DEMO_MERCHANT.mchid, {
      mode: 'certificate',
      platformCertificates: [
        { certificate: PLATFORM_CERT_A, effectiveAt: T0 - 1000 * hour, expireAt: T0 + hour },
        { certificate: PLATFORM_CERT_B, effectiveAt: T0 - hour, expireAt: T0 + 1000 * hour },
      ],
    });
    const both = await payCall(sandbox, 'GET', '/v3/certificates', undefined, { verifyWith: createPublicKey(PLATFORM_CERT_B.certificatePem) });
    expect((both.json.data as { serial_no: string }[]).map((c) => c.serial_no)).toEqual([PLATFORM_CERT_A.serialNo, PLATFORM_CERT_B.serialNo]);
    expect([both.headers.get('wechatpay-serial'), both.verified]).toEqual([PLATFORM_CERT_B.serialNo, true]);
    sandbox.clock.advance(2 * hour);
    const after = await payCall(sandbox, 'GET', '/v3/certificates', undefined, { verifyWith: createPublicKey(PLATFORM_CERT_B.certificatePem) });
    expect((after.json.data as { serial_no: string }[]).map((c) => c.serial_no)).toEqual([PLATFORM_CERT_B.serialNo]);
  });

  it('migrating: the answer follows the request Wechatpay-Serial; without one, the platform certificate', async () => {
    sandbox = await startPaySandbox();
    sandbox.updateMerchant(DEMO_MERCHANT.mchid, { mode: 'migrating' });
    const byKey = await payCall(sandbox, 'GET', '/v3/certificates', undefined, { headers: { 'Wechatpay-Serial': DEMO_MERCHANT.wechatpayPublicKeyId } });
    expect([byKey.headers.get('wechatpay-serial'), byKey.verified]).toEqual([DEMO_MERCHANT.wechatpayPublicKeyId, true]);
    const byDefault = await payCall(sandbox, 'GET', '/v3/certificates');
    expect(byDefault.headers.get('wechatpay-serial')).toBe(PLATFORM_CERT_A.serialNo);
  });
});

describe('faults apply to /v3 paths (security-reliability.md §7.1)', () => {
  it('reset-after-commit loses the answer but the stock exists; the replay returns it', async () => {
    sandbox = await startPaySandbox();
    sandbox.scriptFaults(STOCKS, [{ kind: 'reset-after-commit' }]);
    await expect(payCall(sandbox, 'POST', STOCKS, body('LOST'))).rejects.toThrow();
    const [stock] = sandbox.dump().merchants[DEMO_MERCHANT.mchid]!.stocks;
    expect((await payCall(sandbox, 'POST', STOCKS, body('LOST'))).json.stock_id).toBe(stock?.stockId);
    expect(sandbox.dump().faults.byPath[STOCKS]).toEqual({ 'reset-after-commit': 1 });
  });

  it('500 SYSTEM_ERROR and 429 create nothing; a bad answer signature fails verification', async () => {
    sandbox = await startPaySandbox();
    sandbox.scriptFaults(STOCKS, [{ kind: 'pay-error', status: 500, code: 'SYSTEM_ERROR' }, { kind: 'errcode', errcode: 45009 }, { kind: 'answer-signature', variant: 'wrong-key' }]);
    expect((await payCall(sandbox, 'POST', STOCKS, body('F1'))).json).toEqual({ code: 'SYSTEM_ERROR', message: '系统繁忙,请稍后重试' });
    const limited = await payCall(sandbox, 'POST', STOCKS, body('F1'));
    expect([limited.status, limited.json.code]).toEqual([429, 'FREQUENCY_LIMITED']);
    expect(sandbox.dump().merchants[DEMO_MERCHANT.mchid]!.stocks).toHaveLength(0);
    const badlySigned = await payCall(sandbox, 'POST', STOCKS, body('F1'));
    expect([badlySigned.status, badlySigned.verified]).toEqual([200, false]);
  });
});

describe('the sandbox command\'s --fault reaches /v3 paths by their route pattern', () => {
  it('v3/marketing/busifavor/stocks=1:pay-500 answers SYSTEM_ERROR; a pattern with {stock_id} parses', async () => {
    const { parseFaults } = await import('../../cli/sandbox-options');
    const parsed = parseFaults('v3/marketing/busifavor/stocks=1:pay-500;v3/marketing/busifavor/stocks/{stock_id}=0.5:pay-429,sign-signtest');
    if (!parsed.ok) throw new Error('did not parse');
    expect(parsed.value['/v3/marketing/busifavor/stocks/{stock_id}']?.kinds).toEqual([
      { kind: 'pay-error', status: 429, code: 'FREQUENCY_LIMITED' },
      { kind: 'answer-signature', variant: 'signtest' },
    ]);
    sandbox = await startPaySandbox({ faults: parsed.value });
    const answer = await payCall(sandbox, 'POST', STOCKS, body());
    expect([answer.status, answer.json.code]).toEqual([500, 'SYSTEM_ERROR']);
  });
});

describe('sandbox --json prints the demo merchant so anyone can sign by hand', () => {
  it('a request signed with only the printed fields is accepted and its answer verifies with the printed key', async () => {
    const { demoMerchantJson } = await import('../../main/sandbox/wechatpay/merchant-json');
    sandbox = await startPaySandbox();
    const m = demoMerchantJson(sandbox.baseUrl);
    const answer = await payCall(sandbox, 'GET', '/v3/marketing/busifavor/callbacks', undefined, {
      mchid: m.mchid,
      serial: m.serial_no,
      privateKey: createPrivateKey(m.private_key_pem ?? ''),
      verifyWith: createPublicKey(m.wechatpay_public_key_pem ?? ''),
    });
    expect([answer.json, answer.verified]).toEqual([{ notify_url: '', mchid: m.mchid }, true]);
    expect(Object.keys(m)).toEqual(['mchid', 'serial_no', 'private_key_pem', 'wechatpay_public_key_id', 'wechatpay_public_key_pem', 'apiv3_key', 'base_url']);
    const set = await payCall(sandbox, 'POST', '/v3/marketing/busifavor/callbacks', { notify_url: 'https://example.com/n' }, { verifyWith: createPublicKey(m.wechatpay_public_key_pem ?? '') });
    expect(set.verified).toBe(true);
  });
});

describe('the dump and the state route never hold a merchant secret', () => {
  it('no private key, no APIv3 key in the dump or GET /__sandbox/state, after stocks, codes and a callback', async () => {
    sandbox = await startPaySandbox();
    sandbox.updateMerchant(DEMO_MERCHANT.mchid, { auditSeconds: 0 });
    const stockId = await createStock();
    expect((await payCall(sandbox, 'GET', `${STOCKS}/${stockId}`)).json.stock_state).toBe('RUNNING');
    await payCall(sandbox, 'POST', `${STOCKS}/${stockId}/couponcodes`, { coupon_code_list: ['S1'], upload_request_no: 'U1' });
    expect(sandbox.receiveCoupon(DEMO_MERCHANT.mchid, { stockId }).ok).toBe(true);
    const state = await (await fetch(`${sandbox.baseUrl}/__sandbox/state`)).text();
    for (const text of [JSON.stringify(sandbox.dump()), state]) {
      expect(text).toContain(stockId);
      expect(text).not.toMatch(/PRIVATE KEY/);
      expect(text).not.toContain(DEMO_MERCHANT.apiv3Key);
    }
  });
});
