import { localized } from '../common/i18n';
import type { CouponStudioApi, Unsubscribe } from '../common/ipc/api';
import { IPC_ERROR_CODES, type IpcResult } from '../common/ipc/envelope';
import { CHANNEL_NAMES, EVENT_NAMES } from '../common/ipc/names';

/**
 * How the bridge reaches main: ipcRenderer in the preload, fetch + SSE in the web harness shim.
 * Kept free of electron, zod and DOM so both builds share it (architecture.md "Why a web harness").
 */
export interface BridgeTransport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  /** Calls `listener` with the payload only; returns the unsubscribe function. */
  subscribe(event: string, listener: (payload: unknown) => void): () => void;
}

/** The names the bridge is built from (the contract's, unless a test narrows them). */
export interface BridgeNames {
  readonly channels: readonly string[];
  readonly events: readonly string[];
}

function transportFailure(channel: string): IpcResult<never> {
  return {
    ok: false,
    error: {
      code: IPC_ERROR_CODES.transport,
      message: localized(
        `无法与主进程通信（${channel}）。请重新启动卡券工作室。`,
        `Could not reach the main process (${channel}). Restart Coupon Studio.`,
      ),
    },
  };
}

function looksLikeEnvelope(value: unknown): value is IpcResult<unknown> {
  return value !== null && typeof value === 'object' && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/**
 * Builds `window.couponStudio`: `api.<domain>.<verb>(request)` per channel and `api.on(event, cb)`.
 * Methods pass exactly one payload, never reject (a transport failure is an envelope too), and
 * there is no generic invoke: only contract channels exist on the object.
 */
export function buildBridge(transport: BridgeTransport, names: BridgeNames = { channels: CHANNEL_NAMES, events: EVENT_NAMES }): CouponStudioApi {
  const domains: Record<string, Record<string, (request?: unknown) => Promise<IpcResult<unknown>>>> = {};
  for (const channel of names.channels) {
    const [domain, verb] = channel.split(':') as [string, string];
    const methods = (domains[domain] ??= {});
    methods[verb] = async (request?: unknown) => {
      try {
        const answer = await transport.invoke(channel, request);
        return looksLikeEnvelope(answer) ? answer : transportFailure(channel);
      } catch {
        return transportFailure(channel);
      }
    };
  }
  const knownEvents = new Set(names.events);
  const on = (event: string, callback: (payload: unknown) => void): Unsubscribe => {
    if (!knownEvents.has(event)) throw new TypeError(`couponStudio.on: unknown event "${String(event)}"`);
    if (typeof callback !== 'function') throw new TypeError('couponStudio.on: the callback must be a function');
    let active = true;
    const stop = transport.subscribe(event, (payload) => {
      if (active) callback(payload);
    });
    return () => {
      if (!active) return;
      active = false;
      stop();
    };
  };
  const api: Record<string, unknown> = { on };
  for (const [domain, methods] of Object.entries(domains)) api[domain] = Object.freeze(methods);
  return Object.freeze(api) as unknown as CouponStudioApi;
}
