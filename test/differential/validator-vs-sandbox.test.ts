import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT, DEMO_USABLE_POI_IDS, startSandbox, type SandboxHandle } from '../../main/sandbox';
import { createWeixinClient, type WeixinClient } from '../../main/wechat';
import { propertySeed } from '../support/seed';
import { EVERY_STORE, Tally, verdictsAgree, verdictsOf } from './compare';
import { bodyKeyCases, junkCases, memberCases, memberJunkCases, memberMutationCases, mutationCases, nullCases, otherTypeCases, validCases, type Case } from './generators';

/**
 * The client validator (common/validate) and the sandbox's card/create (main/sandbox/card-create)
 * are written separately from the same decisions table (common/validate/RULES.md). Thousands of generated
 * bodies go through both: the verdicts must match every time (validator error ⇔ sandbox errcode ≠ 0),
 * and for single-rule mutations the errcode too. Most run in-process (checkCardCreate); a few hundred
 * go over real HTTP through the Weixin client's createCard to show the HTTP path answers the same.
 */

/** 2026-01-15 12:00 China time. */
const NOW = Date.UTC(2026, 0, 15, 4, 0, 0);
const STORES = { storeIds: DEMO_USABLE_POI_IDS };

const IN_PROCESS: readonly [string, fc.Arbitrary<Case>, number][] = [
  ['valid', validCases(NOW, STORES), 600],
  ['mutation', mutationCases(NOW, STORES), 1600],
  ['null', nullCases(NOW, STORES), 600],
  ['body-key', bodyKeyCases(NOW, STORES), 200],
  ['other-type', otherTypeCases(NOW, STORES), 150],
  ['junk', junkCases(NOW, STORES), 1000],
  ['member', memberCases(NOW, STORES), 200],
  ['member-mutation', memberMutationCases(NOW, STORES), 400],
  ['member-junk', memberJunkCases(NOW, STORES), 300],
];

function describeCase(c: Case, v: ReturnType<typeof verdictsOf>): string {
  return `${c.source}${c.kind ? ` (${c.kind})` : ''}: validator ${JSON.stringify(v.validator)}, sandbox ${v.sandbox ?? 'accepts'} at ${v.sandboxPath ?? '-'}\n${JSON.stringify(c.body).slice(0, 2000)}`;
}

describe('client validator vs sandbox card/create', () => {
  it('in process: identical verdicts on every case; identical errcodes on every single-rule mutation', () => {
    const seed = propertySeed('differential in-process');
    const tally = new Tally();
    IN_PROCESS.forEach(([, arbitrary, numRuns], i) => {
      fc.assert(
        fc.property(arbitrary, (c) => {
          const v = verdictsOf(c.body, NOW, EVERY_STORE);
          tally.add(c, v);
          expect(verdictsAgree(v), describeCase(c, v)).toBe(true);
          if (c.source === 'mutation' || c.source === 'member-mutation') expect([v.validator, v.sandbox], describeCase(c, v)).toEqual([[c.expectedErrcode], c.expectedErrcode]);
        }),
        { seed: seed + i, numRuns },
      );
    });
    console.log(tally.report(`in process, seed ${seed}`));
    expect(tally.total()).toBeGreaterThanOrEqual(4000);
    const mutations = tally.get('mutation');
    expect(mutations.errcodes).toBe(mutations.bothRefused);
    const members = tally.get('member-mutation');
    expect([members.cases, members.errcodes]).toEqual([400, members.bothRefused]);
    expect(tally.get('member').verdicts).toBe(200);
    // 4,650 cases: on a loaded 2-core machine this outgrows the 20 s unit default.
  }, 60_000);

  describe('over HTTP through WeixinClient.createCard', () => {
    let sandbox: SandboxHandle;
    let client: WeixinClient;
    beforeAll(async () => {
      sandbox = await startSandbox({ clock: { startAt: NOW, frozen: true } });
      const built = createWeixinClient({
        appid: DEMO_ACCOUNT.appid,
        secret: async () => DEMO_ACCOUNT.secret,
        baseUrl: sandbox.baseUrl,
        clock: sandbox.clock,
        sleep: async (ms) => sandbox.clock.advance(ms),
      });
      if (!built.ok) throw new Error('no client');
      client = built.value;
    });
    afterAll(() => sandbox?.stop());

    it('the answer matches the validator and the in-process rules, case by case', async () => {
      const seed = propertySeed('differential over HTTP');
      const tally = new Tally();
      const demoStores = new Set(DEMO_USABLE_POI_IDS);
      const arbitrary = fc.oneof(
        { arbitrary: validCases(NOW, STORES), weight: 2 },
        { arbitrary: mutationCases(NOW, STORES), weight: 5 },
        { arbitrary: nullCases(NOW, STORES), weight: 2 },
        { arbitrary: bodyKeyCases(NOW, STORES).filter((c) => !JSON.stringify(c.body).includes('__proto__')), weight: 1 },
      );
      await fc.assert(
        fc.asyncProperty(arbitrary, async (c) => {
          const v = verdictsOf(c.body, sandbox.clock.now(), demoStores);
          const result = await client.createCard(c.body as Record<string, unknown>);
          const overHttp = result.ok ? undefined : result.error.kind === 'weixin' ? result.error.errcode : `${result.error.kind}`;
          tally.add(c, { ...v, sandbox: typeof overHttp === 'number' ? overHttp : undefined });
          expect(overHttp, describeCase(c, v)).toBe(v.sandbox);
          expect(verdictsAgree(v), describeCase(c, v)).toBe(true);
        }),
        { seed, numRuns: 300 },
      );
      console.log(tally.report(`over HTTP, seed ${seed}`));
      expect(tally.total()).toBe(300);
      const accepted = sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.cards.length ?? 0;
      expect(accepted).toBe(tally.total() - [...['valid', 'mutation', 'null', 'body-key'] as const].reduce((n, s) => n + tally.get(s).bothRefused, 0));
    });
  });
});
