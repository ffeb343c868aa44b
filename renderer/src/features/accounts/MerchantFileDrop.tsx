import { InboxOutlined, FileTextOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import type { Localized } from '../../../../common/i18n';
import { PEM_MAX_CHARS } from '../../../../common/ipc/channels/merchants';
import { useT } from '../../i18n';
import { merchantFormText as text } from '../../i18n/merchant-form-text';

/** Reads a dropped file as text (FileReader: jsdom and every Chromium have it). */
function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

/**
 * One PEM file as a drop zone (antd Upload.Dragger): nothing is uploaded anywhere — the text is read
 * here and goes to main with the save. A file that is not text PEM is refused at once.
 */
export function MerchantFileDrop({
  id,
  fileName,
  kept,
  onFile,
  onRefused,
  testId,
}: {
  id: string;
  fileName: string | null;
  /** Shown when nothing is chosen but a saved one stays. */
  kept?: Localized | undefined;
  onFile(name: string, text: string): void;
  onRefused(message: Localized): void;
  testId: string;
}) {
  const t = useT();
  return (
    <div className="merchant-drop" data-testid={testId}>
    <Upload.Dragger
      id={id}
      accept=".pem,.crt,.cer,.key,text/plain"
      multiple={false}
      showUploadList={false}
      beforeUpload={(file) => {
        void readText(file)
          .then((content) => (content.length > PEM_MAX_CHARS || !content.includes('-----BEGIN') ? onRefused(text.notText) : onFile(file.name, content)))
          .catch(() => onRefused(text.notText));
        // Never upload: the file stays on this computer until main stores it.
        return false;
      }}
    >
      <p className="merchant-drop__icon">{fileName ? <FileTextOutlined /> : <InboxOutlined />}</p>
      <p className="merchant-drop__text" data-testid={`${testId}-name`}>
        {fileName ? t(text.chosen(fileName)) : kept ? t(kept) : t(text.drop)}
      </p>
    </Upload.Dragger>
    </div>
  );
}
