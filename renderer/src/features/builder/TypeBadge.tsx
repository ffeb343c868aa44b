import { MEMBER_CARD, cardKindName, type CardKind } from '../../../../common/coupon/card-types';
import { localized } from '../../../../common/i18n';
import { useT } from '../../i18n';
import { typeShortName } from '../../lib/draft-model';

const MEMBER_SHORT = localized('会员', 'Member');

/** 团购 / 代金 / 折扣 / 兑换 / 优惠: the type as a small coloured badge. */
export function TypeBadge({ type, large }: { type: CardKind | undefined; large?: boolean }) {
  const t = useT();
  if (!type) return <span className="type-badge type-badge--unknown">?</span>;
  return (
    <span className={`type-badge type-badge--${type.toLowerCase()}${large ? ' type-badge--large' : ''}`} title={`${t(cardKindName(type))} (${type})`}>
      {t(type === MEMBER_CARD ? MEMBER_SHORT : typeShortName(type))}
    </span>
  );
}
