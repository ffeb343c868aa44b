import { CARD_TYPE_INFO, MEMBER_CARD, isCardType, typeKey, type CardType } from '../../common/coupon/card-types';
import { AFTER_CREATE_NONE, type Draft } from '../../common/drafts/draft';
import { localized, type Localized } from '../../common/i18n';
import { endOfChinaDay, startOfChinaDay } from '../../common/units/china-time';
import { parseYuan } from '../../common/units/money';
import { activationFromCell, boolFromCell, cardTypeFromCell, colorFromCell, headerText, TABLE_COLUMNS, type TableBackEnd, type TableColumn } from './import-table-columns';
import type { TableRows } from './import-table-read';

/** One problem of a table import: the row as Excel numbers it (1 = header), the column, what to do. */
export interface TableRowError {
  row: number;
  column: string;
  message: Localized;
}

/** The drafts made from the good rows, and every bad row's reason; bad rows make no draft. */
export interface TableImport {
  drafts: Draft[];
  errors: TableRowError[];
  rows: number;
}

type Obj = Record<string, unknown>;

/** Which column each header cell is: "券标题 title", "title" or "券标题" (case and spaces ignored). */
function mapHeader(header: readonly string[], columns: readonly TableColumn[]): Map<number, TableColumn> {
  const map = new Map<number, TableColumn>();
  header.forEach((cell, i) => {
    const text = cell.trim().toLowerCase();
    const found = columns.find((c) => {
      const key = c.key.toLowerCase();
      return text === key || text === c.label['zh-CN'].toLowerCase() || text === headerText(c).toLowerCase() || text.endsWith(` ${key}`) || text === c.label.en.toLowerCase();
    });
    if (found) map.set(i, found);
  });
  return map;
}

const where = (c: TableColumn) => `${c.label['zh-CN']} ${c.key}`;

const fix = (c: TableColumn, zh: string, en: string): Localized => localized(`“${c.label['zh-CN']}”${zh}`, `“${c.label.en}”: ${en}`);

/** A cell's value for its column, or the reason it cannot be one. */
function convertCell(c: TableColumn, text: string): { ok: true; value: unknown } | { ok: false; message: Localized } {
  switch (c.kind) {
    case 'text':
      return { ok: true, value: text };
    case 'int': {
      if (!/^\d+$/.test(text)) return { ok: false, message: fix(c, `须为不带小数的整数，现在是“${text}”。请改为如 100。`, `must be a whole number, not "${text}". Write e.g. 100.`) };
      return { ok: true, value: Number(text) };
    }
    case 'yuan': {
      const fen = parseYuan(text);
      return fen.ok ? { ok: true, value: fen.value } : { ok: false, message: localized(`“${c.label['zh-CN']}”：${fen.error['zh-CN']}`, `“${c.label.en}”: ${fen.error.en}`) };
    }
    case 'bool': {
      const b = boolFromCell(text);
      return b === undefined ? { ok: false, message: fix(c, `请填“是”或“否”，现在是“${text}”。`, `write yes or no (是/否), not "${text}".`) } : { ok: true, value: b };
    }
    case 'color': {
      const name = colorFromCell(text);
      return name ? { ok: true, value: name } : { ok: false, message: fix(c, `“${text}”不是微信的卡券颜色：请填 Color010 到 Color102 之一，或颜色名如“翠绿”。`, `"${text}" is not a Weixin card colour: write one of Color010 … Color102, or a name such as Green.`) };
    }
    case 'card_type': {
      const type = cardTypeFromCell(text);
      return type ? { ok: true, value: type } : { ok: false, message: fix(c, `“${text}”不是可创建的券类型：请填 团购券、代金券、折扣券、兑换券 或 优惠券。`, `"${text}" is not a coupon type this app creates: write Group-buy, Cash, Discount, Gift or General coupon (or 代金券 …).`) };
    }
    case 'activation': {
      const mode = activationFromCell(text);
      return mode ? { ok: true, value: mode } : { ok: false, message: fix(c, `“${text}”无法识别：请填 一键激活、领卡即激活 或 网页激活。`, `"${text}" is not recognised: write one-click, auto or url (一键激活 / 领卡即激活 / 网页激活).`) };
    }
    case 'date_begin':
    case 'date_end': {
      const unix = c.kind === 'date_begin' ? startOfChinaDay(text) : endOfChinaDay(text);
      return unix.ok ? { ok: true, value: unix.value } : { ok: false, message: localized(`“${c.label['zh-CN']}”：${unix.error['zh-CN']}`, `“${c.label.en}”: ${unix.error.en}`) };
    }
  }
}

