import { isStockType } from '../busifavor/enums';
import { parseJsonLocated } from '../import/json-locate';
import { kindOf } from '../validate/labels';
import { withoutNulls } from '../validate/nulls';
import { isObj, type Obj } from '../validate/report';
import { stockText } from './messages';
import { StockFindingReporter } from './report';
import { checkRuleObject, checkSendAndShow, checkTimes, checkUseMethod } from './rules';
import { BODY_SPEC, walkStockObject } from './structure';
import type { StockFinding, StockValidateContext } from './types';

/**
 * Validates a 商家券 create-stock body (the parsed object, or its JSON text) and returns every
 * finding at once, each with its field path, in both languages; no errors means WeChat Pay should
 * accept it as far as §2.2 tells. Follows common/validate-busifavor/RULES.md. Never throws.
 */
export function validateStock(body: unknown, ctx: StockValidateContext): StockFinding[] {
  const r = new StockFindingReporter(ctx);
  try {
    run(body, r);
  } catch {
    // Only exotic in-memory values (throwing getters, proxies) get here; JSON never does.
    r.add('', 'unreadable', stockText.unreadable());
  }
  return r.findings;
}

function run(input: unknown, r: StockFindingReporter): void {
  let body = input;
  if (typeof input === 'string') {
    const parsed = parseJsonLocated(input);
    if (!parsed.ok) return r.add('', 'json_invalid', stockText.jsonInvalid(parsed.error));
    body = parsed.value;
  }
  if (!isObj(body)) return r.add('', 'body_not_object', stockText.bodyNotObject(kindOf(body)));
  if (isStockType(body.stock_type)) r.stockType = body.stock_type;
  walkStockObject(body, '', BODY_SPEC, r);
  // The walk reported the nulls; every later rule reads them as absent.
  const view = withoutNulls(body) as Obj;
  checkRuleObject(view, r);
  checkTimes(view, r);
  checkUseMethod(view, r);
  checkSendAndShow(view, r);
}
