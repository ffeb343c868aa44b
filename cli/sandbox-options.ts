// The sandbox command's switches: scenarios, injected faults and the review policy, parsed into the
// simulator's own option types so a script can reproduce what the app's sandbox panel does.
import { localized } from '../common/i18n';
import { err, ok, type Result } from '../common/result';
import type { SandboxScenario } from '../common/ipc/channels/sandbox';
import type { FaultConfig, FaultOutcome } from '../main/sandbox';
import type { ReviewPolicy } from '../main/sandbox';
import { EXIT } from './exit-codes';
import { failure, type CliFailure } from './io';

/** `--scenario` names and what each switches on, as the app's sandbox panel does. */
export const SCENARIOS: Readonly<Record<string, Partial<SandboxScenario>>> = {
  /** card/create refused for the five coupon types, as for most accounts since 2021-04-01. */
  'coupon-stop': { couponCreation: 'blocked' },
  /** Token calls come from an IP outside the account's whitelist (40164). */
  'ip-not-whitelisted': { ipNotWhitelisted: true },
  /** The account has no WeChat Pay (paycell → 43008). */
  'no-pay': { payPermission: false },
  /** The account is outside the member-card categories: card/create MEMBER_CARD → 45160. */
  'no-member-category': { memberCardCategory: false },
  /** The account has the 储值 permission, so member cards may hold a balance (else 43010). */
  'balance': { balancePermission: true },
};

const usage = (zh: string, en: string): CliFailure => failure(EXIT.usage, 'usage', localized(zh, en));

const listOf = (text: string, separator: string): string[] =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** `--scenario a,b`: the merged scenario patch. */
export function parseScenarios(text: string | undefined): Result<Partial<SandboxScenario>, CliFailure> {
  if (text === undefined) return ok({});
  let patch: Partial<SandboxScenario> = {};
  for (const name of listOf(text, ',')) {
    const scenario = SCENARIOS[name];
    if (!scenario) {
      const known = Object.keys(SCENARIOS).join(' | ');
      return err(usage(`未知的 --scenario“${name}”，可选：${known}。`, `Unknown --scenario "${name}"; choose from ${known}.`));
    }
    patch = { ...patch, ...scenario };
  }
  return ok(patch);
}

/** `--fault-rate R`: the share of card/create calls that get one of the demo faults. */
export function parseFaultRate(text: string | undefined): Result<number | undefined, CliFailure> {
  if (text === undefined) return ok(undefined);
  const rate = Number(text);
  if (text.trim() === '' || !Number.isFinite(rate) || rate < 0 || rate > 1) {
    return err(usage(`--fault-rate 应为 0 到 1 之间的小数（收到“${text}”）。`, `--fault-rate takes a number from 0 to 1 (got "${text}").`));
  }
  return ok(rate);
}

const SIMPLE_KINDS = ['http502', 'reset', 'reset-after-commit', 'timeout-after-commit', '502-after-commit'] as const;
const KIND_HELP = 'latency-MS, errcode-N, http502, reset, reset-after-commit, timeout-after-commit, 502-after-commit, slow-commit-MS, pay-500, pay-429, sign-wrong-key, sign-stale-timestamp, sign-unknown-serial, sign-signtest, sign-unsigned';
const SIGNATURE_FAULTS = ['wrong-key', 'stale-timestamp', 'unknown-serial', 'signtest', 'unsigned'] as const;

function parseKind(token: string): FaultOutcome | undefined {
  const simple = SIMPLE_KINDS.find((kind) => kind === token);
  if (simple) return { kind: simple };
  // WeChat Pay paths (v3/…): the APIv3 500 / 429 envelopes and answers signed wrong on purpose.
  if (token === 'pay-500') return { kind: 'pay-error', status: 500, code: 'SYSTEM_ERROR' };
  if (token === 'pay-429') return { kind: 'pay-error', status: 429, code: 'FREQUENCY_LIMITED' };
  const variant = SIGNATURE_FAULTS.find((v) => token === `sign-${v}`);
  if (variant) return { kind: 'answer-signature', variant };
  const numbered = /^(latency|errcode|slow-commit)-(-?\d+)$/.exec(token);
  if (!numbered) return undefined;
  const value = Number(numbered[2]);
  if (numbered[1] === 'errcode') return { kind: 'errcode', errcode: value };
  if (value < 0) return undefined;
  return numbered[1] === 'latency' ? { kind: 'latency', ms: value } : { kind: 'slow-commit', delayMs: value };
}

/**
 * `--fault "card/create=0.2:reset,timeout-after-commit;*=0.05:http502"`: per API path (or `*` for
 * every other path), a probability and the kinds drawn from uniformly.
 */
export function parseFaults(text: string | undefined): Result<Record<string, FaultConfig>, CliFailure> {
  const faults: Record<string, FaultConfig> = {};
  if (text === undefined) return ok(faults);
  for (const entry of listOf(text, ';')) {
    const match = /^([^=]+)=([^:]+):(.+)$/.exec(entry);
    const bad = (zh: string, en: string) =>
      err(usage(`--fault“${entry}”有误：${zh}。格式：路径=概率:类型[,类型…]，类型可为 ${KIND_HELP}。`, `--fault "${entry}" is wrong: ${en}. Format: PATH=PROBABILITY:KIND[,KIND…] with kinds ${KIND_HELP}.`));
    if (!match) return bad('缺少“=”或“:”', 'it lacks "=" or ":"');
    const [, rawPath = '', rawProbability = '', rawKinds = ''] = match;
    const path = rawPath.trim() === '*' ? '*' : `/${rawPath.trim().replace(/^\/+/, '')}`;
    const probability = Number(rawProbability);
    if (!Number.isFinite(probability) || probability < 0 || probability > 1) return bad('概率应在 0 到 1 之间', 'the probability must be from 0 to 1');
    const kinds: FaultOutcome[] = [];
    for (const token of listOf(rawKinds, ',')) {
      const kind = parseKind(token);
      if (!kind) return bad(`不认识的故障类型“${token}”`, `unknown fault kind "${token}"`);
      kinds.push(kind);
    }
    if (kinds.length === 0) return bad('至少需要一种故障类型', 'name at least one fault kind');
    faults[path] = { probability, kinds };
  }
  return ok(faults);
}

/** `--review approve[:SECONDS] | reject[:SECONDS] | manual`: how new cards leave review. */
export function parseReview(text: string | undefined): Result<ReviewPolicy | undefined, CliFailure> {
  if (text === undefined) return ok(undefined);
  const match = /^(approve|reject|manual)(?::(\d+))?$/.exec(text.trim());
  if (!match || (match[1] === 'manual' && match[2] !== undefined)) {
    return err(usage(`--review 应为 approve[:秒]、reject[:秒] 或 manual（收到“${text}”）。`, `--review takes approve[:SECONDS], reject[:SECONDS] or manual (got "${text}").`));
  }
  const afterSeconds = Number(match[2] ?? 60);
  if (match[1] === 'manual') return ok({ mode: 'manual' });
  if (match[1] === 'approve') return ok({ mode: 'approve', afterSeconds });
  return ok({ mode: 'reject', afterSeconds, reason: '不符合卡券审核规范' });
}
