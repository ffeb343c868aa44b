import { findLocalImageRefs, replaceLocalImageRefs, type ImageSlotWalker, type LocalImageUse } from '../coupon/local-image';

/**
 * A stock may hold `local-image:<sha256>` in an image field until the run uploads the file with the
 * marketing image upload (§2.5) and swaps in the returned media_url, exactly as the card path does
 * with uploadimg (common/coupon/local-image.ts). Only drafts may keep such a reference.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The image slots of a create-stock body: logo, coupon picture, Channels video cover (§2.2). */
export const forEachStockImageSlot: ImageSlotWalker = (body, visit) => {
  if (!isObj(body) || !isObj(body.display_pattern_info)) return;
  const show = body.display_pattern_info;
  visit(show, 'merchant_logo_url', 'display_pattern_info.merchant_logo_url');
  visit(show, 'coupon_image_url', 'display_pattern_info.coupon_image_url');
  if (isObj(show.finder_info)) visit(show.finder_info, 'finder_video_cover_image_url', 'display_pattern_info.finder_info.finder_video_cover_image_url');
};

/** Every local image reference in a create-stock body: what the run must upload first. */
export function findStockImageRefs(body: unknown): LocalImageUse[] {
  return findLocalImageRefs(body, forEachStockImageSlot);
}

/** A copy of the body with each known local reference replaced by its uploaded media_url. */
export function replaceStockImageRefs<T>(body: T, urlFor: (hash: string) => string | undefined): T {
  return replaceLocalImageRefs(body, urlFor, forEachStockImageSlot);
}
