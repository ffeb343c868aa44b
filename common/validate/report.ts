import type { Localized } from '../i18n';
import { FINDING_CODES, type FindingCode } from './codes';
import type { Finding, ValidateContext, ValidateIntent } from './types';

/** A finding code table: per code its severity and the error code the API answers. */
export type CodeTable<C extends string, E extends number | string> = Readonly<Record<C, { readonly severity: 'error' | 'warning'; readonly errcode?: E }>>;

/**
 * Collects findings for one validation run against a code table: severity and error code come
 * from the table, so a rule only names its code. Shared by every back end's validator.
 */
export class FindingReporter<C extends string, E extends number | string> {
  readonly findings: Finding<C, E>[] = [];
  readonly nowMs: number;
  readonly draft: boolean;

  constructor(
    private readonly codes: CodeTable<C, E>,
    ctx: { nowMs: number; mode?: 'draft' | 'submit' },
  ) {
    this.nowMs = typeof ctx.nowMs === 'number' && Number.isFinite(ctx.nowMs) ? ctx.nowMs : 0;
    this.draft = ctx.mode === 'draft';
  }

  /** Records a finding; `extra` adds the limit and the actual value the message quotes. */
  add(path: string, code: C, message: Localized, extra: { limit?: number; actual?: number; errcode?: E } = {}): void {
    const spec: { severity: 'error' | 'warning'; errcode?: E } = this.codes[code];
    const finding: Finding<C, E> = { path, code, severity: spec.severity, message };
    if (extra.limit !== undefined) finding.limit = extra.limit;
    if (extra.actual !== undefined) finding.actual = extra.actual;
    const errcode = extra.errcode ?? spec.errcode;
    if (errcode !== undefined) finding.errcode = errcode;
    this.findings.push(finding);
  }
}

/** The card validator's reporter: FINDING_CODES, plus what the merchant means to do afterwards. */
export class Reporter extends FindingReporter<FindingCode, number> {
  readonly intent: ValidateIntent;

  constructor(ctx: ValidateContext) {
    super(FINDING_CODES, ctx);
    this.intent = ctx.intent ?? {};
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
