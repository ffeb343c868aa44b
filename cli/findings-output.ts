import { localized } from '../common/i18n';
import { summarizeFindings } from '../common/validate';
import type { Finding } from '../common/validate/types';
import type { CliIo } from './io';

/** Any back end's finding (card errcodes are numbers, WeChat Pay's are strings such as PARAM_ERROR). */
export type AnyFinding = Finding<string, number | string>;

/** A finding as the --json documents of validate and validate-stocks print it. */
export function findingJson(f: AnyFinding) {
  return { path: f.path, code: f.code, severity: f.severity, errcode: f.errcode ?? null, limit: f.limit ?? null, actual: f.actual ?? null, message: f.message };
}

/** One item's verdict line, then one line per finding: path, error code, limit and actual, message. */
export function printFindings(io: CliIo, index: number, title: string | null, kind: string | null, findings: readonly AnyFinding[]): void {
  const summary = summarizeFindings(findings);
  const head = `#${index + 1} ${title ?? '—'}${kind ? ` (${kind})` : ''}`;
  const verdict =
    summary.errors === 0
      ? io.t(localized(`通过（${summary.warnings} 条提示）`, `passes (${summary.warnings} warning(s))`))
      : io.t(localized(`${summary.errors} 处错误，${summary.warnings} 条提示`, `${summary.errors} error(s), ${summary.warnings} warning(s)`));
  io.out(`${summary.errors === 0 ? '✓' : '✗'} ${head}: ${verdict}`);
  for (const f of findings) {
    const mark = f.severity === 'error' ? '✗' : '!';
    const code = f.errcode === undefined ? '' : ` [${f.errcode}]`;
    const limit = f.limit === undefined ? '' : ` (${io.t(localized('上限', 'limit'))} ${f.limit}${f.actual === undefined ? '' : `, ${io.t(localized('实际', 'actual'))} ${f.actual}`})`;
    io.out(`    ${mark} ${f.path || '(body)'}${code}${limit}: ${io.t(f.message)}`);
  }
}
