/**
 * The UTF-16 offset of a 1-based line and column in a text, as main's located JSON parser counts
 * them (lines end at \n, \r\n or \r; a column is a Unicode code point), for setSelectionRange.
 */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line && offset < text.length; current++) {
    const next = text.slice(offset).search(/\r\n|\r|\n/);
    if (next < 0) return text.length;
    offset += next + (text.startsWith('\r\n', offset + next) ? 2 : 1);
  }
  let codePoints = 1;
  while (codePoints < column && offset < text.length && !/[\r\n]/.test(text[offset] ?? '')) {
    const code = text.codePointAt(offset) ?? 0;
    offset += code > 0xffff ? 2 : 1;
    codePoints++;
  }
  return offset;
}

/** How many lines a text has (at least one). */
export function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}
