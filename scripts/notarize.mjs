// electron-builder afterSign hook: notarises the signed macOS app with Apple's notary service when
// credentials are in the environment, and otherwise says it skipped (local and Linux/Windows builds).
// Credentials, either set: APPLE_API_KEY (path to the .p8) + APPLE_API_KEY_ID + APPLE_API_ISSUER,
// or APPLE_ID + APPLE_APP_SPECIFIC_PASSWORD + APPLE_TEAM_ID. They are never logged.

/**
 * Which credential set the environment holds, or null.
 * @param {Record<string, string | undefined>} env
 * @returns {null | { kind: 'api-key', appleApiKey: string, appleApiKeyId: string, appleApiIssuer: string } | { kind: 'apple-id', appleId: string, appleIdPassword: string, teamId: string }}
 */
export function notarizeCredentials(env) {
  const set = (name) => typeof env[name] === 'string' && env[name].trim() !== '';
  if (set('APPLE_API_KEY') && set('APPLE_API_KEY_ID') && set('APPLE_API_ISSUER')) {
    return { kind: 'api-key', appleApiKey: env.APPLE_API_KEY, appleApiKeyId: env.APPLE_API_KEY_ID, appleApiIssuer: env.APPLE_API_ISSUER };
  }
  if (set('APPLE_ID') && set('APPLE_APP_SPECIFIC_PASSWORD') && set('APPLE_TEAM_ID')) {
    return { kind: 'apple-id', appleId: env.APPLE_ID, appleIdPassword: env.APPLE_APP_SPECIFIC_PASSWORD, teamId: env.APPLE_TEAM_ID };
  }
  return null;
}

/**
 * The hook. Returns what it did, so a test can call it with a fake context.
 * @param {{ electronPlatformName: string, appOutDir: string, packager: { appInfo: { productFilename: string } } }} context
 * @param {Record<string, string | undefined>} [env]
 * @param {(options: object) => Promise<void>} [notarize] injected in tests; @electron/notarize otherwise
 */
export async function afterSign(context, env = process.env, notarize) {
  if (context.electronPlatformName !== 'darwin') return 'skipped: not a macOS build';
  const credentials = notarizeCredentials(env);
  if (credentials === null) {
    console.log('[notarize] skipped: no APPLE_API_KEY/APPLE_API_KEY_ID/APPLE_API_ISSUER or APPLE_ID/APPLE_APP_SPECIFIC_PASSWORD/APPLE_TEAM_ID in the environment');
    return 'skipped: no credentials';
  }
  const appPath = `${context.appOutDir}/${context.packager.appInfo.productFilename}.app`;
  const run = notarize ?? (await import('@electron/notarize')).notarize;
  const { kind, ...options } = credentials;
  console.log(`[notarize] notarising ${appPath} (${kind} credentials)`);
  await run({ appPath, ...options });
  console.log('[notarize] done');
  return `notarized: ${kind}`;
}

export default afterSign;
