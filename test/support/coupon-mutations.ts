import fc from 'fast-check';
import { CARD_TYPE_KEYS, typeKey, type CardType } from '../../common/coupon/card-types';
import { DEPOSIT_MODE } from '../../common/coupon/enums';
import { BYTE_LIMITS, MAX_QUANTITY, MAX_TIMESTAMP } from '../../common/coupon/limits';
import { localImageRef } from '../../common/coupon/local-image';
import type { CardCreateBody } from '../../common/coupon/schema';
import { FINDING_CODES, type FindingCode } from '../../common/validate/codes';
import { cdnImageUrl, textWithBytes, validCoupon, type CouponArbOptions } from './coupon-arbitraries';

/**
 * Mutations that take a valid coupon past exactly ONE rule of the decisions table, with the one
 * error finding the validator must give (and the errcode the sandbox must answer).
 */

/** A mutated body and the single error it must produce. */
export interface Mutated {
  kind: MutationKind;
  body: CardCreateBody;
  expectedPath: string;
  expectedCode: FindingCode;
  expectedErrcode: number;
  /** 'draft' when the valid coupon held local-image refs (opts.localImages). */
  mode: 'draft' | 'submit';
}

type Obj = Record<string, unknown>;
const o = (v: unknown): Obj => v as Obj;

/** Handles on a (cloned) body. */
interface Parts {
  type: CardType;
  card: Obj;
  key: string;
  obj: Obj;
  base: Obj;
  date: Obj;
  p: string;
}

function parts(body: CardCreateBody): Parts {
  const card = o(body.card);
  const type = card.card_type as CardType;
  const key = typeKey(type);
  const obj = o(card[key]);
  const base = o(obj.base_info);
  return { type, card, key, obj, base, date: o(base.date_info), p: `card.${key}` };
}

/** A planned edit: applied to a fresh clone, so fast-check may replay it. */
interface Edit {
  apply(x: Parts): void;
  path(x: Parts): string;
  code: FindingCode;
}

interface Env {
  nowMs: number;
  storeIds: readonly number[];
  local: boolean;
}

const isRange = (x: Parts) => x.date.type === 'DATE_TYPE_FIX_TIME_RANGE' || x.date.type === 1;
const isTerm = (x: Parts) => x.date.type === 'DATE_TYPE_FIX_TERM' || x.date.type === 2;
const isDeposit = (x: Parts) => x.base.get_custom_code_mode === DEPOSIT_MODE;
const advanced = (x: Parts): Obj => {
  x.obj.advanced_info ??= {};
  return o(x.obj.advanced_info);
};
const edit = (code: FindingCode, path: (x: Parts) => string, apply: (x: Parts) => void): Edit => ({ code, path, apply });

const TYPE_REQUIRED: Record<CardType, string[]> = {
  GROUPON: ['deal_detail'],
  CASH: ['least_cost', 'reduce_cost'],
  DISCOUNT: ['discount'],
  GIFT: ['gift'],
  GENERAL_COUPON: ['default_detail'],
};
const BASE_REQUIRED = ['logo_url', 'code_type', 'brand_name', 'title', 'color', 'notice', 'description', 'sku', 'date_info'];
const BASE_REQUIRED_STRINGS = ['logo_url', 'code_type', 'brand_name', 'title', 'color', 'notice', 'description'];
const TYPOS = ['sash', 'titel', 'brandname', 'colour', 'quantiy', 'begin_time', 'extra', 'share_friend', 'need_push_on_views'];

