import { chinaEndOfDaySeconds } from './china-time';

/**
 * A minimal valid card/create body (a GROUPON, §1.4) valid for 30 days from `nowMs`, ending at
 * 23:59:59 China time as the doc recommends (§4.3). Used by the sandbox command's curl sequence and tests.
 */
export function demoCouponBody(nowMs: number): { card: Record<string, unknown> } {
  const begin = Math.floor(nowMs / 1000) - 60;
  return {
    card: {
      card_type: 'GROUPON',
      groupon: {
        base_info: {
          logo_url: 'http://mmbiz.qpic.cn/mmbiz_png/SandboxDemoLogo0000000000000000000000000000000000000000000000/0',
          brand_name: '示例商户',
          code_type: 'CODE_TYPE_QRCODE',
          title: '双人套餐100元兑换券',
          color: 'Color010',
          notice: '使用时向服务员出示此券',
          description: '不可与其他优惠同享',
          date_info: { type: 'DATE_TYPE_FIX_TIME_RANGE', begin_timestamp: begin, end_timestamp: chinaEndOfDaySeconds(nowMs, 30) },
          sku: { quantity: 100 },
        },
        deal_detail: '双人套餐一份',
      },
    },
  };
}
