import { localized } from '../../i18n';
import { parseJsonLocated } from '../../import/json-locate';
import type { LengthUnit } from '../text-length';
import { kindOf } from '../../validate/labels';
import { FindingReporter, isObj, type Obj } from '../../validate/report';
import { nearest } from '../../validate/structure';
import { STOCK_FINDING_CODES, type StockErrcode, type StockFindingCode } from '../../validate-busifavor/codes';
import { stockText } from '../../validate-busifavor/messages';
import { validateStock } from '../../validate-busifavor/validate-stock';
import type { StockFinding } from '../../validate-busifavor/types';
import { stockFieldPattern } from '../fields';
import { convertStock, INPUT_KEY_OF, type ImageReader, type LocalImageFile } from './convert';

/**
 * A stocks file: a batch of 商家券 as a merchant writes them (README "Stocks file"), e.g.
 * `{ "belong_merchant": "1900000109", "defaults": {…}, "stocks": [{…}, …] }` or a bare list of stocks.
 * `defaults` is merged into every stock (objects key by key, a stock's own value wins). Each stock
 * becomes a create-stock body; its findings point at the file (`stocks[2].…_yuan`, `defaults.…`).
 */

export interface StocksFileOptions {
  nowMs: number;
  /** The account's mchid: the default belong_merchant, and checked against it (§2.2). */
  mchid?: string;
  lengthUnit?: LengthUnit;
  /**
   * The out_request_no of a stock that names none. The run commits the one it sends before the first
   * send (the idempotency key, §2.2); it must be unique per stock ever created, so it is injected.
   */
  outRequestNo: (index: number) => string;
  /** Reads a local image file named in an image field; without it such a value is reported. */
  images?: ImageReader;
}

/** One stock of the file. */
export interface ParsedStock {
  index: number;
  /** The create-stock body (API units), with local images as `local-image:` references. */
  body: Obj;
  findings: StockFinding[];
  images: LocalImageFile[];
}

export interface ParsedStocksFile {
  /** Problems of the file itself (not JSON, no stocks, unknown top-level key). */
  findings: StockFinding[];
  stocks: ParsedStock[];
}

const TOP_KEYS = ['belong_merchant', 'defaults', 'stocks'];
/** A stock that names no code mode gets WeChat Pay's own codes (the simplest, §2.2). */
const DEFAULT_CODE_MODE = 'WECHATPAY_MODE';

/** A fresh copy of JSON data (the conversion edits it in place; structuredClone is ~10× slower here). */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (!isObj(value)) return value;
  const out: Obj = {};
  for (const key of Object.keys(value)) out[key] = copy(value[key]);
  return out;
}

/** `defaults` under `over`, key by key for objects, as a fresh copy. */
function merge(base: Obj, over: Obj): Obj {
  const out = copy(base) as Obj;
  for (const key of Object.keys(over)) {
    const value = over[key];
    const below = base[key];
    out[key] = isObj(value) && isObj(below) ? merge(below, value) : copy(value);
  }
  return out;
}

function hasPath(root: unknown, segments: readonly (string | number)[]): boolean {
  let node = root;
  for (const s of segments) {
    if (isObj(node) && typeof s === 'string' && Object.hasOwn(node, s)) node = node[s];
    else if (Array.isArray(node) && typeof s === 'number' && s < node.length) node = node[s];
    else return false;
  }
  return true;
}

