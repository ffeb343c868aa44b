import { localized, type Localized } from '../i18n';

/** Every way {@link parseJsonLocated} can refuse a text, each with its own message. */
export type JsonSyntaxKind =
  | 'empty'
  | 'unexpected_end'
  | 'unterminated_string'
  | 'control_character'
  | 'bad_escape'
  | 'unexpected_character'
  | 'trailing_comma'
  | 'missing_comma'
  | 'missing_colon'
  | 'single_quote'
  | 'comment'
  | 'full_width_punctuation'
  | 'unquoted_key'
  | 'invalid_literal'
  | 'invalid_number'
  | 'trailing_content';

/** What the parser was waiting for when it stopped. */
export type JsonExpectation = 'value' | 'key' | 'colon' | 'comma_or_array_end' | 'comma_or_object_end' | 'end';

/** Facts a message needs beyond its position. */
export interface JsonSyntaxDetail {
  expected?: JsonExpectation;
  /** The offending character or word as it appears in the text. */
  found?: string;
  /** unterminated_string: where the string began; trailing_content: where the JSON value ended. */
  related?: { line: number; column: number };
  /** unterminated_string: a curly quote inside the string that was probably meant to close it. */
  curlyQuote?: string;
  /** invalid_number: what is wrong with the number. */
  numberProblem?: 'leading_zero' | 'missing_digits' | 'plus_sign' | 'leading_point';
}

/** Full-width and curly punctuation that Chinese documents and IMEs produce, with the ASCII JSON needs. */
export const FULL_WIDTH_PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ['\u201c', '"'],
  ['\u201d', '"'],
  ['\u2018', '"'],
  ['\u2019', '"'],
  ['\uff0c', ','],
  ['\u3001', ','],
  ['\uff1a', ':'],
  ['\uff5b', '{'],
  ['\uff5d', '}'],
  ['\uff3b', '['],
  ['\uff3d', ']'],
  ['\u3000', ' '],
]);

const EXPECTED: Record<JsonExpectation, Localized> = {
  value: localized('一个值（字符串、数字、对象、数组、true、false 或 null）', 'a value (string, number, object, array, true, false or null)'),
  key: localized('用英文双引号括起来的属性名', 'a property name in double quotes'),
  colon: localized('冒号 :', 'a colon (:)'),
  comma_or_array_end: localized('逗号 , 或 ]', 'a comma (,) or ]'),
  comma_or_object_end: localized('逗号 , 或 }', 'a comma (,) or }'),
  end: localized('文本结尾', 'the end of the text'),
};

/** `X (U+0058)`: the code point tells look-alikes apart; invisible characters show only it. */
function showChar(ch: string | undefined, en = false): string {
  if (ch === undefined) return '';
  const cp = ch.codePointAt(0) ?? 0;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp <= 0x20 || cp === 0x7f || cp === 0xa0 || cp === 0x3000 || cp === 0xfeff) return code;
  return en ? `${ch} (${code})` : `${ch}（${code}）`;
}
const showCharEn = (ch: string | undefined) => showChar(ch, true);

const LITERAL_FIX: Readonly<Record<string, string>> = { true: 'true', false: 'false', null: 'null' };

