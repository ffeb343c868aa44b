// Child of bench/history-storage.ts: opens the history of a data directory read-only and reads the
// first page, as `history list --limit 50` does, then prints the time and the whole process's RSS.
import { openHistoryStore } from '../main/history/history-store';

const dataDir = process.argv[2] ?? '';
const started = performance.now();
const opened = await openHistoryStore({ dataDir, readOnly: true });
if (!opened.ok) throw new Error(opened.error.code);
const page = opened.value.query({ limit: 50 });
const ms = performance.now() - started;
const rss = process.memoryUsage().rss;
await opened.value.close();
process.stdout.write(`${JSON.stringify({ ms, rss, total: page.total, shown: page.records.length })}\n`);
