/**
 * The IPC contract: every request/response channel and every pushed event, with zod schemas.
 * main/ipc (router), preload/ (window.couponStudio) and renderer/src/api derive everything from it.
 *
 * How to add a domain (example: `accounts`):
 *  1. common/ipc/channels/accounts.ts:
 *       export const accountsChannels = defineChannels('accounts', {
 *         'accounts:list': { request: z.void(), response: z.array(accountSchema) },
 *         'accounts:setSecret': { request: z.strictObject({ accountId: z.uuid(), secret: z.string() }), response: z.null() },
 *       });
 *       export const accountsEvents = defineEvents('accounts', { 'accounts:changed': z.array(accountSchema) });
 *     Names are `domain:verb`, lower camelCase; the preload exposes `couponStudio.accounts.setSecret()`.
 *     Use z.strictObject for requests (a typo is refused, not dropped). Response schemas describe the
 *     wire exactly: no transforms or defaults (the router validates but sends the handler's data).
 *     Keep requests, responses and events JSON-safe (no Date, Map, undefined-in-arrays, Uint8Array —
 *     send base64 or numbers): Electron's structured clone and the web harness's JSON must agree.
 *     Never put a secret or an access_token in a response or event (security-reliability.md §3.3).
 *  2. Spread the maps into `channels` and `events` below.
 *  3. List the new names in common/ipc/names.ts (the zod-free list the sandboxed preload uses);
 *     `tsc` names any channel you forgot.
 *  4. Add the new methods to test/ipc/preload-surface.json (the committed bridge surface).
 *  5. main/<domain>/ipc-handlers.ts: `export function accountsHandlers(deps): DomainHandlers<'accounts'>`
 *     returning `ipcOk(data)` / `ipcFail(code, localized(zh, en), details)`; then add it to
 *     createHandlers() in main/ipc/handlers/index.ts and its deps to HandlerDeps (tsc refuses a
 *     missing handler or a wrong response type). Hosts (main/index.ts, main/web/harness-host.ts)
 *     build the deps.
 */
import { accountsChannels, accountsEvents } from './channels/accounts';
import { appChannels, appEvents } from './channels/app';
import { batchChannels, batchEvents } from './channels/batch';
import { consoleChannels, consoleEvents } from './channels/console';
import { counterChannels, counterEvents } from './channels/counter';
import { draftsChannels, draftsEvents } from './channels/drafts';
import { historyChannels, historyEvents } from './channels/history';
import { imagesChannels, imagesEvents } from './channels/images';
import { membersChannels, membersEvents } from './channels/members';
import { merchantsChannels, merchantsEvents } from './channels/merchants';
import { sandboxChannels, sandboxEvents } from './channels/sandbox';
import { settingsChannels, settingsEvents } from './channels/settings';
import type { z } from 'zod';
import type { RequestInput, RequestOutput, ResponseData } from './define';

/** Every request/response channel of the app. */
export const channels = {
  ...appChannels,
  ...settingsChannels,
  ...accountsChannels,
  ...draftsChannels,
  ...imagesChannels,
  ...sandboxChannels,
  ...batchChannels,
  ...historyChannels,
  ...consoleChannels,
  ...membersChannels,
  ...counterChannels,
  ...merchantsChannels,
} as const;

/** Every event main pushes to the renderer. */
export const events = {
  ...appEvents,
  ...settingsEvents,
  ...accountsEvents,
  ...draftsEvents,
  ...imagesEvents,
  ...sandboxEvents,
  ...batchEvents,
  ...historyEvents,
  ...consoleEvents,
  ...membersEvents,
  ...counterEvents,
  ...merchantsEvents,
} as const;

/** The whole contract, as the router takes it. */
export const contract = { channels, events } as const;

/** The app's channel map type. */
export type AppChannels = typeof channels;
/** The app's event map type. */
export type AppEvents = typeof events;
/** A channel name, e.g. `app:info`. */
export type Channel = keyof AppChannels & string;
/** A pushed event name, e.g. `settings:changed`. */
export type EventName = keyof AppEvents & string;
/** What the renderer passes to a channel. */
export type RequestOf<C extends Channel> = RequestInput<AppChannels[C]>;
/** What a channel's handler receives after parsing. */
export type ParsedRequestOf<C extends Channel> = RequestOutput<AppChannels[C]>;
/** What a channel answers with inside `{ ok: true, data }`. */
export type ResponseOf<C extends Channel> = ResponseData<AppChannels[C]>;
/** The payload of a pushed event. */
export type EventPayloadOf<E extends EventName> = z.output<AppEvents[E]>;
