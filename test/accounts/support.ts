// Builds an accounts service over a temp data dir, as the hosts do (conf store + a vault).
import { fixedClock } from '../../common/clock';
import { accountsDocumentSchema, secretPrefsSchema } from '../../main/accounts/account-record';
import { createAccountService } from '../../main/accounts/account-service';
import { createMemoryVault } from '../../main/accounts/memory-vault';
import { createSecretPrefsStore } from '../../main/accounts/secret-prefs';
import type { SecretVault } from '../../main/accounts/vault';
import { NO_WAIT_RETRY } from '../../main/storage/busy-retry';
import { openConfDocument } from '../../main/storage/conf-document-store';
import { dataLayout } from '../../main/storage/layout';

export const T0 = Date.UTC(2026, 0, 15, 4, 0, 0);

/** An accounts service with sequential ids, a fixed clock and (by default) a memory vault. */
export function accountsIn(dataDir: string, vault: SecretVault = createMemoryVault()) {
  const layout = dataLayout(dataDir);
  const clock = fixedClock(T0);
  let n = 0;
  const runtime = { clock, retry: NO_WAIT_RETRY };
  const store = openConfDocument({ dir: layout.root, name: layout.accountsName, schema: accountsDocumentSchema }, runtime);
  const secretPrefs = createSecretPrefsStore(openConfDocument({ dir: layout.root, name: layout.secretPrefsName, schema: secretPrefsSchema }, runtime));
  const service = createAccountService({ store, vault, clock, newId: () => `11111111-2222-4333-8444-${String(++n).padStart(12, '0')}` });
  return { service, vault, clock, secretPrefs, layout };
}
