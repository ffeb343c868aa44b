import { localized } from '../../common/i18n';
import { err, ok } from '../../common/result';
import type { WeixinClient } from '../wechat';
import type { ImageUploader } from './resolve-refs';

/** The {@link ImageUploader} port over main/wechat's client (`cgi-bin/media/uploadimg`, §1.3). */
export function uploaderFromClient(client: Pick<WeixinClient, 'uploadImage'>): ImageUploader {
  return {
    async uploadImage(bytes, filename, contentType) {
      const sent = await client.uploadImage({ bytes, filename, contentType });
      if (sent.ok) return ok({ url: sent.value.url });
      const { message, fix } = sent.error;
      const trim = (text: string) => text.replace(/[。.！!\s]+$/u, '');
      return err({ message: localized(`${trim(message['zh-CN'])}。${fix['zh-CN']}`, `${trim(message.en)}. ${fix.en}`) });
    },
  };
}
