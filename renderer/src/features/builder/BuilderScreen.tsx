import { useBuilderStore, selectSelectedDraft } from '../../stores/builder-store';
import { draftFindings } from '../../lib/draft-findings';
import { draftType, isMemberCardDraft } from '../../lib/draft-model';
import { useNow } from '../../lib/use-now';
import { useT } from '../../i18n';
import { builderText } from '../../i18n/builder-text';
import { previewText } from '../../i18n/preview-text';
import { BatchPanel } from './BatchPanel';
import { BuilderToasts } from './BuilderToasts';
import { EditorPane, UnknownTypeEditor } from './EditorPane';
import { FindingsPanel } from './FindingsPanel';
import { MemberCardPreview } from './member/MemberCardPreview';
import { MemberEditorPane } from './member/MemberEditorPane';
import { CouponPreview } from './preview/CouponPreview';
import { TypePicker } from './TypePicker';

/** 批量制券: batch on the left, the selected draft's editor in the centre, live preview and checks on the right. */
export function BuilderScreen() {
  const t = useT();
  const draft = useBuilderStore(selectSelectedDraft);
  const allIssues = useBuilderStore((s) => s.inputIssues);
  const member = draft ? isMemberCardDraft(draft) : false;
  const type = draft && !member ? draftType(draft) : undefined;
  // Validated on every keystroke (draft objects are immutable, so the result is cached per version).
  const now = useNow();
  const findings = draft ? draftFindings(draft, now) : [];
  const issues = draft
    ? Object.entries(allIssues)
        .filter(([key]) => key.startsWith(`${draft.id} `))
        .map(([key, issue]) => ({ ...issue, path: key.slice(draft.id.length + 1) }))
    : [];
  const draftIssues = draft ? Object.fromEntries(Object.entries(allIssues).filter(([key]) => key.startsWith(`${draft.id} `))) : {};
  return (
    <div className="builder" data-testid="builder">
      <BatchPanel />
      <section className="builder__editor" aria-label={t(builderText.editor)}>
        {!draft && <TypePicker />}
        {draft && member && <MemberEditorPane key={draft.id} context={{ draft, type: 'MEMBER_CARD', findings, issues: draftIssues }} />}
        {draft && !member && !type && <UnknownTypeEditor />}
        {draft && type && <EditorPane key={draft.id} context={{ draft, type, findings, issues: draftIssues }} />}
      </section>
      <aside className="builder__side" aria-label={t(previewText.title)}>
        {draft && (type || member) && (
          <section className="preview-pane" aria-labelledby="preview-title">
            <header className="preview-pane__head">
              <h2 id="preview-title" className="pane-title">
                {t(previewText.title)}
              </h2>
              <span className="pane-subtitle">{t(previewText.subtitle)}</span>
            </header>
            {type ? <CouponPreview card={draft.card} type={type} /> : <MemberCardPreview card={draft.card} />}
          </section>
        )}
        {draft && <FindingsPanel findings={findings} issues={issues} />}
        {!draft && (
          <div className="side-empty">
            <div className="side-empty__phone" aria-hidden="true">
              <span className="side-empty__band" />
              <span className="side-empty__line side-empty__line--short" />
              <span className="side-empty__line" />
              <span className="side-empty__line" />
            </div>
            <p>{t(builderText.previewEmpty)}</p>
          </div>
        )}
      </aside>
      <BuilderToasts />
    </div>
  );
}
