import { localized } from '../../../common/i18n';
import { MAX_INTAKE_BYTES } from '../../../common/ipc/channels/images';

const mb = Math.round(MAX_INTAKE_BYTES / 1024 / 1024);

/** Texts of the image drop zones. */
export const imageText = {
  unavailable: localized(
    '图片处理服务暂不可用（主进程未提供 images 通道）：暂时无法添加本地图片，可稍后重试。',
    'Image intake unavailable (main offers no images channel): local images cannot be added yet; try again later.',
  ),
  tooLargeLocal: localized(`文件超过 ${mb} MB，无法处理：请先缩小图片再上传`, `The file is larger than ${mb} MB and cannot be processed: shrink it first`),
  readFailed: localized('无法读取这个文件：请重新选择', 'This file could not be read: choose it again'),
  drop: localized('拖入图片，或点击选择', 'Drop an image, or click to choose'),
  replace: localized('更换图片', 'Replace image'),
  remove: localized('移除图片', 'Remove image'),
  formats: localized('JPG 或 PNG，自动压缩到 1 MB 以内', 'JPG or PNG, compressed to under 1 MB'),
  working: localized('处理中…', 'Processing…'),
  uploaded: localized('微信图片', 'Weixin image'),
  local: localized('本地图片，创建时自动上传', 'Local image, uploaded when the batch is created'),
  size: {
    logo: localized('建议 300×300', '300×300 suggested'),
    cover: localized('建议 850×350', '850×350 suggested'),
    detail: localized('宽度不超过 1080', 'At most 1080 wide'),
    face: localized('建议 1000×600', '1000×600 suggested'),
  },
  urlPlaceholder: localized('或粘贴 mmbiz.qpic.cn 图片链接', 'or paste an mmbiz.qpic.cn image URL'),
};
