import { localized } from '../../../common/i18n';

/** Texts of the folded developer detail: the only place API names, paths and codes are shown. */
export const developerText = {
  summary: localized('开发者信息', 'Developer detail'),
  field: localized('字段', 'Field'),
  sent: localized('发送的值', 'Value sent'),
  errcode: localized('微信错误码', 'Weixin errcode'),
  endpoint: localized('接口', 'Endpoint'),
  rid: localized('请求 ID', 'Request ID'),
  code: localized('代码', 'Code'),
  id: localized('内部 ID', 'Internal ID'),
  cardId: localized('卡券 ID', 'card_id'),
  values: localized('可选值', 'Values'),
  localImage: localized('本地图片引用（创建时换成上传后的链接）', 'Local image reference (replaced by the uploaded URL at creation)'),
};
