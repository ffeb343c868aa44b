import type { ChannelMap, EventMap, RequestOutput, ResponseData } from '../../common/ipc/define';
import type { IpcResult } from '../../common/ipc/envelope';
import type { AppChannels, AppEvents, Channel } from '../../common/ipc/contract';
import type { Domain } from '../../common/ipc/api';
import type { EventBus } from './event-bus';

/** What a handler gets besides its parsed request. */
export interface HandlerContext<Ev extends EventMap = AppEvents> {
  readonly channel: string;
  /** Pushes an event to every bound transport. */
  readonly emit: EventBus<Ev>['emit'];
}

/** One channel's handler: parsed request in, envelope out (errors as values; a throw becomes `internal`). */
export type Handler<S extends ChannelMap[string], Ev extends EventMap = AppEvents> = (
  request: RequestOutput<S>,
  context: HandlerContext<Ev>,
) => IpcResult<ResponseData<S>> | Promise<IpcResult<ResponseData<S>>>;

/** A handler for every channel of a map: a missing one or a wrong response type does not compile. */
export type HandlersFor<Ch extends ChannelMap, Ev extends EventMap = AppEvents> = {
  readonly [C in keyof Ch & string]: Handler<Ch[C], Ev>;
};

/** The handlers of one domain of the app contract, e.g. `DomainHandlers<'settings'>`. */
export type DomainHandlers<D extends Domain> = {
  readonly [C in Channel as C extends `${D}:${string}` ? C : never]: Handler<AppChannels[C]>;
};

/** Checks at compile time that `handlers` covers the whole app contract with the right types. */
export function defineHandlers(handlers: HandlersFor<AppChannels>): HandlersFor<AppChannels> {
  return handlers;
}
