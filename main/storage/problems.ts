import type { StorageProblem } from '../../common/ipc/channels/drafts';
import type { CorruptDocument } from './document-store';

/** A corrupt-file report as it crosses IPC (the parser's `detail` stays in the log). */
export function toStorageProblem(report: CorruptDocument): StorageProblem {
  return { code: report.code, path: report.path, movedTo: report.movedTo, reason: report.reason, message: report.message, at: report.at };
}

/** Adds a report to a session's list once (an unmovable file is found again on every read). */
export function noteProblem(problems: CorruptDocument[], report: CorruptDocument): void {
  const seen = problems.some((p) => p.path === report.path && p.movedTo === report.movedTo && p.reason === report.reason);
  if (!seen) problems.push(report);
}
