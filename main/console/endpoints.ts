import type { ConsoleEndpoint } from '../../common/ipc/channels/console';
import { exampleCoupon } from '../../common/coupon/examples';
import { localized } from '../../common/i18n';

const json = (value: unknown): string => JSON.stringify(value, null, 2);

/**
 * The card endpoints of wechat-card-api.md §1 the console offers, each with a body to start from.
 * The token endpoints are absent on purpose: the console attaches the access_token itself.
 */
export function consoleEndpoints(nowMs: number): ConsoleEndpoint[] {
  return [
    { method: 'POST', path: '/card/create', kind: 'create', label: localized('创建卡券', 'Create a card'), sample: json(exampleCoupon('GROUPON', nowMs)) },
    { method: 'POST', path: '/card/get', kind: 'read', label: localized('查询卡券详情', 'Get a card'), sample: json({ card_id: '' }) },
    { method: 'POST', path: '/card/batchget', kind: 'read', label: localized('批量查询卡券列表', 'List cards'), sample: json({ offset: 0, count: 10, status_list: ['CARD_STATUS_VERIFY_OK', 'CARD_STATUS_NOT_VERIFY'] }) },
    { method: 'POST', path: '/card/update', kind: 'write', label: localized('更改卡券信息', 'Update a card'), sample: json({ card_id: '', groupon: { base_info: { notice: '使用时向服务员出示此券' } } }) },
    { method: 'POST', path: '/card/modifystock', kind: 'write', label: localized('修改库存', 'Modify stock'), sample: json({ card_id: '', increase_stock_value: 100 }) },
    { method: 'POST', path: '/card/delete', kind: 'write', label: localized('删除卡券', 'Delete a card'), sample: json({ card_id: '' }) },
    { method: 'POST', path: '/card/paycell/set', kind: 'write', label: localized('设置快速买单', 'Set Weixin Checkout'), sample: json({ card_id: '', is_open: true }) },
    { method: 'POST', path: '/card/selfconsumecell/set', kind: 'write', label: localized('设置自助核销', 'Set self-redemption'), sample: json({ card_id: '', is_open: true, need_verify_cod: false, need_remark_amount: false }) },
    { method: 'POST', path: '/card/testwhitelist/set', kind: 'write', label: localized('设置测试白名单', 'Set the test whitelist'), sample: json({ openid: [], username: [] }) },
    { method: 'POST', path: '/card/qrcode/create', kind: 'write', label: localized('创建领取二维码', 'Create a QR code'), sample: json({ action_name: 'QR_CARD', expire_seconds: 1800, action_info: { card: { card_id: '', is_unique_code: false, outer_str: 'console' } } }) },
    { method: 'POST', path: '/card/code/decrypt', kind: 'read', label: localized('解码 code', 'Decrypt a code'), sample: json({ encrypt_code: '' }) },
    { method: 'GET', path: '/card/getcolors', kind: 'read', label: localized('获取卡券颜色', 'Get colours'), sample: '' },
    { method: 'POST', path: '/cgi-bin/poi/getpoilist', kind: 'read', label: localized('查询门店列表', 'List stores'), sample: json({ begin: 0, limit: 20 }) },
    { method: 'POST', path: '/cgi-bin/openapi/quota/get', kind: 'read', label: localized('查询接口调用次数', 'Query a quota'), sample: json({ cgi_path: '/card/create' }) },
  ];
}

/** Paths that hand out tokens: never sent from the console (the answer would carry a token). */
export const TOKEN_PATHS: ReadonlySet<string> = new Set(['/cgi-bin/token', '/cgi-bin/stable_token']);
