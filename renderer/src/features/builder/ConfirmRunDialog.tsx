import { Descriptions } from 'antd';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n';
import { confirmRunText as text } from '../../i18n/confirm-run-text';
import type { RunPlan } from './run-plan';
import type { StartGate } from './start-gate';

/** Props of {@link ConfirmRunDialog}. */
export interface ConfirmRunDialogProps {
  gate: Extract<StartGate, { kind: 'ready' | 'skip' }>;
  plan: RunPlan;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Asked before 开始创建 sends anything (issue 11, problem 5: one click once sent 1,001 real creates):
 * the account, how many coupons, images and calls, that it cannot be undone and uses the daily quota.
 */
export function ConfirmRunDialog({ gate, plan, onConfirm, onCancel }: ConfirmRunDialogProps) {
  const t = useT();
  return (
    <Dialog
      title={text.title}
      icon="play"
      onCancel={onCancel}
      testId="confirm-run"
      actions={
        <>
          <Button onClick={onCancel} data-autofocus="" data-testid="confirm-run-cancel">
            {t(text.cancel)}
          </Button>
          <Button variant="primary" icon="play" onClick={onConfirm} data-testid="confirm-run-ok">
            {t(text.confirm(plan.cards))}
          </Button>
        </>
      }
    >
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'account', label: t(text.account), children: <span data-testid="confirm-run-account">{t(gate.account.displayName)}</span> },
          { key: 'cards', label: t(text.cards), children: <span data-testid="confirm-run-cards">{t(text.cardsValue(plan.cards))}</span> },
          { key: 'images', label: t(text.images), children: <span data-testid="confirm-run-images">{t(text.imagesValue(plan.images))}</span> },
          { key: 'calls', label: t(text.calls), children: <span data-testid="confirm-run-calls">{t(text.callsValue(plan.calls))}</span> },
        ]}
      />
      {gate.kind === 'skip' && <p className="confirm-run__note">{t(text.skipped(gate.invalid))}</p>}
      <p className="confirm-run__warn" data-testid="confirm-run-irreversible">
        {t(text.irreversible)}
      </p>
      <p className="confirm-run__warn" data-testid="confirm-run-quota">
        {t(text.quota)}
      </p>
    </Dialog>
  );
}
