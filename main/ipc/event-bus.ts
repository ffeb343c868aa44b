import type { z } from 'zod';
import type { EventMap } from '../../common/ipc/define';
import type { Logger } from '../log/logger';
import { toIpcIssues } from './errors';

/** Receives every emitted event; transports (ipcMain, the harness's SSE) bind one. */
export type EventListener = (event: string, payload: unknown) => void;

/** Typed event emission for services, fan-out to whatever transports are bound. */
export interface EventBus<Ev extends EventMap> {
  emit<E extends keyof Ev & string>(event: E, payload: z.output<Ev[E]>): void;
  subscribe(listener: EventListener): () => void;
}

/** Options of {@link createEventBus}. */
export interface EventBusOptions<Ev extends EventMap> {
  readonly events: Ev;
  readonly log: Logger;
  /** Validate payloads against the contract before sending (dev/test); a bad payload is logged and dropped. */
  readonly validate: boolean;
}

/** Creates the bus; a listener that throws is logged and never stops the others. */
export function createEventBus<Ev extends EventMap>({ events, log, validate }: EventBusOptions<Ev>): EventBus<Ev> {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      const schema = Object.hasOwn(events, event) ? events[event] : undefined;
      if (schema === undefined) {
        log.error('ipc: emit of an event not in the contract', { event });
        return;
      }
      if (validate) {
        const parsed = schema.safeParse(payload);
        if (!parsed.success) {
          log.error('ipc: event payload breaks the contract', { event, issues: toIpcIssues(parsed.error.issues) });
          return;
        }
      }
      for (const listener of listeners) {
        try {
          listener(event, payload);
        } catch (error) {
          log.error('ipc: event listener failed', { event, error });
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
