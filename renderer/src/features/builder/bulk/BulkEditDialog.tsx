import { Modal } from 'antd';
import { useState } from 'react';
import { COUPON_COLORS } from '../../../../../common/coupon/colors';
import type { Localized } from '../../../../../common/i18n';
import { endOfChinaDay, startOfChinaDay } from '../../../../../common/units/china-time';
import { Button } from '../../../components/Button';
import { useT } from '../../../i18n';
import { draftTitle } from '../../../lib/draft-model';
import { useBuilderStore } from '../../../stores/builder-store';
import { bulkEdit, type SharedPatch } from './bulk-edit';
import { bulkEditText } from './bulk-text';

/** 批量修改: tick drafts and set 颜色, 客服电话 and 有效期 for all of them at once. */
export function BulkEditDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const drafts = useBuilderStore((s) => s.batch.drafts);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [color, setColor] = useState('');
  const [phone, setPhone] = useState('');
  const [begin, setBegin] = useState('');
  const [end, setEnd] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'info'; text: Localized } | null>(null);

  const toggle = (id: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const apply = () => {
    const patch: SharedPatch = {};
    if (color !== '') patch.color = color;
    if (phone.trim() !== '') patch.servicePhone = phone.trim();
    if (begin !== '' || end !== '') {
      const from = startOfChinaDay(begin);
      const to = endOfChinaDay(end);
      if (!from.ok || !to.ok || to.value < from.value) return setMessage({ tone: 'error', text: bulkEditText.rangeIncomplete });
      patch.dateRange = { begin: from.value, end: to.value };
    }
    const { changed, locked } = bulkEdit(chosen, patch);
    setMessage({ tone: 'info', text: bulkEditText.done(changed, locked) });
  };

  return (
    <Modal open={open} title={t(bulkEditText.title)} onCancel={onClose} footer={null} width={600} destroyOnHidden>
      <div className="table-import" data-testid="bulk-edit">
        <p>{t(bulkEditText.intro)}</p>
        <label className="bulk-edit__pick">
          <input type="checkbox" checked={drafts.length > 0 && chosen.size === drafts.length} onChange={(e) => setChosen(new Set(e.target.checked ? drafts.map((d) => d.id) : []))} />
          {t(bulkEditText.all)}
        </label>
        <ul className="bulk-edit__list">
          {drafts.map((d) => (
            <li key={d.id}>
              <label className="bulk-edit__pick">
                <input type="checkbox" checked={chosen.has(d.id)} onChange={() => toggle(d.id)} data-testid="bulk-edit-pick" />
                {draftTitle(d) || t(bulkEditText.untitled)}
              </label>
            </li>
          ))}
        </ul>
        <div className="grid-2">
          <label className="field__label">
            {t(bulkEditText.color)}
            <select className="input select" value={color} onChange={(e) => setColor(e.target.value)} data-testid="bulk-edit-color">
              <option value="">{t(bulkEditText.keep)}</option>
              {COUPON_COLORS.map((c) => (
                <option key={c.name} value={c.name}>{`${t(c.label)} · ${c.hex}`}</option>
              ))}
            </select>
          </label>
          <label className="field__label">
            {t(bulkEditText.phone)}
            <input className="input" type="text" value={phone} placeholder={t(bulkEditText.keep)} onChange={(e) => setPhone(e.target.value)} data-testid="bulk-edit-phone" />
          </label>
          <label className="field__label">
            {t(bulkEditText.begin)}
            <input className="input" type="date" value={begin} onChange={(e) => setBegin(e.target.value)} data-testid="bulk-edit-begin" />
          </label>
          <label className="field__label">
            {t(bulkEditText.end)}
            <input className="input" type="date" value={end} onChange={(e) => setEnd(e.target.value)} data-testid="bulk-edit-end" />
          </label>
        </div>
        {message && (
          <p className={message.tone === 'error' ? 'callout callout--error' : 'callout callout--info'} role={message.tone === 'error' ? 'alert' : 'status'} data-testid="bulk-edit-message">
            {t(message.text)}
          </p>
        )}
        <Button variant="primary" disabled={chosen.size === 0} onClick={apply} data-testid="bulk-edit-apply">
          {t(bulkEditText.apply(chosen.size))}
        </Button>
      </div>
    </Modal>
  );
}
