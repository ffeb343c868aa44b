import { Modal } from 'antd';
import { useRef, useState } from 'react';
import type { TableBackEnd, TableRowErrorWire } from '../../../../../common/ipc/channels/draft-tables';
import type { Localized } from '../../../../../common/i18n';
import { getDraftsApi } from '../../../api/domains';
import { Button } from '../../../components/Button';
import { RadioCards } from '../../../components/RadioCards';
import { useT } from '../../../i18n';
import { downloadBase64 } from '../../../lib/download';
import { bytesToBase64, readFileBytes } from '../../../lib/file-bytes';
import { useBuilderStore } from '../../../stores/builder-store';
import { bulkText } from './bulk-text';

interface Outcome {
  imported: number;
  rows: number;
  gbk: boolean;
  errors: TableRowErrorWire[];
}

const MIME = { csv: 'text/csv', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/**
 * 从表格导入: pick the back end, download its template (main asks where to save it), choose a CSV or
 * XLSX file. Main parses it; the good rows are appended to the open batch, the bad ones listed
 * with row, column and what to do — nothing already in the batch is touched.
 */
export function TableImportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const t = useT();
  const batch = useBuilderStore((s) => s.batch);
  const hasMember = batch.drafts.some((d) => (d.card as { card?: { card_type?: unknown } }).card?.card_type === 'MEMBER_CARD');
  const [backEnd, setBackEnd] = useState<TableBackEnd>(hasMember ? 'member_card' : 'weixin_card');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [problem, setProblem] = useState<Localized | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const api = getDraftsApi();

  async function template(format: 'csv' | 'xlsx') {
    if (!api) return setProblem(bulkText.unavailable);
    const answer = await api.saveTemplate({ backEnd, format });
    if (!answer.ok) return setProblem(answer.error.message);
    if (answer.data.base64) downloadBase64(answer.data.fileName, answer.data.base64, MIME[format]);
    setSaved(answer.data.path);
  }

  async function importFile(file: File) {
    if (!api) return setProblem(bulkText.unavailable);
    setBusy(true);
    setProblem(null);
    setOutcome(null);
    try {
      const bytes = await readFileBytes(file);
      const answer = await api.importTable({ fileName: file.name, base64: bytesToBase64(bytes), backEnd });
      if (!answer.ok) return setProblem(answer.error.message);
      const { drafts, errors, rows, convertedFrom } = answer.data;
      useBuilderStore.getState().addDrafts(drafts);
      setOutcome({ imported: drafts.length, rows, gbk: convertedFrom === 'gbk', errors });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open={open} title={t(bulkText.title)} onCancel={onClose} footer={<Button onClick={onClose} data-testid="table-import-close">{t(bulkText.close)}</Button>} width={640} destroyOnHidden>
      <div className="table-import" data-testid="table-import">
        <p>{t(bulkText.intro)}</p>
        <p className="subcard__label" id="table-import-backend-label">{t(bulkText.backEnd)}</p>
        <RadioCards<TableBackEnd>
          id="table-import-backend"
          variant="segmented"
          value={backEnd}
          onChange={setBackEnd}
          labelledBy="table-import-backend-label"
          options={[
            { value: 'weixin_card', label: bulkText.weixinCard, description: bulkText.weixinCardDesc },
            { value: 'member_card', label: bulkText.memberCard, description: bulkText.memberCardDesc },
          ]}
        />
        <div className="table-import__actions">
          <span>{t(bulkText.template)}</span>
          <Button size="sm" icon="download" onClick={() => void template('csv')} data-testid="template-csv">
            {t(bulkText.templateCsv)}
          </Button>
          <Button size="sm" icon="download" onClick={() => void template('xlsx')} data-testid="template-xlsx">
            {t(bulkText.templateXlsx)}
          </Button>
        </div>
        {saved && <p className="field__help" data-testid="template-saved">{t(bulkText.templateSaved(saved))}</p>}
        <Button variant="primary" icon="upload" disabled={busy} onClick={() => input.current?.click()} data-testid="table-import-choose">
          {t(busy ? bulkText.working : bulkText.choose)}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          data-testid="table-import-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
        {problem && (
          <p className="callout callout--error" role="alert" data-testid="table-import-problem">
            {t(bulkText.failed)}：{t(problem)}
          </p>
        )}
        {outcome && (
          <div role="status" data-testid="table-import-result">
            <p className="callout__title">{t(bulkText.imported(outcome.imported, outcome.rows))}</p>
            {outcome.gbk && <p className="field__help">{t(bulkText.convertedGbk)}</p>}
            {outcome.errors.length > 0 && (
              <>
                <p className="callout__title">{t(bulkText.errorsTitle(outcome.errors.length))}</p>
                <ul className="table-import__errors" data-testid="table-import-errors">
                  {outcome.errors.map((e, i) => (
                    <li key={i} data-row={e.row}>
                      <strong>{t(bulkText.rowColumn(e.row, e.column))}</strong> {t(e.message)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    </Modal>
  );
}
