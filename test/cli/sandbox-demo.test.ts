// `coupon-studio sandbox` (the simulator until Ctrl-C) and `demo` (a sample of every coupon type,
// no set-up at all).
import { afterEach, describe, expect, it } from 'vitest';
import { CARD_TYPES } from '../../common/coupon/card-types';
import { openHistoryStore } from '../../main/history/history-store';
import { collect, jsonOf, removeDir, runCli, spawnCli, tempDir } from './support';

let dataDir: string | undefined;
afterEach(async () => {
  await removeDir(dataDir);
  dataDir = undefined;
});

describe('coupon-studio sandbox', { timeout: 90_000 }, () => {
  it('serves the demo account on loopback, prints one JSON line with --json, and exits 0 on Ctrl-C', async () => {
    const child = spawnCli(['sandbox', '--port', '0', '--json']);
    const done = collect(child);
    const first = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
      });
    });
    const info = JSON.parse(first) as { baseUrl: string; demoAccount: { appid: string; secret: string } };
    expect(info.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const token = (await (await fetch(`${info.baseUrl}/cgi-bin/token?grant_type=client_credential&appid=${info.demoAccount.appid}&secret=${info.demoAccount.secret}`)).json()) as { access_token?: string };
    expect(token.access_token).toEqual(expect.any(String));
    child.kill('SIGINT');
    const run = await done;
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Sandbox stopped');
    expect(run.stderr).toContain('curl');
    expect((await runCli(['sandbox', '--port', 'x'])).code).toBe(2);
  });
});

describe('coupon-studio demo', { timeout: 90_000 }, () => {
  it('creates one card of every type with no set-up, in the data directory the app reads', async () => {
    dataDir = await tempDir('demo');
    const run = await runCli(['demo', '--json'], { dataDir });
    expect(run.code, run.stderr).toBe(0);
    const doc = jsonOf(run);
    expect(doc).toMatchObject({ ok: true, command: 'demo', sandbox: { kind: 'embedded' }, batch: { drafts: CARD_TYPES.length }, historyPath: expect.stringContaining(dataDir) });
    const cards = (doc.runs as { cards: { cardId: string; cardType: string }[] }[])[0]?.cards ?? [];
    expect(new Set(cards.map((c) => c.cardType))).toEqual(new Set(CARD_TYPES));
    expect(cards.every((c) => /^p[A-Za-z0-9_-]{27}$/.test(c.cardId))).toBe(true);
    expect(run.stderr).toContain('进程结束时沙箱随之关闭');
    const history = await openHistoryStore({ dataDir });
    if (!history.ok) throw new Error(history.error.code);
    expect(history.value.all().filter((r) => r.state === 'created')).toHaveLength(CARD_TYPES.length);
    await history.value.close();
  });
});
