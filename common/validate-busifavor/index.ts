/** The 商家券 validator's public surface (the finding helpers are the card validator's). */
export { validateStock } from './validate-stock';
export { STOCK_FINDING_CODES, type StockErrcode, type StockFindingCode } from './codes';
export type { StockFinding, StockValidateContext } from './types';
export { hasErrors, summarizeFindings, errorsOf } from '../validate/summary';
