import { createHash } from 'node:crypto';
import { forEachStockImageSlot } from '../../common/busifavor/images';
import { isStockType, STOCK_TYPE_PREFIX } from '../../common/busifavor/record-kind';
import type { Draft } from '../../common/drafts/draft';
import type { HistoryRecord } from '../../common/ipc/channels/history';
import { localized } from '../../common/i18n';
import { err, ok } from '../../common/result';
import { errorsOf, validateStock, type StockFinding } from '../../common/validate-busifavor';
import type { Finding } from '../../common/validate';
import type { BatchBackEnd, Prepared, SendOutcome } from '../batch/back-end';
import type { EngineContext } from '../batch/engine-context';
import { replayPass } from '../batch/replay-pass';
import type { DraftsService } from '../drafts/drafts-service';
import { localError } from '../history/errors';
import type { ImageResolver, ImageUploader } from '../images/resolve-refs';
import type { JsonObject } from '../wechat';
import type { PayFailure } from '../wechatpay';
import type { MerchantClient, MerchantClients } from './merchant-clients';
import { payHistoryError, payMessage, verdictOf } from './pay-outcome';

type Obj = Record<string, unknown>;

/** 429 answers waited out per create, with the same out_request_no (it was not acted on, §2.7). */
const MAX_RATE_WAITS = 5;
const RATE_WAIT_MS = 500;

/**
 * The out_request_no of an operation (§2.2 "商户ID+日期+流水号", ≤ 128): derived only from what
 * its record committed before the first send — the record id and the body's fingerprint — so
 * every resend, replay or restart after a crash repeats the number the first send used.
 */
export function outRequestNoOf(record: Pick<HistoryRecord, 'id' | 'fingerprint' | 'appid'>): string {
  return `${record.appid}${createHash('sha256').update(`${record.id}\u0000${record.fingerprint ?? ''}`).digest('hex').slice(0, 32)}`;
}

/** Key order does not matter to WeChat Pay: the fingerprint of a body is over its sorted form. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const out: Obj = {};
  for (const key of Object.keys(value).sort()) out[key] = canonical((value as Obj)[key]);
  return out;
}

/** A create-stock body's fingerprint (without out_request_no, which the run supplies). */
export function stockFingerprint(body: Obj): string {
  return `bf1:${createHash('sha256').update(JSON.stringify(canonical(body))).digest('hex')}`;
}

/** Stock findings as the history keeps them: WeChat Pay's error codes are words, not errcodes. */
function asFindings(findings: readonly StockFinding[]): Finding<string>[] {
  return findings.map(({ errcode: _errcode, ...finding }) => finding);
}

/** The draft's body without an out_request_no of its own: the run commits the one it sends. */
function bodyOfDraft(draft: Pick<Draft, 'card'>): Obj {
  const { out_request_no: _ignored, ...body } = draft.card;
  return body;
}

const unavailable = (ctx: Pick<EngineContext, 'clock'>, message: ReturnType<typeof localized>) => localError('config', message, ctx.clock.now());

/** What the stock back end is built from. */
export interface StockBackEndDeps {
  readonly merchants: MerchantClients;
  /** The saved drafts: a replay rebuilds the body from them (the history keeps no bodies). */
  readonly drafts: Pick<DraftsService, 'get'>;
  /** The same image resolver the engine has: a reconcile pass gets no engine context. */
  readonly images: ImageResolver;
  /** Waits out a 429 (tests pass a virtual clock's). */
  readonly sleep: (ms: number) => Promise<void>;
}

/**
 * WeChat Pay 商家券 (wechatpay-merchant-coupons-and-member-cards.md §2.2) on the one write-ahead
 * protocol: the create carries `out_request_no`, WeChat Pay answers a repeated number with the
 * original stock_id, and there is no list-all endpoint — so an unknown outcome is settled by
 * replaying the committed number with the same body, and the local history is the only index of
 * the stocks created. Local images go through the marketing image upload first (§2.5), once per
 * merchant and image.
 */
