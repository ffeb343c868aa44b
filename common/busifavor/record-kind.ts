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
