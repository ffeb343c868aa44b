// A process that opens the history, asks for one run's lease and keeps it (renewing) until killed.
// Prints one JSON line: {"held":true|false,"pid":…}. Env: CS_DATA_DIR, CS_RUN_ID, CS_LEASE_TTL_MS.
import { openHistoryStore } from '../../../main/history/history-store';

const opened = await openHistoryStore({ dataDir: process.env.CS_DATA_DIR ?? '', leaseTtlMs: Number(process.env.CS_LEASE_TTL_MS ?? 1000) });
if (!opened.ok) throw new Error(opened.error.code);
const lease = opened.value.leaseRun(process.env.CS_RUN_ID ?? '');
process.stdout.write(`${JSON.stringify({ held: lease.ok, pid: process.pid })}\n`);
setInterval(() => undefined, 60_000);
