import { connect, type Socket } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_ACCOUNT } from '../../main/sandbox';
import { classicToken, start, validBody } from './support';

function closed(socket: Socket): Promise<void> {
  return new Promise((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())));
}

describe('stop()', () => {
  it('closes idle keep-alive, half-sent and held connections, and frees the port', async () => {
    const sandbox = await start();
    const token = await classicToken(sandbox);
    // A request that never finishes its headers.
    const partial = connect(sandbox.port, '127.0.0.1');
    await new Promise<void>((resolve) => partial.once('connect', () => resolve()));
    partial.write('POST /card/create HTTP/1.1\r\nHost: x\r\n');
    // A request whose answer is held until stop.
    sandbox.scriptFaults('/card/create', [{ kind: 'timeout-after-commit' }]);
    const held = fetch(`${sandbox.baseUrl}/card/create?access_token=${token}`, { method: 'POST', body: JSON.stringify(validBody(sandbox)) });
    const heldOutcome = held.then(
      () => 'answered',
      () => 'failed',
    );
    await vi.waitFor(() => expect(sandbox.dump().accounts[DEMO_ACCOUNT.appid]?.cards).toHaveLength(1));
    await sandbox.stop();
    await closed(partial);
    expect(await heldOutcome).toBe('failed');
    await expect(fetch(`${sandbox.baseUrl}/card/getcolors`)).rejects.toThrow();
    await sandbox.stop();
  });

  it('cuts a long slow-commit short without committing', async () => {
    const sandbox = await start();
    const token = await classicToken(sandbox);
    sandbox.scriptFaults('/card/create', [{ kind: 'slow-commit', delayMs: 600_000 }]);
    const pending = fetch(`${sandbox.baseUrl}/card/create?access_token=${token}`, { method: 'POST', body: JSON.stringify(validBody(sandbox)) }).catch(() => 'failed');
    await vi.waitFor(() => expect(sandbox.dump().endpointCounts['/card/create']).toBe(1));
    await sandbox.stop();
    expect(await pending).toBe('failed');
    expect(Object.values(sandbox.dump().accounts).flatMap((a) => a.cards)).toHaveLength(0);
  });
});
