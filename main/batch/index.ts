// The batch engine: what the hosts and the CLI call.
export { openBatchServices, startBatchServices, type BatchServices, type BatchServicesHandle, type BatchServicesOptions } from './services';
export { createBatchEngine, type BatchEngine, type BatchEngineOptions, type EngineStats } from './engine';
export { accountClients, type AccountClient, type AccountClients, type AccountClientsOptions, type AccountUnavailable } from './clients';
export type { EngineHooks, DraftOutcome } from './engine-context';
export type { RecoveryReport } from './recovery';
export type { PassReport, ReconcileTarget } from './reconcile-pass';
export { fingerprintOfBody, fingerprintOfCard } from './fingerprint';
export { opIdOf, orphanIdOf } from './ids';
export { batchError, type BatchError } from './batch-errors';
