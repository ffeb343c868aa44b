import { fullPath } from '../../../lib/draft-model';
import { useEditor } from '../editor-context';
import { BoolField } from '../fields/BoolField';
import { IntField } from '../fields/IntField';

/** 领券设置: stock, per-user limit, sharing and gifting, OpenID binding. */
export function IssueSection() {
  const { type } = useEditor();
  const p = (relative: string) => fullPath(type, relative);
  return (
    <>
      <div className="grid-2">
        <IntField path={p('base_info.sku.quantity')} />
        <IntField path={p('base_info.get_limit')} />
      </div>
      <div className="switch-list">
        <BoolField path={p('base_info.can_share')} />
        <BoolField path={p('base_info.can_give_friend')} />
        <BoolField path={p('base_info.bind_openid')} />
      </div>
    </>
  );
}
