import { expect } from 'vitest';
import { typeKey, type CardType } from '../../../common/coupon/card-types';
import { exampleCoupon } from '../../../common/coupon/examples';
import { validateCoupon, type Finding, type ValidateContext } from '../../../common/validate';

/** 2026-05-01 12:00:00 China time: the injected "now" of the table tests. */
export const NOW_MS = Date.UTC(2026, 4, 1, 4, 0, 0);
export const NOW_S = NOW_MS / 1000;

type Obj = Record<string, unknown>;

/** Handles on a fresh example body, for one edit. */
export interface Handles {
  body: Obj;
  card: Obj;
  obj: Obj;
  base: Obj;
  date: Obj;
  /** advanced_info, created when missing. */
  adv(): Obj;
  /** `card.<type key>`. */
  p: string;
}

/** A fresh valid example of `type`, changed by `edit`. */
export function coupon(type: CardType, edit: (h: Handles) => void = () => {}): Obj {
  const body = structuredClone(exampleCoupon(type, NOW_MS)) as unknown as Obj;
  const card = body.card as Obj;
  const obj = card[typeKey(type)] as Obj;
  const base = obj.base_info as Obj;
  const h: Handles = {
    body,
    card,
    obj,
    base,
    date: base.date_info as Obj,
    adv: () => (obj.advanced_info ??= {}) as Obj,
    p: `card.${typeKey(type)}`,
  };
  edit(h);
  return body;
}

/** The error findings for a body. */
export function errors(body: unknown, ctx: Partial<ValidateContext> = {}): Finding[] {
  return validateCoupon(body, { nowMs: NOW_MS, ...ctx }).filter((f) => f.severity === 'error');
}

/** The warning findings for a body. */
export function warnings(body: unknown, ctx: Partial<ValidateContext> = {}): Finding[] {
  return validateCoupon(body, { nowMs: NOW_MS, ...ctx }).filter((f) => f.severity === 'warning');
}

/** Asserts exactly one error, at `path` with `code` and `errcode`. */
export function expectOnlyError(body: unknown, path: string, code: string, errcode: number, ctx: Partial<ValidateContext> = {}): Finding {
  const found = errors(body, ctx);
  expect(found.map((f) => [f.path, f.code, f.errcode])).toEqual([[path, code, errcode]]);
  return found[0] as Finding;
}

/** Asserts no error at all. */
export function expectNoErrors(body: unknown, ctx: Partial<ValidateContext> = {}): void {
  expect(errors(body, ctx).map((f) => [f.path, f.code])).toEqual([]);
}
