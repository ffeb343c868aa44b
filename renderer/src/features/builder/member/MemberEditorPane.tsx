import { useEffect, useRef, type ComponentType } from 'react';
import { Section } from '../../../components/Section';
import { useT } from '../../../i18n';
import { builderText } from '../../../i18n/builder-text';
import { draftTitle } from '../../../lib/draft-model';
import { focusField } from '../../../lib/field-focus';
import { useBuilderStore } from '../../../stores/builder-store';
import { hasCreatedCard, useRunStore } from '../../../stores/run-store';
import { EditorContext, type EditorContextValue } from '../editor-context';
import { TypeBadge } from '../TypeBadge';
import { RedeemSection } from '../sections/RedeemSection';
import { ServiceSection } from '../sections/ServiceSection';
import { UsageSection } from '../sections/UsageSection';
import { MemberActivationSection } from './MemberActivationSection';
import { MemberCellsSection } from './MemberCellsSection';
import { MemberFaceSection } from './MemberFaceSection';
import { MemberPointsSection } from './MemberPointsSection';
import { MemberValiditySection } from './MemberValiditySection';
import { MEMBER_SECTIONS, memberSectionLabel, memberSectionOfPath, type MemberSectionId } from './member-sections';
import { useMemberSections } from './member-sections-store';
import { memberText } from './member-text';

const BODIES: Readonly<Record<MemberSectionId, ComponentType>> = {
  face: MemberFaceSection,
  validity: MemberValiditySection,
  points: MemberPointsSection,
  activation: MemberActivationSection,
  cells: MemberCellsSection,
  redeem: RedeemSection,
  usage: UsageSection,
  service: ServiceSection,
};

function countBySection(value: EditorContextValue): Record<MemberSectionId, { errors: number; warnings: number }> {
  const counts = Object.fromEntries(MEMBER_SECTIONS.map((id) => [id, { errors: 0, warnings: 0 }])) as Record<MemberSectionId, { errors: number; warnings: number }>;
  for (const f of value.findings) {
    const c = counts[memberSectionOfPath(f.path)];
    if (f.severity === 'error') c.errors++;
    else c.warnings++;
  }
  for (const key of Object.keys(value.issues)) {
    const [draftId, path = ''] = key.split(' ');
    if (draftId === value.draft.id) counts[memberSectionOfPath(path)].errors++;
  }
  return counts;
}

/** The centre pane for a member card (MEMBER_CARD, member cards §1.3): its own sections, each collapsible. */
export function MemberEditorPane({ context }: { context: EditorContextValue }) {
  const t = useT();
  const open = useMemberSections((s) => s.open);
  const toggle = useMemberSections((s) => s.toggle);
  const focusRequest = useBuilderStore((s) => s.focusRequest);
  const locked = useRunStore((s) => hasCreatedCard(s.drafts[context.draft.id]));
  const root = useRef<HTMLDivElement>(null);
  const draftId = context.draft.id;

  // A finding clicked in the side panel: open its section, then focus the field once it is drawn.
  useEffect(() => {
    if (!focusRequest || focusRequest.draftId !== draftId) return;
    const section = memberSectionOfPath(focusRequest.path);
    if (!open[section]) {
      useMemberSections.getState().reveal(section);
      return;
    }
    if (root.current) focusField(root.current, focusRequest.path);
    useBuilderStore.getState().consumeFocus(focusRequest.seq);
  }, [focusRequest, draftId, open]);

  const counts = countBySection(context);
  const title = draftTitle(context.draft);
  return (
    <EditorContext.Provider value={context}>
      <div className="editor" ref={root} data-testid="member-editor" id="editor-start" tabIndex={-1}>
        <header className="editor__head">
          <TypeBadge type="MEMBER_CARD" large />
          <div className="editor__titles">
            <h2 className="editor__title">{title === '' ? t(builderText.untitled) : title}</h2>
            <p className="editor__type">{t(memberText.kindName)}</p>
          </div>
        </header>
        <fieldset className="editor__fields" disabled={locked}>
          {MEMBER_SECTIONS.map((id) => {
            const Body = BODIES[id];
            return (
              <Section
                key={id}
                id={`member-section-${id}`}
                title={memberSectionLabel(id)}
                subtitle={memberText.sectionHints[id]}
                open={open[id]}
                onToggle={() => toggle(id)}
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
