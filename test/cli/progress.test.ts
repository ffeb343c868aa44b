// The progress display: a bar redrawn in place on a terminal, one plain line per draft elsewhere.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { BatchProgress, RunStatus } from '../../common/ipc/channels/batch';
import { CliIo } from '../../cli/io';
import { ProgressReporter } from '../../cli/progress';

function status(counts: Partial<RunStatus['counts']>, state: RunStatus['status'] = 'running'): RunStatus {
  return {
    runId: 'r1',
    batchId: 'b1',
    batchName: '批次',
    accountId: 'a1',
    appid: 'wx0000000000000001',
    status: state,
    total: 3,
    counts: { created: 0, found: 0, alreadyCreated: 0, failed: 0, retryable: 0, invalid: 0, cancelled: 0, queued: 3, inFlight: 0, unknown: 0, cellFailed: 0, ...counts },
    concurrency: { current: 1, max: 1 },
    reconciles: 0,
    duplicatesFlagged: 0,
    orphansFlagged: 0,
    startedAt: 0,
    updatedAt: 0,
    finishedAt: null,
    stopReason: null,
  };
}

const done = (title: string, state: 'created' | 'failed', cardId: string | null, errcode: number | null = null): BatchProgress => ({
  scope: 'draft',
  runId: 'r1',
  batchId: 'b1',
  draftId: title,
  recordId: `op:${title}`,
  title,
  phase: 'done',
  state,
  cardId,
  attempts: 1,
  errcode,
  message: errcode === null ? null : { 'zh-CN': '标题太长', en: 'title too long' },
});

function harness(tty: boolean) {
  const stderr = Object.assign(new PassThrough(), { isTTY: tty, columns: 120 });
  let text = '';
  stderr.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const io = new CliIo({ stdout: new PassThrough(), stderr, stdin: new PassThrough() }, 'en', false, false);
  return { reporter: new ProgressReporter(io), text: () => text };
}

describe('ProgressReporter', () => {
  it('writes one plain line per finished draft when stderr is not a terminal', () => {
    const { reporter, text } = harness(false);
    reporter.begin(status({}));
    reporter.handle(done('甲', 'created', 'pAAAAA'));
    reporter.handle(done('乙', 'failed', null, 45021));
    reporter.handle({ scope: 'batch', run: status({ created: 1, failed: 1, queued: 1 }, 'done') });
    reporter.finish();
    const lines = text().trim().split('\n');
    expect(lines.slice(1)).toEqual(['[1/3] ✓ 甲 created · pAAAAA', '[2/3] ✗ 乙 failed · 45021 title too long', 'run r1: done']);
    expect(text()).not.toContain('\r');
  });

  it('redraws one bar in place on a terminal and ends its line when done', () => {
    const { reporter, text } = harness(true);
    reporter.begin(status({}));
    reporter.handle({ scope: 'batch', run: status({ created: 2, queued: 1 }) });
    reporter.handle(done('丙', 'created', 'pBBBBB'));
    reporter.finish();
    expect(text()).toContain('\r\x1b[2K[');
    expect(text()).toMatch(/\[█{8}░{16}\] 1\/3 ok 2 failed 0 unknown 0 in flight 0/);
    expect(text().endsWith('\n')).toBe(true);
    expect(text()).not.toContain('[1/3] ✓');
  });
});
