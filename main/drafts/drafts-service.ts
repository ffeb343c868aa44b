import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '../../common/clock';
import { DEFAULT_BACK_END, DRAFT_BATCH_VERSION, draftBatchSchema, summarizeBatch, type BatchBackEndName, type DraftBatch, type DraftBatchSummary } from '../../common/drafts/draft';
import type { IMPORT_FORMS, Substitutions } from '../../common/ipc/channels/drafts';
import { err, ok, type Result } from '../../common/result';
import { formatChinaDateTime } from '../../common/units/china-time';
import type { Logger } from '../log/logger';
import { DOCUMENT_NAME, type DocumentCollection } from '../storage/collection';
import { summarizeIssues, type CorruptDocument } from '../storage/document-store';
import { noteProblem } from '../storage/problems';
import { createSerialQueue } from '../storage/serial-queue';
import { copyDrafts } from './clone';
import { backEndFixed, batchNotFound, draftsStorageError, invalidBatch, type DraftsError } from './draft-errors';
import type { DuplicateKey } from '../../common/import/json-duplicates';
import { draftsFromBodies, readImport } from './import-json';

type Obj = Record<string, unknown>;

const FORBIDDEN_IN_FILE_NAMES = new Set('\\/:*?"<>|');

/** A batch name made safe as a file name on every OS (control and reserved characters become _). */
function fileNameOf(name: string): string {
  return [...name]
    .map((char) => (char < ' ' || FORBIDDEN_IN_FILE_NAMES.has(char) ? '_' : char))
    .join('')
    .trim()
    .slice(0, 80);
}

/** Draft batches, one file each (architecture.md "Where data lives"). */
export interface DraftsService {
  /** Summaries, newest first, plus every corrupt file found this session (moved aside, reported). */
  list(): Promise<{ batches: DraftBatchSummary[]; problems: CorruptDocument[] }>;
  get(batchId: string): Promise<Result<DraftBatch, DraftsError>>;
  /** A new batch for one back end (default 微信卡券); `cards` are create bodies of that back end. */
  create(input: { name: string; backEnd?: BatchBackEndName | undefined; accountId?: string | null | undefined; cards?: readonly Obj[] | undefined }): Promise<Result<DraftBatch, DraftsError>>;
  /** Saves the whole batch (shape checked only: an invalid coupon is still saved). A batch keeps the back end it was made for. */
  save(batch: unknown): Promise<Result<DraftBatchSummary, DraftsError>>;
  rename(batchId: string, name: string): Promise<Result<DraftBatchSummary, DraftsError>>;
  /** Moves the file to the trash folder; answers where it went. */
  remove(batchId: string): Promise<Result<string, DraftsError>>;
  duplicate(batchId: string, name?: string): Promise<Result<DraftBatchSummary, DraftsError>>;
  /** A copy for another account: new ids, optional base_info substitutions. */
  cloneToAccount(batchId: string, target: { accountId: string; name?: string | undefined; substitutions?: Substitutions | undefined }): Promise<Result<DraftBatchSummary, DraftsError>>;
  importJson(
    text: string,
    options?: { name?: string | undefined; backEnd?: BatchBackEndName | undefined; accountId?: string | null | undefined; intoBatchId?: string | undefined },
  ): Promise<Result<{ batch: DraftBatchSummary; imported: number; form: (typeof IMPORT_FORMS)[number]; duplicateKeys?: DuplicateKey[] }, DraftsError>>;
  exportJson(batchId: string, form?: 'batch' | 'bodies'): Promise<Result<{ fileName: string; text: string }, DraftsError>>;
}

/** Dependencies of {@link createDraftsService}. */
export interface DraftsServiceDeps {
  readonly collection: DocumentCollection<DraftBatch>;
  readonly clock?: Clock;
  readonly newId?: () => string;
  readonly log?: Logger;
}

