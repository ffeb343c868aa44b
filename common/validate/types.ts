import type { Localized } from '../i18n';
import type { FindingCode } from './codes';

/** One problem (error: card/create would refuse it) or hint (warning: it would pass). */
export interface Finding {
  /** Where, rooted at the body: `card.groupon.base_info.title`, arrays as `[0]`; '' is the body itself. */
  path: string;
  code: FindingCode;
  severity: 'error' | 'warning';
  /** Which field, the limit, the actual value and what to do, in both languages. */
  message: Localized;
  limit?: number;
  actual?: number;
  /** The errcode Weixin answers (errors) or the later call would answer (some warnings). */
  errcode?: number;
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
