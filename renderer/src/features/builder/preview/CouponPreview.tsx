import type { CardType } from '../../../../../common/coupon/card-types';
import type { Localized } from '../../../../../common/i18n';
import { Icon } from '../../../components/Icon';
import { useT } from '../../../i18n';
import { previewText } from '../../../i18n/preview-text';
import { previewModel } from './preview-model';
import { PreviewImageBox } from './PreviewImageBox';
import { PreviewDetails } from './PreviewDetails';

/** The address Weixin opens for an entry (§2.8): the merchant's page must read encrypt_code and card_id. */
function RedirectLine({ url }: { url: string }) {
  const t = useT();
  return (
    <span className="redirect-line" data-testid="preview-redirect" title={t(previewText.redirectHint)}>
      <span className="redirect-line__label">{t(previewText.redirectLabel)}</span>
      <span className="redirect-line__url">{url}</span>
    </span>
  );
}

/**
 * The coupon as the WeChat card bag shows it, redrawn on every keystroke: colour header with the
 * round logo, brand, title and subtitle; the centre button; validity in China time; the code hint;
 * the cells; then the detail page (offer, conditions, cover, items).
 */
export function CouponPreview({ card, type }: { card: unknown; type: CardType }) {
  const t = useT();
  const m = previewModel(card, type);
  const text = (value: Localized | string) => (typeof value === 'string' ? value : t(value));
  const initial = Array.from(m.brand.trim())[0] ?? '';
  return (
    <div className="phone" data-testid="coupon-preview">
      <div className="phone__nav">
        <Icon name="chevronRight" size={16} className="phone__back" />
        <span>{t(previewText.navTitle)}</span>
        <Icon name="more" size={18} />
      </div>
      <div className="phone__screen">
        <div className="ticket">
          <div className="ticket__head" data-testid="preview-header" style={{ backgroundColor: m.colorHex }}>
            <PreviewImageBox image={m.logo} className="ticket__logo" fallback={initial} />
            <p className="ticket__brand" data-testid="preview-brand">{m.brand}</p>
            <p className="ticket__title" data-testid="preview-title">{m.title}</p>
            {m.subTitle && <p className="ticket__sub">{m.subTitle}</p>}
          </div>
          <div className="ticket__tear" aria-hidden="true" />
          <div className="ticket__body">
            {m.center && (
              <div className="ticket__center">
                <span className="ticket__button" style={{ backgroundColor: m.colorHex }} data-testid="preview-center">
                  {m.center.title}
                </span>
                {m.center.subTitle && <span className="ticket__center-sub">{m.center.subTitle}</span>}
                {m.center.redirect && <RedirectLine url={m.center.redirect} />}
              </div>
            )}
            <p className="ticket__validity" data-testid="preview-validity">
              {t(m.validity)}
            </p>
            {m.codeType && previewText.code[m.codeType] && (
              <p className="ticket__code">
                <Icon name={m.codeType.includes('QRCODE') ? 'qrcode' : m.codeType.includes('BARCODE') ? 'barcode' : m.codeType === 'CODE_TYPE_NONE' ? 'link' : 'textCode'} size={14} />
                {t(previewText.code[m.codeType] as Localized)}
              </p>
            )}
            {m.notice && <p className="ticket__notice">{m.notice}</p>}
          </div>
        </div>
        <ul className="cells">
          <li className="cells__item">
            <span>{t(previewText.detailCell)}</span>
            <Icon name="chevronRight" size={14} />
          </li>
          <li className="cells__item">
            <span>{t(previewText.storesCell)}</span>
            <span className="cells__value">{t(m.stores)}</span>
            <Icon name="chevronRight" size={14} />
          </li>
          {m.entries.map((entry, i) => (
            <li className="cells__item cells__item--entry" key={i}>
              <span>{entry.name}</span>
              <span className="cells__value">{entry.subTitle}</span>
              <Icon name="chevronRight" size={14} />
              {entry.redirect && <RedirectLine url={entry.redirect} />}
            </li>
          ))}
          <li className="cells__item">
            <span>{t(previewText.accountCell)}</span>
            <span className="cells__value">{m.brand}</span>
            <Icon name="chevronRight" size={14} />
          </li>
        </ul>
        <PreviewDetails model={m} offer={text(m.offer)} />
      </div>
    </div>
  );
}
