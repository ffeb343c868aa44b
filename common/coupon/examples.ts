import { CHINA_OFFSET_SECONDS } from '../units/china-time';
import type { CardType } from './card-types';
import type { AdvancedInfo, BaseInfo, CardCreateBody } from './schema';

export { GUIDE_GROUPON_EXAMPLE_TEXT } from './guide-example';

const DAY = 86_400;

/** An uploadimg-style URL (host mmbiz.qpic.cn, path mmbiz_png/…/0, §1.3). */
export function exampleImageUrl(seed: string): string {
  const body = `${seed}Qx7bGLz0ib0Sfz1bjiaoOYA027iasqSG0sjpiby4vce3AtaPu6cIhBHk`.slice(0, 60);
  return `https://mmbiz.qpic.cn/mmbiz_png/${body}/0`;
}

/**
 * Validity for a new draft: from 00:00:00 today to 23:59:59 thirty days later, China time
 * (§4.3 recommends ending at 23:59:59; product-landscape.md §3.4 fixes pickers to UTC+8).
 */
export function exampleDateRange(nowMs: number, days = 30): { begin_timestamp: number; end_timestamp: number } {
  const nowSeconds = Math.floor(nowMs / 1000);
  const dayStart = Math.floor((nowSeconds + CHINA_OFFSET_SECONDS) / DAY) * DAY - CHINA_OFFSET_SECONDS;
  return { begin_timestamp: dayStart, end_timestamp: dayStart + (days + 1) * DAY - 1 };
}

function baseInfo(nowMs: number, title: string, extra: Partial<BaseInfo> = {}): BaseInfo {
  return {
    logo_url: exampleImageUrl('XiaolinCoffeeLogo'),
    code_type: 'CODE_TYPE_QRCODE',
    brand_name: '小林咖啡',
    title,
    color: 'Color010',
    notice: '请出示二维码核销卡券',
    description: '不可与其他优惠同享\n如需发票，请在消费时向商户提出\n店内均可使用，仅限堂食',
    sku: { quantity: 1000 },
    date_info: { type: 'DATE_TYPE_FIX_TIME_RANGE', ...exampleDateRange(nowMs) },
    get_limit: 1,
    use_limit: 1,
    can_share: true,
    can_give_friend: false,
    service_phone: '020-88888888',
    use_all_locations: true,
    ...extra,
  };
}

const details: AdvancedInfo = {
  abstract: { abstract: '新季手冲豆到店', icon_url_list: [exampleImageUrl('XiaolinCoffeeCover')] },
  text_image_list: [{ image_url: exampleImageUrl('XiaolinCoffeeDetail'), text: '精选云南保山小粒咖啡，现磨现冲。' }],
  business_service: ['BIZ_SERVICE_FREE_WIFI'],
};

/**
 * A complete, valid card/create body of the given type: realistic Chinese content, CDN image URLs,
 * dates in the future ending 23:59:59 China time. Used by new drafts, the demo and tests.
 */
export function exampleCoupon(type: CardType, nowMs: number): CardCreateBody {
  switch (type) {
    case 'GROUPON':
      return {
        card: {
          card_type: 'GROUPON',
          groupon: {
            base_info: baseInfo(nowMs, '132元双人火锅套餐', { brand_name: '微信餐厅', color: 'Color100', code_type: 'CODE_TYPE_TEXT', notice: '使用时向服务员出示此券' }),
            advanced_info: {
              use_condition: { can_use_with_other_discount: false },
              time_limit: [{ type: 'MONDAY', begin_hour: 10, begin_minute: 0, end_hour: 21, end_minute: 30 }, { type: 'HOLIDAY' }],
            },
            deal_detail: '双人套餐\n- 进口红酒一支\n- 孜然牛肉一份\n- 锅底任选一份',
          },
        },
      };
    case 'CASH':
      return {
        card: {
          card_type: 'CASH',
          cash: {
            base_info: baseInfo(nowMs, '满100减20代金券', { color: 'Color080', get_limit: 2 }),
            advanced_info: { use_condition: { accept_category: '咖啡饮品', reject_category: '咖啡豆', can_use_with_other_discount: false } },
            least_cost: 10000,
            reduce_cost: 2000,
          },
        },
      };
    case 'DISCOUNT':
      return {
        card: {
          card_type: 'DISCOUNT',
          discount: {
            base_info: baseInfo(nowMs, '全场饮品八折', { color: 'Color040', sub_title: '工作日下午茶时段可用' }),
            advanced_info: { time_limit: [{ type: 'TUESDAY', begin_hour: 14, begin_minute: 0, end_hour: 17, end_minute: 0 }] },
            discount: 20,
          },
        },
      };
    case 'GIFT':
      return {
        card: {
          card_type: 'GIFT',
          gift: {
            base_info: baseInfo(nowMs, '免费兑换拿铁一杯', { color: 'Color060', date_info: { type: 'DATE_TYPE_FIX_TERM', fixed_term: 30, fixed_begin_term: 0 } }),
            advanced_info: { use_condition: { object_use_for: '任意蛋糕' } },
            gift: '中杯拿铁一杯',
          },
        },
      };
    case 'GENERAL_COUPON':
      return {
        card: {
          card_type: 'GENERAL_COUPON',
          general_coupon: {
            base_info: baseInfo(nowMs, '新客专享优惠券', { color: 'Color030', custom_url_name: '立即使用', custom_url: 'https://www.qq.com', custom_url_sub_title: '查看菜单' }),
            advanced_info: details,
            default_detail: '新客到店消费任意饮品，赠送手工曲奇一份',
          },
        },
      };
  }
}
