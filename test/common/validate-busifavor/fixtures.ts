import type { StockType } from '../../../common/busifavor/enums';
import { exampleStock } from '../../../common/busifavor/examples';
import { validateStock, type StockFinding, type StockValidateContext } from '../../../common/validate-busifavor';

/** 2026-05-01 12:00:00 China time: the injected "now". */
export const NOW_MS = Date.UTC(2026, 4, 1, 4, 0, 0);

// The cases write wrong types into deep fields on purpose; a typed body would forbid exactly that.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

/** A fresh valid example stock of `type`, changed by `edit`. */
export function stock(type: StockType, edit: (b: Obj) => void = () => {}): Obj {
  const body = structuredClone(exampleStock(type, NOW_MS)) as Obj;
  edit(body);
  return body;
}

export function findings(body: unknown, ctx: Partial<StockValidateContext> = {}): StockFinding[] {
  return validateStock(body, { nowMs: NOW_MS, ...ctx });
}
