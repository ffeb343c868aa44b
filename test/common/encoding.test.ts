import { describe, expect, it } from 'vitest';
import { decodeUtf8Input, encodingMessage } from '../../common/text/encoding';

const JSON_TEXT = '{"card": {"card_type": "GIFT", "gift": {"base_info": {"title": "免费拿铁", "brand_name": "咖啡店"}}}}';
const utf16 = (text: string, endian: 'le' | 'be', bom: boolean): Uint8Array => {
  const out = Buffer.alloc(text.length * 2 + (bom ? 2 : 0));
  let at = 0;
  if (bom) out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff], (at += 2) - 2);
  for (let i = 0; i < text.length; i++, at += 2) {
    if (endian === 'le') out.writeUInt16LE(text.charCodeAt(i), at);
    else out.writeUInt16BE(text.charCodeAt(i), at);
  }
  return out;
};
// "免费拿铁" in GBK (code page 936).
const GBK_TITLE = [0xc3, 0xe2, 0xb7, 0xd1, 0xc4, 0xc3, 0xcc, 0xfa];

describe('input encodings are named, not garbled', () => {
  it('UTF-8 (with or without a BOM) decodes as is', () => {
    expect(decodeUtf8Input(Buffer.from(JSON_TEXT))).toEqual({ ok: true, text: JSON_TEXT });
    expect(decodeUtf8Input(Buffer.from(`\uFEFF${JSON_TEXT}`))).toEqual({ ok: true, text: `\uFEFF${JSON_TEXT}` });
  });

  it.each([
    ['le', true],
    ['le', false],
    ['be', true],
    ['be', false],
  ] as const)('UTF-16 %s (BOM: %s) is named UTF-16, with how to re-save as UTF-8', (endian, bom) => {
    const decoded = decodeUtf8Input(utf16(JSON_TEXT, endian, bom));
    expect(decoded).toEqual({ ok: false, problem: { kind: 'utf16', endian, bom } });
    if (decoded.ok) return;
    const message = encodingMessage('coupons.json', decoded.problem);
    expect(message['zh-CN']).toContain(`UTF-16 ${endian.toUpperCase()} 编码`);
    expect(message.en).toMatch(/Notepad calls "Unicode".*Save As → Encoding → UTF-8/);
  });

  it('GBK ("ANSI") is named GBK with what a conversion gives, and where UTF-8 breaks', () => {
    const head = Buffer.from('{"card": {"gift": {"base_info": {"title": "');
    const bytes = Buffer.concat([head, Buffer.from(GBK_TITLE), Buffer.from('"}}}}')]);
    const decoded = decodeUtf8Input(bytes);
    expect(decoded).toMatchObject({ ok: false, problem: { kind: 'gbk', offset: head.length } });
    if (decoded.ok || decoded.problem.kind !== 'gbk') return;
    expect(decoded.problem.decoded).toContain('"title": "免费拿铁"');
    const message = encodingMessage('a.json', decoded.problem, { 'zh-CN': '运行 convert', en: 'run convert' });
    expect(message['zh-CN']).toMatch(/GBK 编码（Windows 的“ANSI”，代码页 936）.*第 \d+ 个字节起.*或者运行 convert。$/);
    expect(message.en).toMatch(/looks like GBK \(Windows "ANSI", code page 936\).*; or run convert\.$/);
  });

  it('bytes that are neither UTF-8, UTF-16 nor GBK are "not UTF-8", naming the first bad byte', () => {
    // 0xFF is never UTF-8 and never GBK.
    expect(decodeUtf8Input(Buffer.from([0x7b, 0x22, 0xe4, 0xbd, 0xa0, 0xff, 0x22, 0x7d]))).toEqual({ ok: false, problem: { kind: 'not_utf8', offset: 5 } });
  });

  it('a lone surrogate written as UTF-8 bytes (ED A0 80, "CESU") is refused, never decoded to U+FFFD', () => {
    expect(decodeUtf8Input(Buffer.from([0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d])).ok).toBe(false);
  });
});
