import { AFTER_CREATE_NONE, afterCreateSchema, draftBatchFileSchema, draftSchema, type Draft, type DraftBatch } from '../../../common/drafts/draft';
import type { DuplicateKey } from '../../../common/import/json-duplicates';
import { parseJsonChecked } from '../../../common/import/json-locate';
import type { Localized } from '../../../common/i18n';
import { err, ok, type Result } from '../../../common/result';
import { builderText } from '../i18n/builder-text';
import { newId } from './draft-factory';

/** What an imported file contributes: drafts to append, and a batch name when the file was a whole batch. */
export interface ImportedDrafts {
  drafts: Draft[];
  batchName?: string;
  /** Keys written twice in one object (JSON keeps the later one): the import says so. */
  duplicates: DuplicateKey[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One item of a list or a whole file: a draft, or a card/create body that becomes one. */
function toDraft(item: unknown, nowMs: number): Draft | undefined {
  const asDraft = draftSchema.safeParse(item);
  if (asDraft.success) return { ...asDraft.data, id: newId() };
  if (isObj(item) && isObj(item.card)) {
    // A bare card/create body: it may be invalid, the validator will say what to fix.
    const after = afterCreateSchema.safeParse(item.after);
    return { id: newId(), card: { card: item.card }, after: after.success ? after.data : { ...AFTER_CREATE_NONE }, createdAt: nowMs, updatedAt: nowMs };
  }
  return undefined;
}

/**
 * Reads an import file: a whole batch (its drafts get new ids so they never overwrite the
 * originals), a single draft or card/create body, or a list of those. JSON syntax errors say the
 * line and column (common/import/json-locate).
 */
export function parseImport(text: string, nowMs: number): Result<ImportedDrafts, Localized> {
  const parsed = parseJsonChecked(text);
  if (!parsed.ok) return err(parsed.error.message);
  const { value, duplicates } = parsed.value;
  const batch = draftBatchFileSchema.safeParse(value);
  if (batch.success) {
    if (batch.data.drafts.length === 0) return err(builderText.importEmpty);
    return ok({ batchName: batch.data.name, drafts: batch.data.drafts.map((d) => ({ ...d, id: newId() })), duplicates });
  }
  const items = Array.isArray(value) ? value : [value];
  const drafts: Draft[] = [];
  for (const item of items) {
    const draft = toDraft(item, nowMs);
    if (!draft) return err(builderText.importNotRecognised);
    drafts.push(draft);
  }
  return drafts.length === 0 ? err(builderText.importEmpty) : ok({ drafts, duplicates });
}

/** The batch as a JSON file: exactly the draft model, readable by parseImport and the CLI. */
export function exportBatchJson(batch: DraftBatch): string {
  return `${JSON.stringify(batch, null, 2)}\n`;
}

/** A file name for the export: the batch name without characters file systems refuse. */
export function exportFileName(batch: DraftBatch): string {
  const safe = batch.name.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '');
  return `${safe === '' ? 'coupon-batch' : safe}.json`;
}
