import { localized, type Localized } from '../i18n';

/**
 * What a JSON file's bytes are, before anything parses them. The guide asks for UTF-8; the usual
 * other encodings arrive from Windows: "ANSI" (GBK, code page 936), which used to pass and create a
 * coupon with a garbled title, and Notepad's "Unicode" (UTF-16, with or without a byte-order
 * mark), which used to give "Unexpected U+FFFD". Each is named, with how to re-save as UTF-8.
 */
export type TextEncodingProblem =
  | { readonly kind: 'utf16'; readonly endian: 'le' | 'be'; readonly bom: boolean }
  | { readonly kind: 'gbk'; /** The text read as GBK: what a conversion would give. */ readonly decoded: string; readonly offset: number }
  | { readonly kind: 'not_utf8'; /** Byte offset of the first byte that is not UTF-8. */ readonly offset: number };

/** The text of a UTF-8 file, or what the bytes are instead. */
export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: TextEncodingProblem };

/** Decodes bytes as UTF-8 (a UTF-8 byte-order mark is kept for the JSON parser to skip), refusing anything else by name. */
export function decodeUtf8Input(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Kind(bytes);
  if (utf16) return { ok: false, problem: utf16 };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const gbk = decodeGbk(bytes);
    return { ok: false, problem: gbk === undefined ? { kind: 'not_utf8', offset } : { kind: 'gbk', decoded: gbk, offset } };
  }
}

/** The bytes read as GBK (code page 936), or undefined when they are not valid GBK either. */
export function decodeGbk(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('gbk', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A file's text converted to UTF-8: GBK and UTF-16 convert (a UTF-16 BOM is dropped); other bytes do not. */
export function convertToUtf8(bytes: Uint8Array): { readonly text: string; readonly from: 'utf8' | 'gbk' | 'utf16le' | 'utf16be' } | undefined {
  const decoded = decodeUtf8Input(bytes);
  if (decoded.ok) return { text: decoded.text, from: 'utf8' };
  const problem = decoded.problem;
  if (problem.kind === 'not_utf8') return undefined;
  if (problem.kind === 'gbk') return { text: problem.decoded, from: 'gbk' };
  const label = problem.endian === 'le' ? 'utf-16le' : 'utf-16be';
  return { text: new TextDecoder(label).decode(bytes).replace(/^\uFEFF/, ''), from: problem.endian === 'le' ? 'utf16le' : 'utf16be' };
}

function utf16Kind(bytes: Uint8Array): TextEncodingProblem | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'utf16', endian: 'le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'utf16', endian: 'be', bom: true };
  // Without a BOM: JSON is mostly ASCII, so UTF-16 puts a zero byte beside nearly every character.
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return { kind: 'utf16', endian: 'le', bom: false };
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return { kind: 'utf16', endian: 'be', bom: false };
  return undefined;
}

/** Byte offset of the first byte that does not start a valid UTF-8 character. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] ?? 0;
    const size = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (size === 0) return i;
    if (size > 1) {
      try {
        decoder.decode(bytes.subarray(i, i + size));
      } catch {
        return i;
      }
    }
    i += size;
  }
  return bytes.length;
}

const RESAVE = localized(
  '请用 UTF-8 重新保存：记事本“另存为”→“编码”选 UTF-8；VS Code 点右下角的编码 →“通过编码保存”→ UTF-8；WPS/Excel 导出时选 UTF-8',
  'Save it again as UTF-8: in Notepad, Save As → Encoding → UTF-8; in VS Code, click the encoding in the status bar → Save with Encoding → UTF-8; when exporting from WPS/Excel, choose UTF-8',
);

/** The bilingual message for a file that is not UTF-8: which encoding it is, and how to fix it. */
export function encodingMessage(file: string, problem: TextEncodingProblem, convertHint?: Localized): Localized {
  const zh = `${RESAVE['zh-CN']}${convertHint ? `；或者${convertHint['zh-CN']}` : ''}。`;
  const en = `${RESAVE.en}${convertHint ? `; or ${convertHint.en}` : ''}.`;
  if (problem.kind === 'utf16') {
    const bomZh = problem.bom ? '（带字节顺序标记 BOM）' : '（没有 BOM）';
    const bomEn = problem.bom ? ' (with a byte-order mark)' : ' (without a byte-order mark)';
    const endian = problem.endian === 'le' ? 'LE' : 'BE';
    return localized(
      `${file} 是 UTF-16 ${endian} 编码${bomZh}，记事本里叫“Unicode”；卡券数据须为 UTF-8。${zh}`,
      `${file} is encoded as UTF-16 ${endian}${bomEn}, which Notepad calls "Unicode"; coupon data must be UTF-8. ${en}`,
    );
  }
  if (problem.kind === 'gbk') {
    return localized(
      `${file} 看起来是 GBK 编码（Windows 的“ANSI”，代码页 936），不是 UTF-8：直接导入会让中文变成乱码（第 ${problem.offset + 1} 个字节起）。${zh}`,
      `${file} looks like GBK (Windows "ANSI", code page 936), not UTF-8: imported as it is, its Chinese text would be garbled (from byte ${problem.offset + 1}). ${en}`,
    );
  }
  return localized(
    `${file} 不是 UTF-8 编码（第 ${problem.offset + 1} 个字节起无法读取），也不是 GBK 或 UTF-16。${zh}`,
    `${file} is not UTF-8 (unreadable from byte ${problem.offset + 1}), nor GBK or UTF-16. ${en}`,
  );
}
