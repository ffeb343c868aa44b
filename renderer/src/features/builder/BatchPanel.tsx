import { useRef, useState } from 'react';
import { CARD_TYPES, cardTypeName } from '../../../../common/coupon/card-types';
import { localized } from '../../../../common/i18n';
import { formatChinaDateTime } from '../../../../common/units/china-time';
import { Menu } from '../../components/Menu';
import { useT } from '../../i18n';
import { builderText } from '../../i18n/builder-text';
import { cloneText } from '../../i18n/clone-text';
import { draftFindings } from '../../lib/draft-findings';
import { useNow } from '../../lib/use-now';
import { useAccountsStore } from '../../stores/accounts-store';
import { useBuilderStore } from '../../stores/builder-store';
import { isLiveRun, useRunStore } from '../../stores/run-store';
import { useSaveStore } from '../../stores/save-store';
import { BatchName } from './BatchName';
import { CloneBatchDialog } from './CloneBatchDialog';
import { RunPanel } from './RunPanel';
import { SaveIndicator } from './SaveIndicator';
import { DraftList } from './DraftList';
import { runPlan } from './run-plan';
import { startGate } from './start-gate';
import { TypeBadge } from './TypeBadge';
import { useImportFile } from './use-import-file';
import { BackEndTag } from './stock/BackEndTag';
import { backEndText } from './stock/back-end-text';
import { bulkEditText, bulkText } from './bulk/bulk-text';
import { BulkEditDialog } from './bulk/BulkEditDialog';
import { TableImportDialog } from './bulk/TableImportDialog';

/** The left pane: the batch's name and commands, the run block, its drafts with their status, and "add coupon". */
export function BatchPanel() {
  const t = useT();
  const batch = useBuilderStore((s) => s.batch);
  const selectedId = useBuilderStore((s) => s.selectedId);
  const inputIssues = useBuilderStore((s) => s.inputIssues);
  const { addDraft, newBatch, exportJson } = useBuilderStore.getState();
  const { importFile, dialog: importDialog } = useImportFile();
  const [tableImport, setTableImport] = useState(false);
  const [bulkEditing, setBulkEditing] = useState(false);
  const durable = useSaveStore((s) => s.durable);
  const recent = useSaveStore((s) => s.recent);
  const { loadRecent, openBatch } = useSaveStore.getState();
  const [renaming, setRenaming] = useState(false);
  const [cloning, setCloning] = useState(false);
  const others = durable ? recent.filter((b) => b.id !== batch.id).slice(0, 8) : [];
  const fileInput = useRef<HTMLInputElement>(null);
  const now = useNow();
  const issueCount = (id: string) => Object.keys(inputIssues).filter((k) => k.startsWith(`${id} `)).length;
  const accounts = useAccountsStore((s) => s.accounts);
  const runAvailable = useRunStore((s) => s.available);
  const run = useRunStore((s) => s.run);
  const runDrafts = useRunStore((s) => s.drafts);
  const runLive = isLiveRun(run);
  const checked = batch.drafts.map((draft) => {
    const findings = draftFindings(draft, now);
    const errors = findings.filter((f) => f.severity === 'error').length;
    return { draft, errors: errors + issueCount(draft.id), warnings: findings.length - errors };
  });
  const created = new Set(Object.entries(runDrafts).filter(([, info]) => info.state === 'created').map(([id]) => id));
  const gate = startGate({
    available: runAvailable,
    durable,
    accountId: batch.accountId,
    accounts,
    drafts: checked.map(({ draft, errors }) => ({ id: draft.id, errors })),
    created,
  });

  const plan = runPlan(checked.filter(({ draft, errors }) => errors === 0 && !created.has(draft.id)).map(({ draft }) => draft));

  return (
    <aside className="batch" aria-label={t(builderText.batch)}>
      <header className="batch__head">
        <div className="batch__title-row">
          <span className="eyebrow">{t(builderText.batch)}</span>
          <Menu
            label={builderText.batchMenu}
            icon="more"
            iconOnly
            variant="ghost"
            align="end"
            testId="batch-menu"
            onOpen={() => void loadRecent()}
            items={[
              { key: 'new', label: backEndText.newBatch.weixin_card, icon: 'plus', onSelect: () => newBatch('weixin_card') },
              { key: 'new-member_card', label: backEndText.newBatch.member_card, icon: 'plus', onSelect: () => newBatch('member_card') },
              { key: 'new-busifavor', label: backEndText.newBatch.busifavor, icon: 'plus', onSelect: () => newBatch('busifavor') },
              { key: 'rename', label: builderText.rename, icon: 'edit', onSelect: () => setRenaming(true) },
              { key: 'import', label: builderText.importJson, icon: 'upload', onSelect: () => fileInput.current?.click() },
              { key: 'import-table', label: bulkText.menu, icon: 'upload', onSelect: () => setTableImport(true) },
              { key: 'bulk-edit', label: bulkEditText.menu, icon: 'edit', disabled: batch.drafts.length === 0, onSelect: () => setBulkEditing(true) },
              { key: 'export', label: builderText.exportJson, icon: 'download', disabled: batch.drafts.length === 0, onSelect: exportJson },
              { key: 'clone', label: cloneText.menu, icon: 'copy', disabled: !durable || batch.drafts.length === 0, onSelect: () => setCloning(true) },
              ...others.map((b, i) => ({
                key: b.id,
                label: localized(b.name, b.name),
                hint: builderText.batchSummary(b.draftCount, formatChinaDateTime(Math.floor(b.updatedAt / 1000)).slice(0, 16)),
                icon: 'folder' as const,
                ...(i === 0 ? { group: builderText.openBatch } : {}),
                onSelect: () => void openBatch(b.id),
              })),
            ]}
          />
        </div>
        <BatchName key={renaming ? 'edit' : 'view'} editing={renaming} onDone={() => setRenaming(false)} />
        {cloning && <CloneBatchDialog onClose={() => setCloning(false)} />}
        <div className="batch__meta">
          <BackEndTag backEnd={batch.backEnd} />
          <span>{t(builderText.drafts(batch.drafts.length))}</span>
          <SaveIndicator />
        </div>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="import-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
        {importDialog}
        <TableImportDialog open={tableImport} onClose={() => setTableImport(false)} />
        <BulkEditDialog open={bulkEditing} onClose={() => setBulkEditing(false)} />
      </header>
      <RunPanel gate={gate} plan={plan} />
      <DraftList items={checked} selectedId={selectedId} runDrafts={runDrafts} runLive={runLive} />
      <footer className="batch__foot">
        <Menu
          label={builderText.addDraft}
          icon="plus"
          variant="primary"
          up
          testId="add-draft"
          items={CARD_TYPES.map((type) => ({
            key: type,
            label: cardTypeName(type),
            hint: builderText.typeHint[type],
            visual: <TypeBadge type={type} />,
            onSelect: () => addDraft(type),
          }))}
        />
      </footer>
    </aside>
  );
}
