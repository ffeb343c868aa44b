import type { Finding } from './types';

/** Any back end's finding: the summaries only read severity, errcode and path. */
type AnyFinding = Finding<string, number | string>;

/** True when the API (card/create, or another back end's) would refuse the body. */
export function hasErrors(findings: readonly Pick<AnyFinding, 'severity'>[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** Counts for a badge or a batch report. */
export interface FindingSummary<E extends number | string = number> {
  errors: number;
  warnings: number;
  /** Errors per errcode, e.g. { 45021: 2 } (or { PARAM_ERROR: 2 } for WeChat Pay). */
  byErrcode: Record<E, number>;
  /** Findings per field path. */
  byPath: Record<string, number>;
}

/** Summarises findings: totals, errors by errcode, findings by path. */
export function summarizeFindings<E extends number | string = number>(findings: readonly Finding<string, E>[]): FindingSummary<E> {
  // Null-prototype maps: a path such as `__proto__` (an unknown key) must count like any other.
  const summary: FindingSummary<E> = { errors: 0, warnings: 0, byErrcode: Object.create(null), byPath: Object.create(null) };
  for (const f of findings) {
    if (f.severity === 'error') {
      summary.errors++;
      if (f.errcode !== undefined) summary.byErrcode[f.errcode] = (summary.byErrcode[f.errcode] ?? 0) + 1;
    } else summary.warnings++;
    summary.byPath[f.path] = (summary.byPath[f.path] ?? 0) + 1;
  }
  return summary;
}

/** Only the errors. */
export function errorsOf<F extends Pick<AnyFinding, 'severity'>>(findings: readonly F[]): F[] {
  return findings.filter((f) => f.severity === 'error');
}
