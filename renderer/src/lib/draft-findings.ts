import type { Draft } from '../../../common/drafts/draft';
import { validateCoupon, type Finding } from '../../../common/validate';

/** How long a draft's findings stay fresh when the draft itself did not change (end-in-past moves with the clock). */
const FRESH_MS = 60_000;

const cache = new WeakMap<Draft, { atMs: number; findings: Finding[] }>();

/**
 * The validator's findings for a draft, in draft mode (`local-image:` references are fine until the
 * batch engine uploads them) with the merchant's after-create intent, so the paycell / self-redemption
 * hints (§1.10, §1.11) show while editing. Drafts are immutable, so the result is cached per object.
 */
export function draftFindings(draft: Draft, nowMs: number): Finding[] {
  const hit = cache.get(draft);
  if (hit && nowMs - hit.atMs < FRESH_MS && nowMs >= hit.atMs) return hit.findings;
  const findings = validateCoupon(draft.card, {
    nowMs,
    mode: 'draft',
    intent: { paycell: draft.after.paycell, selfConsume: draft.after.selfConsume },
  });
  cache.set(draft, { atMs: nowMs, findings });
  return findings;
}

/** Errors first, then warnings, each in document order of their paths. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** The findings at exactly this path. */
export function findingsAt(findings: readonly Finding[], path: string): Finding[] {
  return findings.filter((f) => f.path === path);
}

/** The findings at this path or below it (`a.b` matches `a.b`, `a.b.c`, `a.b[0]`). */
export function findingsUnder(findings: readonly Finding[], path: string): Finding[] {
  return findings.filter((f) => f.path === path || f.path.startsWith(`${path}.`) || f.path.startsWith(`${path}[`));
}