function bodyText(kind: JsonSyntaxKind, d: JsonSyntaxDetail): Localized {
  const expected = EXPECTED[d.expected ?? 'value'];
  const at = d.related ? { zh: `第 ${d.related.line} 行第 ${d.related.column} 列`, en: `line ${d.related.line}, column ${d.related.column}` } : undefined;
  switch (kind) {
    case 'empty':
      return localized('文本是空的，没有 JSON 内容', 'The text is empty: there is no JSON');
    case 'unexpected_end':
      return localized(
        `JSON 意外结束，这里还需要${expected['zh-CN']}。可能少了右括号 } 或 ]，或者内容没有复制完整`,
        `The JSON ends too early; ${expected.en} is still needed. A closing } or ] may be missing, or the text was not copied completely`,
      );
    case 'unterminated_string': {
      const curlyZh = d.curlyQuote ? `字符串里有中文引号 ${d.curlyQuote}，它不能当作结束引号，请改成英文 "。` : '';
      const curlyEn = d.curlyQuote ? `The string contains the curly quote ${d.curlyQuote}, which cannot close it; use a straight ". ` : '';
      return localized(
        `字符串缺少结束的英文双引号 "（字符串从${at?.zh ?? '前面'}开始）。${curlyZh}字符串里不能直接换行，换行要写成 \\n`,
        `The string has no closing double quote (it starts at ${at?.en ?? 'an earlier position'}). ${curlyEn}A line break inside a string must be written as \\n`,
      );
    }
    case 'control_character':
      return localized(
        `字符串里有未转义的控制字符 ${showChar(d.found)}；制表符要写成 \\t，换行写成 \\n`,
        `The string contains the raw control character ${showCharEn(d.found)}; write a tab as \\t and a line break as \\n`,
      );
    case 'bad_escape':
      return localized(
        `“${d.found ?? '\\'}” 不是合法的转义。JSON 只允许 \\" \\\\ \\/ \\b \\f \\n \\r \\t 和 \\uXXXX；文字里的反斜杠要写成 \\\\`,
        `"${d.found ?? '\\'}" is not a valid escape. JSON allows only \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a literal backslash as \\\\`,
      );
    case 'unexpected_character':
      return localized(`这里不应出现 ${showChar(d.found)}，应为${expected['zh-CN']}`, `Unexpected ${showCharEn(d.found)}; expected ${expected.en}`);
    case 'trailing_comma':
      return localized('多余的逗号：最后一项后面不能有逗号，请删除这个逗号', 'Trailing comma: JSON allows no comma after the last item; delete it');
    case 'missing_comma':
      return localized('缺少逗号：这一项后面还有内容，项与项之间要用英文逗号 , 分隔', 'Missing comma: another item follows this one; separate items with a comma (,)');
    case 'missing_colon':
      return localized('缺少冒号：属性名后面要跟英文冒号 :，例如 "title": "…"', 'Missing colon: a property name is followed by a colon, e.g. "title": "…"');
    case 'single_quote':
      return localized("JSON 的字符串和属性名必须用英文双引号 \"，不能用单引号 '", "JSON strings and property names take double quotes (\"), not single quotes (')");
    case 'comment':
      return localized('JSON 不允许注释（// 或 /* */），请删除注释', 'JSON does not allow comments (// or /* */); delete the comment');
    case 'full_width_punctuation': {
      const ascii = FULL_WIDTH_PUNCTUATION.get(d.found ?? '') ?? '';
      const asciiShown = ascii === ' ' ? '半角空格' : ascii;
      return localized(
        `这里是中文全角符号 ${showChar(d.found)}，JSON 只认英文半角符号，请改成 ${asciiShown}（从中文文档复制示例时很常见）`,
        `This is the full-width Chinese ${showCharEn(d.found)}; JSON needs the ASCII ${ascii === ' ' ? 'space' : ascii} (common when copying from Chinese documents)`,
      );
    }
    case 'unquoted_key':
      return localized(`属性名 ${d.found ?? ''} 要用英文双引号括起来："${d.found ?? ''}"`, `The property name ${d.found ?? ''} needs double quotes: "${d.found ?? ''}"`);
    case 'invalid_literal': {
      const word = d.found ?? '';
      const lower = LITERAL_FIX[word.toLowerCase()];
      if (lower) return localized(`JSON 的 true、false、null 必须小写，请写成 ${lower}`, `JSON's true, false and null are lowercase; write ${lower}`);
      if (word === 'undefined' || word === 'NaN' || word === 'Infinity') {
        return localized(`JSON 里没有 ${word}，请改用 null 或一个数字`, `JSON has no ${word}; use null or a number`);
      }
      return localized(`“${word}”不是合法的值；文字要用英文双引号括起来，如 "${word}"`, `"${word}" is not a value; text needs double quotes, e.g. "${word}"`);
    }
    case 'invalid_number':
      switch (d.numberProblem) {
        case 'leading_zero':
          return localized('数字不能以 0 开头（如 007）；请写成 7，或用字符串 "007"', 'A number cannot start with 0 (like 007); write 7, or the string "007"');
        case 'plus_sign':
          return localized('数字前面不能写 +', 'A number cannot start with +');
        case 'leading_point':
          return localized('小数要写出整数部分，例如 0.5 而不是 .5', 'Write the integer part of a decimal: 0.5, not .5');
        default:
          return localized('数字格式不对：负号、小数点或指数 e 后面要跟数字', 'Malformed number: a minus sign, decimal point or exponent must be followed by digits');
      }
    case 'trailing_content':
      return localized(
        `JSON 在${at?.zh ?? '前面'}已经结束，后面还有多余的内容。有多个对象时，请放进 [ ] 里并用逗号分隔`,
        `The JSON already ended at ${at?.en ?? 'an earlier position'} and more text follows. For several objects, put them in [ ] separated by commas`,
      );
  }
}

/** The bilingual message for a syntax error at a line and column. */
export function jsonSyntaxMessage(kind: JsonSyntaxKind, line: number, column: number, detail: JsonSyntaxDetail): Localized {
  const body = bodyText(kind, detail);
  if (kind === 'empty') return body;
  return localized(`第 ${line} 行第 ${column} 列：${body['zh-CN']}`, `Line ${line}, column ${column}: ${body.en}`);
}
