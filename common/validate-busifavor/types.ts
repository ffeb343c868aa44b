import type { LengthUnit } from '../busifavor/text-length';
import type { Finding } from '../validate/types';
import type { StockErrcode, StockFindingCode } from './codes';

/** One 商家券 finding: the card validator's shape with this back end's codes. */
export type StockFinding = Finding<StockFindingCode, StockErrcode>;

/** The reporter the rules write to. */
export type { StockFindingReporter as StockReporter } from "./report";

/** Inputs besides the body. */
export interface StockValidateContext {
  /** The injected clock: "end in the past" must be testable. */
  nowMs: number;
  /** 'draft' accepts `local-image:` references in image fields; 'submit' (default) refuses them. */
  mode?: 'draft' | 'submit';
  /** How lengths are counted (default: code points, the official text; [UNCONFIRMED] §2.2). */
  lengthUnit?: LengthUnit;
  /** The account's mchid: when given, a belong_merchant that differs is refused (§2.2, direct merchants). */
  mchid?: string;
}
