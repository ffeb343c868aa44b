/**
 * 商家券 share the history with Weixin cards: a stock's record keeps the mchid where a card keeps
 * the appid, and its type as `BUSIFAVOR_<stock_type>` (main/busifavor/stock-back-end.ts). This is
 * how every reader tells them apart — the card engine must never treat a stock as a missing card.
 */
export const STOCK_TYPE_PREFIX = 'BUSIFAVOR';

/** Whether a history record's type is a 商家券 stock's. */
export function isStockType(cardType: string | null | undefined): boolean {
  return typeof cardType === 'string' && (cardType === STOCK_TYPE_PREFIX || cardType.startsWith(`${STOCK_TYPE_PREFIX}_`));
}

/** The History kind filter's three kinds: 微信卡券, 会员卡, 商家券. */
export function recordKindOf(cardType: string | null | undefined): 'card' | 'member' | 'stock' {
  if (isStockType(cardType)) return 'stock';
  return cardType === 'MEMBER_CARD' ? 'member' : 'card';
}

/** The stock_type inside `BUSIFAVOR_<stock_type>` (NORMAL / DISCOUNT / EXCHANGE), or undefined. */
export function stockTypeOf(cardType: string | null | undefined): string | undefined {
  return isStockType(cardType) && cardType !== STOCK_TYPE_PREFIX ? (cardType as string).slice(STOCK_TYPE_PREFIX.length + 1) : undefined;
}
