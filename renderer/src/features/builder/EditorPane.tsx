import { useEffect, useRef } from 'react';
import { CARD_TYPES, cardTypeName } from '../../../../common/coupon/card-types';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { Section } from '../../components/Section';
import { EmptyState } from '../../components/EmptyState';
import { useT } from '../../i18n';
import { builderText } from '../../i18n/builder-text';
import { editorText } from '../../i18n/editor-text';
import { EDITOR_SECTIONS, sectionLabel, sectionOfPath, type EditorSectionId } from '../../lib/editor-sections';
import { draftTitle } from '../../lib/draft-model';
import { focusField } from '../../lib/field-focus';
import { useBuilderStore } from '../../stores/builder-store';
import { hasCreatedCard, useRunStore } from '../../stores/run-store';
import { EditorContext, type CouponEditorContextValue, type EditorContextValue } from './editor-context';
import { SECTION_BODIES } from './section-registry';
import { TypeBadge } from './TypeBadge';

/** Problems per section, so a folded section still shows that something inside needs attention. */
function countBySection(value: EditorContextValue): Record<EditorSectionId, { errors: number; warnings: number }> {
  const counts = Object.fromEntries(EDITOR_SECTIONS.map((id) => [id, { errors: 0, warnings: 0 }])) as Record<EditorSectionId, { errors: number; warnings: number }>;
  for (const f of value.findings) {
    const c = counts[sectionOfPath(f.path, f.code)];
    if (f.severity === 'error') c.errors++;
    else c.warnings++;
  }
  for (const key of Object.keys(value.issues)) {
    const [draftId, path = ''] = key.split(' ');
    if (draftId === value.draft.id) counts[sectionOfPath(path)].errors++;
  }
  return counts;
}

/** The centre pane: the selected draft's sections, MP-style, each collapsible. */
export function EditorPane({ context }: { context: CouponEditorContextValue | null }) {
  const t = useT();
  const openSections = useBuilderStore((s) => s.openSections);
  const toggleSection = useBuilderStore((s) => s.toggleSection);
  const focusRequest = useBuilderStore((s) => s.focusRequest);
  const setNote = useBuilderStore((s) => s.setNote);
  const draftIdForLock = context?.draft.id ?? '';
  const locked = useRunStore((s) => hasCreatedCard(s.drafts[draftIdForLock]));
  const root = useRef<HTMLDivElement>(null);

  const draftId = context?.draft.id;
  // Taken once and only for the draft it was made for: the editor remounts on every draft switch
  // and must not put the caret into that field of the next draft (issue 11, problem 1).
  useEffect(() => {
    if (!focusRequest || !root.current || focusRequest.draftId !== draftId) return;
    focusField(root.current, focusRequest.path);
    useBuilderStore.getState().consumeFocus(focusRequest.seq);
  }, [focusRequest, draftId]);

  if (!context) return null;
  const { draft, type } = context;
  const counts = countBySection(context);
  const title = draftTitle(draft);
  return (
    <EditorContext.Provider value={context}>
      <div className="editor" ref={root} data-testid="editor" id="editor-start" tabIndex={-1}>
        <header className="editor__head">
          <TypeBadge type={type} large />
          <div className="editor__titles">
            <h2 className="editor__title">{title === '' ? t(builderText.untitled) : title}</h2>
            <p className="editor__type">{t(cardTypeName(type))}</p>
          </div>
          {/* Offered while the draft has no title yet; afterwards it would only squeeze the title. */}
          {!locked && title === '' && (
            <Button size="sm" variant="ghost" icon="edit" title={t(builderText.fillExampleHint)} onClick={() => useBuilderStore.getState().fillExample()} data-testid="fill-example">
              {t(builderText.fillExample)}
            </Button>
          )}
          <label className="editor__note">
            <span className="visually-hidden">{t(builderText.note)}</span>
            <input
              className="input input--quiet"
              type="text"
              value={draft.note ?? ''}
              placeholder={t(builderText.note)}
              title={t(builderText.noteHint)}
              onChange={(e) => setNote(e.target.value)}
            />
          </label>
        </header>
        {locked && (
          <div className="callout callout--info editor__locked" role="status" data-testid="draft-locked">
            <Icon name="info" size={16} />
            <div>
              <p className="callout__title">{t(builderText.lockedTitle)}</p>
              <p>{t(builderText.lockedBody)}</p>
            </div>
            <Button size="sm" variant="primary" icon="copy" onClick={() => useBuilderStore.getState().duplicateDraft(draft.id)} data-testid="copy-as-new">
              {t(builderText.copyAsNew)}
            </Button>
          </div>
        )}
        {/* A disabled fieldset turns every input of a created draft off at once; the store refuses edits too. */}
        <fieldset className="editor__fields" disabled={locked}>
        {EDITOR_SECTIONS.map((id) => {
          const Body = SECTION_BODIES[id];
          return (
            <Section
              key={id}
              id={`section-${id}`}
              title={sectionLabel(id)}
              subtitle={editorText.sectionHints[id]}
              open={openSections[id]}
              onToggle={() => toggleSection(id)}
              errors={counts[id].errors}
              warnings={counts[id].warnings}
            >
              <Body />
            </Section>
          );
        })}
        </fieldset>
      </div>
    </EditorContext.Provider>
  );
}

/**
 * Shown when a draft's card_type cannot be read or made (an odd import): the merchant picks one of
 * the five types and keeps what the draft already holds (issue 11, problem 14).
 */
export function UnknownTypeEditor() {
  const t = useT();
  const setDraftType = useBuilderStore((s) => s.setDraftType);
  return (
    <div className="type-picker" data-testid="unknown-type">
      <EmptyState icon="warning" title={builderText.unknownTypeTitle} body={builderText.unknownTypeBody} />
      <div className="type-picker__grid" role="group" aria-label={t(builderText.chooseType)}>
        {CARD_TYPES.map((type) => (
          <button key={type} type="button" className="type-card" onClick={() => setDraftType(type)} data-testid={`retype-${type}`}>
            <TypeBadge type={type} large />
            <span className="type-card__name">{t(cardTypeName(type))}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
