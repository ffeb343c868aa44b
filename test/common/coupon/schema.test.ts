import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CARD_TYPES, typeKey } from '../../../common/coupon/card-types';
import { exampleCoupon } from '../../../common/coupon/examples';
import { FIELDS, type FieldJson } from '../../../common/coupon/fields';
import {
  advancedInfoSchema,
  baseInfoSchema,
  cardCreateBodySchema,
  cashSchema,
  discountSchema,
  generalCouponSchema,
  giftSchema,
  grouponSchema,
} from '../../../common/coupon/schema';
import { memberCardSchema } from '../../../common/coupon/schema-member-card';

const NOW = Date.UTC(2026, 4, 1, 4);
type Obj = Record<string, unknown>;

function edited(type: (typeof CARD_TYPES)[number], edit: (card: Obj, obj: Obj, base: Obj) => void): unknown {
  const body = structuredClone(exampleCoupon(type, NOW)) as unknown as { card: Obj };
  const obj = body.card[typeKey(type)] as Obj;
  edit(body.card, obj, obj.base_info as Obj);
  return body;
}

describe('card/create zod schema', () => {
  it.each(CARD_TYPES)('parses the %s example unchanged', (type) => {
    const body = exampleCoupon(type, NOW);
    expect(cardCreateBodySchema.parse(body)).toEqual(body);
  });

  it('requires the type object key to equal lower-case card_type', () => {
    const renamed = edited('CASH', (card, obj) => {
      card.groupon = obj;
      delete card.cash;
    });
    expect(cardCreateBodySchema.safeParse(renamed).success).toBe(false);
    const relabelled = edited('CASH', (card) => (card.card_type = 'GROUPON'));
    expect(cardCreateBodySchema.safeParse(relabelled).success).toBe(false);
    const lower = edited('CASH', (card) => (card.card_type = 'cash'));
    expect(cardCreateBodySchema.safeParse(lower).success).toBe(false);
  });

  it('is strict at every level: a typo like "sash" or "titel" does not pass', () => {
    expect(cardCreateBodySchema.safeParse(edited('CASH', (card) => (card.sash = {}))).success).toBe(false);
    expect(cardCreateBodySchema.safeParse(edited('CASH', (_c, _o, base) => (base.titel = 'x'))).success).toBe(false);
    expect(cardCreateBodySchema.safeParse(edited('CASH', (_c, _o, base) => ((base.sku as Obj).total_quantity = 1))).success).toBe(false);
    expect(cardCreateBodySchema.safeParse(edited('CASH', (_c, obj) => (obj.deal_detail = 'x'))).success).toBe(false);
  });

  it('has the JSON types of the API: integers, booleans, enums, legacy date types', () => {
    expect(cardCreateBodySchema.safeParse(edited('GIFT', (_c, _o, base) => ((base.sku as Obj).quantity = '100'))).success).toBe(false);
    expect(cardCreateBodySchema.safeParse(edited('GIFT', (_c, _o, base) => ((base.sku as Obj).quantity = 1.5))).success).toBe(false);
    expect(cardCreateBodySchema.safeParse(edited('GIFT', (_c, _o, base) => (base.can_share = 'true'))).success).toBe(false);
    expect(cardCreateBodySchema.safeParse(edited('GIFT', (_c, _o, base) => (base.color = 'Color103'))).success).toBe(false);
    expect(cardCreateBodySchema.safeParse(edited('GIFT', (_c, _o, base) => ((base.date_info as Obj).type = 2))).success).toBe(true);
    expect(cardCreateBodySchema.safeParse(edited('GIFT', (_c, _o, base) => ((base.date_info as Obj).type = 'DATE_TYPE_PERMANENT'))).success).toBe(false);
    expect(cardCreateBodySchema.safeParse(edited('GIFT', (_c, _o, base) => (base.get_limit = 10 ** 20))).success).toBe(true);
  });
});

/** Every path pattern the zod schemas allow, with the metadata kind it corresponds to. */
function zodPatterns(schema: z.ZodType, path: string, out: Map<string, string>): void {
  let s = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  if (s instanceof z.ZodObject) {
    if (path) out.set(path, 'object');
    for (const [key, child] of Object.entries(s.shape as Record<string, z.ZodType>)) zodPatterns(child, path ? `${path}.${key}` : key, out);
  } else if (s instanceof z.ZodArray) {
    out.set(path, 'array');
    zodPatterns(s.element as z.ZodType, `${path}[]`, out);
  } else if (s instanceof z.ZodString) out.set(path, 'string');
  else if (s instanceof z.ZodEnum || s instanceof z.ZodLiteral) out.set(path, 'enum');
  else if (s instanceof z.ZodNumber) out.set(path, 'number');
  else if (s instanceof z.ZodBoolean) out.set(path, 'bool');
  else if (s instanceof z.ZodUnion) out.set(path, 'dateType');
  else out.set(path, 'unknown');
}

describe('field metadata and schema describe the same JSON', () => {
  const fromZod = new Map<string, string>();
  zodPatterns(baseInfoSchema, 'base_info', fromZod);
  zodPatterns(advancedInfoSchema, 'advanced_info', fromZod);
  const typeSchemas = { groupon: grouponSchema, cash: cashSchema, discount: discountSchema, gift: giftSchema, general_coupon: generalCouponSchema, member_card: memberCardSchema };
  for (const [key, schema] of Object.entries(typeSchemas)) {
    for (const [field, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      if (field !== 'base_info' && field !== 'advanced_info') zodPatterns(child, `${key}.${field}`, fromZod);
    }
  }
  const zodKind = (json: FieldJson) => (json === 'int' || json === 'timestamp' ? 'number' : json);

  it('lists every schema field in the metadata, and nothing else', () => {
    const fromMeta = FIELDS.filter((f) => f.path !== 'card_type').map((f) => f.path);
    expect([...fromMeta].sort()).toEqual([...fromZod.keys()].sort());
  });

  it('gives each field the same JSON kind in both', () => {
    for (const f of FIELDS.filter((m) => m.path !== 'card_type')) expect([f.path, fromZod.get(f.path)]).toEqual([f.path, zodKind(f.json)]);
  });
});
