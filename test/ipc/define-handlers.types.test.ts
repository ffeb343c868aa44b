import { afterAll, describe, expect, it } from 'vitest';
import { contract } from '../../common/ipc/contract';
import { ipcOk } from '../../common/ipc/envelope';
import { defineHandlers } from '../../main/ipc/define-handlers';
import { removeTestDataDirs, testHandlers } from './support/fake-electron';

afterAll(removeTestDataDirs);

// Compile-time behaviour: `npx tsc -b` fails if any @ts-expect-error below stops being an error,
// i.e. if defineHandlers started accepting a missing handler or a wrong response type.
export function typeChecks(): void {
  const good = testHandlers();

  // @ts-expect-error — a channel without a handler does not compile.
  defineHandlers({ 'app:info': good['app:info'], 'app:openExternal': good['app:openExternal'], 'settings:get': good['settings:get'] });

  defineHandlers({
    ...good,
    // @ts-expect-error — a response that breaks the channel's schema type does not compile.
    'settings:get': () => ipcOk({ locale: 'fr' }),
  });

  defineHandlers({
    ...good,
    // @ts-expect-error — the handler receives the parsed request type: `url` is a string, not a number.
    'app:openExternal': ({ url }: { url: number }) => ipcOk(url === 1 ? null : null),
  });
}

describe('defineHandlers', () => {
  it('accepts a complete, well-typed handler map (the negative cases are compile-time, above)', () => {
    expect(Object.keys(defineHandlers(testHandlers())).sort()).toEqual(Object.keys(contract.channels).sort());
  });
});
