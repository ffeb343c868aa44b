import { createContext, useContext } from 'react';
import type { CardKind, CardType } from '../../../../common/coupon/card-types';
import { fieldForPath, type FieldMeta } from '../../../../common/coupon/fields';
import type { Draft } from '../../../../common/drafts/draft';
import type { Finding } from '../../../../common/validate';
import type { DeveloperFacts } from '../../components/DeveloperDetail';
import type { FieldMessage } from '../../components/FieldShell';
import { getAt } from '../../lib/card-path';
import { findingsAt } from '../../lib/draft-findings';
import { fieldDeveloperFacts } from '../../lib/field-developer';
import { fieldDomId } from '../../lib/field-focus';
import { issueKey, useBuilderStore, type InputIssue } from '../../stores/builder-store';

/** What every field of the editor reads: the selected draft, its type and its findings. */
export interface EditorContextValue {
  draft: Draft;
  /** One of the five coupon types, or MEMBER_CARD in the member-card editor. */
  type: CardKind;
  findings: readonly Finding[];
  issues: Readonly<Record<string, InputIssue>>;
}

/** The coupon editor's context: one of the five coupon types. */
export interface CouponEditorContextValue extends EditorContextValue {
  type: CardType;
}

/** Provided by the editor pane for the selected draft. */
export const EditorContext = createContext<EditorContextValue | null>(null);

/** The editor context; fields only render inside the editor. */
export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside the editor');
  return value;
}

/** A field bound to a full path of the selected draft. */
export interface BoundField {
  path: string;
  id: string;
  meta: FieldMeta | undefined;
  value: unknown;
  /** The unparsed text, when the last input did not parse. */
  issue: InputIssue | undefined;
  messages: FieldMessage[];
  /** The folded developer detail: path, value sent, API values. */
  dev: DeveloperFacts;
  set(value: unknown): void;
  setIssue(issue: InputIssue | null): void;
}

/** Binds a control to `path` (e.g. `card.cash.base_info.title`): value, metadata, messages, setters. */
export function useField(path: string): BoundField {
  const { draft, findings, issues } = useEditor();
  const issue = issues[issueKey(draft.id, path)];
  const messages: FieldMessage[] = [
    ...(issue ? [{ severity: 'error' as const, text: issue.error }] : []),
    ...findingsAt(findings, path).map((f) => ({ severity: f.severity, text: f.message })),
  ];
  const meta = fieldForPath(path);
  const value = getAt(draft.card, path);
  return {
    path,
    id: fieldDomId(path),
    meta,
    value,
    issue,
    messages,
    dev: fieldDeveloperFacts(path, meta, value),
    set: (value) => useBuilderStore.getState().setField(path, value),
    setIssue: (next) => useBuilderStore.getState().setInputIssue(path, next),
  };
}