/** Each kind: when it applies to a valid coupon, and the edits it may make. */
const KINDS = {
  'missing-required': {
    applies: () => true,
    edits: (x: Parts) =>
      fc.constantFrom(...BASE_REQUIRED.map((k) => `base_info.${k}`), ...TYPE_REQUIRED[x.type], 'base_info').map((rel) =>
        edit('required', (y) => `${y.p}.${rel}`, (y) => {
          const [head, leaf] = rel.split('.') as [string, string | undefined];
          if (leaf) delete o(y.obj[head])[leaf];
          else delete y.obj[head];
        }),
      ),
  },
  'empty-required': {
    applies: () => true,
    edits: (x: Parts) =>
      fc.constantFrom(...BASE_REQUIRED_STRINGS.map((k) => `base_info.${k}`), ...TYPE_REQUIRED[x.type].filter((k) => ['deal_detail', 'gift', 'default_detail'].includes(k))).map((rel) =>
        edit('required', (y) => `${y.p}.${rel}`, (y) => {
          const [head, leaf] = rel.split('.') as [string, string | undefined];
          if (leaf) o(y.obj[head])[leaf] = '';
          else y.obj[head] = '';
        }),
      ),
  },
  'missing-nested': {
    applies: () => true,
    edits: (x: Parts) => {
      const keys = ['sku.quantity', 'date_info.type'];
      if (isRange(x)) keys.push('date_info.begin_timestamp', 'date_info.end_timestamp');
      if (isTerm(x)) keys.push('date_info.fixed_term', 'date_info.fixed_begin_term');
      return fc.constantFrom(...keys).map((rel) =>
        edit('required', (y) => `${y.p}.base_info.${rel}`, (y) => {
          const [head, leaf] = rel.split('.') as [string, string];
          delete o(y.base[head])[leaf];
        }),
      );
    },
  },
  'too-long': {
    applies: () => true,
    edits: (x: Parts) => {
      const patterns = Object.keys(BYTE_LIMITS).filter((k) => k.startsWith('base_info.') || k.startsWith(`${x.key}.`)) as (keyof typeof BYTE_LIMITS)[];
      return fc.tuple(fc.constantFrom(...patterns), fc.integer({ min: 1, max: 5 })).chain(([pattern, over]) => {
        const bytes = BYTE_LIMITS[pattern] + over;
        const field = pattern.slice(pattern.indexOf('.') + 1);
        // A Mini Program user name stays gh_…@app, and a page path keeps one (guide-rules.ts).
        const text =
          pattern === 'base_info.logo_url'
            ? fc.constant(`https://mmbiz.qpic.cn/mmbiz_png/${'A'.repeat(bytes - 34)}/0`)
            : field.endsWith('_app_brand_user_name')
              ? fc.constant(`gh_${'a'.repeat(bytes - 7)}@app`)
              : textWithBytes(bytes);
        return text.map((t) =>
          edit('too_long', (y) => `${y.p}.${pattern.startsWith('base_info.') ? pattern : field}`, (y) => {
            (pattern.startsWith('base_info.') ? y.base : y.obj)[field] = t;
            if (field.endsWith('_app_brand_pass')) y.base[field.replace('_pass', '_user_name')] = 'gh_abcdef123456@app';
          }),
        );
      });
    },
  },
  'unknown-key': {
    applies: () => true,
    edits: () =>
      fc.tuple(fc.constantFrom('card', 'type', 'base', 'date', 'sku', 'advanced'), fc.constantFrom(...TYPOS)).map(([where, typo]) => {
        const holder = (y: Parts): [Obj, string] => {
          if (where === 'card') return [y.card, 'card'];
          if (where === 'type') return [y.obj, y.p];
          if (where === 'base') return [y.base, `${y.p}.base_info`];
          if (where === 'date') return [y.date, `${y.p}.base_info.date_info`];
          if (where === 'sku') return [o(y.base.sku), `${y.p}.base_info.sku`];
          return [advanced(y), `${y.p}.advanced_info`];
        };
        return edit('unknown_key', (y) => `${holder(y)[1]}.${typo}`, (y) => {
          holder(y)[0][typo] = 1;
        });
      }),
  },
  'wrong-type': {
    applies: () => true,
    edits: (x: Parts) => {
      const options: [string, (y: Parts) => void][] = [
        ['base_info.title', (y) => (y.base.title = 123)],
        ['base_info.brand_name', (y) => (y.base.brand_name = false)],
        ['base_info.sku.quantity', (y) => (o(y.base.sku).quantity = isDeposit(y) ? '0' : '100')],
        ['base_info.sku.quantity', (y) => (o(y.base.sku).quantity = 1.5)],
        ['base_info.can_share', (y) => (y.base.can_share = 'true')],
        ['base_info.get_limit', (y) => (y.base.get_limit = 2.5)],
        ['base_info.sku', (y) => (y.base.sku = [1])],
        ['base_info', (y) => (y.obj.base_info = [])],
      ];
      if (isRange(x)) options.push(['base_info.date_info.begin_timestamp', (y) => (y.date.begin_timestamp = '2016-08-23 00:00:00')]);
      if (isTerm(x)) options.push(['base_info.date_info.fixed_term', (y) => (y.date.fixed_term = '30')]);
      if (x.type === 'CASH') options.push(['reduce_cost', (y) => (y.obj.reduce_cost = '2000')]);
      if (x.type === 'DISCOUNT') options.push(['discount', (y) => (y.obj.discount = 7.5)]);
      options.push([
        'base_info.location_id_list[0]',
        (y) => {
          y.base.location_id_list = [1.5];
          delete y.base.use_all_locations;
        },
      ]);
      return fc.constantFrom(...options).map(([rel, apply]) => edit('wrong_type', (y) => `${y.p}.${rel}`, apply));
    },
  },
  'enum-invalid': {
    applies: () => true,
    edits: (x: Parts) => {
      const options: [string, (y: Parts) => void][] = [
        ['base_info.code_type', (y) => (y.base.code_type = 'CODE_TYPE_FOO')],
        ['base_info.code_type', (y) => (y.base.code_type = 'code_type_text')],
        ['base_info.color', (y) => (y.base.color = 'Color103')],
        ['base_info.color', (y) => (y.base.color = '#63b359')],
        ['advanced_info.business_service[0]', (y) => (advanced(y).business_service = ['BIZ_SERVICE_FOO'])],
        ['advanced_info.time_limit[0].type', (y) => (advanced(y).time_limit = [{ type: 'EVERYDAY' }])],
      ];
      if (!isDeposit(x)) options.push(['base_info.get_custom_code_mode', (y) => (y.base.get_custom_code_mode = 'GET_CUSTOM_CODE_MODE_FOO')]);
      return fc.constantFrom(...options).map(([rel, apply]) => edit('enum_invalid', (y) => `${y.p}.${rel}`, apply));
    },
  },
  'date-type-invalid': {
    applies: () => true,
    edits: () =>
      fc.constantFrom<unknown>('DATE_TYPE_PERMANENT', 'date_type_fix_term', 3, 0, true).map((v) =>
        edit('date_type_invalid', (y) => `${y.p}.base_info.date_info.type`, (y) => (y.date.type = v)),
      ),
  },
  'timestamp-bad': {
    applies: () => true,
    edits: (x: Parts) => {
      const keys = isRange(x) ? ['begin_timestamp', 'end_timestamp'] : ['end_timestamp'];
      const bad = fc.oneof(
        fc.integer({ min: 1e11, max: 4e12 }).map((v) => [v, 'timestamp_ms'] as const),
        fc.integer({ min: MAX_TIMESTAMP + 1, max: 1e11 - 1 }).map((v) => [v, 'timestamp_2038'] as const),
        fc.constantFrom(-1, 1.5e9 + 0.5).map((v) => [v, 'timestamp_invalid'] as const),
      );
      return fc.tuple(fc.constantFrom(...keys), bad).map(([k, [v, code]]) =>
        edit(code, (y) => `${y.p}.base_info.date_info.${k}`, (y) => {
          if (isTerm(y)) delete y.date.begin_timestamp;
          y.date[k] = v;
        }),
      );
    },
  },
  'end-in-past': {
    applies: () => true,
    edits: (x: Parts, env: Env) =>
      fc.integer({ min: 0, max: 400 * 86_400 }).map((ago) => {
        const end = Math.floor(env.nowMs / 1000) - ago;
        return edit('end_in_past', (y) => `${y.p}.base_info.date_info.end_timestamp`, (y) => {
          y.date.end_timestamp = end;
          if (isRange(x)) y.date.begin_timestamp = Math.min(Number(y.date.begin_timestamp), end - 1);
        });
      }),
  },
  'begin-not-before-end': {
    applies: (x: Parts) => isRange(x),
    edits: (x: Parts) =>
      fc.integer({ min: Number(x.date.end_timestamp), max: MAX_TIMESTAMP }).map((begin) =>
        edit('begin_not_before_end', (y) => `${y.p}.base_info.date_info.begin_timestamp`, (y) => (y.date.begin_timestamp = begin)),
      ),
  },
  'fixed-term-min': {
    applies: (x: Parts) => isTerm(x),
    edits: () =>
      fc.oneof(
        fc.integer({ min: -1000, max: 0 }).map((v) => edit('fixed_term_min', (y) => `${y.p}.base_info.date_info.fixed_term`, (y) => (y.date.fixed_term = v))),
        fc.integer({ min: -1000, max: -1 }).map((v) => edit('fixed_begin_term_min', (y) => `${y.p}.base_info.date_info.fixed_begin_term`, (y) => (y.date.fixed_begin_term = v))),
      ),
  },
  'quantity-range': {
    applies: () => true,
    edits: (x: Parts) => {
      const bad = isDeposit(x) ? fc.oneof(fc.integer({ min: 1, max: MAX_QUANTITY }), fc.constant(-1)) : fc.oneof(fc.integer({ min: -10, max: 0 }), fc.integer({ min: MAX_QUANTITY + 1, max: 2 ** 31 - 1 }));
      return bad.map((q) => edit(isDeposit(x) ? 'deposit_quantity' : 'quantity_range', (y) => `${y.p}.base_info.sku.quantity`, (y) => (o(y.base.sku).quantity = q)));
    },
  },
  'deposit-needs-custom-code': {
    applies: () => true,
    edits: () =>
      fc.constantFrom(false, undefined).map((v) =>
        edit('deposit_needs_custom_code', (y) => `${y.p}.base_info.use_custom_code`, (y) => {
          y.base.get_custom_code_mode = DEPOSIT_MODE;
          y.base.sku = { quantity: 0 };
          if (v === undefined) delete y.base.use_custom_code;
          else y.base.use_custom_code = v;
        }),
      ),
  },
  'limit-min': {
    applies: () => true,
    edits: () =>
      fc.tuple(fc.constantFrom('get_limit', 'use_limit'), fc.integer({ min: -100, max: 0 })).map(([k, v]) =>
        edit('limit_min', (y) => `${y.p}.base_info.${k}`, (y) => (y.base[k] = v)),
      ),
  },
  'locations-exclusive': {
    applies: (_x: Parts, env: Env) => env.storeIds.length > 0,
    edits: (_x: Parts, env: Env) =>
      fc.subarray([...env.storeIds], { minLength: 1 }).map((ids) =>
        edit('locations_exclusive', (y) => `${y.p}.base_info.use_all_locations`, (y) => {
          y.base.use_all_locations = true;
          y.base.location_id_list = ids;
        }),
      ),
  },
  'location-id-positive': {
    applies: () => true,
    edits: () =>
      fc.integer({ min: -1000, max: 0 }).map((id) =>
        edit('location_id_positive', (y) => `${y.p}.base_info.location_id_list[0]`, (y) => {
          y.base.location_id_list = [id];
          delete y.base.use_all_locations;
        }),
      ),
  },
  'type-field-range': {
    applies: (x: Parts) => x.type === 'DISCOUNT' || x.type === 'CASH',
    edits: (x: Parts) =>
      x.type === 'DISCOUNT'
        ? fc.oneof(fc.integer({ min: -50, max: 0 }), fc.integer({ min: 100, max: 1000 })).map((d) => edit('discount_range', (y) => `${y.p}.discount`, (y) => (y.obj.discount = d)))
        : fc.oneof(
            fc.integer({ min: -1000, max: 0 }).map((v) => edit('reduce_cost_min', (y) => `${y.p}.reduce_cost`, (y) => (y.obj.reduce_cost = v))),
            fc.integer({ min: -1000, max: -1 }).map((v) => edit('least_cost_min', (y) => `${y.p}.least_cost`, (y) => (y.obj.least_cost = v))),
          ),
  },
  'text-image-required': {
    applies: (x: Parts) => x.type === 'GENERAL_COUPON',
    edits: () =>
      fc.boolean().map((empty) =>
        edit('text_image_required', (y) => `${y.p}.advanced_info.text_image_list`, (y) => {
          if (empty) advanced(y).text_image_list = [];
          else delete advanced(y).text_image_list;
        }),
      ),
  },
  'text-image-incomplete': {
    applies: () => true,
    edits: () =>
      fc.tuple(fc.constantFrom('image_url', 'text'), fc.boolean(), cdnImageUrl).map(([k, blank, url]) =>
        edit('text_image_incomplete', (y) => `${y.p}.advanced_info.text_image_list[0].${k}`, (y) => {
          const item: Obj = { image_url: url, text: '图文描述' };
          if (blank) item[k] = '';
          else delete item[k];
          advanced(y).text_image_list = [item];
        }),
      ),
  },
  abstract: {
    applies: () => true,
    edits: () =>
      fc.oneof(
        fc.constantFrom<unknown[] | undefined>([], undefined).map((list) =>
          edit('abstract_icon_required', (y) => `${y.p}.advanced_info.abstract.icon_url_list`, (y) => {
            advanced(y).abstract = list === undefined ? { abstract: '封面' } : { abstract: '封面', icon_url_list: list };
          }),
        ),
        fc.array(cdnImageUrl, { minLength: 2, maxLength: 4 }).map((list) =>
          edit('abstract_icon_too_many', (y) => `${y.p}.advanced_info.abstract.icon_url_list`, (y) => (advanced(y).abstract = { icon_url_list: list })),
        ),
      ),
  },
  'image-url': {
    applies: () => true,
    edits: (_x: Parts, env: Env) => {
      const invalid = fc.constantFrom('mmbiz.qpic.cn/mmbiz/abc/0', 'ftp://mmbiz.qpic.cn/a/0', 'https://mmbiz.qpic.cn/a b/0', '图片', 'https://');
      const foreign = fc.constantFrom('https://example.com/a.png', 'http://mmecoa.qpic.cn/mmbiz_png/abc/0', 'https://mmbiz.qpic.cn.evil.com/a/0');
      const bad = fc.oneof(
        invalid.map((v) => [v, 'image_url_invalid'] as const),
        foreign.map((v) => [v, 'image_host'] as const),
        ...(env.local ? [] : [fc.stringMatching(/^[0-9a-f]{64}$/).map((h) => [localImageRef(h), 'image_not_uploaded'] as const)]),
      );
      return fc.tuple(fc.constantFrom('logo', 'icon', 'detail'), bad).filter(([where, [, code]]) => !(where === 'logo' && code === 'image_host')).map(([where, [url, code]]) => {
        if (where === 'logo') return edit(code, (y) => `${y.p}.base_info.logo_url`, (y) => (y.base.logo_url = url));
        if (where === 'icon') return edit(code, (y) => `${y.p}.advanced_info.abstract.icon_url_list[0]`, (y) => (advanced(y).abstract = { icon_url_list: [url] }));
        return edit(code, (y) => `${y.p}.advanced_info.text_image_list[0].image_url`, (y) => (advanced(y).text_image_list = [{ image_url: url, text: '图文' }]));
      });
    },
  },
  'time-limit-range': {
    applies: () => true,
    edits: () =>
      fc.tuple(fc.constantFrom('begin_hour', 'end_hour', 'begin_minute', 'end_minute'), fc.boolean(), fc.integer({ min: 0, max: 100 })).map(([k, negative, n]) => {
        const hour = k.endsWith('hour');
        const value = negative ? -1 - n : (hour ? 24 : 60) + n;
        return edit(hour ? 'time_limit_hour' : 'time_limit_minute', (y) => `${y.p}.advanced_info.time_limit[0].${k}`, (y) => {
          advanced(y).time_limit = [{ type: 'FRIDAY', [k]: value }];
        });
      }),
  },
  'card-type': {
    applies: () => true,
    edits: (x: Parts) =>
      fc.oneof(
        fc.constantFrom('LUCKY_MONEY', x.key, 'COUPON', 'SCENIC_TICKET').map((v) => edit('card_type_invalid', () => 'card.card_type', (y) => (y.card.card_type = v))),
        fc.constant(edit('required', () => 'card.card_type', (y) => delete y.card.card_type)),
        fc.constantFrom(...CARD_TYPE_KEYS.filter((k) => k !== x.key)).chain((other) =>
          fc.constantFrom(
            edit('extra_type_key', () => `card.${other}`, (y) => (y.card[other] = {})),
            edit('type_key_mismatch', () => `card.${other}`, (y) => {
              y.card[other] = y.obj;
              delete y.card[y.key];
            }),
          ),
        ),
      ),
  },
} satisfies Record<string, { applies(x: Parts, env: Env): boolean; edits(x: Parts, env: Env): fc.Arbitrary<Edit> }>;

