import type { Finding } from './types';

/** True when card/create would refuse the body. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** Counts for a badge or a batch report. */
export interface FindingSummary {
  errors: number;
  warnings: number;
  /** Errors per errcode, e.g. { 45021: 2 }. */
  byErrcode: Record<number, number>;
  /** Findings per field path. */
  byPath: Record<string, number>;
}

/** Summarises findings: totals, errors by errcode, findings by path. */
export function summarizeFindings(findings: readonly Finding[]): FindingSummary {
  // Null-prototype maps: a path such as `__proto__` (an unknown key) must count like any other.
  const summary: FindingSummary = { errors: 0, warnings: 0, byErrcode: Object.create(null), byPath: Object.create(null) };
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
export function errorsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error');
}
