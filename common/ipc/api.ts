import type { IpcResult } from './envelope';
import type { Channel, EventName, EventPayloadOf, RequestOf, ResponseOf } from './contract';

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string> = C extends `${string}:${infer V}` ? V : never;

/** A contract domain (`app`, `settings`, …): one namespace of `window.couponStudio`. */
export type Domain = DomainOf<Channel>;

/** One channel as a method: one argument (omitted when the request is void), an envelope back, never a rejection. */
export type ApiMethod<C extends Channel> = undefined extends RequestOf<C>
  ? (request?: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
  : (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;

/** Stops a subscription; calling it twice is harmless. */
export type Unsubscribe = () => void;

/** Subscribes to a pushed event; the callback gets exactly one argument, the payload. */
export type Subscribe = <E extends EventName>(event: E, callback: (payload: EventPayloadOf<E>) => void) => Unsubscribe;

/** What the renderer sees as `window.couponStudio`: `couponStudio.app.info()`, `couponStudio.on(…)`. */
export type CouponStudioApi = {
  readonly [D in Domain]: { readonly [C in Channel as DomainOf<C> extends D ? VerbOf<C> : never]: ApiMethod<C> };
} & { readonly on: Subscribe };

/** The global name the preload and the web shim install. */
export const API_GLOBAL = 'couponStudio';

/** The bridge's method paths (`app.info`, …, `on`), sorted: the shape test/ipc/preload-surface.json commits. */
export function apiSurface(channelNames: readonly string[]): string[] {
  return [...channelNames.map((name) => name.replace(':', '.')), 'on'].sort();
}
