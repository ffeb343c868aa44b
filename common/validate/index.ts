/** The coupon validator's public surface. */
export { validateCoupon } from './validate-coupon';
export { normalizeCardBody, withoutNulls } from './nulls';
export { hasErrors, summarizeFindings, errorsOf, type FindingSummary } from './summary';
export { FINDING_CODES, type FindingCode } from './codes';
export type { Finding, ValidateContext, ValidateIntent } from './types';
