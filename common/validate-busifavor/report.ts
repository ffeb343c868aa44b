import type { StockType } from '../busifavor/enums';
import { DEFAULT_LENGTH_UNIT, type LengthUnit } from '../busifavor/text-length';
import { FindingReporter } from '../validate/report';
import { STOCK_FINDING_CODES, type StockErrcode, type StockFindingCode } from './codes';
import type { StockValidateContext } from './types';

/** The card validator's reporter over the 商家券 code table, with this back end's options. */
export class StockFindingReporter extends FindingReporter<StockFindingCode, StockErrcode> {
  readonly lengthUnit: LengthUnit;
  readonly mchid: string | undefined;
  /** The body's stock_type when valid: a rule object of another type is reported once, not walked. */
  stockType: StockType | undefined;

  constructor(ctx: StockValidateContext) {
    super(STOCK_FINDING_CODES, ctx);
    this.lengthUnit = ctx.lengthUnit ?? DEFAULT_LENGTH_UNIT;
    this.mchid = ctx.mchid;
  }
}
