import { validateCoupon } from '../../common/validate';
import { checkCardCreate } from '../../main/sandbox';
import type { Case } from './generators';

/** What both sides said about one body. */
export interface Verdicts {
  /** The errcodes of the validator's errors (empty: it would submit the body). */
  readonly validator: readonly number[];
  /** The sandbox's errcode, or undefined when card/create would accept the body. */
  readonly sandbox: number | undefined;
  readonly sandboxPath: string | undefined;
}

/** Runs the client validator ('submit' mode) and the sandbox's card/create rules on one body. */
export function verdictsOf(body: unknown, nowMs: number, usablePoiIds: ReadonlySet<number>): Verdicts {
  const validator = validateCoupon(body, { nowMs, mode: 'submit' })
    .filter((f) => f.severity === 'error')
    .map((f) => f.errcode ?? 0);
  const sandbox = checkCardCreate(body, { nowMs, usablePoiIds });
  return { validator, sandbox: sandbox?.errcode, sandboxPath: sandbox?.path };
}

/** The verdicts match: the validator has an error exactly when the sandbox refuses. */
export function verdictsAgree(v: Verdicts): boolean {
  return v.validator.length > 0 === (v.sandbox !== undefined);
}

/** Both refuse and the sandbox's errcode is among the validator's. */
export function errcodesAgree(v: Verdicts): boolean {
  return v.sandbox !== undefined && v.validator.includes(v.sandbox);
}

/**
 * The validator cannot know an account's stores (decisions table), so in-process comparisons use an
 * account that owns every positive poi_id: only the account-independent rules are compared.
 */
export const EVERY_STORE: ReadonlySet<number> = new (class extends Set<number> {
  override has(id: number): boolean {
    return Number.isInteger(id) && id > 0;
  }
})();

/** Counts per source: cases, agreeing verdicts, both-refused cases and agreeing errcodes. */
export class Tally {
  private readonly rows = new Map<string, { cases: number; verdicts: number; bothRefused: number; errcodes: number }>();

  add(c: Case, v: Verdicts): void {
    const row = this.rows.get(c.source) ?? { cases: 0, verdicts: 0, bothRefused: 0, errcodes: 0 };
    row.cases += 1;
    if (verdictsAgree(v)) row.verdicts += 1;
    if (v.sandbox !== undefined && v.validator.length > 0) {
      row.bothRefused += 1;
      if (errcodesAgree(v)) row.errcodes += 1;
    }
    this.rows.set(c.source, row);
  }

  get(source: Case['source']) {
    return this.rows.get(source) ?? { cases: 0, verdicts: 0, bothRefused: 0, errcodes: 0 };
  }

  total(): number {
    return [...this.rows.values()].reduce((n, r) => n + r.cases, 0);
  }

  /** A printable table with the agreement rates. */
  report(title: string): string {
    const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
    const lines = [...this.rows].map(
      ([source, r]) => `  ${source.padEnd(11)} cases ${String(r.cases).padStart(5)}  verdicts ${pct(r.verdicts, r.cases).padStart(6)}  errcode ${pct(r.errcodes, r.bothRefused).padStart(6)} of ${r.bothRefused} both-refused`,
    );
    return [`[differential] ${title}: ${this.total()} cases`, ...lines].join('\n');
  }
}