function segmentsOf(path: string): (string | number)[] {
  return path === '' ? [] : path.split(/\.|(?=\[)/).map((s) => (s.startsWith('[') ? Number(s.slice(1, -1)) : s));
}

/** Where in the file a body path was written: the stock's own key, else defaults. */
function filePath(bodyPath: string, index: number, stock: Obj, defaults: Obj | undefined, bare: boolean, isInputPath = false): string {
  const key = isInputPath ? undefined : INPUT_KEY_OF.get(stockFieldPattern(bodyPath));
  const inputPath = key ? `${bodyPath.slice(0, bodyPath.lastIndexOf('.') + 1)}${key}` : bodyPath;
  const segments = segmentsOf(inputPath);
  const own = bare ? `[${index}]` : `stocks[${index}]`;
  const root = !hasPath(stock, segments) && defaults && hasPath(defaults, segments) ? 'defaults' : own;
  return inputPath === '' ? root : inputPath.startsWith('[') ? `${root}${inputPath}` : `${root}.${inputPath}`;
}

/** Parses a stocks file (its text or parsed JSON) into bodies and findings; never throws. */
export function parseStocksFile(input: unknown, options: StocksFileOptions): ParsedStocksFile {
  const r = new FindingReporter<StockFindingCode, StockErrcode>(STOCK_FINDING_CODES, options);
  let data = input;
  if (typeof input === 'string') {
    const parsed = parseJsonLocated(input);
    if (!parsed.ok) {
      r.add('', 'json_invalid', stockText.jsonInvalid(parsed.error));
      return { findings: r.findings, stocks: [] };
    }
    data = parsed.value;
  }
  const bare = Array.isArray(data);
  if (!bare && !isObj(data)) {
    r.add('', 'file_not_object', fileText.notObject(kindOf(data)));
    return { findings: r.findings, stocks: [] };
  }
  const file: Obj = bare ? { stocks: data } : (data as Obj);
  for (const key of Object.keys(file)) {
    if (!TOP_KEYS.includes(key)) r.add(key, 'unknown_key', stockText.unknownKey(key, localized('批次文件', 'the stocks file'), nearest(key, TOP_KEYS)));
  }
  const list = file.stocks;
  if (!Array.isArray(list) || list.length === 0) {
    r.add('stocks', 'file_no_stocks', fileText.noStocks());
    return { findings: r.findings, stocks: [] };
  }
  const defaults = isObj(file.defaults) ? file.defaults : undefined;
  const owner = typeof file.belong_merchant === 'string' ? file.belong_merchant : options.mchid;
  const stocks = list.map((item, index): ParsedStock => {
    if (!isObj(item)) {
      const findings = validateStock(item, { ...options, mode: 'draft' }).map((f) => ({ ...f, path: bare ? `[${index}]` : `stocks[${index}]` }));
      return { index, body: {}, findings, images: [] };
    }
    const merged = merge(defaults ?? {}, item);
    merged.belong_merchant ??= owner;
    merged.coupon_code_mode ??= DEFAULT_CODE_MODE;
    merged.out_request_no ??= options.outRequestNo(index);
    const { body, problems, files } = convertStock(merged, options.images);
    const sr = new FindingReporter<StockFindingCode, StockErrcode>(STOCK_FINDING_CODES, options);
    const refused = new Set<string>();
    for (const p of problems) {
      const at = filePath(p.path, index, item, defaults, bare, true);
      refused.add(at);
      // An API-unit key (discount_amount) refused: the missing discount_amount_yuan is the same mistake.
      refused.add(filePath(p.path, index, item, defaults, bare));
      sr.add(at, p.code, p.message);
    }
    // A value refused as input is not in the body (or still raw): its body finding would say it twice.
    for (const f of validateStock(body, { ...options, mode: 'draft' })) {
      const at = filePath(f.path, index, item, defaults, bare);
      if (!refused.has(at)) sr.findings.push({ ...f, path: at });
    }
    const images = files.map((f) => ({ ...f, path: filePath(f.path, index, item, defaults, bare, true) }));
    return { index, body, findings: sr.findings, images };
  });
  return { findings: r.findings, stocks };
}

const fileText = {
  notObject: (kind: ReturnType<typeof kindOf>) =>
    localized(`批次文件须为 {"stocks": […]} 或批次列表 […]，现在是${kind['zh-CN']}`, `A stocks file must be {"stocks": […]} or a list of stocks […]; it is ${kind.en}`),
  noStocks: () => localized('批次文件中没有批次：请在 "stocks": [ ] 中至少写一个批次', 'The stocks file has no stock: put at least one in "stocks": [ ]'),
};
