import type { Channel, EventName } from './contract';

/**
 * The contract's names without zod: the sandboxed preload may not `require` packages, and
 * electron-vite leaves dependencies external, so the preload builds the bridge from these lists.
 * The checks below make `tsc` name any channel or event missing here; test/ipc checks the runtime.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'app:openExternal',
  'app:dataDir',
  'app:openDataDir',
  'app:backupDataDir',
  'settings:get',
  'settings:set',
  'accounts:list',
  'accounts:create',
  'accounts:update',
  'accounts:remove',
  'accounts:setSecret',
  'accounts:clearSecret',
  'accounts:testConnection',
  'accounts:stores',
  'accounts:secretStorage',
  'accounts:setSecretStorage',
  'drafts:list',
  'drafts:get',
  'drafts:create',
  'drafts:save',
  'drafts:rename',
  'drafts:delete',
  'drafts:duplicate',
  'drafts:cloneToAccount',
  'drafts:importJson',
  'drafts:exportJson',
  'drafts:decodeImportFile',
  'images:intake',
  'images:get',
  'sandbox:status',
  'sandbox:setScenario',
  'sandbox:review',
  'sandbox:advanceClock',
  'sandbox:payWithPayCell',
  'sandbox:payCellEvents',
  'batch:start',
  'batch:pause',
  'batch:preflight',
  'batch:resume',
  'batch:cancel',
  'batch:status',
  'history:query',
  'history:export',
  'history:refreshReview',
  'history:setCell',
  'history:problems',
  'history:acknowledgeProblems',
  'console:endpoints',
  'console:send',
  'members:cards',
  'members:get',
  'members:change',
  'members:activate',
  'members:reconcile',
  'counter:redeem',
  'counter:recent',
  'counter:stocks',
  'counter:reconcile',
  'merchants:list',
  'merchants:add',
  'merchants:addSandbox',
  'merchants:update',
  'merchants:remove',
  'merchants:inspect',
  'merchants:testConnection',
] as const satisfies readonly Channel[];

/** Every pushed event name. */
export const EVENT_NAMES = ['settings:changed', 'sandbox:changed', 'batch:progress', 'history:changed'] as const satisfies readonly EventName[];

type MissingChannel = Exclude<Channel, (typeof CHANNEL_NAMES)[number]>;
type MissingEvent = Exclude<EventName, (typeof EVENT_NAMES)[number]>;
/** Compile-time proof that the lists are complete: the type is the missing name when one is left out. */
export const NAMES_COMPLETE: [MissingChannel, MissingEvent] extends [never, never] ? true : [MissingChannel, MissingEvent] = true;
