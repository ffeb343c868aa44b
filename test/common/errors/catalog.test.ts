import { describe, expect, it } from 'vitest';
import {
  ERRCODE_CATALOG,
  actionFor,
  classifyEndpoint,
  isRetryableAction,
  lookupErrcode,
  unknownErrcodeEntry,
} from '../../../common/errors/catalog';

// wechat-card-api.md §2, main table, in its order.
const MAIN_TABLE = [
  -1, 0, 40001, 40002, 40009, 40013, 40014, 40053, 40056, 40071, 40072, 40073, 40075, 40078, 40079, 40080, 40097,
  40099, 40100, 40116, 40122, 40124, 40125, 40127, 40136, 40137, 40141, 40145, 40164, 41001, 41005, 41011, 41012,
  41026, 42001, 43002, 43008, 43009, 43010, 43017, 44002, 45009, 45011, 45021, 45030, 45031, 45033, 45046, 47001,
  48001, 48004, 48006, 61007, 40243, 89503,
];
// §2, "Other card-related codes in the official open-platform table".
const OTHER_CARD_CODES = [
  40070, 40098, 40107, 40109, 40150, 40151, 40158, 43012, 44997, 45020, 45029, 45041, 45043, 45061, 45160, 72021,
];
const ACTIONS = ['retry', 'refresh_token', 'wait_next_minute', 'fix_input', 'report', 'none'];
const CJK = /[\u4e00-\u9fff]/;

describe('the errcode catalog covers wechat-card-api.md §2', () => {
  it.each([...MAIN_TABLE, ...OTHER_CARD_CODES])('%i has an action and both languages', (code) => {
    const entry = lookupErrcode(code);
    expect(entry, `errcode ${code} missing`).toBeDefined();
    if (!entry) return;
    expect(ACTIONS).toContain(entry.action);
    for (const text of [entry.meaning, entry.fix]) {
      expect(text['zh-CN']).toMatch(CJK);
      expect(text.en.length).toBeGreaterThan(5);
      expect(text.en).not.toBe(text['zh-CN']);
    }
  });

  it('keeps Weixin\'s English errmsg for every code but 40243, whose errmsg is unconfirmed', () => {
    for (const entry of ERRCODE_CATALOG) {
      if (entry.errcode === 40243) expect(entry.errmsg).toBe('');
      else expect(entry.errmsg.length, String(entry.errcode)).toBeGreaterThan(1);
    }
    expect(lookupErrcode(45011)?.errmsg).toBe('api minute-quota reach limit, must slower, retry next minute');
    expect(lookupErrcode(40164)?.errmsg).toBe('invalid ip, not in whitelist');
  });

  it('lists each code once', () => {
    const codes = ERRCODE_CATALOG.map((e) => e.errcode);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('follows §8: refresh on 40001/40014/42001, backoff on -1, next minute on 45011', () => {
    expect(actionFor(-1)).toBe('retry');
    for (const code of [40001, 40014, 42001]) expect(actionFor(code, '/card/create')).toBe('refresh_token');
    expect(actionFor(45011)).toBe('wait_next_minute');
    expect(actionFor(0)).toBe('none');
  });

  it('treats a refresh code from the token endpoint itself as a configuration error', () => {
    for (const path of ['/cgi-bin/token', 'https://api.weixin.qq.com/cgi-bin/token?grant_type=client_credential', '/cgi-bin/stable_token']) {
      for (const code of [40001, 40014, 42001]) expect(actionFor(code, path)).toBe('report');
    }
    expect(lookupErrcode(40001, '/cgi-bin/token')?.fix.en).toContain('AppSecret');
    expect(lookupErrcode(40001, '/card/create')?.fix.en).toContain('retries once');
  });

  it('never retries quota, whitelist, permission, store-precondition or validation codes', () => {
    for (const code of [45009, 40164, 48001, 43017, 45046, 40079, 41011, 45021, 47001, 40097, 40125, 40013]) {
      expect(isRetryableAction(actionFor(code)), String(code)).toBe(false);
    }
    for (const code of [-1, 40001, 45011]) expect(isRetryableAction(actionFor(code))).toBe(true);
  });

  it('marks the validation codes of the house rules table as fix_input', () => {
    for (const code of [47001, 41011, 40071, 45021, 40097, 40079, 40100, 40122, 40141, 41026, 45020]) {
      expect(actionFor(code), String(code)).toBe('fix_input');
    }
  });

  it('answers "report" for a code it does not know, keeping code and errmsg visible', () => {
    expect(actionFor(99999)).toBe('report');
    const entry = unknownErrcodeEntry(99999, 'something new');
    expect(entry.meaning['zh-CN']).toContain('99999');
    expect(entry.meaning['zh-CN']).toContain('something new');
    expect(entry.meaning.en).toContain('99999');
    expect(entry.meaning.en).toContain('something new');
    expect(entry.fix.en).toContain('99999');
  });
});

describe('classifyEndpoint', () => {
  it.each([
    ['/cgi-bin/token', 'token'],
    ['cgi-bin/stable_token', 'token'],
    ['https://api.weixin.qq.com/card/create?access_token=T', 'card_create'],
    ['/card/paycell/set', 'paycell'],
    ['/card/selfconsumecell/set/', 'selfconsume'],
    ['/cgi-bin/media/uploadimg?access_token=T', 'upload'],
    ['/card/get', 'other'],
    [undefined, 'other'],
  ])('%s → %s', (path, kind) => {
    expect(classifyEndpoint(path)).toBe(kind);
  });
});
