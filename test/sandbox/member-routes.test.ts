// The sandbox's member controls over HTTP (main/sandbox/member-routes.ts): what `sandbox
// give-member-card` and a person with curl use to get a member code and see member events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleMemberCard } from '../../common/coupon/example-member-card';
import { DEMO_ACCOUNT, SANDBOX_GIVE_MEMBER_CARD_PATH, SANDBOX_MEMBER_ACTIVITY_PATH, startSandbox, type SandboxHandle } from '../../main/sandbox';
import { createWeixinClient } from '../../main/wechat';

let sandbox: SandboxHandle;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox?.stop());

const post = (body: string) => fetch(`${sandbox.baseUrl}${SANDBOX_GIVE_MEMBER_CARD_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

describe('sandbox member routes', () => {
  it('gives a member card to a simulated user, shows the event, and refuses what is not a member card', async () => {
    const built = createWeixinClient({ appid: DEMO_ACCOUNT.appid, secret: async () => DEMO_ACCOUNT.secret, baseUrl: sandbox.baseUrl });
    if (!built.ok) throw new Error('no client');
    const created = await built.value.createCard(exampleMemberCard() as unknown as Record<string, unknown>);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const cardId = created.value.cardId;

    const given = await post(JSON.stringify({ card_id: cardId }));
    expect(given.status).toBe(200);
    const { code } = (await given.json()) as { code: string };
    expect(code).toMatch(/^\d{12}$/);
    // The example card activates automatically: the code works at once with userinfo/get.
    const info = await built.value.getMember(cardId, code);
    expect(info.ok && info.value.active).toBe(true);

    const activity = (await (await fetch(`${sandbox.baseUrl}${SANDBOX_MEMBER_ACTIVITY_PATH}`)).json()) as { events: { event: string; code: string }[] };
    expect(activity.events).toContainEqual(expect.objectContaining({ event: 'user_get_card', code }));

    expect((await post(JSON.stringify({ card_id: 'pNoSuchCard' }))).status).toBe(404);
    expect((await post('{"card_id": ')).status).toBe(400);
    expect((await post(JSON.stringify({}))).status).toBe(400);
    expect((await post(JSON.stringify({ card_id: cardId, appid: 'wxnotanaccount000' }))).status).toBe(404);
    expect((await fetch(`${sandbox.baseUrl}${SANDBOX_GIVE_MEMBER_CARD_PATH}`)).status).toBe(405);
    expect((await fetch(`${sandbox.baseUrl}/__sandbox/members/other`)).status).toBe(404);
  });
});
