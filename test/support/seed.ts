/**
 * The seed for a fast-check run: FC_SEED from the environment to replay a failure, otherwise
 * random. Always printed, so a red run can be replayed exactly (style.md habit 8).
 */
export function propertySeed(label: string): number {
  const fromEnv = process.env.FC_SEED;
  const seed = fromEnv ? Number(fromEnv) : Math.floor(Math.random() * 2 ** 31);
  console.log(`[fast-check] ${label}: seed ${seed} (replay with FC_SEED=${seed})`);
  return seed;
}