const setIn = (root: Obj, path: string, value: unknown) => {
  const keys = path.split('.');
  let at = root;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Obj;
  at[keys.at(-1) as string] = value;
};

/** The body of one row: a card/create body of the row's type, or a member card. */
function bodyOf(backEnd: TableBackEnd, values: Map<TableColumn, unknown>): Obj {
  const get = (key: string) => [...values].find(([c]) => c.key === key)?.[1];
  const type = backEnd === 'member_card' ? MEMBER_CARD : (get('card_type') as CardType);
  const inner: Obj = { base_info: { code_type: 'CODE_TYPE_QRCODE', color: 'Color010' } };
  for (const [c, value] of values) if (c.path !== undefined) setIn(inner, c.path, value);
  const begin = get('begin_date');
  const end = get('end_date');
  const base = inner.base_info as Obj;
  if (begin !== undefined || end !== undefined) base.date_info = { type: 'DATE_TYPE_FIX_TIME_RANGE', ...(begin === undefined ? {} : { begin_timestamp: begin }), ...(end === undefined ? {} : { end_timestamp: end }) };
  else if (backEnd === 'member_card') base.date_info = { type: 'DATE_TYPE_PERMANENT' };
  if (backEnd === 'member_card') {
    const mode = get('activation') ?? 'wx';
    if (mode === 'auto') inner.auto_activate = true;
    if (mode === 'wx') inner.wx_activate = true;
    inner.supply_bonus ??= false;
    inner.supply_balance ??= false;
    return { card: { card_type: MEMBER_CARD, member_card: inner } };
  }
  return { card: { card_type: type, [typeKey(type as CardType)]: inner } };
}

/**
 * Drafts from the rows of a table. A row whose cells cannot all be read (a bad amount, an unknown
 * type, a date that does not exist, a required cell empty) makes no draft and is reported with its
 * row, column and fix; the other rows are imported. Content the checker judges (lengths, links) is
 * imported as is, as JSON import does. A required column missing from the header stops the import.
 */
export function draftsFromTable(backEnd: TableBackEnd, table: TableRows, newId: () => string, now: number): TableImport {
  const columns = TABLE_COLUMNS[backEnd];
  const byIndex = mapHeader(table.header, columns);
  const present = new Set(byIndex.values());
  const missing = columns.filter((c) => c.required && !present.has(c));
  if (missing.length > 0) {
    return {
      drafts: [],
      rows: table.rows.length,
      errors: missing.map((c) => ({
        row: 1,
        column: where(c),
        message: localized(`表头缺少“${headerText(c)}”列：请从模板复制这一列的表头后重新导入。`, `The header has no “${headerText(c)}” column: copy that header from the template and import again.`),
      })),
    };
  }
  const drafts: Draft[] = [];
  const errors: TableRowError[] = [];
  for (const { row, cells } of table.rows) {
    const values = new Map<TableColumn, unknown>();
    const rowErrors: TableRowError[] = [];
    for (const [i, c] of byIndex) {
      const text = (cells[i] ?? '').trim();
      if (text === '') {
        if (c.required) rowErrors.push({ row, column: where(c), message: fix(c, '不能为空：请填写后重新导入这一行。', 'cannot be empty: fill it in and import the row again.') });
        continue;
      }
      const converted = convertCell(c, text);
      if (converted.ok) values.set(c, converted.value);
      else rowErrors.push({ row, column: where(c), message: converted.message });
    }
    const type = [...values].find(([c]) => c.kind === 'card_type')?.[1];
    for (const [c] of values) {
      if (c.types && typeof type === 'string' && !c.types.includes(type)) {
        const names = (lang: 'zh-CN' | 'en') => c.types?.filter(isCardType).map((t) => CARD_TYPE_INFO[t].name[lang]).join(lang === 'en' ? ', ' : '、') ?? '';
        rowErrors.push({ row, column: where(c), message: fix(c, `只用于${names('zh-CN')}，这一行的类型不用它：请清空这一格或改券类型。`, `is only for ${names('en')}; this row’s type does not use it: empty the cell or change the type.`) });
      }
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    drafts.push({ id: newId(), card: bodyOf(backEnd, values), after: { ...AFTER_CREATE_NONE }, createdAt: now, updatedAt: now });
  }
  return { drafts, errors, rows: table.rows.length };
}
