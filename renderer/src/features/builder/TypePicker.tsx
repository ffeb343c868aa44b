import { CARD_TYPES, cardTypeName } from '../../../../common/coupon/card-types';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { builderText } from '../../i18n/builder-text';
import { useBuilderStore } from '../../stores/builder-store';
import { TypeBadge } from './TypeBadge';
import { addMemberCardDraft } from './member/member-draft';
import { memberText } from './member/member-text';

/** The empty editor: the five coupon types as large choices. */
export function TypePicker() {
  const t = useT();
  const addDraft = useBuilderStore((s) => s.addDraft);
  return (
    <div className="type-picker">
      <EmptyState icon="ticket" title={builderText.emptyBatchTitle} body={builderText.emptyBatchBody} />
      {/* Told before the first draft, not after a failed run (issue 11, problem 7). */}
      <div className="callout callout--warning type-picker__notice" data-testid="stop-2021-notice">
        <Icon name="warning" size={16} />
        <div>
          <p className="callout__title">{t(builderText.stop2021Title)}</p>
          <p>{t(builderText.stop2021Body)}</p>
        </div>
      </div>
      <div className="type-picker__grid">
        {CARD_TYPES.map((type) => (
          <button key={type} type="button" className="type-card" onClick={() => addDraft(type)} data-testid={`start-${type}`}>
            <TypeBadge type={type} large />
            <span className="type-card__name">{t(cardTypeName(type))}</span>
            <span className="type-card__hint">{t(builderText.typeHint[type])}</span>
          </button>
        ))}
        <button type="button" className="type-card" onClick={addMemberCardDraft} data-testid="start-MEMBER_CARD">
          <TypeBadge type="MEMBER_CARD" large />
          <span className="type-card__name">{t(memberText.kindName)}</span>
          <span className="type-card__hint">{t(memberText.startHint)}</span>
        </button>
      </div>
    </div>
  );
}
