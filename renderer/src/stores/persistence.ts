import type { DraftBatch, DraftBatchSummary } from '../../../common/drafts/draft';
import type { Localized } from '../../../common/i18n';
import { err, ok, type Result } from '../../../common/result';
import { getDraftsApi, type DraftsApi } from '../api/domains';
import { builderText } from '../i18n/builder-text';
import { createBatch } from '../lib/draft-factory';

/** A batch as loaded at start, with any stored files main had to move aside (reported, never hidden). */
export interface OpenedBatch {
  batch: DraftBatch;
  problems: Localized[];
}

/**
 * Where batches are kept. `durable` is false for the in-memory fallback used while main offers no
 * drafts domain: the UI then says the work lives in this window only.
 */
export interface BatchPersistence {
  readonly durable: boolean;
  /** The most recently changed batch, or a new one named `defaultName`. */
  open(defaultName: string, nowMs: number): Promise<Result<OpenedBatch, Localized>>;
  /** Saves the whole batch; answers the id it is stored under (a batch main did not know gets a new one). */
  save(batch: DraftBatch): Promise<Result<string, Localized>>;
  /** The stored batches, most recently changed first. */
  list(): Promise<Result<DraftBatchSummary[], Localized>>;
  /** One stored batch. */
  get(id: string): Promise<Result<DraftBatch, Localized>>;
  /** A copy of a stored batch for another account (new draft ids, account fields substituted); answers its id. */
  cloneToAccount(batchId: string, target: CloneTarget): Promise<Result<string, Localized>>;
}

/** Where a clone goes and what it changes (drafts channel `substitutions`). */
export interface CloneTarget {
  accountId: string;
  name: string;
  substitutions: { brand_name?: string; service_phone?: string; location_id_list?: number[] };
}

const newestFirst = (batches: readonly DraftBatchSummary[]) => [...batches].sort((a, b) => b.updatedAt - a.updatedAt);


/** The in-memory fallback: nothing leaves the window. */
export function memoryPersistence(): BatchPersistence {
  return {
    durable: false,
    async open(defaultName, nowMs) {
      return ok({ batch: createBatch(defaultName, nowMs), problems: [] });
    },
    async save(batch) {
      return ok(batch.id);
    },
    async list() {
      return ok([]);
    },
    async get() {
      return err(builderText.draftsUnavailable);
    },
    async cloneToAccount() {
      return err(builderText.draftsUnavailable);
    },
  };
}

/** Main's batch names are 1–100 characters after trimming (drafts channel schema). */
function storableName(name: string): string {
  const trimmed = name.trim().slice(0, 100);
  return trimmed === '' ? builderText.untitledBatch['zh-CN'] : trimmed;
}

/** Batches through the `drafts:*` channels. */
export function channelPersistence(drafts: DraftsApi): BatchPersistence {
  return {
    durable: true,
    async open(defaultName) {
      const listed = await drafts.list();
      if (!listed.ok) return err(listed.error.message);
      const problems = listed.data.problems.map((p) => p.message);
      const latest = newestFirst(listed.data.batches)[0];
      if (latest) {
        const got = await drafts.get({ batchId: latest.id });
        if (got.ok) return ok({ batch: got.data, problems });
        problems.push(got.error.message);
      }
      const created = await drafts.create({ name: storableName(defaultName) });
      return created.ok ? ok({ batch: created.data, problems }) : err(created.error.message);
    },
    async save(batch) {
      const named = { ...batch, name: storableName(batch.name) };
      const saved = await drafts.save({ batch: named });
      if (saved.ok) return ok(batch.id);
      if (saved.error.code !== 'batch_not_found') return err(saved.error.message);
      // A batch started in the window (new batch, or ids main did not mint): create it, then save under main's id.
      const created = await drafts.create({ name: named.name });
      if (!created.ok) return err(created.error.message);
      const again = await drafts.save({ batch: { ...named, id: created.data.id } });
      return again.ok ? ok(created.data.id) : err(again.error.message);
    },
    async list() {
      const listed = await drafts.list();
      return listed.ok ? ok(newestFirst(listed.data.batches)) : err(listed.error.message);
    },
    async get(id) {
      const got = await drafts.get({ batchId: id });
      return got.ok ? ok(got.data) : err(got.error.message);
    },
    async cloneToAccount(batchId, { accountId, name, substitutions }) {
      const cloned = await drafts.cloneToAccount({ batchId, accountId, name: storableName(name), substitutions });
      return cloned.ok ? ok(cloned.data.id) : err(cloned.error.message);
    },
  };
}

/** The drafts channels when main offers them, else the in-memory fallback. */
export function choosePersistence(): BatchPersistence {
  const drafts = getDraftsApi();
  return drafts ? channelPersistence(drafts) : memoryPersistence();
}
