import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, DEMO_USABLE_POI_IDS, type SandboxHandle } from '../../main/sandbox';
import { bodyOfType, CDN_IMAGE } from './card-bodies';
import { classicToken, post, RID, start, T0, validBody, withBase, withNode } from './support';

let sandbox: SandboxHandle;
let token: string;
beforeAll(async () => {
  sandbox = await start();
  token = await classicToken(sandbox);
});
afterAll(() => sandbox.stop());

type Body = { card: Record<string, unknown> };
const NOW_S = T0 / 1000;

async function create(body: unknown): Promise<Record<string, unknown>> {
  return (await post(sandbox, '/card/create', token, body)).json;
}

const base = (edit: (b: Record<string, unknown>) => void) => (): Body => withBase(validBody(sandbox), edit);
const node = (edit: (n: Record<string, unknown>, c: Record<string, unknown>) => void) => (): Body => withNode(validBody(sandbox), edit);
const typed = (type: string, edit: (n: Record<string, unknown>) => void) => (): Body => withNode(bodyOfType(sandbox, type), edit);
const dates = (info: Record<string, unknown>) => base((b) => (b.date_info = info));
const advanced = (info: Record<string, unknown>) => node((n) => (n.advanced_info = info));
const textImage = (items: unknown[]) => advanced({ text_image_list: items });

describe('POST /card/create accepts', () => {
  it.each(['GROUPON', 'CASH', 'DISCOUNT', 'GIFT', 'GENERAL_COUPON'])('a minimal valid %s with a 28-character card_id carrying the account prefix', async (type) => {
    const answer = await create(bodyOfType(sandbox, type));
    expect(answer).toMatchObject({ errcode: 0, errmsg: 'ok' });
    expect(String(answer.card_id)).toMatch(/^p[A-Za-z0-9_-]{27}$/);
    expect(String(answer.card_id).slice(1, 6)).toBe(DEMO_ACCOUNT.prefix);
  });

  it.each<[string, () => Body]>([
    ['a 27-byte title (100元面值充值卡哈哈)', base((b) => (b.title = '100元面值充值卡哈哈'))],
    ['legacy date type 1', base((b) => ((b.date_info as Record<string, unknown>).type = 1))],
    ['FIX_TERM and legacy 2', dates({ type: 2, fixed_term: 30, fixed_begin_term: 0 })],
    ['FIX_TERM with a future end_timestamp', dates({ type: 'DATE_TYPE_FIX_TERM', fixed_term: 1, fixed_begin_term: 0, end_timestamp: NOW_S + 10 })],
    ['an end_timestamp not at 23:59:59 (warning only)', base((b) => ((b.date_info as Record<string, unknown>).end_timestamp = NOW_S + 3600))],
    ['a logo on another host (warning only)', base((b) => (b.logo_url = 'https://example.com/logo.png'))],
    ['deposit mode with quantity 0 and use_custom_code', base((b) => Object.assign(b, { use_custom_code: true, get_custom_code_mode: 'GET_CUSTOM_CODE_MODE_DEPOSIT', sku: { quantity: 0 } }))],
    ['the account\'s usable stores', base((b) => (b.location_id_list = [...DEMO_USABLE_POI_IDS]))],
    ['use_all_locations with an empty list', base((b) => Object.assign(b, { use_all_locations: true, location_id_list: [] }))],
    ['HOLIDAY in time_limit and every business service', advanced({ time_limit: [{ type: 'HOLIDAY' }, { type: 'MONDAY', begin_hour: 0, begin_minute: 0, end_hour: 23, end_minute: 59 }], business_service: ['BIZ_SERVICE_DELIVER', 'BIZ_SERVICE_FREE_PARK', 'BIZ_SERVICE_WITH_PET', 'BIZ_SERVICE_FREE_WIFI'] })],
    ['an abstract with one CDN cover', advanced({ abstract: { abstract: '摘要', icon_url_list: [CDN_IMAGE] } })],
    ['null as an absent optional field', base((b) => (b.sub_title = null))],
    ['a 15-byte custom_url_name', base((b) => (b.custom_url_name = '立即使用xyz'))],
    ['quantity 100000000', base((b) => (b.sku = { quantity: 100_000_000 }))],
    ['end_timestamp 2147443199 (2038-01-18 23:59:59 China time)', base((b) => ((b.date_info as Record<string, unknown>).end_timestamp = 2_147_443_199))],
  ])('%s', async (_name, make) => {
    expect(await create(make())).toMatchObject({ errcode: 0 });
  });
});

