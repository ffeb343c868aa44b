import type { Localized } from '../../common/i18n';
import type { Draft } from '../../common/drafts/draft';
import type { HistoryError, HistoryRecord } from '../../common/ipc/channels/history';
import type { Result } from '../../common/result';
import type { Finding } from '../../common/validate';
import type { RecordPatch } from '../history/record';
import type { JsonObject, WeixinClient } from '../wechat';
import type { BatchError } from './batch-errors';
import type { AccountClient } from './clients';
import type { CreateRequest } from './create-op';
import type { DraftOutcome, EngineContext, RunScope } from './engine-context';
import type { FoundCards } from './found-cards';
import type { Preflight, PreflightInput } from './preflight';
import type { PassContext, PassReport, ReconcileTarget } from './reconcile-pass';

/**
 * What one kind of remote object (a Weixin card, a WeChat Pay stock, a member card) brings to the
 * one write-ahead protocol of `create-op.ts` (security-reliability.md §4.3). The engine owns the
 * journal order — `pending` on disk, then `unknown` (attempts + 1) on disk, then the send — the
 * locks, the attempt limit, stops and progress; a back end says how a draft becomes a request,
 * how it is sent, and how an outcome nobody saw is found out afterwards.
 */
export interface BatchBackEnd<C = WeixinClient> {
  /** Record fields known before anything is checked: title and type for the progress, wanted follow-ups. */
  describe(draft: Draft, existing: HistoryRecord | undefined): RecordPatch;
  /**
   * The draft made ready to send, or why it will not be sent: validate it, upload what the create
   * refers to (images; `uploading` tells the progress), build the body and its fingerprint.
   */
  prepare(ctx: EngineContext<C>, scope: RunScope<C>, draft: Draft, uploading: () => void): Promise<Prepared>;
  /**
   * One send of a create. `committed` is the operation's record as it is on disk (`unknown`): any
   * request key (an `out_request_no`) must be derived from it, so every resend — in this run or
   * after a crash — repeats the key chosen before the first send.
   */
  send(ctx: EngineContext<C>, scope: RunScope<C>, request: CreateRequest, committed: HistoryRecord): Promise<SendOutcome>;
  /**
   * One reconcile pass over an account: every operation of it left `pending` or `unknown` gets its
   * remote object (adopted, under the record lock) or stays as it is. A pass that could not ask
   * about every one is not conclusive, and nothing is resent on its strength. The card path lists
   * the account's cards and matches fingerprints; a back end with an idempotency key replays it.
   */
  reconcile(ctx: PassContext, target: ReconcileTarget<C>): Promise<PassReport>;
  /** Before a run's first create on an account (the card path writes down the cards already there). */
  prepareAccount(ctx: EngineContext<C>, account: AccountClient<C>, found: FoundCards | undefined): Promise<Result<void, BatchError>>;
  /** What `created` writes beside the remote id (kept in the record's `cardId`). */
  createdFields(remoteId: string, now: number): RecordPatch;
  /** Remote objects identical to a draft that already exist; absent when the remote side cannot list them. */
  readonly existing?: ExistingLookup<C>;
  /**
   * Whether an operation in the shared history is this back end's: start-up recovery and the
   * account's leftover check look only at their own (a stock is no card missing from Weixin).
   */
  owns(record: Pick<HistoryRecord, 'cardType'>): boolean;
  /** Follow-ups once the object exists (the card path's paycell and self-redemption switches). */
  afterCreate?(ctx: EngineContext<C>, scope: RunScope<C>, recordId: string, draft: Draft): Promise<void>;
}

/** How a draft is found already on the remote side instead of being sent. */
export interface ExistingLookup<C = WeixinClient> {
  /** Reads the account's objects before a run's first create; a failed read refuses the run. */
  lookUp(ctx: EngineContext<C>, account: AccountClient<C>, memo: 'keep' | 'take'): Promise<Result<FoundCards, BatchError>>;
  /** Under the fingerprint lock: links the draft to an identical object (`found`), or undefined to send. */
  link(ctx: EngineContext<C>, scope: RunScope<C>, request: CreateRequest): Promise<DraftOutcome | undefined>;
  /** What a start would link, sending nothing. */
  preflight(ctx: EngineContext<C>, account: AccountClient<C>, drafts: readonly PreflightInput[], taken: ReadonlySet<string>): Promise<Result<Preflight, BatchError>>;
}

/** A draft after {@link BatchBackEnd.prepare}. */
export type Prepared =
  | { readonly kind: 'create'; readonly body: JsonObject; readonly fingerprint: string; readonly legacyFingerprint?: string }
  /** Not sent: the findings to keep (errors first). */
  | { readonly kind: 'invalid'; readonly findings: readonly Finding<string>[] }
  /** This draft cannot be sent (an image refused): `failed`. */
  | { readonly kind: 'failed'; readonly error: HistoryError }
  /** The account refuses everything now: the run stops, the draft stays queued. */
  | { readonly kind: 'stop'; readonly error: HistoryError; readonly quota: boolean }
  | { readonly kind: 'cancelled' };

/** What one send came to. */
export type SendOutcome =
  | { readonly kind: 'created'; readonly remoteId: string }
  /**
   * Certainly not acted on: `draft` fails this draft, `account` and `quota` stop the run (the
   * draft stays queued), `cancelled` never left.
   */
  | { readonly kind: 'refused'; readonly error: HistoryError; readonly effect: 'draft' | 'account' | 'quota' | 'cancelled' }
  /** May have been acted on (timeout, reset, 5xx): reconciled, never resent blind. */
  | { readonly kind: 'ambiguous'; readonly error: HistoryError; readonly message: Localized; readonly cancelled: boolean };
