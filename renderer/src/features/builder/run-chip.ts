import type { Localized } from '../../../../common/i18n';
import { runText } from '../../i18n/run-text';
import type { DraftRunInfo } from '../../stores/run-store';

/** How a draft's run chip looks: busy (spinner), ok, error, warning or muted. */
export type RunChipTone = 'busy' | 'ok' | 'error' | 'warning' | 'muted';

/** A draft's place in a run, as the drafts list shows it. */
export interface RunChipView {
  tone: RunChipTone;
  label: Localized;
  /** `data-state` for tests and styles: the phase while working, else the outcome. */
  key: string;
}

/**
 * 校验中 / 上传图片 / 创建中 / 核对中 while a draft is worked on; 已创建 / 失败 errcode / 已跳过 /
 * 未发送 once it has an outcome; 排队中 when the live run has not reached it yet.
 */
export function runChipOf(info: DraftRunInfo | undefined, runLive: boolean): RunChipView | undefined {
  if (!info) return runLive ? { tone: 'muted', label: runText.state.queued, key: 'queued' } : undefined;
  if (info.phase !== 'done') return { tone: 'busy', label: runText.chip[info.phase], key: info.phase };
  switch (info.state) {
    case 'created':
      return { tone: 'ok', label: runText.state.created, key: 'created' };
    case 'failed':
      return { tone: 'error', label: info.errcode === null ? runText.state.failed : runText.failedCode(info.errcode), key: 'failed' };
    case 'invalid':
      return { tone: 'muted', label: runText.state.invalid, key: 'invalid' };
    case 'unknown':
    case 'pending':
      return { tone: 'warning', label: runText.state.unknown, key: 'unknown' };
    case 'cancelled':
      return { tone: 'muted', label: runText.state.cancelled, key: 'cancelled' };
    case 'queued':
      // A draft Weixin answered with a refusal that stopped the run (48001, 45009) was sent: saying 未发送 would be wrong (issue 11, problem 12).
      if (info.errcode !== null) return { tone: 'error', label: runText.refusedCode(info.errcode), key: 'refused' };
      return { tone: runLive ? 'muted' : 'warning', label: runLive ? runText.state.queued : runText.notSent, key: 'queued' };
    default:
      return undefined;
  }
}
