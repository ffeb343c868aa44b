/**
 * Secret redaction for everything that leaves main as text: log lines and IPC error details.
 * An axios error carries `config.url` (with `access_token=`, and `secret=` for cgi-bin/token) and
 * `config.data` (the secret for stable_token) — security-reliability.md §3.3 — so both the
 * query-string form and the JSON form are covered, plus `Bearer` headers.
 */

/** The placeholder that replaces a secret value. */
export const REDACTED = '[redacted]';

// Key names compared without case, `_` or `-`: access_token, accessToken, app-secret, …
const SECRET_KEY = /(secret|token|password|passwd|ticket|authorization|apikey|cookie|credential)$/;

/** Whether a field or parameter name holds a secret (`secret`, `appsecret`, `access_token`, `refreshToken`…). */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.toLowerCase().replace(/[_-]/g, ''));
}

const QUERY_PAIR = /([A-Za-z0-9_.-]+)=([^&\s#"',;]+)/g;
const JSON_PAIR = /("([A-Za-z0-9_-]+)"\s*:\s*)"((?:[^"\\]|\\.)*)"/g;
const JS_PAIR = /(\b([A-Za-z0-9_$-]+)\s*:\s*)'((?:[^'\\]|\\.)*)'/g;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;

/** Replaces secret values in free text: `secret=…`, `"access_token":"…"`, `secret: '…'`, `Bearer …`. */
export function redactText(text: string): string {
  return text
    .replace(QUERY_PAIR, (whole, key: string) => (isSecretKey(key) ? `${key}=${REDACTED}` : whole))
    .replace(JSON_PAIR, (whole, head: string, key: string) => (isSecretKey(key) ? `${head}"${REDACTED}"` : whole))
    .replace(JS_PAIR, (whole, head: string, key: string) => (isSecretKey(key) ? `${head}'${REDACTED}'` : whole))
    .replace(BEARER, (_whole, scheme: string) => `${scheme} ${REDACTED}`);
}

/**
 * A copy of any value safe to log: secret-named fields replaced, strings scanned with
 * {@link redactText}, errors reduced to name/message/stack (redacted), cycles and depth bounded.
 */
export function redactValue(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  if (depth > 8) return '[too deep]';
  seen.add(value);
  if (value instanceof Error) {
    const out: Record<string, unknown> = { name: value.name, message: redactText(value.message) };
    if (value.stack !== undefined) out.stack = redactText(value.stack);
    const code = (value as { code?: unknown }).code;
    if (code !== undefined) out.code = redactValue(code, depth + 1, seen);
    return out;
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isSecretKey(key) ? REDACTED : redactValue(item, depth + 1, seen);
  }
  return out;
}
