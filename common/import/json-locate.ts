import type { Localized } from '../i18n';
import { err, ok, type Result } from '../result';
import { duplicateKeyMessage, type DuplicateKey } from './json-duplicates';
import { caretExcerpt, locateOffset } from './json-position';
import {
  FULL_WIDTH_PUNCTUATION,
  jsonSyntaxMessage,
  type JsonExpectation,
  type JsonSyntaxDetail,
  type JsonSyntaxKind,
} from './json-syntax-messages';

export type { JsonSyntaxKind } from './json-syntax-messages';

/**
 * Where and why a text is not JSON. Positions are our own, not V8's error text (which differs
 * between Node and Chromium):
 * - `line`, `column`: 1-based; lines end at \n, \r\n or \r; the column counts Unicode code
 *   points (a Chinese character or an emoji is one column), after a stripped byte-order mark;
 * - `offset`: UTF-16 index into the text exactly as passed in (BOM included), ready for
 *   `textarea.setSelectionRange(offset, offset)`.
 */
export interface JsonSyntaxError {
  kind: JsonSyntaxKind;
  line: number;
  column: number;
  offset: number;
  message: Localized;
  /** The offending line with a caret line under it. */
  excerpt: string;
}

class Failure {
  constructor(
    readonly kind: JsonSyntaxKind,
    readonly offset: number,
    readonly detail: JsonSyntaxDetail & { relatedOffset?: number } = {},
  ) {}
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

const LITERALS = { true: true, false: false, null: null } as const;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isWordChar = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || isDigit(c) || c === 0x5f || c === 0x24;
const startsValue = (c: number) =>
  c === QUOTE || c === LBRACE || c === LBRACKET || c === 0x2d || isDigit(c) || c === 0x74 || c === 0x66 || c === 0x6e;

type Frame =
  | { array: unknown[]; object?: undefined }
  | { array?: undefined; object: Record<string, unknown>; key: string; keyAt: number; keysAt: Map<string, number> };

/** A key written twice in one object (JSON.parse keeps the last silently): both offsets. */
export interface DuplicateKeyOffsets {
  /** JSON path of the repeated key, e.g. `card.cash.base_info.title` or `[2].card`. */
  readonly path: string;
  readonly key: string;
  readonly firstOffset: number;
  readonly secondOffset: number;
}

/** Sets a property the way JSON.parse does: "__proto__" becomes an own property, not the prototype. */
function setProperty(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

/**
 * A small hand-written JSON parser (RFC 8259, exactly JSON.parse's grammar and results). Nesting
 * uses an explicit stack rather than recursion, because JSON.parse accepts any depth and a
 * recursive parser would overflow on deeply nested input. One pass, linear in the text.
 */
class Parser {
  pos: number;
  readonly duplicates: DuplicateKeyOffsets[] = [];
  constructor(
    readonly text: string,
    start: number,
  ) {
    this.pos = start;
  }

  /** An object frame with its first key read (the parser is at that key's value). */
  private objectFrame(): Frame {
    const keyAt = this.pos;
    const key = this.readKey();
    return { object: {}, key, keyAt, keysAt: new Map([[key, keyAt]]) };
  }

  /** Reads the next key of an object frame, noting it when the object already has it. */
  private nextKey(top: Extract<Frame, { object: object }>, stack: readonly Frame[]): void {
    const keyAt = this.pos;
    top.key = this.readKey();
    top.keyAt = keyAt;
    const first = top.keysAt.get(top.key);
    if (first === undefined) top.keysAt.set(top.key, keyAt);
    else this.duplicates.push({ path: pathOf(stack, top.key), key: top.key, firstOffset: first, secondOffset: keyAt });
  }

  private code(at = this.pos): number {
    return this.text.charCodeAt(at);
  }

  private skipSpace(): void {
    const t = this.text;
    let p = this.pos;
    for (let c = t.charCodeAt(p); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = t.charCodeAt(++p));
    this.pos = p;
  }

  parseDocument(): unknown {
    this.skipSpace();
    if (this.pos >= this.text.length) throw new Failure('empty', this.pos);
    const value = this.parseValue();
    const end = this.pos;
    this.skipSpace();
    if (this.pos < this.text.length) throw this.diagnose('end', this.pos, end);
    return value;
  }

  private parseValue(): unknown {
    const stack: Frame[] = [];
    let value: unknown;
    for (;;) {
      this.skipSpace();
      const c = this.code();
      if (c === LBRACE || c === LBRACKET) {
        this.pos++;
        this.skipSpace();
        const close = c === LBRACE ? RBRACE : RBRACKET;
        if (this.code() === close) {
          this.pos++;
          value = c === LBRACE ? {} : [];
        } else {
          stack.push(c === LBRACE ? this.objectFrame() : { array: [] });
          continue;
        }
      } else {
        value = this.readScalar();
      }
      // Hand the finished value to its container; close every container that ends here.
      for (;;) {
        const top = stack[stack.length - 1];
        if (!top) return value;
        if (top.array) top.array.push(value);
        else setProperty(top.object, top.key, value);
        const valueEnd = this.pos;
        this.skipSpace();
        const close = top.array ? RBRACKET : RBRACE;
        const d = this.code();
        if (d === COMMA) {
          const comma = this.pos++;
          this.skipSpace();
          if (this.code() === close) throw new Failure('trailing_comma', comma);
          if (top.object) this.nextKey(top, stack);
          break;
        }
        if (d === close) {
          this.pos++;
          stack.pop();
          value = top.array ?? top.object;
          continue;
        }
        throw this.diagnose(top.array ? 'comma_or_array_end' : 'comma_or_object_end', this.pos, valueEnd);
      }
    }
  }

  /** A property name and its colon; leaves `pos` at the value. */
  private readKey(): string {
    if (this.code() !== QUOTE) throw this.diagnose('key', this.pos);
    const key = this.readString();
    const keyEnd = this.pos;
    this.skipSpace();
    if (this.code() !== COLON) throw this.diagnose('colon', this.pos, keyEnd);
    this.pos++;
    return key;
  }

  private readScalar(): unknown {
    const c = this.code();
    if (c === QUOTE) return this.readString();
    if (c === 0x2d || isDigit(c)) return this.readNumber();
    const literal = c === 0x74 ? 'true' : c === 0x66 ? 'false' : c === 0x6e ? 'null' : undefined;
    if (literal !== undefined && this.text.startsWith(literal, this.pos)) {
      this.pos += literal.length;
      return LITERALS[literal];
    }
    throw this.diagnose('value', this.pos);
  }

  private readNumber(): number {
    const start = this.pos;
    let p = this.pos;
    if (this.code(p) === 0x2d) p++;
    if (this.code(p) === 0x30) {
      p++;
      if (isDigit(this.code(p))) throw new Failure('invalid_number', start, { numberProblem: 'leading_zero' });
    } else if (isDigit(this.code(p))) {
      while (isDigit(this.code(p))) p++;
    } else {
      throw new Failure('invalid_number', p, { numberProblem: 'missing_digits' });
    }
    if (this.code(p) === 0x2e) {
      p++;
      if (!isDigit(this.code(p))) throw new Failure('invalid_number', p, { numberProblem: 'missing_digits' });
      while (isDigit(this.code(p))) p++;
    }
    if (this.code(p) === 0x65 || this.code(p) === 0x45) {
      p++;
      if (this.code(p) === 0x2b || this.code(p) === 0x2d) p++;
      if (!isDigit(this.code(p))) throw new Failure('invalid_number', p, { numberProblem: 'missing_digits' });
      while (isDigit(this.code(p))) p++;
    }
    this.pos = p;
    return Number(this.text.slice(start, p));
  }

  /** A string starting at the opening quote; unescaped runs are copied with one slice each. */
  private readString(): string {
    const t = this.text;
    const open = this.pos;
    let out = '';
    let chunk = open + 1;
    for (let i = chunk; ; i++) {
      const c = t.charCodeAt(i);
      if (c === QUOTE) {
        this.pos = i + 1;
        return out + t.slice(chunk, i);
      }
      if (c === BACKSLASH) {
        out += t.slice(chunk, i);
        const e = t.charAt(i + 1);
        if (e === 'u') {
          const hex = t.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new Failure('bad_escape', i, { found: `\\u${hex.replace(/[^0-9a-fA-F].*$/s, '')}` });
          out += String.fromCharCode(parseInt(hex, 16));
          i += 5;
        } else if (e === '') {
          throw this.unterminated(open, t.length);
        } else {
          const decoded = ESCAPES[e];
          if (decoded === undefined) throw new Failure('bad_escape', i, { found: `\\${String.fromCodePoint(t.codePointAt(i + 1) ?? 0)}` });
          out += decoded;
          i += 1;
        }
        chunk = i + 1;
      } else if (c < 0x20 || Number.isNaN(c)) {
        if (Number.isNaN(c) || c === 0x0a || c === 0x0d) throw this.unterminated(open, i);
        throw new Failure('control_character', i, { found: String.fromCharCode(c) });
      }
    }
  }

  private unterminated(open: number, at: number): Failure {
    const curly = /[\u201c\u201d]/.exec(this.text.slice(open + 1, at));
    return new Failure('unterminated_string', at, { relatedOffset: open, ...(curly ? { curlyQuote: curly[0] } : {}) });
  }

  /** Names what went wrong at `at`, given what the grammar expected there. */
  private diagnose(expected: JsonExpectation, at: number, previousEnd?: number): Failure {
    const t = this.text;
    if (at >= t.length) return new Failure('unexpected_end', at, { expected });
    const c = t.charCodeAt(at);
    const found = String.fromCodePoint(t.codePointAt(at) ?? c);
    if (c === 0x2f && (t.charCodeAt(at + 1) === 0x2f || t.charCodeAt(at + 1) === 0x2a)) return new Failure('comment', at);
    if (c === 0x27) return new Failure('single_quote', at);
    if (FULL_WIDTH_PUNCTUATION.has(found)) return new Failure('full_width_punctuation', at, { found });
    const word = /^[A-Za-z_$][\w$]*/.exec(t.slice(at, at + 64))?.[0];
    switch (expected) {
      case 'end':
        return new Failure('trailing_content', at, { relatedOffset: previousEnd ?? at });
      case 'key':
        if (word) return new Failure('unquoted_key', at, { found: word });
        break;
      case 'colon':
        if (startsValue(c) || isWordChar(c)) return new Failure('missing_colon', previousEnd ?? at);
        break;
      case 'comma_or_array_end':
      case 'comma_or_object_end':
        if (startsValue(c)) return new Failure('missing_comma', previousEnd ?? at);
        break;
      case 'value':
        if (word) return new Failure('invalid_literal', at, { found: word });
        if (c === 0x2b) return new Failure('invalid_number', at, { numberProblem: 'plus_sign' });
        if (c === 0x2e && isDigit(t.charCodeAt(at + 1))) return new Failure('invalid_number', at, { numberProblem: 'leading_point' });
        break;
    }
    return new Failure('unexpected_character', at, { expected, found });
  }
}

/** The JSON path of `key` in the innermost object of `stack` (array frames give their current index). */
function pathOf(stack: readonly Frame[], key: string): string {
  let path = '';
  for (const frame of stack.slice(0, -1)) path += frame.array ? `[${frame.array.length}]` : `${path === '' ? '' : '.'}${frame.key}`;
  return `${path}${path === '' ? '' : '.'}${key}`;
}

/**
 * Parses JSON like JSON.parse (same accepted texts, same values, "__proto__" included), after
 * stripping a UTF-8 byte-order mark, and on failure says where and why in both languages:
 * unterminated strings, stray characters, trailing or missing commas, missing colons, single
 * quotes, comments, full-width “ ” ， from Chinese documents, and unexpected ends.
 */
export function parseJsonLocated(text: string): Result<unknown, JsonSyntaxError> {
  const parsed = parseJsonChecked(text);
  return parsed.ok ? ok(parsed.value.value) : parsed;
}

/** {@link parseJsonLocated}, plus every key written twice in one object (first and second place). */
export function parseJsonChecked(text: string): Result<{ value: unknown; duplicates: DuplicateKey[] }, JsonSyntaxError> {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  try {
    const parser = new Parser(text, start);
    const value = parser.parseDocument();
    const at = (offset: number) => {
      const { line, column } = locateOffset(text, offset, start);
      return { line, column, offset };
    };
    const duplicates = parser.duplicates.map(({ path, key, firstOffset, secondOffset }) => {
      const first = at(firstOffset);
      const second = at(secondOffset);
      return { path, key, first, second, message: duplicateKeyMessage(path, key, first, second) };
    });
    return ok({ value, duplicates });
  } catch (e) {
    if (!(e instanceof Failure)) throw e;
    const where = locateOffset(text, e.offset, start);
    const { relatedOffset, ...detail } = e.detail;
    if (relatedOffset !== undefined) {
      const related = locateOffset(text, relatedOffset, start);
      detail.related = { line: related.line, column: related.column };
    }
    return err({
      kind: e.kind,
      line: where.line,
      column: where.column,
      offset: e.offset,
      message: jsonSyntaxMessage(e.kind, where.line, where.column, detail),
      excerpt: caretExcerpt(text, e.offset, where.lineStart),
    });
  }
}
