import { AFTER_CREATE_NONE, draftBatchFileSchema, READABLE_BATCH_VERSIONS, type Draft, type DraftBatch } from '../../common/drafts/draft';
import { localized } from '../../common/i18n';
import type { DuplicateKey } from '../../common/import/json-duplicates';
import { parseJsonChecked } from '../../common/import/json-locate';
import { DRAFTS_ERROR_CODES } from '../../common/ipc/channels/drafts';
import { err, ok, type Result } from '../../common/result';
import { summarizeIssues } from '../storage/document-store';
import type { DraftsError } from './draft-errors';

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What an import text held. */
export type ImportedDrafts = (
  | { readonly form: 'body'; readonly bodies: Obj[] }
  | { readonly form: 'bodies'; readonly bodies: Obj[] }
  | { readonly form: 'batch'; readonly batch: DraftBatch }
) & {
  /** Keys written twice in one object: imported last-wins like JSON.parse, but never silently. */
  readonly duplicates: readonly DuplicateKey[];
};

const shapeError = (zh: string, en: string, details?: Record<string, unknown>): DraftsError => ({
  code: DRAFTS_ERROR_CODES.importShape,
  message: localized(zh, en),
  ...(details === undefined ? {} : { details }),
});

/**
 * Reads an import: one card/create body (`{"card": …}`), an array of them, or a batch exported by
 * this app. Malformed JSON reports line and column (parseJsonLocated); a recognised shape with bad
 * coupon fields is still imported — the validator reports those, import never refuses a draft.
 */
export function readImport(text: string): Result<ImportedDrafts, DraftsError> {
  const parsed = parseJsonChecked(text);
  if (!parsed.ok) {
    const { line, column, offset, excerpt, kind, message } = parsed.error;
    return err({
      code: DRAFTS_ERROR_CODES.importSyntax,
      // The parser's message already says where (第 N 行第 M 列 / Line N, column M).
      message,
      details: { line, column, offset, excerpt, kind },
    });
  }
  const { value, duplicates } = parsed.value;
  if (Array.isArray(value)) {
    const bad = value.findIndex((item) => !isObj(item) || !isObj(item.card));
    if (value.length === 0) return err(shapeError('数组是空的，没有可导入的券。', 'The array is empty: there is no coupon to import.'));
    if (bad >= 0) {
      return err(
        shapeError(
          `数组第 ${bad + 1} 项不是卡券创建请求体（应为 {"card": {...}} 形式的对象）。`,
          `Item ${bad + 1} of the array is not a card/create body (expected an object like {"card": {...}}).`,
          { index: bad },
        ),
      );
    }
    return ok({ form: 'bodies', bodies: value as Obj[], duplicates });
  }
  if (isObj(value) && 'drafts' in value && 'schemaVersion' in value) {
    if (typeof value.schemaVersion !== 'number' || !READABLE_BATCH_VERSIONS.includes(value.schemaVersion)) {
      return err(
        shapeError(
          `这是本应用导出的草稿批次，但版本 ${String(value.schemaVersion)} 无法识别（支持版本 ${READABLE_BATCH_VERSIONS.join('、')}）。请用新版卡券工作室导入。`,
          `This is a draft batch exported by the app, but version ${String(value.schemaVersion)} is not supported (supported: ${READABLE_BATCH_VERSIONS.join(', ')}). Import it with a newer Coupon Studio.`,
        ),
      );
    }
    // A version-1 export is read as the 微信卡券 batch it was (migrateDraftBatch).
    const batch = draftBatchFileSchema.safeParse(value);
    if (!batch.success) {
      const detail = summarizeIssues(batch.error.issues);
      return err(shapeError(`导出的草稿批次结构不完整：${detail}`, `The exported draft batch is incomplete: ${detail}`, { detail }));
    }
    return ok({ form: 'batch', batch: batch.data, duplicates });
  }
  if (isObj(value) && isObj(value.card)) return ok({ form: 'body', bodies: [value], duplicates });
  return err(
    shapeError(
      '无法识别的内容：应为一个卡券创建请求体 {"card": {...}}、由它们组成的数组，或本应用导出的草稿批次。',
      'Unrecognised content: expected one card/create body {"card": {...}}, an array of them, or a draft batch exported by this app.',
    ),
  );
}

/** New drafts for imported bodies. */
export function draftsFromBodies(bodies: readonly Obj[], newId: () => string, now: number): Draft[] {
  return bodies.map((card) => ({ id: newId(), card: structuredClone(card), after: { ...AFTER_CREATE_NONE }, createdAt: now, updatedAt: now }));
}
