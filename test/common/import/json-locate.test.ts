import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseJsonLocated, type JsonSyntaxError } from '../../../common/import/json-locate';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');

function failure(text: string): JsonSyntaxError {
  const r = parseJsonLocated(text);
  if (r.ok) throw new Error(`expected ${JSON.stringify(text)} to be refused`);
  return r.error;
}

describe("the creation guide's GROUPON example (seed, after “POST data example”)", () => {
  const text = fixture('guide-groupon-example.txt');

  it('is refused at the unterminated "center_sub_title" string: line 35, column 44', () => {
    const e = failure(text);
    expect(e.kind).toBe('unterminated_string');
    expect({ line: e.line, column: e.column }).toEqual({ line: 35, column: 44 });
    // The offset is the raw line break where the closing quote is missing.
    expect(text.slice(0, e.offset).split('\n').at(-1)).toBe('"center_sub_title": "Words under the button');
    expect(text[e.offset]).toBe('\n');
  });

  it('says where the string began and how to write a line break', () => {
    const e = failure(text);
    expect(e.message['zh-CN']).toContain('第 35 行第 44 列');
    expect(e.message['zh-CN']).toContain('第 35 行第 21 列开始');
    expect(e.message['zh-CN']).toContain('\\n');
    expect(e.message.en).toContain('Line 35, column 44');
    expect(e.message.en).toContain('must be written as \\n');
    expect(e.excerpt).toBe(`"center_sub_title": "Words under the button\n${' '.repeat(43)}^`);
  });

  it('parses once the two broken strings are closed, like JSON.parse', () => {
    const fixed = text
      .replace('"Words under the button\n', '"Words under the button",\n')
      .replace('sj\npiby4', 'sjpiby4')
      .replace('16 CNY.\n', '16 CNY."\n');
    const r = parseJsonLocated(fixed);
    expect(r).toEqual({ ok: true, value: JSON.parse(fixed) });
  });
});

