import { fullPath } from '../../../lib/draft-model';
import { useEditor } from '../editor-context';
import { DiscountField } from '../fields/DiscountField';
import { MoneyField } from '../fields/MoneyField';
import { TextField } from '../fields/TextField';

/** 优惠详情: the fields only this coupon type carries (§4.4). */
export function DealSection() {
  const { type } = useEditor();
  switch (type) {
    case 'GROUPON':
      return <TextField path={fullPath(type, 'groupon.deal_detail')} multiline rows={5} />;
    case 'CASH':
      return (
        <div className="grid-2">
          <MoneyField path={fullPath(type, 'cash.reduce_cost')} />
          <MoneyField path={fullPath(type, 'cash.least_cost')} />
        </div>
      );
    case 'DISCOUNT':
      return <DiscountField path={fullPath(type, 'discount.discount')} />;
    case 'GIFT':
      return <TextField path={fullPath(type, 'gift.gift')} multiline rows={3} />;
    case 'GENERAL_COUPON':
      return <TextField path={fullPath(type, 'general_coupon.default_detail')} multiline rows={4} />;
  }
}
