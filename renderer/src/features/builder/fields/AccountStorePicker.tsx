import { useEffect } from 'react';
import type { AccountStore, AccountView } from '../../../../../common/ipc/channels/accounts';
import { Button } from '../../../components/Button';
import { FieldShell, type FieldMessage } from '../../../components/FieldShell';
import { Icon } from '../../../components/Icon';
import { useT } from '../../../i18n';
import { storePickerText as text } from '../../../i18n/store-picker-text';
import { fieldDomId } from '../../../lib/field-focus';
import { useAccountsStore } from '../../../stores/accounts-store';
import type { BoundField } from '../editor-context';
import { StoreIdInput } from './StoreIdInput';

/** 审核中 / 审核驳回 / 系统错误 for a store that cannot be chosen. */
function StateChip({ store }: { store: AccountStore }) {
  const t = useT();
  const tone = store.availableState === 2 ? 'warning' : store.availableState === 3 ? 'ok' : 'error';
  return <span className={`state-chip state-chip--${tone}`}>{t(text.state[store.availableState] ?? text.stateUnknown(store.availableState))}</span>;
}

/**
 * 指定门店 with an account: the account's stores from getpoilist (§1.16) as checkboxes. Approved
 * stores can be ticked (their poi_id goes in location_id_list); the ones in review or rejected are
 * shown disabled with their state. An id that is not one of the account's stores is flagged (40098).
 */
export function AccountStorePicker({ account, list, ids, messages }: { account: AccountView; list: BoundField; ids: readonly unknown[]; messages: FieldMessage[] }) {
  const t = useT();
  const state = useAccountsStore((s) => s.stores[account.id]);
  const loadStores = useAccountsStore((s) => s.loadStores);
  useEffect(() => void loadStores(account.id), [account.id, loadStores]);

  if (state?.status === 'failed') {
    return (
      <>
        <div className="callout callout--error store-picker__error" role="alert" data-testid="store-picker-error">
          <Icon name="error" size={16} />
          <div>
            <p className="callout__title">{t(text.failed)}</p>
            <p>{state.error ? t(state.error) : ''}</p>
            {state.report?.whitelistIp && <p className="mono store-picker__ip">{state.report.whitelistIp.ip}</p>}
          </div>
          <Button size="sm" onClick={() => void loadStores(account.id, true)}>
            {t(text.retry)}
          </Button>
        </div>
        <StoreIdInput list={list} ids={ids} messages={messages} />
      </>
    );
  }

  const stores = state?.stores ?? [];
  const usable = stores.filter((s) => s.usable);
  const chosen = new Set(ids.filter((v): v is number => typeof v === 'number'));
  const known = new Set(stores.map((s) => Number(s.poiId)).filter((n) => n > 0));
  const foreign = state?.status === 'ready' ? [...chosen].filter((id) => !known.has(id)) : [];
  const toggle = (poiId: number, on: boolean) => list.set(on ? [...ids, poiId] : ids.filter((v) => v !== poiId));

  return (
    <FieldShell
      id={list.id}
      label={text.label}
      help={text.help(t(account.displayName))}
      dev={list.dev}
      messages={[...messages, ...foreign.map((id) => ({ severity: 'error' as const, text: text.foreign(id) }))]}
      aside={
        <span className="store-picker__tools">
          {state?.status === 'ready' && <span className="store-picker__count">{t(text.selected(chosen.size, usable.length))}</span>}
          <Button
            size="sm"
            variant="ghost"
            icon="refresh"
            aria-label={t(text.refresh)}
            title={t(text.refresh)}
            disabled={state?.status === 'loading'}
            onClick={() => void loadStores(account.id, true)}
            data-testid="refresh-stores"
          />
        </span>
      }
    >
      {(!state || state.status === 'loading') && stores.length === 0 ? (
        <p className="store-picker__loading" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          {t(text.loading)}
        </p>
      ) : stores.length === 0 ? (
        <p className="store-picker__empty">{t(text.none)}</p>
      ) : (
        <div className="store-picker" role="group" id={list.id} tabIndex={-1} aria-labelledby={`${list.id}-label`} data-testid="store-picker">
          {stores.map((store, i) => {
            const poiId = Number(store.poiId);
            const id = fieldDomId(`${list.path}.${store.poiId || `sid${store.sid || i}`}`);
            return (
              <label key={`${store.sid}-${store.poiId}-${i}`} className={store.usable ? 'check store-option' : 'check store-option store-option--off'} htmlFor={id} data-usable={store.usable}>
                <input id={id} type="checkbox" disabled={!store.usable} checked={store.usable && chosen.has(poiId)} onChange={(e) => toggle(poiId, e.target.checked)} data-poi={store.poiId} />
                <span className="check__text">
                  <span className="check__label">
                    {store.businessName}
                    {store.branchName && <span className="store-option__branch">{store.branchName}</span>}
                  </span>
                  <span className="store-option__address">{store.address}</span>
                </span>
                {store.usable ? <span className="store-option__poi mono">{store.poiId}</span> : <StateChip store={store} />}
              </label>
            );
          })}
          {usable.length > 1 && (
            <div className="store-picker__bulk">
              <Button size="sm" variant="link" disabled={usable.every((s) => chosen.has(Number(s.poiId)))} onClick={() => list.set([...new Set([...ids, ...usable.map((s) => Number(s.poiId))])])}>
                {t(text.selectAll)}
              </Button>
              <Button size="sm" variant="link" disabled={ids.length === 0} onClick={() => list.set([])}>
                {t(text.clearAll)}
              </Button>
            </div>
          )}
        </div>
      )}
      {foreign.length > 0 && (
        <div className="tag-list">
          {foreign.map((id) => (
            <span className="tag tag--warning" key={id}>
              {id}
              <button type="button" className="tag__remove" aria-label={t(text.remove(id))} onClick={() => list.set(ids.filter((v) => v !== id))}>
                <Icon name="close" size={12} />
              </button>
            </span>
          ))}
        </div>
      )}
    </FieldShell>
  );
}
