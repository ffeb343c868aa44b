import { z } from 'zod';
import { defineChannels, defineEvents } from '../define';

/**
 * Where an image goes in a card (wechat-card-api.md §1.3 recommended sizes): `logo` base_info.logo_url
 * 300×300; `cover` advanced_info.abstract.icon_url_list 850×350; `detail` text_image_list image_url,
 * at most 1080 wide; `face` a member card's background_pic_url, 1000×600
 * (wechatpay-merchant-coupons-and-member-cards.md §1.3).
 */
export const IMAGE_ROLES = ['logo', 'cover', 'detail', 'face'] as const;
export type ImageRole = (typeof IMAGE_ROLES)[number];

/** The largest file accepted for processing (before resizing; the upload limit is 1 MB after). */
export const MAX_INTAKE_BYTES = 25 * 1024 * 1024;

/** A processed image kept under the data directory, addressed by the SHA-256 of its bytes. */
export const storedImageSchema = z.strictObject({
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** `local-image:<hash>`: what a draft holds until the batch engine uploads it. */
  ref: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive(),
  format: z.enum(['jpeg', 'png']),
  /** A small `data:` URL thumbnail for the renderer (CSP allows `img-src data:`). */
  preview: z.string(),
});
export type StoredImage = z.infer<typeof storedImageSchema>;

/** An image just processed for a role, with the JPEG quality chosen (null for PNG). */
export const intakeResultSchema = storedImageSchema.extend({
  role: z.enum(IMAGE_ROLES),
  quality: z.number().int().min(1).max(100).nullable(),
});
export type IntakeResult = z.infer<typeof intakeResultSchema>;

/** Renderer bytes travel as base64 (IPC payloads stay JSON-safe); drops and the file dialog give a path. */
export const imageSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('bytes'),
    base64: z.string().max(Math.ceil(MAX_INTAKE_BYTES / 3) * 4 + 4),
    /** The original file name, only for messages. */
    name: z.string().max(260).optional(),
  }),
  z.strictObject({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
]);
export type ImageSource = z.infer<typeof imageSourceSchema>;

/** Error codes of the images domain. */
export const IMAGES_ERROR_CODES = {
  unsupportedType: 'image_unsupported_type',
  tooLarge: 'image_too_large',
  unreadable: 'image_unreadable',
  cannotFit: 'image_cannot_fit',
  tooManyPixels: 'image_too_many_pixels',
  tooTall: 'image_too_tall',
  notFound: 'image_not_found',
  storage: 'storage_failed',
} as const;

/** Image intake (JPG/PNG by magic bytes, resized per role, under 1 MB) and lookup by hash. */
export const imagesChannels = defineChannels('images', {
  'images:intake': {
    request: z.strictObject({ role: z.enum(IMAGE_ROLES), source: imageSourceSchema }),
    response: intakeResultSchema,
  },
  'images:get': {
    request: z.strictObject({ hash: z.string().regex(/^[0-9a-fA-F]{64}$/) }),
    response: storedImageSchema,
  },
});

/** The images domain pushes nothing. */
export const imagesEvents = defineEvents('images', {});
