/**
 * The renderer's Content Security Policy (checklist #7). Nothing but the bundle itself may load:
 * no inline script or style, no eval, no remote origin, no network at all (`connect-src 'none'`:
 * the renderer talks to main over IPC, which CSP does not govern).
 * `img-src data: blob:` lets the UI preview an image the user picked before main uploads it.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** Directive name → sources. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/** `name src src; name src` in the given order. */
export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Parses a policy string back into directives (for tests and the harness check). */
export function parseCsp(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}

/** The policy the app:// protocol handler sends as a response header. */
export const APP_CSP = serializeCsp(CSP_DIRECTIVES);

/**
 * The copy in renderer/index.html's meta tag: the same minus `frame-ancestors`, which browsers
 * ignore in a meta element and answer with a console error on every load. The header keeps it.
 */
export const META_CSP = serializeCsp(
  Object.fromEntries(Object.entries(CSP_DIRECTIVES).filter(([name]) => name !== 'frame-ancestors')),
);

/**
 * The web harness's policy: identical except `connect-src 'self'`, because its window.couponStudio
 * shim reaches the router with fetch (POST /ipc/<channel>, GET /events) where Electron uses IPC.
 */
export const HARNESS_CSP = serializeCsp({ ...CSP_DIRECTIVES, 'connect-src': ["'self'"] });

/** The meta-tag flavour of {@link HARNESS_CSP}. */
export const HARNESS_META_CSP = serializeCsp(
  Object.fromEntries(Object.entries({ ...CSP_DIRECTIVES, 'connect-src': ["'self'"] }).filter(([name]) => name !== 'frame-ancestors')),
);
