import type { Localized } from '../i18n';
import { FINDING_CODES, type FindingCode } from './codes';
import type { Finding, ValidateContext, ValidateIntent } from './types';

/** Collects findings for one validation run; severity and errcode come from FINDING_CODES. */
export class Reporter {
  readonly findings: Finding[] = [];
  readonly nowMs: number;
  readonly draft: boolean;
  readonly intent: ValidateIntent;

  constructor(ctx: ValidateContext) {
    this.nowMs = typeof ctx.nowMs === 'number' && Number.isFinite(ctx.nowMs) ? ctx.nowMs : 0;
    this.draft = ctx.mode === 'draft';
    this.intent = ctx.intent ?? {};
  }

  /** Records a finding; `extra` adds the limit and the actual value the message quotes. */
  add(path: string, code: FindingCode, message: Localized, extra: { limit?: number; actual?: number; errcode?: number } = {}): void {
    const spec: { severity: 'error' | 'warning'; errcode?: number } = FINDING_CODES[code];
    const finding: Finding = { path, code, severity: spec.severity, message };
    if (extra.limit !== undefined) finding.limit = extra.limit;
    if (extra.actual !== undefined) finding.actual = extra.actual;
    const errcode = extra.errcode ?? spec.errcode;
    if (errcode !== undefined) finding.errcode = errcode;
    this.findings.push(finding);
  }
}

/** A plain JSON object (not null, not an array). */
export type Obj = Record<string, unknown>;

/** True for a plain object, the only thing a JSON object parses to. */
export function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for an integer JSON number. */
export function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** Own property present (a key with value undefined counts as absent, as JSON has no undefined). */
export function has(obj: Obj, key: string): boolean {
  return Object.hasOwn(obj, key) && obj[key] !== undefined;
}
