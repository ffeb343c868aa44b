/**
 * Length of a string in UTF-8 bytes, the unit Weixin enforces for every `string(N)` field
 * (wechat-card-api.md §4.1: `100元面值充值卡哈哈` = 27 bytes passes title's 27,
 * `1000元面值充值卡哈哈` = 28 fails). CJK and full-width punctuation are 3 bytes, emoji 4.
 * A lone surrogate counts 3, as TextEncoder replaces it with U+FFFD.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The longest prefix of `text` that fits in `maxBytes` UTF-8 bytes without splitting a
 * character: what an input may keep when the user pastes too much.
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const size = utf8ByteLength(ch);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += ch.length;
  }
  return text.slice(0, end);
}
