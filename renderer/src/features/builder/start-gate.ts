import type { AccountView } from '../../../../common/ipc/channels/accounts';
import type { Localized } from '../../../../common/i18n';
import { runText } from '../../i18n/run-text';

/** What decides whether "开始创建" may be pressed. */
export interface StartGateInput {
  available: boolean;
  durable: boolean;
  accountId: string | null;
  accounts: readonly AccountView[];
  /** Draft ids of the batch with their error counts (validator errors + inputs that do not parse). */
  drafts: readonly { id: string; errors: number }[];
  /** Drafts whose card already exists for this account (the engine skips them). */
  created: ReadonlySet<string>;
}

/** The verdict: ready (maybe only after skipping drafts with errors), or blocked with the reason. */
export type StartGate =
  | { kind: 'ready'; account: AccountView; toCreate: number; alreadyCreated: number }
  | { kind: 'skip'; account: AccountView; invalid: number; toCreate: number; reason: Localized }
  | { kind: 'blocked'; reason: Localized };

/**
 * Why a run cannot start, in the order a merchant fixes things: the service, the account, its
 * secret, the drafts. Drafts with errors do not block: the engine skips them and records their
 * findings, so the merchant is offered to skip them unless every draft has errors.
 */
export function startGate(input: StartGateInput): StartGate {
  if (!input.available) return { kind: 'blocked', reason: runText.reason.unavailable };
  if (!input.durable) return { kind: 'blocked', reason: runText.reason.notDurable };
  if (input.accountId === null) return { kind: 'blocked', reason: runText.reason.noAccount };
  const account = input.accounts.find((a) => a.id === input.accountId);
  if (!account) return { kind: 'blocked', reason: input.accounts.length === 0 ? runText.reason.noAccount : runText.reason.accountMissing };
  if (!account.builtIn && (account.secretState === 'none' || account.secretState === 'needs_reentry')) {
    return { kind: 'blocked', reason: runText.reason.noSecret(account.name) };
  }
  if (input.drafts.length === 0) return { kind: 'blocked', reason: runText.reason.noDrafts };
  const pending = input.drafts.filter((d) => !input.created.has(d.id));
  const invalid = pending.filter((d) => d.errors > 0).length;
  const toCreate = pending.length - invalid;
  if (pending.length === 0) return { kind: 'blocked', reason: runText.reason.allCreated };
  if (toCreate === 0) return { kind: 'blocked', reason: pending.length < input.drafts.length ? runText.reason.restInvalid(invalid) : runText.reason.allInvalid };
  if (invalid > 0) return { kind: 'skip', account, invalid, toCreate, reason: runText.reason.someInvalid(invalid) };
  return { kind: 'ready', account, toCreate, alreadyCreated: input.drafts.length - pending.length };
}
