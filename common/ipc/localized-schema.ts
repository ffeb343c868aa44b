import { z } from 'zod';

/** A user-facing text in both languages on the wire (common/i18n.ts `Localized`). */
export const localizedSchema = z.strictObject({ 'zh-CN': z.string(), en: z.string() });