const REFUSED: [number, string, () => unknown][] = [
  // JSON and card head
  [47001, 'a body that is not JSON', () => '{"card":'],
  [47001, 'an empty body', () => ''],
  [41011, 'no card', () => ({ cards: {} })],
  [41011, 'card not an object', () => ({ card: 'GROUPON' })],
  [41011, 'no card_type', node((_n, c) => delete c.card_type)],
  [40071, 'a member card type', node((_n, c) => (c.card_type = 'MEMBER_CARD'))],
  [40071, 'a lower-case card_type', node((_n, c) => (c.card_type = 'groupon'))],
  [40071, 'a type key that does not match card_type', node((_n, c) => (c.card_type = 'CASH'))],
  [40071, 'an extra type key', node((_n, c) => (c.cash = { base_info: {} }))],
  [47001, 'a type node that is not an object', node((_n, c) => (c.groupon = 'x'))],
  // required
  ...['logo_url', 'code_type', 'brand_name', 'title', 'color', 'notice', 'description', 'sku', 'date_info'].map(
    (f): [number, string, () => unknown] => [41011, `base_info.${f} missing`, base((b) => delete b[f])],
  ),
  [41011, 'an empty title', base((b) => (b.title = ''))],
  [41011, 'a null notice', base((b) => (b.notice = null))],
  [41011, 'sku.quantity missing', base((b) => (b.sku = {}))],
  [41011, 'date_info.type missing', dates({ begin_timestamp: NOW_S, end_timestamp: NOW_S + 100 })],
  [41011, 'FIX_TIME_RANGE without begin', dates({ type: 'DATE_TYPE_FIX_TIME_RANGE', end_timestamp: NOW_S + 100 })],
  [41011, 'FIX_TERM without fixed_term', dates({ type: 'DATE_TYPE_FIX_TERM', fixed_begin_term: 0 })],
  [41011, 'FIX_TERM without fixed_begin_term', dates({ type: 'DATE_TYPE_FIX_TERM', fixed_term: 3 })],
  [41011, 'GROUPON without deal_detail', node((n) => delete n.deal_detail)],
  [41011, 'CASH without least_cost', typed('CASH', (n) => delete n.least_cost)],
  [41011, 'CASH without reduce_cost', typed('CASH', (n) => delete n.reduce_cost)],
  [41011, 'DISCOUNT without discount', typed('DISCOUNT', (n) => delete n.discount)],
  [41011, 'GIFT without gift', typed('GIFT', (n) => delete n.gift)],
  [41011, 'GENERAL_COUPON without default_detail', typed('GENERAL_COUPON', (n) => delete n.default_detail)],
  [41011, 'GENERAL_COUPON without text_image_list', typed('GENERAL_COUPON', (n) => delete n.advanced_info)],
  [41011, 'GENERAL_COUPON with an empty text_image_list', typed('GENERAL_COUPON', (n) => (n.advanced_info = { text_image_list: [] }))],
  [41011, 'an abstract without icon_url_list', advanced({ abstract: { abstract: '摘要' } })],
  [41011, 'an abstract with an empty icon_url_list', advanced({ abstract: { abstract: '摘要', icon_url_list: [] } })],
  [41026, 'a text_image_list item without text', textImage([{ image_url: CDN_IMAGE }])],
  [41026, 'a text_image_list item with an empty image_url', textImage([{ image_url: '', text: '图文' }])],
  // types and unknown keys
  [47001, 'quantity as a string', base((b) => (b.sku = { quantity: '100' }))],
  [47001, 'quantity as a float', base((b) => (b.sku = { quantity: 1.5 }))],
  [47001, 'can_share as the string "true"', base((b) => (b.can_share = 'true'))],
  [47001, 'title as a number', base((b) => (b.title = 100))],
  [47001, 'fixed_term as a string', dates({ type: 'DATE_TYPE_FIX_TERM', fixed_term: '3', fixed_begin_term: 0 })],
  [47001, 'location_id_list item as a string', base((b) => (b.location_id_list = ['287640011']))],
  [47001, 'location_id_list not an array', base((b) => (b.location_id_list = 287640011))],
  [47001, 'a typo key "sash" in card', node((_n, c) => (c.sash = {}))],
  [47001, 'a typo key "titel" in base_info', base((b) => (b.titel = 'x'))],
  [47001, 'an unknown key in the type node', node((n) => (n.reduce_cost = 100))],
  [47001, 'an unknown key in date_info', base((b) => ((b.date_info as Record<string, unknown>).timezone = 8))],
  [47001, 'an unknown key in sku', base((b) => (b.sku = { quantity: 1, total_quantity: 1 }))],
  [47001, 'an unknown key in advanced_info', advanced({ share: true })],
  [47001, 'an unknown key in use_condition', advanced({ use_condition: { least: 1 } })],
  [47001, 'an unknown key in abstract', advanced({ abstract: { icon_url_list: [CDN_IMAGE], title: 'x' } })],
  [47001, 'an unknown key in a text_image_list item', textImage([{ image_url: CDN_IMAGE, text: 'x', link: 'y' }])],
  [47001, 'an unknown key in a time_limit item', advanced({ time_limit: [{ type: 'MONDAY', hour: 1 }] })],
  [47001, 'a null inside business_service', advanced({ business_service: [null] })],
  // lengths (UTF-8 bytes)
  [45021, 'a 28-byte title (1000元面值充值卡哈哈)', base((b) => (b.title = '1000元面值充值卡哈哈'))],
  [45021, 'a 37-byte brand_name', base((b) => (b.brand_name = `${'商'.repeat(12)}x`))],
  [45021, 'a 3073-byte description', base((b) => (b.description = 'x'.repeat(3073)))],
  [45021, 'a 25-byte abstract', advanced({ abstract: { abstract: `${'摘'.repeat(8)}x`, icon_url_list: [CDN_IMAGE] } })],
  [45021, 'a 129-byte cover URL', advanced({ abstract: { icon_url_list: [`http://mmbiz.qpic.cn/${'a'.repeat(108)}`] } })],
  [45021, 'a 16-byte custom_url_name', base((b) => (b.custom_url_name = '立即使用xyzw'))],
  // enums and argument ranges
  [40097, 'an unknown code_type', base((b) => (b.code_type = 'CODE_TYPE_PDF417'))],
  [40097, 'colour Color103', base((b) => (b.color = 'Color103'))],
  [40097, 'a hex colour', base((b) => (b.color = '#63b359'))],
  [40097, 'an unknown get_custom_code_mode', base((b) => Object.assign(b, { use_custom_code: true, get_custom_code_mode: 'GET_CUSTOM_CODE_MODE_OTHER' }))],
  [40097, 'deposit mode without use_custom_code', base((b) => Object.assign(b, { get_custom_code_mode: 'GET_CUSTOM_CODE_MODE_DEPOSIT', sku: { quantity: 0 } }))],
  [40097, 'an unknown business service', advanced({ business_service: ['BIZ_SERVICE_SPA'] })],
  [40097, 'time_limit type FUNDAY', advanced({ time_limit: [{ type: 'FUNDAY' }] })],
  [40097, 'time_limit begin_hour 24', advanced({ time_limit: [{ type: 'MONDAY', begin_hour: 24 }] })],
  [40097, 'time_limit end_minute 60', advanced({ time_limit: [{ type: 'MONDAY', end_minute: 60 }] })],
  [40097, 'get_limit 0', base((b) => (b.get_limit = 0))],
  [40097, 'use_limit -1', base((b) => (b.use_limit = -1))],
  [40097, 'DISCOUNT 0', typed('DISCOUNT', (n) => (n.discount = 0))],
  [40097, 'DISCOUNT 100', typed('DISCOUNT', (n) => (n.discount = 100))],
  [40097, 'CASH reduce_cost 0', typed('CASH', (n) => (n.reduce_cost = 0))],
  [40097, 'CASH least_cost -1', typed('CASH', (n) => (n.least_cost = -1))],
  [40097, 'use_all_locations with stores listed', base((b) => Object.assign(b, { use_all_locations: true, location_id_list: [DEMO_USABLE_POI_IDS[0]] }))],
  [40097, 'a poi_id of 0', base((b) => (b.location_id_list = [0]))],
  // dates
  [40079, 'DATE_TYPE_PERMANENT', dates({ type: 'DATE_TYPE_PERMANENT' })],
  [40079, 'date type "1" as a string', dates({ type: '1', begin_timestamp: NOW_S, end_timestamp: NOW_S + 100 })],
  // Aligned with the client validator (test/differential): a string is a wrong JSON type, not a bad time.
  [47001, 'a begin_timestamp string', dates({ type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: String(NOW_S), end_timestamp: NOW_S + 100 })],
  [40079, 'millisecond timestamps', dates({ type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: T0, end_timestamp: T0 + 86_400_000 })],
  [40079, 'an end after 2038-01-19', dates({ type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: NOW_S, end_timestamp: 2_147_483_648 })],
  [40079, 'a negative begin', dates({ type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: -1, end_timestamp: NOW_S + 100 })],
  [40079, 'an end equal to now', dates({ type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: NOW_S - 100, end_timestamp: NOW_S })],
  [40079, 'FIX_TERM fixed_term 0', dates({ type: 'DATE_TYPE_FIX_TERM', fixed_term: 0, fixed_begin_term: 0 })],
  [40079, 'FIX_TERM fixed_begin_term -1', dates({ type: 'DATE_TYPE_FIX_TERM', fixed_term: 1, fixed_begin_term: -1 })],
  [40079, 'FIX_TERM with a past end_timestamp', dates({ type: 'DATE_TYPE_FIX_TERM', fixed_term: 1, fixed_begin_term: 0, end_timestamp: NOW_S - 1 })],
  [40100, 'begin equal to end', dates({ type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: NOW_S + 100, end_timestamp: NOW_S + 100 })],
  // sku
  [40122, 'quantity 0', base((b) => (b.sku = { quantity: 0 }))],
  [40122, 'quantity 100000001', base((b) => (b.sku = { quantity: 100_000_001 }))],
  [40122, 'deposit mode with quantity 5', base((b) => Object.assign(b, { use_custom_code: true, get_custom_code_mode: 'GET_CUSTOM_CODE_MODE_DEPOSIT', sku: { quantity: 5 } }))],
  // images
  [45020, 'two cover images', advanced({ abstract: { icon_url_list: [CDN_IMAGE, CDN_IMAGE] } })],
  [40141, 'a logo without scheme', base((b) => (b.logo_url = 'mmbiz.qpic.cn/mmbiz/x/0'))],
  [40141, 'an ftp logo', base((b) => (b.logo_url = 'ftp://mmbiz.qpic.cn/x'))],
  [40141, 'a cover on another host', advanced({ abstract: { icon_url_list: ['https://example.com/cover.jpg'] } })],
  [40141, 'a detail image on another host', textImage([{ image_url: 'http://img.example.com/a.jpg', text: '图文' }])],
  // stores
  [40098, 'an unknown poi_id', base((b) => (b.location_id_list = [123]))],
];

