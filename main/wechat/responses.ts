import { z } from 'zod';

/** Where and how an answer broke its schema: the path and zod's issue code, never the value. */
export interface ResponseIssue {
  readonly path: string;
  readonly code: string;
}

/** A parsed success body, or the issues. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly ResponseIssue[] };

/** At most this many issues are kept: enough to locate the change, little to carry around. */
const MAX_ISSUES = 5;

/** Parses with zod and keeps only issue paths and codes (a value may be a token, §5.3). */
export function parseWith<S extends z.ZodType>(schema: S, json: unknown): Parsed<z.output<S>> {
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path.map(String).join('.'), code: i.code })) };
}

/** How a Weixin answer reads before its success schema: §0 "key on errcode, never on errmsg". */
export type Envelope =
  | { readonly kind: 'success' }
  | { readonly kind: 'errcode'; readonly errcode: number; readonly errmsg: string }
  | { readonly kind: 'invalid'; readonly issues: readonly ResponseIssue[] };

/**
 * Reads the envelope of a parsed body: a non-zero integer `errcode` is an error; `errcode: 0` or no
 * errcode at all (the bare token and uploadimg answers, §0) is a success to parse further.
 */
export function readEnvelope(json: unknown): Envelope {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { kind: 'invalid', issues: [{ path: '', code: 'not_an_object' }] };
  if (!Object.hasOwn(json, 'errcode')) return { kind: 'success' };
  const { errcode, errmsg } = json as { errcode?: unknown; errmsg?: unknown };
  if (typeof errcode !== 'number' || !Number.isInteger(errcode)) return { kind: 'invalid', issues: [{ path: 'errcode', code: 'invalid_type' }] };
  if (errcode === 0) return { kind: 'success' };
  return { kind: 'errcode', errcode, errmsg: typeof errmsg === 'string' ? errmsg : '' };
}

const int = z.number().int();

/** Token endpoints (§1.2): `{access_token, expires_in}`; the token is at most 512 characters, allow room. */
export const tokenResponseSchema = z.object({ access_token: z.string().min(1).max(2048), expires_in: int.positive() });

/** The host every uploadimg URL has (§1.3). */
export const MMBIZ_HOST = 'mmbiz.qpic.cn';

/** An http(s) URL on mmbiz.qpic.cn: what uploadimg returns and what card images must be (§1.3, §4.6). */
export const mmbizUrlSchema = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === MMBIZ_HOST;
  } catch {
    return false;
  }
}, 'not an http(s) mmbiz.qpic.cn URL');

/** `media/uploadimg` (§1.3): the bare `{"url": …}`. */
export const uploadImageSchema = z.object({ url: mmbizUrlSchema });

/** `card/getcolors` (§4.5). */
export const colorsSchema = z.object({ colors: z.array(z.object({ name: z.string(), value: z.string() })) }).transform((v) => ({ colors: v.colors }));

const idText = z.union([z.string(), int]).transform(String);

/** `cgi-bin/poi/getpoilist` (§1.16): total_count is a string in the documented sample, an int in WxJava. */
export const poiListSchema = z
  .object({
    business_list: z.array(
      z.object({
        base_info: z.object({
          sid: idText.optional(),
          poi_id: idText,
          business_name: z.string(),
          branch_name: z.string().optional(),
          address: z.string().optional(),
          available_state: int,
        }),
      }),
    ),
    total_count: z.union([z.string().regex(/^\d+$/), int]).transform(Number),
  })
  .transform((v) => ({
    stores: v.business_list.map(({ base_info: s }) => ({
      sid: s.sid ?? '',
      poiId: s.poi_id,
      businessName: s.business_name,
      branchName: s.branch_name ?? '',
      address: s.address ?? '',
      availableState: s.available_state,
    })),
    totalCount: v.total_count,
  }));

const rateLimit = z.object({ call_count: int, refresh_second: int }).transform((r) => ({ callCount: r.call_count, refreshSecond: r.refresh_second }));

/** `cgi-bin/openapi/quota/get` (§1.17, §6). */
export const quotaSchema = z
  .object({ quota: z.object({ daily_limit: int, used: int, remain: int }), rate_limit: rateLimit.optional() })
  .transform((v) => ({ dailyLimit: v.quota.daily_limit, used: v.quota.used, remain: v.quota.remain, rateLimit: v.rate_limit }));

/** `card/code/decrypt` (§1.15). */
export const decryptSchema = z.object({ code: z.string().min(1) }).transform((v) => ({ code: v.code }));

/** Success envelopes with nothing else of interest (delete, modifystock, paycell, clear_quota…). */
export const emptySchema = z.object({}).transform(() => undefined);
