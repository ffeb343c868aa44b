import fc from 'fast-check';
import { mutation, validCoupon, type CouponArbOptions } from '../support/coupon-arbitraries';
import { memberMutation, validMemberCard } from '../support/member-card-arbitraries';

/**
 * Bodies for the validator-vs-sandbox differential test, beyond the shared valid coupons and
 * single-rule mutations: nulls (the settled "null = absent" rule), keys beside `card` (ignored by
 * both), other Weixin card-type objects (40071), and whole subtrees replaced by arbitrary JSON.
 */

/** A generated body, labelled by where it came from. */
export interface Case {
  readonly source: 'valid' | 'mutation' | 'null' | 'body-key' | 'other-type' | 'junk' | 'member' | 'member-mutation' | 'member-junk';
  /** For mutations: the kind and the errcode the mutation is built to provoke. */
  readonly kind?: string;
  readonly expectedErrcode?: number;
  readonly body: unknown;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every path (as key lists) to an object property in a JSON value, array items' objects included. */
function propertyPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => propertyPaths(item, [...prefix, i]));
  if (!isObj(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...propertyPaths(v, [...prefix, k])]);
}

/** A copy of `body` with the value at `path` replaced. */
function replaced(body: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(body);
  let holder = copy as Obj;
  for (const step of path.slice(0, -1)) holder = holder[step as string] as Obj;
  holder[path[path.length - 1] as string] = value;
  return copy;
}

/** Valid coupons as they are. */
export function validCases(nowMs: number, opts: CouponArbOptions): fc.Arbitrary<Case> {
  return validCoupon(undefined, nowMs, opts).map((body) => ({ source: 'valid', body }));
}

/** The shared single-rule mutations. */
export function mutationCases(nowMs: number, opts: CouponArbOptions): fc.Arbitrary<Case> {
  return mutation(undefined, nowMs, opts).map((m) => ({ source: 'mutation', kind: m.kind, expectedErrcode: m.expectedErrcode, body: m.body }));
}

/** A valid coupon with one property anywhere (card_type, type key, required or optional field) set to null. */
export function nullCases(nowMs: number, opts: CouponArbOptions): fc.Arbitrary<Case> {
  return validCoupon(undefined, nowMs, opts).chain((body) => {
    const paths = propertyPaths(body);
    return fc.constantFrom(...paths).map((path) => ({ source: 'null' as const, kind: path.filter((p) => typeof p === 'string').slice(2).join('.'), body: replaced(body, path, null) }));
  });
}

/** A valid coupon with keys beside `card` (an access_token a user pasted, a typo like `cards`). */
export function bodyKeyCases(nowMs: number, opts: CouponArbOptions): fc.Arbitrary<Case> {
  const key = fc.oneof(fc.constantFrom('access_token', 'cards', 'card_id', 'extra', 'Card'), fc.string({ minLength: 1, maxLength: 8 }).filter((k) => k !== 'card'));
  return fc
    .tuple(validCoupon(undefined, nowMs, opts), fc.dictionary(key, fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 3 }))
    .map(([body, extra]) => ({ source: 'body-key', body: { ...extra, ...body } }));
}

/** Weixin's other card types (§4.4) that must not sit beside a coupon's type object. */
const OTHER_TYPE_KEYS = ['member_card', 'scenic_ticket', 'movie_ticket', 'boarding_pass', 'meeting_ticket', 'bus_ticket', 'lucky_money', 'general_card'];
const COUPON_KEYS = ['groupon', 'cash', 'discount', 'gift', 'general_coupon'];

/** A valid coupon plus another type's key: an object (40071) or null (absent for a coupon key, unknown otherwise). */
export function otherTypeCases(nowMs: number, opts: CouponArbOptions): fc.Arbitrary<Case> {
  return fc
    .tuple(validCoupon(undefined, nowMs, opts), fc.constantFrom(...OTHER_TYPE_KEYS, ...COUPON_KEYS), fc.constantFrom<unknown>({}, null, { base_info: {} }))
    .filter(([body, key]) => !Object.hasOwn((body as { card: Obj }).card, key))
    .map(([body, key, value]) => {
      const copy = structuredClone(body) as { card: Obj };
      copy.card[key] = value;
      return { source: 'other-type', kind: `${key}=${value === null ? 'null' : 'object'}`, body: copy };
    });
}

/** A valid coupon with any property's value replaced by arbitrary JSON (null included). */
export function junkCases(nowMs: number, opts: CouponArbOptions): fc.Arbitrary<Case> {
  return validCoupon(undefined, nowMs, opts).chain((body) =>
    fc.tuple(fc.constantFrom(...propertyPaths(body)), fc.jsonValue({ maxDepth: 3 })).map(([path, junk]) => ({
      source: 'junk' as const,
      kind: path.filter((p) => typeof p === 'string').slice(2).join('.'),
      body: replaced(body, path, junk),
    })),
  );
}

/** Valid member cards (RULES.md "Member cards"). */
export function memberCases(nowMs: number, opts: CouponArbOptions): fc.Arbitrary<Case> {
  return validMemberCard(nowMs, opts).map((body) => ({ source: 'member', body }));
}

/** Single-rule member-card mutations, each built to provoke one errcode. */
export function memberMutationCases(nowMs: number, opts: CouponArbOptions): fc.Arbitrary<Case> {
  return memberMutation(nowMs, opts).map((m) => ({ source: 'member-mutation', kind: m.kind, expectedErrcode: m.expectedErrcode, body: m.body }));
}

/** A valid member card with any property's value replaced by arbitrary JSON (null included). */
export function memberJunkCases(nowMs: number, opts: CouponArbOptions): fc.Arbitrary<Case> {
  return validMemberCard(nowMs, opts).chain((body) =>
    fc.tuple(fc.constantFrom(...propertyPaths(body)), fc.jsonValue({ maxDepth: 3 })).map(([path, junk]) => ({
      source: 'member-junk' as const,
      kind: path.filter((p) => typeof p === 'string').slice(2).join('.'),
      body: replaced(body, path, junk),
    })),
  );
}
