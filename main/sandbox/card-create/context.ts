import type { WxError } from '../errors';
import type { CreatableType } from './spec';

/** The card once its type is known: the `card` object and its type node (e.g. `card.cash`). */
export interface CardHead {
  readonly cardType: CreatableType;
  readonly typeKey: string;
  readonly card: Record<string, unknown>;
  readonly node: Record<string, unknown>;
}

/** What the checks need from outside the body. */
export interface CheckOptions {
  /** Virtual now, ms (end_timestamp must be later, §4.3). */
  readonly nowMs: number;
  /** The account's usable poi_ids (40098 otherwise). */
  readonly usablePoiIds: ReadonlySet<number>;
  /** card/create requires a future end; card/update of an existing card does not re-check it. */
  readonly requireFutureEnd: boolean;
}

/** One rule group of the pipeline: the first problem found, or undefined. */
export type CardCheck = (head: CardHead, options: CheckOptions) => WxError | undefined;

/** `card.<typeKey>`: the prefix of every reported path. */
export function nodePath(head: CardHead): string {
  return `card.${head.typeKey}`;
}
