import { create } from 'zustand';
import type { ConsoleEndpoint, ConsoleResult } from '../../../common/ipc/channels/console';
import type { Localized } from '../../../common/i18n';
import { parseJsonLocated } from '../../../common/import/json-locate';
import { getConsoleApi } from '../api/domains';
import { consoleText } from '../i18n/console-text';

/** A syntax error found before sending (the 格式化 button): where, and why. */
export interface LocalSyntaxError {
  line: number;
  column: number;
  message: Localized;
}

/** The console's request, its last result and the endpoint list. */
export interface ConsoleState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  error: Localized | null;
  endpoints: ConsoleEndpoint[];
  /** The chosen account; null follows the open batch's account. */
  accountId: string | null;
  /** `${method} ${path}` of the chosen endpoint. */
  endpointKey: string | null;
  body: string;
  sending: boolean;
  /** The request did not reach main's console (transport, invalid request). */
  sendError: Localized | null;
  result: ConsoleResult | null;
  /** Counts answers, so a repeated identical answer is still a new one. */
  resultSeq: number;
  /** The body the result answers (a syntax position is only shown while the text is unchanged). */
  sentBody: string | null;
  sentKey: string | null;
  localError: LocalSyntaxError | null;

  /** Reads the endpoints once (again after a failure). */
  load(): Promise<void>;
  setAccount(accountId: string | null): void;
  /** Chooses an endpoint and loads its sample body. */
  chooseEndpoint(key: string): void;
  setBody(body: string): void;
  resetSample(): void;
  /** Pretty-prints the body, or points at its syntax error. */
  formatBody(): void;
  send(accountId: string): Promise<void>;
}

/** The key of an endpoint. */
export const endpointKey = (e: Pick<ConsoleEndpoint, 'method' | 'path'>): string => `${e.method} ${e.path}`;

/** The default endpoint: card/get, the one everybody tries first. */
const FIRST = 'POST /card/get';

/** The console store (style.md habit 5): the only caller of couponStudio.console. */
export const useConsoleStore = create<ConsoleState>()((set, get) => ({
  status: 'idle',
  error: null,
  endpoints: [],
  accountId: null,
  endpointKey: null,
  body: '',
  sending: false,
  sendError: null,
  result: null,
  resultSeq: 0,
  sentBody: null,
  sentKey: null,
  localError: null,

  async load() {
    const api = getConsoleApi();
    if (!api) {
      set({ status: 'failed', error: consoleText.unavailable });
      return;
    }
    if (get().status === 'ready' || get().status === 'loading') return;
    set({ status: 'loading', error: null });
    const answer = await api.endpoints();
    if (!answer.ok) {
      set({ status: 'failed', error: answer.error.message });
      return;
    }
    const { endpoints } = answer.data;
    set({ status: 'ready', endpoints });
    if (get().endpointKey === null) {
      const first = endpoints.find((e) => endpointKey(e) === FIRST) ?? endpoints[0];
      if (first) set({ endpointKey: endpointKey(first), body: first.sample });
    }
  },

  // A result belongs to the account and endpoint it was sent with: changing either drops it, so an
  // answer never stands under a request it did not come from (issue 11, problem 14, stale results).
  setAccount(accountId) {
    if (accountId === get().accountId) return;
    set({ accountId, result: null, sentBody: null, sentKey: null, sendError: null });
  },

  chooseEndpoint(key) {
    const endpoint = get().endpoints.find((e) => endpointKey(e) === key);
    if (!endpoint) return;
    set({ endpointKey: key, body: endpoint.sample, localError: null, result: null, sentBody: null, sentKey: null, sendError: null });
  },

  setBody(body) {
    set({ body, localError: null });
  },

  resetSample() {
    const key = get().endpointKey;
    if (key) get().chooseEndpoint(key);
  },

  formatBody() {
    const { body } = get();
    if (body.trim() === '') return;
    const parsed = parseJsonLocated(body);
    if (parsed.ok) set({ body: JSON.stringify(parsed.value, null, 2), localError: null });
    else set({ localError: { line: parsed.error.line, column: parsed.error.column, message: parsed.error.message } });
  },

  async send(accountId) {
    const api = getConsoleApi();
    const { endpointKey: key, body, endpoints } = get();
    const endpoint = endpoints.find((e) => endpointKey(e) === key);
    if (!api || !endpoint || get().sending) return;
    set({ sending: true, localError: null, sendError: null });
    const sentBody = endpoint.method === 'GET' ? '' : body;
    const answer = await api.send({ accountId, method: endpoint.method, path: endpoint.path, body: sentBody });
    if (answer.ok) set((s) => ({ sending: false, result: answer.data, resultSeq: s.resultSeq + 1, sentBody, sentKey: key }));
    else set({ sending: false, result: null, sentBody: null, sendError: answer.error.message });
  },
}));
