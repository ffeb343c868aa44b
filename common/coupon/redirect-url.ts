/**
 * The address Weixin opens when a user taps a web entry of the coupon page: the merchant's URL
 * with `encrypt_code` and `card_id` appended (creation guide §2.8: http://www.qq.com becomes
 * http://www.qq.com?encrypt_code=ENCRYPT_CODE&card_id=CARDID; wechat-card-api.md §2.8). The code is
 * encrypted; the merchant's page decodes it with card/code/decrypt. A fragment stays at the end.
 */
export function externalRedirectUrl(url: string, cardId = 'CARDID', encryptCode = 'ENCRYPT_CODE'): string {
  const hashAt = url.indexOf('#');
  const head = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const joiner = head.includes('?') ? (head.endsWith('?') || head.endsWith('&') ? '' : '&') : '?';
  return `${head}${joiner}encrypt_code=${encodeURIComponent(encryptCode)}&card_id=${encodeURIComponent(cardId)}${fragment}`;
}
