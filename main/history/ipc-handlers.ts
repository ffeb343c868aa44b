import { HISTORY_ERROR_CODES } from '../../common/ipc/channels/history';
import { ipcFail, ipcOk } from '../../common/ipc/envelope';
import { servicesOr, type BatchHandlerDeps } from '../batch/ipc-handlers';
import type { DomainHandlers } from '../ipc/define-handlers';
import { applyCell } from './cells';
import { historyErrorOf } from './errors';
import { exportHistory, exportFileName } from './export';
import { writeExportFile } from './export-file';
import { refreshReview } from './refresh-all';

/** The history handlers take the same services as the batch ones. */
export type HistoryHandlerDeps = BatchHandlerDeps;

/** `history:*`: query, export (file or bytes), review refresh, after-creation switches. Changes are pushed as `history:changed`. */
export function historyHandlers(deps: HistoryHandlerDeps): DomainHandlers<'history'> {
  const services = () => servicesOr(deps, HISTORY_ERROR_CODES.unavailable);
  return {
    'history:query': async (request) => {
      const got = await services();
      return got.ok ? ipcOk(got.services.history.query(request)) : got.failure;
    },
    'history:export': async ({ format, language, filter, path, overwrite }) => {
      const got = await services();
      if (!got.ok) return got.failure;
      const lang = language ?? 'zh-CN';
      const { data, rows } = await exportHistory(got.services.history, { format, language: lang, filter });
      if (path === undefined) {
        return ipcOk({ fileName: exportFileName(format, lang, Date.now()), rows, bytes: data.length, path: null, base64: data.toString('base64') });
      }
      const written = await writeExportFile(path, format, data, overwrite === true);
      if (!written.ok) return ipcFail(HISTORY_ERROR_CODES.exportPath, written.error);
      return ipcOk({ fileName: written.value.fileName, rows, bytes: data.length, path: written.value.path, base64: null });
    },
    'history:refreshReview': async ({ accountId, recordIds, maxCalls }) => {
      const got = await services();
      if (!got.ok) return got.failure;
      return ipcOk(await refreshReview(got.services, { accountId, recordIds, maxCalls: maxCalls ?? 200 }));
    },
    'history:problems': async () => {
      const got = await services();
      return got.ok ? ipcOk({ problems: [...(await got.services.history.checkProblems())] }) : got.failure;
    },
    'history:acknowledgeProblems': async ({ ids }) => {
      const got = await services();
      if (!got.ok) return got.failure;
      const done = await got.services.history.acknowledgeProblems(ids);
      return done.ok ? ipcOk({ acknowledged: done.value }) : ipcFail(HISTORY_ERROR_CODES.storage, done.error.message);
    },
    'history:setCell': async ({ recordId, cell, open, needVerifyCode, needRemarkAmount }) => {
      const got = await services();
      if (!got.ok) return got.failure;
      const { history, clients } = got.services;
      const record = history.get(recordId);
      if (!record) return ipcFail(HISTORY_ERROR_CODES.notFound, { 'zh-CN': '找不到这条卡券记录。', en: 'That card record does not exist.' });
      const account = await clients.clientFor(record.accountId);
      if (!account.ok) return ipcFail(HISTORY_ERROR_CODES.account, account.error.message);
      const switched = await applyCell(history, account.value.client, recordId, cell, open, { needVerifyCode, needRemarkAmount });
      if (switched.ok) return ipcOk(switched.value);
      const error = switched.error;
      if (error.code === 'wechat_error') {
        const errcode = error.failure.kind === 'weixin' ? error.failure.errcode : null;
        return ipcFail(HISTORY_ERROR_CODES.weixin, historyErrorOf(error.failure, Date.now()).message, { errcode, record: error.record });
      }
      return ipcFail(error.code === 'storage_failed' ? HISTORY_ERROR_CODES.storage : error.code, error.message);
    },
  };
}