describe('each syntax error names its kind, line and column', () => {
  it.each([
    ['{"a":1,}', 'trailing_comma', 1, 7],
    ['[\n  1,\n  2,\n]', 'trailing_comma', 3, 4],
    ['{"a":1 "b":2}', 'missing_comma', 1, 7],
    ['{\n  "a": 1\n  "b": 2\n}', 'missing_comma', 2, 9],
    ['[1 2]', 'missing_comma', 1, 3],
    ['{"a" 1}', 'missing_colon', 1, 5],
    ["{'a': 1}", 'single_quote', 1, 2],
    ['{"a": \'x\'}', 'single_quote', 1, 7],
    ['{\n  // note\n  "a": 1\n}', 'comment', 2, 3],
    ['{"a": 1 /* x */}', 'comment', 1, 9],
    ['{“card”: 1}', 'full_width_punctuation', 1, 2],
    ['{"a": 1，"b": 2}', 'full_width_punctuation', 1, 8],
    ['{"a"：1}', 'full_width_punctuation', 1, 5],
    ['{"a":\u30001}', 'full_width_punctuation', 1, 6],
    ['{"a": 1', 'unexpected_end', 1, 8],
    ['[', 'unexpected_end', 1, 2],
    ['{"a": "x', 'unterminated_string', 1, 9],
    ['{"a": "x\r\n}', 'unterminated_string', 1, 9],
    ['"a\tb"', 'control_character', 1, 3],
    ['"C:\\Users"', 'bad_escape', 1, 4],
    ['"\\u12G4"', 'bad_escape', 1, 2],
    ['{"a": 1]', 'unexpected_character', 1, 8],
    ['[1,,2]', 'unexpected_character', 1, 4],
    ['{a: 1}', 'unquoted_key', 1, 2],
    ['{"a": True}', 'invalid_literal', 1, 7],
    ['[undefined]', 'invalid_literal', 1, 2],
    ['[01]', 'invalid_number', 1, 2],
    ['[1.]', 'invalid_number', 1, 4],
    ['[.5]', 'invalid_number', 1, 2],
    ['[+1]', 'invalid_number', 1, 2],
    ['{} {}', 'trailing_content', 1, 4],
    ['', 'empty', 1, 1],
    ['\uFEFF  \n', 'empty', 2, 1],
  ])('%j → %s at %i:%i', (text, kind, line, column) => {
    const e = failure(text);
    expect({ kind: e.kind, line: e.line, column: e.column }).toEqual({ kind, line, column });
    expect(e.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(e.message.en).toMatch(/[a-z]/);
    if (kind !== 'empty') {
      expect(e.message['zh-CN']).toContain(`第 ${line} 行第 ${column} 列`);
      expect(e.message.en).toContain(`Line ${line}, column ${column}`);
    }
    expect(() => JSON.parse(text)).toThrow();
  });

  it('gives the specific advice each kind promises', () => {
    expect(failure('{"a":1,}').message.en).toContain('Trailing comma');
    expect(failure('{"a":1 "b":2}').message.en).toContain('Missing comma');
    expect(failure('{"a" 1}').message.en).toContain('Missing colon');
    expect(failure("{'a':1}").message.en).toContain('double quotes');
    expect(failure('{} // x').message.en).toContain('does not allow comments');
    const fullWidth = failure('{“card”: 1}').message;
    expect(fullWidth['zh-CN']).toContain('中文文档');
    expect(fullWidth.en).toContain('copying from Chinese documents');
    expect(failure('{"a":1').message.en).toContain('ends too early');
    expect(failure('{"a":"x\n"}').message.en).toContain('must be written as \\n');
    expect(failure('{"a":"He said “hi}').message.en).toContain('curly quote');
  });

  it('counts columns in code points, after a byte-order mark, and offsets in UTF-16 units of the input', () => {
    const text = '\uFEFF{"标题😀": 1,}';
    const e = failure(text);
    expect(e.kind).toBe('trailing_comma');
    expect(e.column).toBe(10);
    expect(text[e.offset]).toBe(',');
    // The caret sits under the comma: wide characters take two columns in a monospace CJK font.
    expect(e.excerpt.split('\n')[1]).toBe(`${' '.repeat(1 + 1 + 2 + 2 + 2 + 1 + 1 + 1 + 1)}^`);
  });

  it('counts \\r\\n and a lone \\r as one line break each', () => {
    expect(failure('{\r\n"a": 1,\r\n}')).toMatchObject({ line: 2, column: 7 });
    expect(failure('{\r"a": 1,\r}')).toMatchObject({ line: 2, column: 7 });
  });

  it('cuts the excerpt of a long minified line around the error', () => {
    const text = `[${'1,'.repeat(5000)}x${',1'.repeat(5000)}]`;
    const e = failure(text);
    const [line, caret] = e.excerpt.split('\n');
    expect(line?.startsWith('…')).toBe(true);
    expect(line?.endsWith('…')).toBe(true);
    expect(line?.length).toBeLessThan(100);
    expect(line?.[(caret?.length ?? 0) - 1]).toBe('x');
  });
});

describe('accepting what JSON.parse accepts', () => {
  it('strips a UTF-8 byte-order mark', () => {
    expect(parseJsonLocated('\uFEFF{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('keeps "__proto__" as an own property, like JSON.parse', () => {
    const r = parseJsonLocated('{"__proto__": {"polluted": 1}, "a": 2}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const value = r.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps the last of duplicate keys at the first position, and -0', () => {
    const text = '{"a":1,"b":2,"a":3,"z":-0}';
    const r = parseJsonLocated(text);
    expect(r.ok && Object.entries(r.value as object)).toEqual(Object.entries(JSON.parse(text)));
    expect(r.ok && Object.is((r.value as { z: number }).z, -0)).toBe(true);
  });

  it('handles nesting far deeper than the call stack allows', () => {
    const depth = 50_000;
    const text = '['.repeat(depth) + ']'.repeat(depth);
    expect(parseJsonLocated(text).ok).toBe(true);
    expect(failure('['.repeat(depth) + ']'.repeat(depth - 1)).kind).toBe('unexpected_end');
  });

  it('decodes every escape, lone surrogates included', () => {
    const text = '"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\\ud800x"';
    expect(parseJsonLocated(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });
});
