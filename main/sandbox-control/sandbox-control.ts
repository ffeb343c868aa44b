import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { PayCellEvent, SandboxScenario, SandboxStatus } from '../../common/ipc/channels/sandbox';
import { DEMO_ACCOUNT, type FaultConfig, type SandboxHandle } from '../sandbox';

/** An address from the TEST-NET-2 documentation range: never a real machine (RFC 5737). */
export const NOT_WHITELISTED_IP = '198.51.100.23';
const WHITELISTED_IP = '203.0.113.10';

/** The fault kinds a demo mixes on card/create: each one the batch engine must survive. */
const DEMO_FAULTS: FaultConfig['kinds'] = [
  { kind: 'errcode', errcode: -1 },
  { kind: 'http502' },
  { kind: 'reset' },
  { kind: 'reset-after-commit' },
  { kind: '502-after-commit' },
  { kind: 'latency', ms: 800 },
];

const DEFAULT_SCENARIO: SandboxScenario = { couponCreation: 'allowed', payPermission: true, ipNotWhitelisted: false, faultRate: 0 };

/** What the sandbox control panel does with the embedded simulator's demo account. */
export interface SandboxControl {
  status(): SandboxStatus;
  setScenario(patch: Partial<SandboxScenario>): Result<SandboxStatus, Localized>;
  review(cardId: string, verdict: 'approve' | 'reject', reason?: string): Result<SandboxStatus, Localized>;
  advanceClock(seconds: number): SandboxStatus;
  /** A simulated payment through a demo card's 买单 cell (bill in 分): the event Weixin would push. */
  payWithPayCell(cardId: string, originalFee: number): Result<PayCellEvent, Localized>;
  payCellEvents(cardId: string): Result<PayCellEvent[], Localized>;
}

/** Wraps a running sandbox; the scenario it applies is kept here because the dump holds cards, not flags. */
export function createSandboxControl(sandbox: SandboxHandle): SandboxControl {
  let scenario: SandboxScenario = { ...DEFAULT_SCENARIO };
  const appid = DEMO_ACCOUNT.appid;

  const status = (): SandboxStatus => {
    const dump = sandbox.dump();
    const account = dump.accounts[appid];
    const byStatus: Record<string, number> = {};
    for (const card of account?.cards ?? []) byStatus[card.status] = (byStatus[card.status] ?? 0) + 1;
    return {
      baseUrl: sandbox.baseUrl,
      now: dump.now,
      demoAppid: appid,
      scenario: { ...scenario },
      cards: { total: account?.cards.length ?? 0, byStatus },
      stores: (account?.stores ?? []).map((s) => ({
        poiId: s.poi_id,
        name: `${s.business_name}（${s.branch_name}）`,
        usable: s.available_state === 3,
      })),
      faultsInjected: dump.faults.total,
    };
  };

  const apply = (next: SandboxScenario): Result<void, Localized> => {
    const updated = sandbox.updateAccount(appid, {
      couponCreation: next.couponCreation,
      permissions: { card: true, pay: next.payPermission },
      memberCards: { category: next.memberCardCategory ?? true, balance: next.balancePermission ?? false },
      ...(next.ipNotWhitelisted ? { ipWhitelist: [WHITELISTED_IP] } : {}),
    });
    if (!updated.ok) return err(localized(`沙箱账号设置失败：${updated.error}`, `The sandbox account could not be changed: ${updated.error}`));
    if (!next.ipNotWhitelisted) {
      // The account keeps no whitelist at all once the scenario is off: every IP may fetch tokens.
      sandbox.updateAccount(appid, { ipWhitelist: undefined });
    }
    sandbox.setPresentedClientIp(next.ipNotWhitelisted ? NOT_WHITELISTED_IP : undefined);
    sandbox.setFaults('/card/create', next.faultRate > 0 ? { probability: next.faultRate, kinds: DEMO_FAULTS } : undefined);
    return ok(undefined);
  };

  return {
    status,
    setScenario(patch) {
      const next = { ...scenario, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      const applied = apply(next);
      if (!applied.ok) return applied;
      scenario = next;
      return ok(status());
    },
    review(cardId, verdict, reason) {
      const decided = sandbox.review(appid, cardId, verdict === 'approve' ? { approve: true } : { reject: reason ?? '不符合卡券审核规范' });
      if (!decided.ok) {
        return err(localized(`无法审核卡券 ${cardId}：${decided.error}`, `Card ${cardId} could not be reviewed: ${decided.error}`));
      }
      return ok(status());
    },
    advanceClock(seconds) {
      sandbox.clock.advance(seconds * 1000);
      return status();
    },
    payWithPayCell(cardId, originalFee) {
      const paid = sandbox.payWithPayCell(appid, cardId, originalFee);
      return paid.ok ? paid : err(localized(`沙箱无法用卡券 ${cardId} 买单：${paid.error}`, `The sandbox could not pay with card ${cardId}: ${paid.error}`));
    },
    payCellEvents(cardId) {
      const events = sandbox.payCellEvents(appid, cardId);
      return events.ok ? events : err(localized(`沙箱读不到卡券 ${cardId} 的买单事件：${events.error}`, `The sandbox could not read the payments of card ${cardId}: ${events.error}`));
    },
  };
}
