import { localized, type Localized } from '../i18n';

/** Where a repeated key sits: 1-based line and column (code points) and the UTF-16 offset. */
export interface KeyPosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/**
 * A key written twice in one JSON object. JSON.parse (and Weixin) silently keep the LAST value, so
 * an edit to the first copy is lost without a word: a warning that names both places.
 */
export interface DuplicateKey {
  /** JSON path of the key, e.g. `card.cash.base_info.title` or `[2].card.cash.base_info.title`. */
  readonly path: string;
  readonly key: string;
  readonly first: KeyPosition;
  readonly second: KeyPosition;
  readonly message: Localized;
}

/** The bilingual warning for a repeated key. */
export function duplicateKeyMessage(path: string, key: string, first: KeyPosition, second: KeyPosition): Localized {
  return localized(
    `“${key}”（${path}）在同一个对象里写了两次：第 ${first.line} 行第 ${first.column} 列和第 ${second.line} 行第 ${second.column} 列。JSON 只保留后一个的值，前一个会被悄悄丢掉：请删除其中一个，只保留想要的值`,
    `"${key}" (${path}) appears twice in the same object: line ${first.line}, column ${first.column} and line ${second.line}, column ${second.column}. JSON keeps only the later value and silently drops the earlier one: delete one of them, keeping the value you mean`,
  );
}
