import { ipcFail, ipcOk } from '../../common/ipc/envelope';
import type { DomainHandlers } from '../ipc/define-handlers';
import type { SandboxControl } from './sandbox-control';

/** Dependencies of {@link sandboxHandlers}. */
export interface SandboxHandlerDeps {
  readonly sandboxControl: SandboxControl;
}

/** `sandbox:*`: every change answers the new status and pushes `sandbox:changed`. */
export function sandboxHandlers({ sandboxControl }: SandboxHandlerDeps): DomainHandlers<'sandbox'> {
  return {
    'sandbox:status': () => ipcOk(sandboxControl.status()),
    'sandbox:setScenario': (patch, { emit }) => {
      const result = sandboxControl.setScenario(patch);
      if (!result.ok) return ipcFail('sandbox_failed', result.error);
      emit('sandbox:changed', result.value);
      return ipcOk(result.value);
    },
    'sandbox:review': ({ cardId, verdict, reason }, { emit }) => {
      const result = sandboxControl.review(cardId, verdict, reason);
      if (!result.ok) return ipcFail('sandbox_review_failed', result.error);
      emit('sandbox:changed', result.value);
      return ipcOk(result.value);
    },
    'sandbox:advanceClock': ({ seconds }, { emit }) => {
      const status = sandboxControl.advanceClock(seconds);
      emit('sandbox:changed', status);
      return ipcOk(status);
    },
    'sandbox:payWithPayCell': ({ cardId, originalFee }) => {
      const result = sandboxControl.payWithPayCell(cardId, originalFee);
      return result.ok ? ipcOk(result.value) : ipcFail('sandbox_pay_failed', result.error);
    },
    'sandbox:payCellEvents': ({ cardId }) => {
      const result = sandboxControl.payCellEvents(cardId);
      return result.ok ? ipcOk(result.value) : ipcFail('sandbox_pay_failed', result.error);
    },
  };
}
