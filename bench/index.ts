/**
 * Runs every registered benchmark in sequence: `npx tsx bench/index.ts` (npm run bench).
 * Benchmarks print ratios against a baseline measured in the same run (style.md habit 10).
 * To add one, create bench/<name>.ts exporting `bench: Bench` and add its path below.
 */

/** A benchmark module's export. */
export interface Bench {
  name: string;
  run(): Promise<void> | void;
}

const MODULES = [
  './validator',
  './busifavor-validator',
  './history-storage',
  './batch-throughput',
  './codes-upload',
  './known-cards',
  './keystroke',
];

for (const path of MODULES) {
  const { bench } = (await import(path)) as { bench: Bench };
  console.log(`\n== ${bench.name} ==`);
  await bench.run();
}