/** The names of all mutation kinds. */
export type MutationKind = keyof typeof KINDS;
/** Every mutation kind, for filtering (e.g. a differential test may skip some). */
export const MUTATION_KINDS = Object.keys(KINDS) as MutationKind[];

/**
 * A valid coupon (see validCoupon) pushed past exactly one rule. `opts.kinds` limits the kinds;
 * `opts.storeIds` feeds both the valid coupon and the store mutations.
 */
export function mutation(
  type: CardType | undefined,
  nowMs: number,
  opts: CouponArbOptions & { kinds?: readonly MutationKind[] } = {},
): fc.Arbitrary<Mutated> {
  const env: Env = { nowMs, storeIds: opts.storeIds ?? [], local: opts.localImages === true };
  const kinds = opts.kinds ?? MUTATION_KINDS;
  return validCoupon(type, nowMs, opts)
    .map((valid) => ({ valid, usable: kinds.filter((k) => KINDS[k].applies(parts(valid), env)) }))
    .filter(({ usable }) => usable.length > 0)
    .chain(({ valid, usable }) =>
      fc.constantFrom(...usable).chain((kind) =>
        KINDS[kind].edits(parts(valid), env).map((e): Mutated => {
          const body = structuredClone(valid);
          const y = parts(body);
          e.apply(y);
          const spec = FINDING_CODES[e.code];
          const expectedErrcode = 'errcode' in spec ? spec.errcode : 0;
          return { kind, body, expectedPath: e.path(y), expectedCode: e.code, expectedErrcode, mode: env.local ? 'draft' : 'submit' };
        }),
      ),
    );
}
