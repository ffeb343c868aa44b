// Wraps every router the tests build (unit and end-to-end) so each IPC answer and pushed event is
// appended to .tmp/ipc-tap/; test/support/ipc-tap.global.ts scans all of them once the suite ends
// for an AppSecret or an access_token (issue 5: "a scan of every response in the test suite").
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import type * as RouterModule from '../../main/ipc/router';
import { IPC_TAP_DIR } from './ipc-tap-dir';

vi.mock('../../main/ipc/router', async (importOriginal) => {
  const original = await importOriginal<typeof RouterModule>();
  mkdirSync(IPC_TAP_DIR, { recursive: true });
  const file = join(IPC_TAP_DIR, `${process.pid}-${Math.random().toString(36).slice(2)}.jsonl`);
  const record = (kind: string, name: string, value: unknown) => {
    const line = `${JSON.stringify({ kind, name, value })}\n`;
    try {
      appendFileSync(file, line);
    } catch {
      // Another vitest run's global setup may have emptied the folder meanwhile: recreate it.
      mkdirSync(IPC_TAP_DIR, { recursive: true });
      appendFileSync(file, line);
    }
  };
  const createRouter: typeof original.createRouter = (options) => {
    const router = original.createRouter(options);
    router.subscribe((event, payload) => record('event', event, payload));
    return {
      ...router,
      channels: router.channels,
      async dispatch(channel, payload, sender) {
        const answer = await router.dispatch(channel, payload, sender);
        record('answer', channel, answer);
        return answer;
      },
    };
  };
  return { ...original, createRouter };
});
