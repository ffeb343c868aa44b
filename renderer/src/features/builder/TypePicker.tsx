import { CARD_TYPES, cardTypeName } from '../../../../common/coupon/card-types';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n';
import { builderText } from '../../i18n/builder-text';
import { useBuilderStore } from '../../stores/builder-store';
import { TypeBadge } from './TypeBadge';

/** The empty editor: the five coupon types as large choices. */
export function TypePicker() {
  const t = useT();
  const addDraft = useBuilderStore((s) => s.addDraft);
  return (
    <div className="type-picker">
      <EmptyState icon="ticket" title={builderText.emptyBatchTitle} body={builderText.emptyBatchBody} />
      <div className="type-picker__grid">
        {CARD_TYPES.map((type) => (
          <button key={type} type="button" className="type-card" onClick={() => addDraft(type)} data-testid={`start-${type}`}>
            <TypeBadge type={type} large />
            <span className="type-card__name">{t(cardTypeName(type))}</span>
            <span className="type-card__code">{type}</span>
            <span className="type-card__hint">{t(builderText.typeHint[type])}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
