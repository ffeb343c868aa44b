import { DeveloperDetail } from '../../../components/DeveloperDetail';
import { Icon } from '../../../components/Icon';
import { useT } from '../../../i18n';
import { IntField } from '../fields/IntField';
import { MoneyField } from '../fields/MoneyField';
import { TextField } from '../fields/TextField';
import { memberText } from './member-text';
import { SupplySwitch } from './SupplySwitch';
import { m, useMemberCard } from './use-member-card';

/**
 * 积分与储值. Both cannot be turned off once the card exists (§1.3), so that is said before the
 * switch; stored value needs a permission Weixin grants per account (43010 without it), so that is
 * said before it too, in the merchant's words, the error code only in the developer detail.
 */
export function MemberPointsSection() {
  const t = useT();
  const { card } = useMemberCard();
  return (
    <>
      <p className="field__help">{t(memberText.pointsOffWarning)}</p>
      <SupplySwitch which="bonus" />
      {card.supply_bonus === true && (
        <fieldset className="subcard" data-testid="bonus-rules">
          <legend className="subcard__title">{t(memberText.bonusRuleTitle)}</legend>
          <TextField path={m('bonus_rules')} />
          <TextField path={m('bonus_cleared')} />
          <p className="subcard__label">{t(memberText.bonusRuleEarn)}</p>
          <div className="grid-2">
            <MoneyField path={m('bonus_rule.cost_money_unit')} />
            <IntField path={m('bonus_rule.increase_bonus')} />
            <IntField path={m('bonus_rule.max_increase_bonus')} />
            <IntField path={m('bonus_rule.init_increase_bonus')} />
          </div>
          <p className="subcard__label">{t(memberText.bonusRuleSpend)}</p>
          <div className="grid-2">
            <IntField path={m('bonus_rule.cost_bonus_unit')} />
            <MoneyField path={m('bonus_rule.reduce_money')} />
            <MoneyField path={m('bonus_rule.least_money_to_use_bonus')} />
            <IntField path={m('bonus_rule.max_reduce_bonus')} />
          </div>
        </fieldset>
      )}
      <div className="callout callout--warning" data-testid="balance-permission">
        <Icon name="warning" size={16} />
        <div>
          <p className="callout__title">{t(memberText.balancePermissionTitle)}</p>
          <p>{t(memberText.balancePermissionBody)}</p>
          <DeveloperDetail facts={{ rows: [{ label: memberText.balancePermissionTitle, code: 'supply_balance → 43010' }], notes: [memberText.balancePermissionDev] }} />
        </div>
      </div>
      <SupplySwitch which="balance" />
      {card.supply_balance === true && <TextField path={m('balance_rules')} />}
    </>
  );
}
