// The web harness's window.couponStudio: the same bridge as the preload (preload/bridge.ts) over
// fetch — POST /ipc/<channel> — and a streamed GET /events. Runs in the page, so it touches only
// globalThis members every browser has; it is bundled to one classic script by shim-bundle.ts.
import { API_GLOBAL } from '../../../common/ipc/api';
import { buildBridge, type BridgeTransport } from '../../../preload/bridge';
import { EVENTS_PATH, IPC_PATH, TOKEN_HEADER, TOKEN_QUERY } from '../wire';

interface PageGlobal {
  readonly location: { readonly search: string };
}

const page = globalThis as unknown as PageGlobal;
const token = new URLSearchParams(page.location.search).get(TOKEN_QUERY) ?? '';
const listeners = new Map<string, Set<(payload: unknown) => void>>();

let markReady: () => void = () => undefined;
/** Resolves once the event stream is open (or failed), so an invoke never outruns the events it causes. */
const eventsReady = new Promise<void>((resolve) => {
  markReady = resolve;
});

function deliver(block: string): void {
  const data = block
    .split('\n')
    .filter((line) => line.startsWith('data:'))
    .map((line) => line.slice(5).trimStart())
    .join('\n');
  if (data === '') return;
  try {
    const { event, payload } = JSON.parse(data) as { event: string; payload: unknown };
    for (const listener of listeners.get(event) ?? []) listener(payload);
  } catch {
    // A malformed block is dropped; the stream goes on.
  }
}

async function streamEvents(): Promise<void> {
  try {
    const response = await fetch(EVENTS_PATH, { headers: { [TOKEN_HEADER]: token }, credentials: 'omit' });
    if (!response.ok || response.body === null) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      markReady();
      buffer += value;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        deliver(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  } catch {
    // The harness stopped; invokes report transport errors from here on.
  } finally {
    markReady();
  }
}

const transport: BridgeTransport = {
  async invoke(channel, payload) {
    await eventsReady;
    const response = await fetch(`${IPC_PATH}${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(payload === undefined ? {} : { payload }),
      credentials: 'omit',
    });
    return (await response.json()) as unknown;
  },
  subscribe(event, listener) {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  },
};

void streamEvents();
Object.defineProperty(globalThis, API_GLOBAL, { value: buildBridge(transport), writable: false, configurable: false, enumerable: true });
