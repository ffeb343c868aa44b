import { isObj } from './report';

/**
 * JSON `null` for an object's field means "not sent" — the rule the validator and the sandbox share
 * (main/sandbox/README.md): a null required field is missing (41011), a null optional field is
 * ignored (a warning). Array items are not fields: a null item stays, and is a wrong type (47001).
 */

/**
 * A view of `value` without null-valued object properties, at any depth — nor undefined-valued ones,
 * which an in-memory body may hold but JSON cannot carry (JSON.stringify drops them), so the
 * validator already reads them as absent. Subtrees without either are shared, not copied, so the
 * common case costs one walk and no allocation.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const next = withoutNulls(item);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? items : value;
  }
  if (!isObj(value)) return value;
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const item = value[key];
    const absent = item === null || item === undefined;
    const next = absent ? undefined : withoutNulls(item);
    if (absent || next !== item) {
      out ??= { ...value };
      if (next === undefined) delete out[key];
      else out[key] = next;
    }
  }
  return out ?? value;
}

/**
 * The card/create body as Weixin reads it: only `card`, without null-valued fields. Validate the
 * original (to get the warnings), send either: the sandbox answers both alike.
 */
export function normalizeCardBody(body: unknown): unknown {
  if (!isObj(body) || !Object.hasOwn(body, 'card')) return withoutNulls(body);
  return withoutNulls({ card: body.card });
}