/** Builds the drafts service. */
export function createDraftsService(deps: DraftsServiceDeps): DraftsService {
  const { collection } = deps;
  const clock = deps.clock ?? systemClock;
  const newId = deps.newId ?? randomUUID;
  const queue = createSerialQueue();
  const problems: CorruptDocument[] = [];

  /** The stored batch; its id is always its file name (a copied file keeps working). */
  async function load(batchId: string): Promise<Result<DraftBatch, DraftsError>> {
    if (!DOCUMENT_NAME.test(batchId)) return err(batchNotFound());
    const read = await collection.open(batchId).read();
    if (!read.ok) {
      noteProblem(problems, read.error);
      return err(batchNotFound());
    }
    return read.value === undefined ? err(batchNotFound()) : ok({ ...read.value, id: batchId });
  }

  async function store(batch: DraftBatch): Promise<Result<DraftBatchSummary, DraftsError>> {
    const written = await queue.run(() => collection.open(batch.id).write(batch));
    return written.ok ? ok(summarizeBatch(batch)) : err(draftsStorageError(written.error));
  }

  /** A new batch; its id is drawn before the drafts' ids, so ids read in creation order. */
  function fresh(name: string, backEnd: BatchBackEndName, accountId: string | null, makeDrafts: (now: number) => DraftBatch['drafts']): DraftBatch {
    const now = clock.now();
    const id = newId();
    return { schemaVersion: DRAFT_BATCH_VERSION, id, name: name.trim(), backEnd, accountId, drafts: makeDrafts(now), createdAt: now, updatedAt: now };
  }

  /** Loads, changes and saves a batch. */
  async function change(batchId: string, edit: (batch: DraftBatch) => DraftBatch): Promise<Result<DraftBatchSummary, DraftsError>> {
    const loaded = await load(batchId);
    return loaded.ok ? store({ ...edit(loaded.value), updatedAt: clock.now() }) : loaded;
  }

  const importName = (): string => `导入 ${formatChinaDateTime(Math.floor(clock.now() / 1000)).slice(0, 16)}`;

  return {
    async list() {
      const batches: DraftBatchSummary[] = [];
      for (const name of await collection.names()) {
        const loaded = await load(name);
        if (loaded.ok) batches.push(summarizeBatch(loaded.value));
      }
      batches.sort((a, b) => b.updatedAt - a.updatedAt || a.name.localeCompare(b.name));
      return { batches, problems: [...problems] };
    },
    get: load,
    async create({ name, backEnd, accountId, cards }) {
      const batch = fresh(name, backEnd ?? DEFAULT_BACK_END, accountId ?? null, (now) => draftsFromBodies(cards ?? [], newId, now));
      const saved = await store(batch);
      return saved.ok ? ok(batch) : saved;
    },
    async save(candidate) {
      const parsed = draftBatchSchema.safeParse(candidate);
      if (!parsed.success) return err(invalidBatch(summarizeIssues(parsed.error.issues)));
      if (!DOCUMENT_NAME.test(parsed.data.id)) return err(invalidBatch(`id: ${parsed.data.id.slice(0, 40)}`));
      // The run routes a batch by its back end and its records are typed by it: it never changes.
      const stored = await load(parsed.data.id);
      if (stored.ok && stored.value.backEnd !== parsed.data.backEnd) return err(backEndFixed(stored.value.backEnd, parsed.data.backEnd));
      // Upsert: a batch whose file was moved aside as corrupt can still be saved from the window.
      return store({ ...parsed.data, updatedAt: clock.now() });
    },
    rename: (batchId, name) => change(batchId, (batch) => ({ ...batch, name: name.trim() })),
    async remove(batchId) {
      const loaded = await load(batchId);
      if (!loaded.ok) return loaded;
      const trashed = await queue.run(() => collection.trash(batchId));
      return trashed.ok ? ok(trashed.value) : err(draftsStorageError(trashed.error));
    },
    async duplicate(batchId, name) {
      const loaded = await load(batchId);
      if (!loaded.ok) return loaded;
      const source = loaded.value;
      return store(fresh(name ?? `${source.name}（副本）`, source.backEnd, source.accountId, (now) => copyDrafts(source.drafts, newId, now)));
    },
    async cloneToAccount(batchId, { accountId, name, substitutions }) {
      const loaded = await load(batchId);
      if (!loaded.ok) return loaded;
      const source = loaded.value;
      return store(fresh(name ?? source.name, source.backEnd, accountId, (now) => copyDrafts(source.drafts, newId, now, substitutions)));
    },
    async importJson(text, options = {}) {
      const read = readImport(text);
      if (!read.ok) return read;
      const found = read.value;
      const form = found.form;
      const warnings = found.duplicates.length === 0 ? {} : { duplicateKeys: [...found.duplicates] };
      const makeDrafts = (now: number) => (found.form === 'batch' ? copyDrafts(found.batch.drafts, newId, now) : draftsFromBodies(found.bodies, newId, now));
      if (options.intoBatchId !== undefined) {
        const imported = makeDrafts(clock.now());
        const appended = await change(options.intoBatchId, (batch) => ({ ...batch, drafts: [...batch.drafts, ...imported] }));
        return appended.ok ? ok({ batch: appended.value, imported: imported.length, form, ...warnings }) : appended;
      }
      const name = options.name ?? (found.form === 'batch' ? found.batch.name : importName());
      const accountId = options.accountId !== undefined ? options.accountId : found.form === 'batch' ? found.batch.accountId : null;
      const backEnd = found.form === 'batch' ? found.batch.backEnd : (options.backEnd ?? DEFAULT_BACK_END);
      const batch = fresh(name, backEnd, accountId, makeDrafts);
      const saved = await store(batch);
      return saved.ok ? ok({ batch: saved.value, imported: batch.drafts.length, form, ...warnings }) : saved;
    },
    async exportJson(batchId, form = 'batch') {
      const loaded = await load(batchId);
      if (!loaded.ok) return loaded;
      const batch = loaded.value;
      const value = form === 'batch' ? batch : batch.drafts.map((draft) => draft.card);
      const safeName = fileNameOf(batch.name) || batch.id;
      return ok({ fileName: `${safeName}${form === 'bodies' ? '.cards' : ''}.json`, text: `${JSON.stringify(value, null, 2)}\n` });
    },
  };
}
