import { describe, expect, it } from 'vitest';
import { COUPON_COLOR_NAMES } from '../../../common/coupon/colors';
import {
  FIELDS,
  FORM_SECTIONS,
  childFields,
  fieldForPath,
  fieldMeta,
  fieldPattern,
  fieldsForType,
  fieldsInSection,
} from '../../../common/coupon/fields';
import { BYTE_LIMITS } from '../../../common/coupon/limits';

// The byte limits of the rules table in common/validate/RULES.md, copied by hand: the sandbox follows
// the same table, so any drift here would make the two disagree.
const DECISIONS_TABLE_LIMITS: Record<string, number> = {
  logo_url: 128, brand_name: 36, title: 27, sub_title: 54, notice: 48, description: 3072, service_phone: 24,
  center_title: 18, center_sub_title: 24, center_url: 128, center_app_brand_user_name: 128, center_app_brand_pass: 128,
  custom_url_name: 15, custom_url: 128, custom_url_sub_title: 18, custom_app_brand_user_name: 128, custom_app_brand_pass: 128,
  promotion_url_name: 15, promotion_url: 128, promotion_url_sub_title: 18, promotion_app_brand_user_name: 128,
  promotion_app_brand_pass: 128, source: 36,
};

describe('field metadata', () => {
  it('carries exactly the byte limits of the decisions table', () => {
    for (const [key, limit] of Object.entries(DECISIONS_TABLE_LIMITS)) expect([key, fieldMeta(`base_info.${key}`)?.maxBytes]).toEqual([key, limit]);
    expect(fieldMeta('groupon.deal_detail')?.maxBytes).toBe(3072);
    expect(fieldMeta('gift.gift')?.maxBytes).toBe(3072);
    expect(fieldMeta('general_coupon.default_detail')?.maxBytes).toBe(3072);
    expect(fieldMeta('advanced_info.use_condition.accept_category')?.maxBytes).toBe(512);
    expect(fieldMeta('advanced_info.use_condition.reject_category')?.maxBytes).toBe(512);
    expect(fieldMeta('advanced_info.use_condition.object_use_for')?.maxBytes).toBe(512);
    expect(fieldMeta('advanced_info.abstract.abstract')?.maxBytes).toBe(24);
    expect(fieldMeta('advanced_info.abstract.icon_url_list[]')?.maxBytes).toBe(128);
    expect(fieldMeta('advanced_info.text_image_list[].image_url')?.maxBytes).toBe(128);
    expect(fieldMeta('advanced_info.text_image_list[].text')?.maxBytes).toBe(512);
    expect(FIELDS.filter((f) => f.maxBytes !== undefined && !f.path.startsWith('member_card.'))).toHaveLength(Object.keys(BYTE_LIMITS).length);
  });

  it('labels fields with the MP platform words', () => {
    const zh = (p: string) => fieldMeta(p)?.label['zh-CN'];
    expect(zh('base_info.brand_name')).toBe('商户名字');
    expect(zh('base_info.title')).toBe('卡券名');
    expect(zh('base_info.color')).toBe('卡券颜色');
    expect(zh('base_info.notice')).toBe('使用提醒');
    expect(zh('base_info.description')).toBe('使用说明');
    expect(zh('base_info.sku.quantity')).toBe('库存');
    expect(zh('base_info.get_limit')).toBe('每人可领券的数量限制');
    expect(zh('base_info.location_id_list')).toBe('适用门店');
    expect(zh('cash.reduce_cost')).toBe('减免金额');
    expect(zh('discount.discount')).toBe('折扣额度');
  });

  it('gives every field a label and help in both languages, a known section and at least one type', () => {
    const sections = new Set(FORM_SECTIONS.map((s) => s.id));
    for (const f of FIELDS) {
      expect(f.label['zh-CN'] && f.label.en && f.help['zh-CN'] && f.help.en, f.path).toBeTruthy();
      expect(/[\u4e00-\u9fa5]/.test(f.label['zh-CN']), f.path).toBe(true);
      expect(sections.has(f.section), f.path).toBe(true);
      expect(f.appliesTo.length, f.path).toBeGreaterThan(0);
    }
  });

  it('names the five MP sections, then the advanced ones', () => {
    expect(FORM_SECTIONS.filter((s) => !s.advanced).map((s) => s.label['zh-CN'])).toEqual(['券面信息', '领券设置', '销券设置', '使用须知', '服务信息']);
    expect(FORM_SECTIONS.find((s) => s.id === 'cover')?.label['zh-CN']).toBe('封面与图文');
  });

  it('says how each number is shown: 元, 折, China date, days, count', () => {
    expect(fieldMeta('cash.reduce_cost')?.unit).toBe('fen');
    expect(fieldMeta('cash.least_cost')?.unit).toBe('fen');
    expect(fieldMeta('advanced_info.use_condition.least_cost')?.unit).toBe('fen');
    expect(fieldMeta('discount.discount')?.unit).toBe('percentOff');
    expect(fieldMeta('base_info.date_info.end_timestamp')?.unit).toBe('unixSeconds');
    expect(fieldMeta('base_info.date_info.fixed_term')?.unit).toBe('days');
    expect(fieldMeta('base_info.sku.quantity')?.unit).toBe('count');
    expect(fieldMeta('base_info.title')?.unit).toBeUndefined();
  });

  it('marks required fields, conditional date fields and image fields', () => {
    const required = FIELDS.filter((f) => f.required && f.path.startsWith('base_info.') && !f.path.slice(10).includes('.')).map((f) => f.path.slice(10));
    expect(required.sort()).toEqual(['brand_name', 'code_type', 'color', 'date_info', 'description', 'logo_url', 'notice', 'sku', 'title']);
    expect(fieldMeta('base_info.date_info.begin_timestamp')?.requiredWhen).toBe('DATE_TYPE_FIX_TIME_RANGE');
    expect(fieldMeta('base_info.date_info.fixed_term')?.requiredWhen).toBe('DATE_TYPE_FIX_TERM');
    expect(FIELDS.filter((f) => f.image).map((f) => f.path)).toEqual([
      'base_info.logo_url',
      'advanced_info.abstract.icon_url_list[]',
      'advanced_info.text_image_list[].image_url',
      'member_card.background_pic_url',
    ]);
    expect(fieldMeta('base_info.color')?.enumValues).toEqual(COUPON_COLOR_NAMES);
  });

  it('maps concrete finding paths to patterns', () => {
    expect(fieldPattern('card.groupon.base_info.title')).toBe('base_info.title');
    expect(fieldPattern('card.cash.advanced_info.text_image_list[12].text')).toBe('advanced_info.text_image_list[].text');
    expect(fieldPattern('card.cash.reduce_cost')).toBe('cash.reduce_cost');
    expect(fieldPattern('card.card_type')).toBe('card_type');
    expect(fieldForPath('card.general_coupon.base_info.location_id_list[3]')?.label['zh-CN']).toBe('门店 ID');
    expect(fieldForPath('card.cash.base_info.nonsense')).toBeUndefined();
  });

  it('lists the fields each type shows, and only those', () => {
    const cash = fieldsForType('CASH').map((f) => f.path);
    expect(cash).toContain('cash.reduce_cost');
    expect(cash).toContain('advanced_info.use_condition.accept_category');
    expect(cash).not.toContain('discount.discount');
    expect(cash).not.toContain('advanced_info.use_condition.object_use_for');
    expect(fieldsForType('GIFT').map((f) => f.path)).toContain('advanced_info.use_condition.object_use_for');
    expect(fieldsInSection('face', 'DISCOUNT').map((f) => f.path)).toContain('discount.discount');
    expect(childFields('base_info.sku').map((f) => f.path)).toEqual(['base_info.sku.quantity']);
  });
});
