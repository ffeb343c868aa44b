import { randomUUID } from 'node:crypto';
import type { ChannelMap, EventMap } from '../../common/ipc/define';
import type { IpcResult } from '../../common/ipc/envelope';
import type { Logger } from '../log/logger';
import { redactValue } from '../log/redact';
import type { HandlersFor } from './define-handlers';
import { forbiddenError, internalError, invalidRequestError, toIpcIssues, unknownChannelError } from './errors';
import { createEventBus, type EventBus, type EventListener } from './event-bus';

/** Options of {@link createRouter}; `S` is whatever the transport calls a sender. */
export interface RouterOptions<Ch extends ChannelMap, Ev extends EventMap, S> {
  readonly contract: { readonly channels: Ch; readonly events: Ev };
  readonly handlers: HandlersFor<Ch, Ev>;
  /** Checked before anything else; a throw counts as "not trusted". */
  readonly isTrustedSender: (sender: S) => boolean;
  readonly log: Logger;
  /** Parse every response and event payload against the contract (default true; the packaged app passes false). */
  readonly validateResponses?: boolean;
  /** Share a bus created earlier (services that emit are built before the router). */
  readonly events?: EventBus<Ev>;
  /** Makes the reference shown with internal errors (injected for deterministic tests). */
  readonly newReference?: () => string;
}

/** The transport-independent IPC door: ipcMain and the web harness both call `dispatch`. */
export interface Router<Ev extends EventMap, S> {
  readonly channels: readonly string[];
  /** Sender ✓ → channel ✓ → request schema ✓ → handler → (response schema ✓) → envelope. Never rejects. */
  dispatch(channel: string, payload: unknown, sender: S): Promise<IpcResult<unknown>>;
  readonly emit: EventBus<Ev>['emit'];
  /** Binds a transport to every pushed event; returns the unbinding function. */
  subscribe(listener: EventListener): () => void;
}

function isEnvelope(value: unknown): value is IpcResult<unknown> {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as { ok?: unknown; data?: unknown; error?: { code?: unknown; message?: { 'zh-CN'?: unknown; en?: unknown } } };
  if (candidate.ok === true) return 'data' in candidate;
  if (candidate.ok !== false) return false;
  const error = candidate.error;
  return typeof error?.code === 'string' && typeof error.message?.['zh-CN'] === 'string' && typeof error.message.en === 'string';
}

/** Builds the router; throws at startup (a wiring bug) if a channel has no handler function. */
export function createRouter<Ch extends ChannelMap, Ev extends EventMap, S>(options: RouterOptions<Ch, Ev, S>): Router<Ev, S> {
  const { contract, handlers, isTrustedSender, log } = options;
  const validate = options.validateResponses ?? true;
  const newReference = options.newReference ?? (() => randomUUID().slice(0, 8));
  const bus = options.events ?? createEventBus({ events: contract.events, log, validate });
  const names = Object.keys(contract.channels);
  const missing = names.filter((name) => typeof (handlers as Record<string, unknown>)[name] !== 'function');
  if (missing.length > 0) throw new TypeError(`IPC channels without a handler: ${missing.join(', ')}`);

  function trusted(channel: string, sender: S): boolean {
    try {
      return isTrustedSender(sender) === true;
    } catch (error) {
      log.warn('ipc: sender check threw; refusing', { channel, error });
      return false;
    }
  }

  async function dispatch(channel: string, payload: unknown, sender: S): Promise<IpcResult<unknown>> {
    const name = typeof channel === 'string' ? channel : String(channel);
    if (!trusted(name, sender)) {
      log.warn('ipc: refused an untrusted sender', { channel: name.slice(0, 80) });
      return forbiddenError(name.slice(0, 80));
    }
    if (!Object.hasOwn(contract.channels, name)) return unknownChannelError(name);
    const spec = contract.channels[name] as Ch[string];
    const handler = handlers[name] as unknown as (request: unknown, context: unknown) => unknown;
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) return invalidRequestError(name, toIpcIssues(parsed.error.issues));

    let result: unknown;
    try {
      result = await handler(parsed.data, { channel: name, emit: bus.emit });
    } catch (error) {
      const reference = newReference();
      log.error('ipc: handler threw', { channel: name, reference, error });
      return internalError(name, reference);
    }
    if (!isEnvelope(result)) {
      const reference = newReference();
      log.error('ipc: handler returned something that is not an envelope', { channel: name, reference });
      return internalError(name, reference);
    }
    if (!result.ok) {
      // Defence in depth: a handler's message or details must never carry a secret (§3.3).
      return { ok: false, error: redactValue(result.error) as typeof result.error };
    }
    if (validate) {
      const checked = spec.response.safeParse(result.data);
      if (!checked.success) {
        const reference = newReference();
        log.error('ipc: response breaks the contract', { channel: name, reference, issues: toIpcIssues(checked.error.issues) });
        return internalError(name, reference);
      }
    }
    return result;
  }

  return { channels: names, dispatch, emit: bus.emit, subscribe: bus.subscribe };
}
