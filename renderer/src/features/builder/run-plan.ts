import { findLocalImageRefs } from '../../../../common/coupon/local-image';
import type { Draft } from '../../../../common/drafts/draft';

/** What one 开始创建 will send to Weixin: shown in the confirmation before anything goes out. */
export interface RunPlan {
  cards: number;
  /** Distinct local images, each uploaded once with media/uploadimg (wechat-card-api.md §1.3). */
  images: number;
  /** card/create per card, one upload per image, one paycell/selfconsumecell call per switch asked for (§1.11). */
  calls: number;
}

const imagesOf = new WeakMap<Draft, readonly string[]>();
/** A draft's local image hashes; drafts are immutable, so each body is walked once. */
function localHashes(draft: Draft): readonly string[] {
  let hashes = imagesOf.get(draft);
  if (!hashes) {
    hashes = findLocalImageRefs(draft.card).map((use) => use.hash);
    imagesOf.set(draft, hashes);
  }
  return hashes;
}

/** The plan for the drafts a run will create (the ones without errors and not created yet). */
export function runPlan(drafts: readonly Draft[]): RunPlan {
  const hashes = new Set<string>();
  let after = 0;
  for (const draft of drafts) {
    for (const hash of localHashes(draft)) hashes.add(hash);
    if (draft.after.paycell) after++;
    if (draft.after.selfConsume) after++;
  }
  return { cards: drafts.length, images: hashes.size, calls: drafts.length + hashes.size + after };
}
