import { exampleImageUrl } from './examples';
import type { MemberCardCreateBody } from './schema-member-card';

/**
 * A complete, valid member card: permanent validity (member cards only), auto activation (the mode
 * a merchant without a web page can use, §1.4 and §1.7 of wechatpay-merchant-coupons-and-member-cards.md),
 * points with a rule in 分, and no stored value (that needs the 储值 permission, 43010).
 */
export function exampleMemberCard(): MemberCardCreateBody {
  return {
    card: {
      card_type: 'MEMBER_CARD',
      member_card: {
        base_info: {
          logo_url: exampleImageUrl('XiaolinCoffeeLogo'),
          code_type: 'CODE_TYPE_QRCODE',
          brand_name: '小林咖啡',
          title: '小林咖啡会员卡',
          color: 'Color010',
          notice: '结账时出示会员卡',
          description: '会员积分可抵现\n积分每年12月31日清零',
          sku: { quantity: 100000 },
          date_info: { type: 'DATE_TYPE_PERMANENT' },
          get_limit: 1,
          use_all_locations: true,
          service_phone: '020-88888888',
        },
        background_pic_url: exampleImageUrl('XiaolinCoffeeFace'),
        prerogative: '会员消费九折，每消费1元积1分，100积分抵1元',
        discount: 10,
        auto_activate: true,
        supply_bonus: true,
        bonus_rules: '每消费1元积1分，100积分抵1元',
        bonus_cleared: '每年12月31日清零',
        bonus_rule: { cost_money_unit: 100, increase_bonus: 1, cost_bonus_unit: 100, reduce_money: 100, least_money_to_use_bonus: 1000 },
        supply_balance: false,
        custom_field1: { name_type: 'FIELD_NAME_TYPE_LEVEL' },
        custom_cell1: { name: '会员专享', tips: '本周新品', url: 'https://www.qq.com' },
      },
    },
  };
}
