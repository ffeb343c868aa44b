/**
 * A draft may hold `local-image:<sha256 hex>` in an image field until the batch engine uploads the
 * file with media/uploadimg (wechat-card-api.md §1.3) and swaps in the returned mmbiz.qpic.cn URL.
 * Only drafts may keep such a reference; the validator refuses it in 'submit' mode.
 */
export const LOCAL_IMAGE_PREFIX = 'local-image:';

/** A reference to an image not uploaded yet. */
export type LocalImageRef = `${typeof LOCAL_IMAGE_PREFIX}${string}`;

const REF_RE = /^local-image:[0-9a-f]{64}$/;
const HASH_RE = /^[0-9a-fA-F]{64}$/;

/** True for `local-image:` followed by exactly 64 lower-case hex digits. */
export function isLocalImageRef(value: unknown): value is LocalImageRef {
  return typeof value === 'string' && value.length === 76 && REF_RE.test(value);
}

/** True for a 64-hex-digit SHA-256 (either case). */
export function isSha256Hex(value: string): boolean {
  return HASH_RE.test(value);
}

/**
 * The reference for a file's SHA-256 (hex, any case; stored lower-case). A hash that is not 64
 * hex digits gives a reference isLocalImageRef refuses, so the validator reports the field.
 */
export function localImageRef(sha256Hex: string): LocalImageRef {
  return `${LOCAL_IMAGE_PREFIX}${sha256Hex.toLowerCase()}`;
}

/** The SHA-256 inside a reference, or undefined when the value is not one. */
export function localImageHash(value: unknown): string | undefined {
  return isLocalImageRef(value) ? value.slice(LOCAL_IMAGE_PREFIX.length) : undefined;
}

/** Where a local reference sits in a body, and its hash. */
export interface LocalImageUse {
  /** Finding-style path, e.g. `card.cash.advanced_info.text_image_list[0].image_url`. */
  path: string;
  hash: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Calls `visit` for each image slot of a body: the object or list holding it, its key and its path. */
export type ImageSlotWalker = (body: unknown, visit: (holder: Obj | unknown[], key: string | number, path: string) => void) => void;

/** Visits each image slot of a card/create body (logo, cover icons, detail images) with its path. */
const forEachImageSlot: ImageSlotWalker = (body, visit) => {
  if (!isObj(body) || !isObj(body.card)) return;
  for (const [typeKeyName, typeObj] of Object.entries(body.card)) {
    if (!isObj(typeObj)) continue;
    const base = `card.${typeKeyName}`;
    if (isObj(typeObj.base_info)) visit(typeObj.base_info, 'logo_url', `${base}.base_info.logo_url`);
    // A member card's face picture goes through uploadimg like the logo (member cards §1.3).
    if (typeKeyName === 'member_card') visit(typeObj, 'background_pic_url', `${base}.background_pic_url`);
    const adv = typeObj.advanced_info;
    if (!isObj(adv)) continue;
    const icons = isObj(adv.abstract) ? adv.abstract.icon_url_list : undefined;
    if (Array.isArray(icons)) icons.forEach((_, i) => visit(icons, i, `${base}.advanced_info.abstract.icon_url_list[${i}]`));
    if (Array.isArray(adv.text_image_list)) {
      adv.text_image_list.forEach((item, i) => {
        if (isObj(item)) visit(item, 'image_url', `${base}.advanced_info.text_image_list[${i}].image_url`);
      });
    }
  }
};

/** Every local image reference in a card/create body (or, with `slots`, another back end's). */
export function findLocalImageRefs(body: unknown, slots: ImageSlotWalker = forEachImageSlot): LocalImageUse[] {
  const uses: LocalImageUse[] = [];
  slots(body, (holder, key, path) => {
    const hash = localImageHash((holder as Record<string | number, unknown>)[key]);
    if (hash !== undefined) uses.push({ path, hash });
  });
  return uses;
}

/**
 * A deep copy of the body with each local reference replaced by its uploaded URL from `urlFor`;
 * references `urlFor` does not know are left in place (the validator will still report them).
 */
export function replaceLocalImageRefs<T>(body: T, urlFor: (hash: string) => string | undefined, slots: ImageSlotWalker = forEachImageSlot): T {
  const copy = structuredClone(body);
  slots(copy, (holder, key) => {
    const slots = holder as Record<string | number, unknown>;
    const hash = localImageHash(slots[key]);
    const url = hash === undefined ? undefined : urlFor(hash);
    if (url !== undefined) slots[key] = url;
  });
  return copy;
}