describe('POST /card/create refuses', () => {
  it.each(REFUSED)('%i for %s', async (errcode, name, make) => {
    const answer = await create(make());
    expect(answer.errcode, name).toBe(errcode);
    expect(String(answer.errmsg)).toMatch(RID);
  });

  it('uses the (E) errmsg texts', async () => {
    expect(String((await create('{')).errmsg)).toMatch(/^data format error rid/);
    expect(String((await create({})).errmsg)).toMatch(/^missing required fields! please check document and request json! rid/);
    expect(String((await create(withBase(validBody(sandbox), (b) => (b.title = 'x'.repeat(28))))).errmsg)).toMatch(
      /^some argument may be out of length limit! please check document and request json! rid/,
    );
  });

  it('reports the first problem in pipeline order: required, types, lengths, enums, dates, sku, images, stores', async () => {
    const everything = withBase(validBody(sandbox), (b) => {
      b.location_id_list = [123];
      b.logo_url = 'nope';
      b.sku = { quantity: 0 };
      (b.date_info as Record<string, unknown>).type = 'DATE_TYPE_PERMANENT';
      b.code_type = 'CODE_TYPE_PDF417';
      b.title = 'x'.repeat(28);
      b.titel = 'typo';
      delete b.notice;
    });
    const expected = [41011, 47001, 45021, 40097, 40079, 40122, 40141, 40098, 0];
    const fixes: ((b: Record<string, unknown>) => void)[] = [
      (b) => (b.notice = '出示此券'),
      (b) => delete b.titel,
      (b) => (b.title = '标题'),
      (b) => (b.code_type = 'CODE_TYPE_TEXT'),
      (b) => ((b.date_info as Record<string, unknown>).type = 'DATE_TYPE_FIX_TIME_RANGE'),
      (b) => (b.sku = { quantity: 1 }),
      (b) => (b.logo_url = CDN_IMAGE),
      (b) => (b.location_id_list = [DEMO_USABLE_POI_IDS[1]]),
    ];
    let body = everything;
    for (const [i, code] of expected.entries()) {
      expect(Number((await create(body)).errcode), `step ${i}`).toBe(code);
      const fix = fixes[i];
      if (fix) body = withBase(body, fix);
    }
  });

  it('records each refusal with its field path in the dump', async () => {
    const before = sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.rejections.length ?? 0;
    await create(withBase(validBody(sandbox), (b) => (b.title = '1000元面值充值卡哈哈')));
    const rejections = sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.rejections ?? [];
    expect(rejections).toHaveLength(before + 1);
    expect(rejections.at(-1)).toMatchObject({ errcode: 45021, path: 'card.groupon.base_info.title' });
  });

  it('answers 48001 for the five coupon types when the account simulates the 2021 shutdown', async () => {
    const blocked = await start({ accounts: [{ appid: 'wx00000000000000bb', secret: 'c'.repeat(32), couponCreation: 'blocked' }] });
    try {
      const blockedToken = await classicToken(blocked, 'wx00000000000000bb', 'c'.repeat(32));
      for (const type of ['GROUPON', 'CASH', 'DISCOUNT', 'GIFT', 'GENERAL_COUPON']) {
        const answer = await post(blocked, '/card/create', blockedToken, bodyOfType(blocked, type));
        expect(answer.json.errcode, type).toBe(48001);
        expect(String(answer.json.errmsg)).toMatch(/^api unauthorized rid: /);
      }
      expect(blocked.dump().accounts.wx00000000000000bb?.cards).toHaveLength(0);
    } finally {
      await blocked.stop();
    }
  });
});

describe('checkCardCreate (the same rules without HTTP)', () => {
  it('agrees with the endpoint on every refusal above', async () => {
    const { checkCardCreate } = await import('../../main/sandbox');
    const usablePoiIds = new Set(DEMO_USABLE_POI_IDS);
    for (const [errcode, name, make] of REFUSED) {
      const made = make();
      if (typeof made === 'string') continue; // the raw-text cases (invalid JSON) need the endpoint
      expect(checkCardCreate(made, { nowMs: sandbox.clock.now(), usablePoiIds })?.errcode, name).toBe(errcode);
    }
    expect(checkCardCreate(validBody(sandbox), { nowMs: sandbox.clock.now(), usablePoiIds })).toBeUndefined();
  });
});
