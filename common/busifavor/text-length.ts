import { utf8ByteLength } from '../text/utf8';

/**
 * How 商家券 lengths are counted. The official text says characters (§2.2: "一个中文汉字/英文字母/
 * 数字均占用一个字数"), read here as Unicode code points (an emoji is one character, not two UTF-16
 * units) [INF]. One third-party SDK says UTF-8 bytes [UNCONFIRMED, §6.3 probe 1]; 'utf8-bytes'
 * switches the validator to that reading without touching the limits.
 */
export type LengthUnit = 'code-points' | 'utf8-bytes';

/** The default: the official text. */
export const DEFAULT_LENGTH_UNIT: LengthUnit = 'code-points';

/** Unicode code points of a string; a lone surrogate counts as one, as it is one unit of text. */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The length of `text` in `unit`. */
export function textLength(text: string, unit: LengthUnit): number {
  return unit === 'utf8-bytes' ? utf8ByteLength(text) : codePointLength(text);
}
