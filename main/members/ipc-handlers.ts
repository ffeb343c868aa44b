import { systemClock, type Clock } from '../../common/clock';
import { localized } from '../../common/i18n';
import { ipcFail, ipcOk } from '../../common/ipc/envelope';
import type { BatchServicesHandle } from '../batch/services';
import type { DomainHandlers } from '../ipc/define-handlers';
import { unsettled } from './ledger';
import { createMemberService, type MemberService } from './member-service';
import { memberFailureMessage } from './member-errors';

/** Dependencies of {@link membersHandlers}: the history (with the member ledger) and the account clients every host already builds. */
export interface MembersHandlerDeps {
  readonly batchServices: BatchServicesHandle;
  readonly clock?: Clock;
}

const historyUnavailable = localized('卡券历史暂时无法打开，未发送任何变更', 'The card history cannot be opened now; nothing was sent');

/**
 * `members:*` for the renderer's counter. Each call builds the account's member service over the
 * history's ledger (writes are committed before updateuser or activate leaves main); the secret and
 * the access_token stay in the client, and answers carry only the member's data.
 */
export function membersHandlers(deps: MembersHandlerDeps): DomainHandlers<'members'> {
  const clock = deps.clock ?? systemClock;
  const serviceFor = async (accountId: string): Promise<{ ok: true; service: MemberService } | { ok: false; fail: ReturnType<typeof ipcFail> }> => {
    const services = await deps.batchServices.get();
    if (!services.ok) return { ok: false, fail: ipcFail('history_unavailable', historyUnavailable) };
    const client = await services.value.clients.clientFor(accountId);
    if (!client.ok) return { ok: false, fail: ipcFail(client.error.code, client.error.message) };
    return { ok: true, service: createMemberService({ accountId, client: client.value.client, ledger: services.value.history.memberLedger, clock }) };
  };
  const failed = (e: { code: string; message: ReturnType<typeof localized>; failure?: { kind: string; errcode?: number } }) =>
    ipcFail(e.failure?.kind === 'weixin' && e.failure.errcode === 43010 ? 'no_stored_value' : e.code, e.message, e.failure?.kind === 'weixin' && e.failure.errcode !== undefined ? { errcode: e.failure.errcode } : undefined);

  return {
    'members:cards': async ({ accountId }) => {
      const services = await deps.batchServices.get();
      if (!services.ok) return ipcFail('history_unavailable', historyUnavailable);
      const seen = new Set<string>();
      const cards = [];
      for (const r of services.value.history.matching({ accountId }, 'newest')) {
        if (r.cardType !== 'MEMBER_CARD' || !r.cardId || seen.has(r.cardId)) continue;
        seen.add(r.cardId);
        cards.push({ cardId: r.cardId, title: r.title, reviewStatus: r.reviewStatus });
      }
      return ipcOk({ cards });
    },
    'members:get': async ({ accountId, cardId, code }) => {
      const opened = await serviceFor(accountId);
      if (!opened.ok) return opened.fail;
      const info = await opened.service.get(cardId, code);
      return info.ok ? ipcOk(info.value) : ipcFail('weixin', memberFailureMessage(info.error), info.error.kind === 'weixin' ? { errcode: info.error.errcode } : undefined);
    },
    'members:change': async ({ accountId, cardId, code, value, delta, record }) => {
      if (record !== undefined && Buffer.byteLength(record, 'utf8') > 42) {
        return ipcFail('invalid_record', localized('变更说明最多 42 字节（14 个汉字）：请缩短。', 'The record line is at most 42 bytes (14 Chinese characters): shorten it.'), { path: 'record' });
      }
      const opened = await serviceFor(accountId);
      if (!opened.ok) return opened.fail;
      const done = await opened.service.change({ cardId, code, value, delta, ...(record ? { record } : {}) });
      return done.ok ? ipcOk({ ...done.value, total: done.value.total ?? null }) : failed(done.error);
    },
    'members:activate': async ({ accountId, cardId, code, membershipNumber, initBonus, initBalance }) => {
      const opened = await serviceFor(accountId);
      if (!opened.ok) return opened.fail;
      const done = await opened.service.activate({
        cardId,
        code,
        ...(membershipNumber === undefined ? {} : { membershipNumber }),
        ...(initBonus === undefined ? {} : { initBonus }),
        ...(initBalance === undefined ? {} : { initBalance }),
      });
      return done.ok ? ipcOk(done.value) : failed(done.error);
    },
    'members:reconcile': async ({ accountId }) => {
      const opened = await serviceFor(accountId);
      if (!opened.ok) return opened.fail;
      const services = await deps.batchServices.get();
      const before = services.ok ? unsettled(services.value.history.memberLedger.entries()).filter((i) => i.accountId === accountId).length : 0;
      await opened.service.reconcileAll();
      const after = services.ok ? unsettled(services.value.history.memberLedger.entries()).filter((i) => i.accountId === accountId).length : 0;
      return ipcOk({ settled: before - after, stillUnknown: after });
    },
  };
}
