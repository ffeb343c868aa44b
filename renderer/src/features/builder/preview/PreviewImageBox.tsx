import { useEffect } from 'react';
import { useT } from '../../../i18n';
import { previewText } from '../../../i18n/preview-text';
import { Icon } from '../../../components/Icon';
import { useImageStore } from '../../../stores/image-store';
import type { PreviewImage } from './preview-model';

/**
 * An image of the preview: the data: thumbnail main made for a local image; for a remote Weixin URL
 * a labelled placeholder, because the CSP lets the page load no remote image (img-src data: blob:).
 */
export function PreviewImageBox({ image, className, fallback }: { image: PreviewImage; className: string; fallback?: string }) {
  const t = useT();
  const hash = image.kind === 'local' ? image.hash : undefined;
  const src = useImageStore((s) => (hash ? s.previews[hash] : undefined));
  const loadPreview = useImageStore((s) => s.loadPreview);
  useEffect(() => {
    if (hash && !src) loadPreview(hash);
  }, [hash, src, loadPreview]);
  if (src) return <img className={className} src={src} alt="" />;
  return (
    <span className={`${className} preview-image--placeholder`} title={image.kind === 'remote' ? t(previewText.imageRemote) : undefined}>
      {fallback ? <span className="preview-image__initial">{fallback}</span> : <Icon name="image" size={20} />}
    </span>
  );
}