export function stockBackEnd(deps: StockBackEndDeps): BatchBackEnd<MerchantClient> {
  const merchantOf = async (accountId: string) => deps.merchants.clientFor(accountId);

  /** The body made ready: images resolved (uploading only when `upload`), without out_request_no. */
  async function resolveBody(merchant: MerchantClient, draft: Pick<Draft, 'card'>, upload: boolean) {
    let failure: PayFailure | undefined;
    const uploader: ImageUploader = {
      async uploadImage(bytes, filename, contentType) {
        if (!upload) return err({ message: localized('核对时不上传图片', 'No image is uploaded while checking') });
        const sent = await merchant.pay.uploadImage({ filename, data: Buffer.from(bytes), contentType });
        if (sent.ok) return ok({ url: sent.value.media_url });
        failure = sent.error;
        return err({ message: payMessage(sent.error) });
      },
    };
    const resolved = await deps.images.resolveImageRefs(bodyOfDraft(draft), merchant.accountId, uploader, forEachStockImageSlot);
    return { resolved, failure };
  }

  /** One create with its committed number; 429 is waited out with the same number. */
  async function createOnce(now: () => number, merchant: MerchantClient, body: Obj, signal: AbortSignal | undefined): Promise<SendOutcome> {
    for (let waits = 0; ; waits++) {
      const answer = await merchant.pay.createStock(body, signal);
      if (answer.ok) return { kind: 'created', remoteId: answer.value.stock_id };
      const error = payHistoryError(answer.error, now());
      const verdict = verdictOf(answer.error);
      if (verdict === 'retry' && waits < MAX_RATE_WAITS && signal?.aborted !== true) {
        await deps.sleep(RATE_WAIT_MS * 2 ** waits);
        continue;
      }
      if (verdict === 'maybe') return { kind: 'ambiguous', error, message: error.message, cancelled: signal?.aborted === true };
      if (verdict === 'account') return { kind: 'refused', error, effect: 'account' };
      if (verdict === 'cancelled') return { kind: 'refused', error, effect: 'cancelled' };
      return { kind: 'refused', error, effect: 'draft' };
    }
  }

  return {
    owns: (record) => isStockType(record.cardType),
    describe(draft) {
      const { stock_name: name, stock_type: type } = draft.card;
      return { title: typeof name === 'string' ? name : null, cardType: typeof type === 'string' ? `${STOCK_TYPE_PREFIX}_${type}` : STOCK_TYPE_PREFIX };
    },

    async prepare(ctx, scope, draft, uploading): Promise<Prepared> {
      const merchant = await merchantOf(scope.account.accountId);
      if (!merchant.ok) return { kind: 'stop', error: unavailable(ctx, merchant.error.message), quota: false };
      const mchid = merchant.value.mchid;
      // The number the run will send has this length: validate with it in place (§2.2 ≤ 128).
      const withNumber = (body: Obj) => ({ ...body, out_request_no: `${mchid}${'0'.repeat(32)}` });
      const draftFindings = asFindings(validateStock(withNumber(bodyOfDraft(draft)), { nowMs: ctx.clock.now(), mode: 'draft', mchid }));
      if (errorsOf(draftFindings).length > 0) return { kind: 'invalid', findings: draftFindings };
      uploading();
      const { resolved, failure } = await resolveBody(merchant.value, draft, true);
      if (!resolved.ok) {
        if (scope.signal.aborted) return { kind: 'cancelled' };
        const error = failure ? payHistoryError(failure, ctx.clock.now()) : localError(resolved.error.code, resolved.error.message, ctx.clock.now());
        if (failure && verdictOf(failure) === 'account') return { kind: 'stop', error, quota: false };
        return { kind: 'failed', error };
      }
      const body = resolved.value.body;
      const submitFindings = asFindings(validateStock(withNumber(body), { nowMs: ctx.clock.now(), mode: 'submit', mchid }));
      if (errorsOf(submitFindings).length > 0) return { kind: 'invalid', findings: submitFindings };
      return { kind: 'create', body: body as JsonObject, fingerprint: stockFingerprint(body) };
    },

    async send(ctx, scope, request, committed): Promise<SendOutcome> {
      const merchant = await merchantOf(scope.account.accountId);
      if (!merchant.ok) return { kind: 'refused', error: unavailable(ctx, merchant.error.message), effect: 'account' };
      return createOnce(() => ctx.clock.now(), merchant.value, { ...request.body, out_request_no: outRequestNoOf(committed) }, scope.signal);
    },

    /** No list-all (§2.3): each open operation replays its committed number with the body rebuilt exactly. */
    reconcile: (ctx, target) =>
      replayPass(ctx, target, async (record) => {
        if (!record.batchId || !record.draftId) return undefined;
        const [merchant, batch] = await Promise.all([merchantOf(record.accountId), deps.drafts.get(record.batchId)]);
        const draft = batch.ok ? batch.value.drafts.find((d) => d.id === record.draftId) : undefined;
        if (!merchant.ok || !draft) return undefined;
        // Images come from the upload cache only: a new upload would change the body.
        const { resolved } = await resolveBody(merchant.value, draft, false);
        if (!resolved.ok || stockFingerprint(resolved.value.body) !== record.fingerprint) return undefined;
        return createOnce(() => ctx.clock.now(), merchant.value, { ...resolved.value.body, out_request_no: outRequestNoOf(record) }, undefined);
      }),
    prepareAccount: async () => ok(undefined),
    createdFields: () => ({}),
  };
}
