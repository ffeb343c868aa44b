import type { SandboxStatus } from '../../../../common/ipc/channels/sandbox';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { sandboxText } from '../../i18n/sandbox-text';

/** The demo merchant's stores as the sandbox holds them: usable ones with their poi_id. */
export function SandboxStores({ stores }: { stores: SandboxStatus['stores'] }) {
  const t = useT();
  return (
    <div className="sandbox-block sandbox-block--wide">
      <div className="sandbox-block__head">
        <h4 className="sandbox-block__title">{t(sandboxText.stores)}</h4>
      </div>
      <ul className="store-table" data-testid="sandbox-stores">
        {stores.map((store, i) => (
          <li key={`${store.poiId}-${i}`} className={store.usable ? 'store-table__row' : 'store-table__row store-table__row--off'}>
            <Icon name="store" size={14} />
            <span className="store-table__name">{store.name}</span>
            <span className="store-table__poi mono">{store.poiId || t(sandboxText.noPoi)}</span>
            <span className={store.usable ? 'state-chip state-chip--ok' : 'state-chip state-chip--muted'}>{t(store.usable ? sandboxText.storeUsable : sandboxText.storeUnusable)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
