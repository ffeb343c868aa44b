import { localized } from '../../common/i18n';
import { DRAFTS_ERROR_CODES } from '../../common/ipc/channels/drafts';
import { err, ok, type Result } from '../../common/result';
import { convertToUtf8, decodeUtf8Input, encodingMessage } from '../../common/text/encoding';
import type { DraftsError } from './draft-errors';

/**
 * The text of a file chosen for import. The renderer reads the bytes and main decodes them, so a
 * GBK or UTF-16 file is named (and, when the merchant agrees, converted) instead of reaching the
 * parser as U+FFFD or as a garbled title.
 */
export function decodeImportFile(fileName: string, bytes: Uint8Array, convert: boolean): Result<{ text: string; convertedFrom: 'gbk' | 'utf16le' | 'utf16be' | null }, DraftsError> {
  const decoded = decodeUtf8Input(bytes);
  if (decoded.ok) return ok({ text: decoded.text, convertedFrom: null });
  const convertible = decoded.problem.kind !== 'not_utf8';
  if (convert && convertible) {
    const converted = convertToUtf8(bytes);
    if (converted && converted.from !== 'utf8') return ok({ text: converted.text, convertedFrom: converted.from });
  }
  const hint = convertible ? localized('点“转换为 UTF-8 并导入”，由本应用转换（原文件不变）', 'choose "Convert to UTF-8 and import" to let the app convert it (the original file stays as it is)') : undefined;
  return err({
    code: DRAFTS_ERROR_CODES.importEncoding,
    message: encodingMessage(fileName, decoded.problem, hint),
    details: { encoding: decoded.problem.kind, convertible },
  });
}
