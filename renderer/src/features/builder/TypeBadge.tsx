import type { CardType } from '../../../../common/coupon/card-types';
import { cardTypeName } from '../../../../common/coupon/card-types';
import { useT } from '../../i18n';
import { typeShortName } from '../../lib/draft-model';

/** 团购 / 代金 / 折扣 / 兑换 / 优惠: the type as a small coloured badge. */
export function TypeBadge({ type, large }: { type: CardType | undefined; large?: boolean }) {
  const t = useT();
  if (!type) return <span className="type-badge type-badge--unknown">?</span>;
  return (
    <span className={`type-badge type-badge--${type.toLowerCase()}${large ? ' type-badge--large' : ''}`} title={`${t(cardTypeName(type))} (${type})`}>
      {t(typeShortName(type))}
    </span>
  );
}
