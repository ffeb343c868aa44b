import type { ImageRole } from '../../common/ipc/channels/images';

/** Weixin's media/uploadimg limit: 1 MB (wechat-card-api.md §1.3, 40009 above it). */
export const UPLOAD_LIMIT_BYTES = 1_048_576;

/** How each role is fitted (§1.3 recommended sizes). */
export interface RoleFit {
  readonly width: number;
  /** Undefined: keep the aspect ratio (detail images). */
  readonly height?: number;
  readonly fit: 'cover' | 'inside';
  /** Whether a smaller source is enlarged to the exact size. */
  readonly enlarge: boolean;
}

/** logo 300×300 cover, centred; cover 850×350 cover; detail at most 1080 wide, aspect kept. */
export const ROLE_FITS: Readonly<Record<ImageRole, RoleFit>> = {
  logo: { width: 300, height: 300, fit: 'cover', enlarge: true },
  cover: { width: 850, height: 350, fit: 'cover', enlarge: true },
  detail: { width: 1080, fit: 'inside', enlarge: false },
  // "建议不超过 1000×600" (member cards §1.3): the face is shown at that ratio, so cropped to it.
  face: { width: 1000, height: 600, fit: 'cover', enlarge: false },
};
