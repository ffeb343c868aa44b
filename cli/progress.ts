import type { BatchProgress, DraftProgress, RunStatus } from '../common/ipc/channels/batch';
import { localized, type Localized } from '../common/i18n';
import type { CliIo } from './io';

const BAR_WIDTH = 24;
/** Least time between two redraws of the bar. */
const REDRAW_MS = 80;

const MARKS: Readonly<Record<string, string>> = { created: '✓', failed: '✗', invalid: '✗', queued: '…', unknown: '?', cancelled: '-', orphan: '!' };

const STATE_WORDS: Readonly<Record<string, Localized>> = {
  created: localized('已创建', 'created'),
  failed: localized('失败', 'failed'),
  invalid: localized('无效，未发送', 'invalid, not sent'),
  queued: localized('保留，待继续', 'kept for resume'),
  unknown: localized('结果未知', 'outcome unknown'),
  cancelled: localized('已取消', 'cancelled'),
};

interface RunLine {
  total: number;
  done: number;
  status: RunStatus | undefined;
  last: string;
}

/**
 * Shows a run's progress on stderr: a bar redrawn in place when stderr is a terminal, otherwise one
 * plain line per finished draft (and per status change), which logs and CI keep readable.
 */
export class ProgressReporter {
  private readonly runs = new Map<string, RunLine>();
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly io: CliIo) {}

  /** Starts following a run from the status start/resume answered. */
  begin(status: RunStatus): void {
    const { queued, unknown, inFlight } = status.counts;
    this.runs.set(status.runId, { total: status.total, done: status.total - queued - unknown - inFlight, status, last: '' });
    this.line(`${this.io.t(localized('开始创建', 'Creating'))} ${status.batchName} (${status.total}) · run ${status.runId}`);
  }

  /** Takes one engine event. */
  handle(event: BatchProgress): void {
    const run = this.runs.get(event.scope === 'batch' ? event.run.runId : event.runId);
    if (!run) return;
    if (event.scope === 'batch') {
      const before = run.status?.status;
      run.status = event.run;
      if (before !== event.run.status && !this.io.stderrIsTTY) this.line(`run ${event.run.runId}: ${event.run.status}`);
    } else this.draft(run, event);
    if (this.io.stderrIsTTY) this.redraw(false);
  }

  /** Ends the bar's line so what follows starts clean. */
  finish(): void {
    if (this.io.stderrIsTTY && this.drawn) {
      this.redraw(true);
      this.io.streams.stderr.write('\n');
      this.drawn = false;
    }
  }

  private draft(run: RunLine, event: DraftProgress): void {
    const title = event.title ?? event.draftId;
    if (event.phase === 'reconciling') {
      run.last = title;
      if (!this.io.stderrIsTTY) this.line(`[${run.done}/${run.total}] ? ${title}: ${this.io.t(localized('结果未知，正在与微信核对', 'outcome unknown, checking with Weixin'))}`);
      return;
    }
    if (event.phase !== 'done') {
      run.last = title;
      return;
    }
    run.done = Math.min(run.total, run.done + 1);
    if (this.io.stderrIsTTY) return;
    const state = event.state ?? 'queued';
    const word = STATE_WORDS[state];
    const detail = event.cardId ?? [event.errcode === null ? '' : String(event.errcode), event.message ? this.io.t(event.message) : ''].filter(Boolean).join(' ');
    this.line(`[${run.done}/${run.total}] ${MARKS[state] ?? '·'} ${title} ${word ? this.io.t(word) : state}${detail ? ` · ${detail}` : ''}`);
  }

  private line(text: string): void {
    if (this.io.stderrIsTTY && this.drawn) this.io.streams.stderr.write('\r\x1b[2K');
    this.drawn = false;
    this.io.note(text);
  }

  private redraw(force: boolean): void {
    const now = Date.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const parts = [...this.runs.values()].map((run) => this.bar(run));
    const columns = this.io.streams.stderr.columns ?? 100;
    this.io.streams.stderr.write(`\r\x1b[2K${parts.join('  ').slice(0, Math.max(20, columns - 1))}`);
    this.drawn = true;
  }

  private bar(run: RunLine): string {
    const ratio = run.total === 0 ? 1 : run.done / run.total;
    const filled = Math.round(ratio * BAR_WIDTH);
    const counts = run.status?.counts;
    const zh = this.io.lang !== 'en';
    const figures = counts
      ? zh
        ? `成功 ${counts.created + counts.alreadyCreated} 失败 ${counts.failed + counts.invalid} 未知 ${counts.unknown} 进行中 ${counts.inFlight}`
        : `ok ${counts.created + counts.alreadyCreated} failed ${counts.failed + counts.invalid} unknown ${counts.unknown} in flight ${counts.inFlight}`
      : '';
    return `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${run.done}/${run.total} ${figures} ${run.last}`;
  }
}
