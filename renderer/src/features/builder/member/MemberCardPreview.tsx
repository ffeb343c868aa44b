import { Icon } from '../../../components/Icon';
import { useT } from '../../../i18n';
import { previewText } from '../../../i18n/preview-text';
import { PreviewImageBox } from '../preview/PreviewImageBox';
import { memberPreviewModel } from './member-preview-model';
import { memberText } from './member-text';

/**
 * The member card as the WeChat card bag shows it: the face (colour or the uploaded picture) with
 * logo, brand and name; the header cells (积分, 余额, custom fields) under it; entry rows and privileges.
 */
export function MemberCardPreview({ card }: { card: unknown }) {
  const t = useT();
  const m = memberPreviewModel(card);
  const initial = Array.from(m.brand.trim())[0] ?? '';
  return (
    <div className="phone" data-testid="member-preview">
      <div className="phone__nav">
        <Icon name="chevronRight" size={16} className="phone__back" />
        <span>{t(memberText.kindName)}</span>
        <Icon name="more" size={18} />
      </div>
      <div className="phone__screen">
        <div className="member-face" data-testid="member-face" data-face={m.face.kind === 'none' ? 'color' : 'picture'} style={{ backgroundColor: m.colorHex }}>
          {m.face.kind !== 'none' && <PreviewImageBox image={m.face} className="member-face__picture" />}
          <div className="member-face__top">
            <PreviewImageBox image={m.logo} className="ticket__logo member-face__logo" fallback={initial} />
            <div className="member-face__names">
              <p className="member-face__brand" data-testid="member-preview-brand">{m.brand}</p>
              <p className="member-face__title" data-testid="member-preview-title">{m.title}</p>
            </div>
          </div>
          <Icon name="qrcode" size={20} className="member-face__code" />
        </div>
        {m.headerCells.length > 0 && (
          <ul className="member-header" data-testid="member-header-cells">
            {m.headerCells.map((cell, i) => (
              <li key={i} className="member-header__cell">
                <span className="member-header__value">—</span>
                <span className="member-header__name">{t(cell)}</span>
              </li>
            ))}
          </ul>
        )}
        <ul className="cells">
          {m.entries.map((entry, i) => (
            <li className="cells__item cells__item--entry" key={i} data-testid="member-preview-entry">
              <span>{entry.name}</span>
              <span className="cells__value">{entry.tips}</span>
              <Icon name="chevronRight" size={14} />
            </li>
          ))}
          <li className="cells__item">
            <span>{t(previewText.detailCell)}</span>
            <Icon name="chevronRight" size={14} />
          </li>
        </ul>
        {m.prerogative !== '' && (
          <div className="detail-page">
            <div className="detail-page__block">
              <h4>{t(memberText.preview.privileges)}</h4>
              <p className="detail-page__text" data-testid="member-preview-prerogative">{m.prerogative}</p>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
