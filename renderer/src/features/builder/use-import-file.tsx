import { Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { localized, type Localized } from '../../../../common/i18n';
import { convertToUtf8, decodeUtf8Input, encodingMessage } from '../../../../common/text/encoding';
import { useT } from '../../i18n';
import { builderText } from '../../i18n/builder-text';
import { useBuilderStore } from '../../stores/builder-store';

/** A file that is GBK or UTF-16, waiting for the merchant to say "convert". */
interface Pending {
  readonly fileName: string;
  readonly text: string;
  readonly message: Localized;
}

const CONVERT_HINT = localized('点“转换并导入”，由本工具转换为 UTF-8', 'choose "Convert and import" and the app converts it to UTF-8');

/**
 * Reads a chosen import file as bytes rather than `file.text()`: a GBK ("ANSI") file read as UTF-8
 * turns its Chinese into � silently, and the coupon would be created with a garbled title. UTF-8
 * is imported at once; GBK and UTF-16 are named and converted only after the merchant agrees;
 * anything else is refused with how to re-save it (common/text/encoding.ts).
 */
export function useImportFile(): { readonly importFile: (file: File) => Promise<void>; readonly dialog: ReactNode } {
  const t = useT();
  const [pending, setPending] = useState<Pending | null>(null);
  const { importJson, showNotice } = useBuilderStore.getState();

  async function importFile(file: File): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const decoded = decodeUtf8Input(bytes);
    if (decoded.ok) return importJson(decoded.text);
    const converted = convertToUtf8(bytes);
    if (!converted) {
      showNotice('error', builderText.importFailed, encodingMessage(file.name, decoded.problem));
      return;
    }
    setPending({ fileName: file.name, text: converted.text, message: encodingMessage(file.name, decoded.problem, CONVERT_HINT) });
  }

  const dialog = (
    <Modal
      open={pending !== null}
      title={t(builderText.importEncodingTitle)}
      okText={t(builderText.importConvert)}
      cancelText={t(builderText.importCancel)}
      onOk={() => {
        if (pending) importJson(pending.text);
        setPending(null);
      }}
      onCancel={() => setPending(null)}
      okButtonProps={{ 'data-testid': 'import-convert' }}
      cancelButtonProps={{ 'data-testid': 'import-convert-cancel' }}
      destroyOnHidden
    >
      <p data-testid="import-encoding-message">{pending ? t(pending.message) : null}</p>
    </Modal>
  );
  return { importFile, dialog };
}
