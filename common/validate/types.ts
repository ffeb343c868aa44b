import type { Localized } from '../i18n';
import type { FindingCode } from './codes';

/**
 * One problem (error: the API would refuse it) or hint (warning: it would pass). The card
 * validator's findings use the defaults; other back ends (common/validate-busifavor) name their own
 * code table and the API's error code type (WeChat Pay answers strings such as PARAM_ERROR).
 */
export interface Finding<C extends string = FindingCode, E extends number | string = number> {
  /** Where, rooted at the body: `card.groupon.base_info.title`, arrays as `[0]`; '' is the body itself. */
  path: string;
  code: C;
  severity: 'error' | 'warning';
  /** Which field, the limit, the actual value and what to do, in both languages. */
  message: Localized;
  limit?: number;
  actual?: number;
  /** The errcode Weixin answers (errors) or the later call would answer (some warnings). */
  errcode?: E;
}

/** What the merchant means to do after creation; only cross-field warnings read it (§1.10, §1.11). */
export interface ValidateIntent {
  /** Will turn on 快速买单 (card/paycell/set). */
  paycell?: boolean;
  /** Will turn on 自助核销 (card/selfconsumecell/set). */
  selfConsume?: boolean;
}

/** Inputs besides the body: the clock is injected so "end in the past" is testable. */
export interface ValidateContext {
  nowMs: number;
  intent?: ValidateIntent;
  /** 'draft' accepts `local-image:` references in image fields; 'submit' (default) refuses them. */
  mode?: 'draft' | 'submit';
}
