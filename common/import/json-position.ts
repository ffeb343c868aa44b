/**
 * Line, column and a caret excerpt for an offset in a text: the part of a JSON syntax error a
 * person reads. Lines end at \n, \r\n or \r. Columns count Unicode code points, so a Chinese
 * character or an emoji is one column, as people count them.
 */

/** A 1-based line and column, and where that line starts (UTF-16 index). */
export interface TextPosition {
  line: number;
  column: number;
  lineStart: number;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The position of `offset`, counting from `from` (1 after a byte-order mark). Linear in `offset`. */
export function locateOffset(text: string, offset: number, from = 0): TextPosition {
  let line = 1;
  let lineStart = from;
  for (let i = from; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a && i + 1 < offset) i++;
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < offset; i++) {
    if (isHigh(text.charCodeAt(i)) && i + 1 < offset && isLow(text.charCodeAt(i + 1))) i++;
    column++;
  }
  return { line, column, lineStart };
}

/** True for characters a monospace CJK font draws two columns wide (East Asian Wide/Fullwidth). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

const CONTEXT = 40;

/** Moves an index off the low half of a surrogate pair, so a slice never splits a character. */
function snap(text: string, i: number): number {
  return i > 0 && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1)) ? i - 1 : i;
}

/**
 * The line holding `offset` and a caret line under it, e.g.
 * `"center_sub_title": "Words under the button` / `                                           ^`.
 * Long lines (minified JSON) are cut to about 40 characters either side, marked with "…".
 */
export function caretExcerpt(text: string, offset: number, lineStart: number): string {
  let lineEnd = offset;
  while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 0x0a && text.charCodeAt(lineEnd) !== 0x0d) lineEnd++;
  const from = offset - lineStart > CONTEXT + 20 ? snap(text, offset - CONTEXT) : lineStart;
  const to = lineEnd - offset > CONTEXT + 20 ? snap(text, offset + CONTEXT) : lineEnd;
  const prefix = from > lineStart ? '…' : '';
  const suffix = to < lineEnd ? '…' : '';
  let caret = prefix === '' ? '' : ' ';
  for (const ch of text.slice(from, offset)) {
    const cp = ch.codePointAt(0) ?? 0;
    caret += ch === '\t' ? '\t' : isWide(cp) ? '  ' : ' ';
  }
  return `${prefix}${text.slice(from, to)}${suffix}\n${caret}^`;
}
