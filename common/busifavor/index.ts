/** The 商家券 model's public surface: the create-stock body, its limits, units and file formats (§2). */
export { stockCreateBodySchema, stockCreatedSchema, type StockCreateBody, type StockCreated, type CouponUseRule } from './schema';
export { STOCK_FIELDS, stockFieldMeta, type StockFieldMeta } from './fields';
export { STOCK_TYPES, STOCK_TYPE_NAMES, RULE_KEYS, COUPON_CODE_MODES, USE_METHODS, CODE_DISPLAY_MODES, STOCK_STATES, isStockType, type StockType, type RuleKey, type CouponCodeMode, type UseMethod, type StockState } from './enums';
export { STOCK_COLORS, STOCK_COLOR_NAMES, isStockColor, type StockColorName } from './colors';
export * as stockLimits from './limits';
export { parseRfc3339, toChinaRfc3339, parseChinaTimeInput } from './rfc3339';
export { codePointLength, textLength, DEFAULT_LENGTH_UNIT, type LengthUnit } from './text-length';
export { findStockImageRefs, replaceStockImageRefs, forEachStockImageSlot } from './images';
export { exampleStock } from './examples';
export { parseStocksFile, type ParsedStocksFile, type ParsedStock, type StocksFileOptions } from './stocks-file/parse';
export type { ImageReader, LocalImageFile } from './stocks-file/convert';
export { parseCouponCodes, chunkCouponCodes, MAX_CODES_PER_UPLOAD, MAX_CODE_LENGTH, MAX_UPLOAD_REQUEST_NO, type CouponCodeList, type CouponCodeLine, type CodeFinding } from './coupon-codes';
