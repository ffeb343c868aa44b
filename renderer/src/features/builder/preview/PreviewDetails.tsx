import { useT } from '../../../i18n';
import { previewText } from '../../../i18n/preview-text';
import type { PreviewModel } from './preview-model';
import { PreviewImageBox } from './PreviewImageBox';

/** The detail page under the cells: cover, offer, conditions, hours, services, terms and picture-text items. */
export function PreviewDetails({ model: m, offer }: { model: PreviewModel; offer: string }) {
  const t = useT();
  return (
    <div className="detail-page">
      {m.cover && (
        <figure className="detail-page__cover">
          <PreviewImageBox image={m.cover.image} className="detail-page__cover-image" />
          {m.cover.text && <figcaption>{m.cover.text}</figcaption>}
        </figure>
      )}
      <section className="detail-page__block">
        <h4>{t(previewText.detailCell)}</h4>
        <p className="detail-page__offer" data-testid="preview-offer">
          {offer}
        </p>
      </section>
      <section className="detail-page__block">
        <h4>{t(previewText.conditions)}</h4>
        <ul className="detail-page__list">
          {m.conditions.map((c, i) => (
            <li key={i}>{t(c)}</li>
          ))}
        </ul>
      </section>
      {m.hours.length > 0 && (
        <section className="detail-page__block">
          <h4>{t(previewText.hours)}</h4>
          <ul className="detail-page__list">
            {m.hours.map((h, i) => (
              <li key={i}>{t(h)}</li>
            ))}
          </ul>
        </section>
      )}
      {m.services.length > 0 && (
        <section className="detail-page__block">
          <h4>{t(previewText.services)}</h4>
          <p className="detail-page__tags">
            {m.services.map((s, i) => (
              <span className="detail-page__tag" key={i}>
                {t(s)}
              </span>
            ))}
          </p>
        </section>
      )}
      {m.description && (
        <section className="detail-page__block">
          <h4>{t(previewText.usage)}</h4>
          <p className="detail-page__text">{m.description}</p>
        </section>
      )}
      {m.details.map((d, i) => (
        <figure className="detail-page__item" key={i}>
          <PreviewImageBox image={d.image} className="detail-page__item-image" />
          {d.text && <figcaption>{d.text}</figcaption>}
        </figure>
      ))}
      {m.phone && (
        <p className="detail-page__phone">
          {t(previewText.phoneLine(m.phone))}
        </p>
      )}
    </div>
  );
}
