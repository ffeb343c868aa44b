import type { HistoryError } from '../../common/ipc/channels/history';
import { localized, type Localized } from '../../common/i18n';
import type { WeixinFailure } from '../wechat';

/** A Weixin client failure as history keeps it: errcode, errmsg and rid when Weixin answered, always the bilingual message. */
export function historyErrorOf(failure: WeixinFailure, at: number): HistoryError {
  const source = failure.kind === 'outcome_unknown' ? failure.cause : failure;
  const errcode = source.kind === 'weixin' ? source.errcode : source.kind === 'config' ? (source.errcode ?? null) : null;
  const errmsg = source.kind === 'weixin' ? source.errmsg : source.kind === 'config' ? (source.errmsg ?? null) : null;
  const rid = source.kind === 'weixin' || source.kind === 'config' ? (source.rid ?? null) : null;
  return { kind: failure.kind, errcode, errmsg, rid, message: withFix(failure.message, failure.fix), at };
}

/** A history error of our own making (validation, upload, storage…). */
export function localError(kind: string, message: Localized, at: number, errcode: number | null = null): HistoryError {
  return { kind, errcode, errmsg: null, rid: null, message, at };
}

function withFix(message: Localized, fix: Localized): Localized {
  const trim = (text: string) => text.replace(/[。.！!\s]+$/u, '');
  return localized(`${trim(message['zh-CN'])}。${fix['zh-CN']}`, `${trim(message.en)}. ${fix.en}`);
}
