import { create } from 'zustand';
import type { CardType } from '../../../common/coupon/card-types';
import { DEFAULT_BACK_END, needsMerchantAccount, type AfterCreate, type BatchBackEndName, type Draft, type DraftBatch } from '../../../common/drafts/draft';
import { localized, type Localized } from '../../../common/i18n';
import { formatChinaDateTime } from '../../../common/units/china-time';
import { DEFAULT_OPEN, EDITOR_SECTIONS, sectionOfPath, type EditorSectionId } from '../lib/editor-sections';
import { builderText } from '../i18n/builder-text';
import { exportBatchJson, exportFileName, parseImport } from '../lib/batch-json';
import { downloadText } from '../lib/download';
import { setAt } from '../lib/card-path';
import { cardFor, createBatch, createDraft, duplicateDraft, retypeCard } from '../lib/draft-factory';
import { draftType } from '../lib/draft-model';
import { useAppStore } from './app-store';

/** Text a merchant typed that does not parse (e.g. "9.999" 元): kept verbatim with the reason. */
export interface InputIssue {
  text: string;
  error: Localized;
}

/** What the last destructive action can give back. */
export type UndoEntry =
  | { seq: number; kind: 'draft'; draft: Draft; index: number }
  | { seq: number; kind: 'batch'; batch: DraftBatch; selectedId: string | null };

/** A passing message for the merchant (import results, failures). */
export interface Notice {
  seq: number;
  tone: 'info' | 'error';
  message: Localized;
  detail?: Localized;
}

/** Several messages as one, a line each. */
const joinLines = (messages: readonly Localized[]): Localized => localized(messages.map((m) => m['zh-CN']).join('\n'), messages.map((m) => m.en).join('\n'));

/** The batch being edited and the editor's UI state. */
export interface BuilderState {
  batch: DraftBatch;
  selectedId: string | null;
  /** Unparsed inputs keyed by `${draftId} ${path}`; they count as errors until fixed. */
  inputIssues: Record<string, InputIssue>;
  openSections: Readonly<Record<EditorSectionId, boolean>>;
  /** A finding's field to focus in a given draft; taken once by the editor, dropped on any switch. */
  focusRequest: { draftId: string; path: string; seq: number } | null;
  undo: UndoEntry | null;
  notice: Notice | null;

  loadBatch(batch: DraftBatch): void;
  /** Main stored the batch under a new id; later saves use it. */
  adoptBatchId(oldId: string, newId: string): void;
  /** A new empty batch for one back end (default 微信卡券); the account carries over when it fits the back end. */
  newBatch(backEnd?: BatchBackEndName): void;
  renameBatch(name: string): void;
  /** Chooses the account the batch is for (null: offline drafting); autosave stores it. */
  setAccount(accountId: string | null): void;
  addDraft(type: CardType): void;
  addDrafts(drafts: readonly Draft[], batchName?: string): void;
  /** Gives the selected draft (an import with a type this app cannot make) one of the five types, keeping its base_info. */
  setDraftType(type: CardType): void;
  /** Fills the selected draft with the example coupon of its type, keeping what the merchant carried over. */
  fillExample(): void;
  /** Appends the drafts of an import file (batch, body or list); a bad file becomes a notice. */
  importJson(text: string): void;
  /** Offers the batch as a JSON file download (re-importable, readable by the CLI). */
  exportJson(): void;
  duplicateDraft(id: string): void;
  deleteDraft(id: string): void;
  undoLast(): void;
  dismissUndo(): void;
  selectDraft(id: string): void;
  /** Writes a value at a full path (`card.cash.base_info.title`) of the selected draft; undefined removes it. */
  setField(path: string, value: unknown): void;
  /** The same for a given draft (an image that finished processing after the merchant moved on). */
  setFieldOf(draftId: string, path: string, value: unknown): void;
  setAfter(patch: Partial<AfterCreate>): void;
  setNote(note: string): void;
  setInputIssue(path: string, issue: InputIssue | null): void;
  toggleSection(id: EditorSectionId, open?: boolean): void;
  /** Opens the section of a finding and asks the editor to focus its field. */
  revealFinding(path: string, code?: string): void;
  /** The editor took the focus request `seq`: it must not fire again when another draft mounts. */
  consumeFocus(seq: number): void;
  showNotice(tone: Notice['tone'], message: Localized, detail?: Localized): void;
  dismissNotice(): void;
}

/** The key of an input issue. */
export const issueKey = (draftId: string, path: string): string => `${draftId} ${path}`;

let seq = 0;
const nextSeq = () => ++seq;

/**
 * Whether Weixin already holds a card made from a draft: such a draft is read-only (issue 11,
 * problem 4), since an edit would no longer match the card. The run store, which knows the
 * records, installs the answer; the builder store cannot import it (it imports this store).
 */
let draftLocked: (draftId: string) => boolean = () => false;

/** Installs the created-card check ({@link draftLocked}); the run store calls it once. */
export function setDraftLock(isLocked: (draftId: string) => boolean): void {
  draftLocked = isLocked;
}

/** True when the draft has a card on Weixin and must not change. */
export function isDraftLocked(draftId: string): boolean {
  return draftLocked(draftId);
}

function defaultBatch(nowMs: number, backEnd: BatchBackEndName = DEFAULT_BACK_END): DraftBatch {
  const name = builderText.defaultBatchName(formatChinaDateTime(Math.floor(nowMs / 1000)).slice(0, 16))[useAppStore.getState().locale];
  return createBatch(name, nowMs, backEnd);
}

const initialSections = Object.fromEntries(EDITOR_SECTIONS.map((id) => [id, DEFAULT_OPEN.includes(id)])) as Record<EditorSectionId, boolean>;

function withDraft(batch: DraftBatch, id: string, change: (draft: Draft) => Draft): DraftBatch {
  const now = Date.now();
  return { ...batch, updatedAt: now, drafts: batch.drafts.map((d) => (d.id === id ? { ...change(d), updatedAt: now } : d)) };
}

const dropIssues = (issues: Record<string, InputIssue>, draftId: string) =>
  Object.fromEntries(Object.entries(issues).filter(([key]) => !key.startsWith(`${draftId} `)));

/** The builder store: every change to the batch goes through these actions (autosave watches `batch`). */
export const useBuilderStore = create<BuilderState>()((set, get) => ({
  batch: defaultBatch(Date.now()),
  selectedId: null,
  inputIssues: {},
  openSections: initialSections,
  focusRequest: null,
  undo: null,
  notice: null,

  loadBatch(batch) {
    set({ batch, selectedId: batch.drafts[0]?.id ?? null, inputIssues: {}, undo: null, focusRequest: null });
  },

  adoptBatchId(oldId, newId) {
    const { batch } = get();
    if (batch.id === oldId && oldId !== newId) set({ batch: { ...batch, id: newId } });
  },

  newBatch(backEnd = DEFAULT_BACK_END) {
    const { batch, selectedId } = get();
    // The merchant usually goes on with the same account (issue 11, problem 13) — when it is of the
    // kind the new back end creates with (a merchant account for 商家券, an Official Account otherwise).
    const sameKind = needsMerchantAccount(batch.backEnd) === needsMerchantAccount(backEnd);
    const fresh = { ...defaultBatch(Date.now(), backEnd), accountId: sameKind ? batch.accountId : null };
    const undo: UndoEntry | null =
      batch.drafts.length > 0 ? { seq: nextSeq(), kind: 'batch', batch, selectedId } : null;
    set({ batch: fresh, selectedId: null, inputIssues: {}, undo });
  },

  renameBatch(name) {
    set((s) => ({ batch: { ...s.batch, name, updatedAt: Date.now() } }));
  },

  setAccount(accountId) {
    if (get().batch.accountId === accountId) return;
    set((s) => ({ batch: { ...s.batch, accountId, updatedAt: Date.now() } }));
  },

  addDraft(type) {
    const { batch, selectedId } = get();
    const template = batch.drafts.find((d) => d.id === selectedId) ?? batch.drafts.at(-1);
    const draft = createDraft(type, Date.now(), template);
    set({ batch: { ...batch, drafts: [...batch.drafts, draft], updatedAt: Date.now() }, selectedId: draft.id });
  },

  addDrafts(drafts, batchName) {
    const { batch } = get();
    if (drafts.length === 0) return;
    const rename = batchName !== undefined && batch.drafts.length === 0;
    set({
      batch: { ...batch, name: rename ? batchName : batch.name, drafts: [...batch.drafts, ...drafts], updatedAt: Date.now() },
      selectedId: drafts[0]?.id ?? get().selectedId,
    });
  },

  setDraftType(type) {
    const draft = selectSelectedDraft(get());
    if (!draft || draftLocked(draft.id)) return;
    set((s) => ({ batch: withDraft(s.batch, draft.id, (d) => ({ ...d, card: retypeCard(d.card, type) })), inputIssues: dropIssues(s.inputIssues, draft.id) }));
  },

  fillExample() {
    const draft = selectSelectedDraft(get());
    const type = draft ? draftType(draft) : undefined;
    if (!draft || !type || draftLocked(draft.id)) return;
    set((s) => ({ batch: withDraft(s.batch, draft.id, (d) => ({ ...d, card: cardFor(type, Date.now(), draft, true) })), inputIssues: dropIssues(s.inputIssues, draft.id) }));
  },

  importJson(text) {
    const parsed = parseImport(text, Date.now());
    if (!parsed.ok) {
      get().showNotice('error', builderText.importFailed, parsed.error);
      return;
    }
    const { drafts, batchName, duplicates } = parsed.value;
    get().addDrafts(drafts, batchName);
    if (duplicates.length === 0) get().showNotice('info', builderText.imported(drafts.length));
    else get().showNotice('info', builderText.importedWithDuplicates(drafts.length, duplicates.length), joinLines(duplicates.slice(0, 3).map((d) => d.message)));
  },

  exportJson() {
    const { batch } = get();
    downloadText(exportFileName(batch), exportBatchJson(batch));
  },

  duplicateDraft(id) {
    const { batch } = get();
    const index = batch.drafts.findIndex((d) => d.id === id);
    const source = batch.drafts[index];
    if (!source) return;
    const copy = duplicateDraft(source, Date.now());
    const drafts = [...batch.drafts.slice(0, index + 1), copy, ...batch.drafts.slice(index + 1)];
    set({ batch: { ...batch, drafts, updatedAt: Date.now() }, selectedId: copy.id });
  },

  deleteDraft(id) {
    const { batch, selectedId, inputIssues } = get();
    const index = batch.drafts.findIndex((d) => d.id === id);
    const draft = batch.drafts[index];
    if (!draft) return;
    const drafts = batch.drafts.filter((d) => d.id !== id);
    const nextSelected = selectedId === id ? (drafts[index] ?? drafts[index - 1])?.id ?? null : selectedId;
    set({
      batch: { ...batch, drafts, updatedAt: Date.now() },
      selectedId: nextSelected,
      inputIssues: dropIssues(inputIssues, id),
      undo: { seq: nextSeq(), kind: 'draft', draft, index },
    });
  },

  undoLast() {
    const { undo, batch } = get();
    if (!undo) return;
    if (undo.kind === 'batch') {
      set({ batch: undo.batch, selectedId: undo.selectedId, undo: null });
      return;
    }
    const drafts = [...batch.drafts];
    drafts.splice(Math.min(undo.index, drafts.length), 0, undo.draft);
    set({ batch: { ...batch, drafts, updatedAt: Date.now() }, selectedId: undo.draft.id, undo: null });
  },

  dismissUndo() {
    set({ undo: null });
  },

  selectDraft(id) {
    set({ selectedId: id, focusRequest: null });
  },

  setField(path, value) {
    const { selectedId } = get();
    if (selectedId) get().setFieldOf(selectedId, path, value);
  },

  setFieldOf(draftId, path, value) {
    if (draftLocked(draftId)) return;
    // Emptied optional blocks inside advanced_info disappear (an empty abstract is an error, §4.6).
    const prune = path.includes('.advanced_info') ? { pruneAbove: 3 } : {};
    set((s) => ({ batch: withDraft(s.batch, draftId, (d) => ({ ...d, card: setAt(d.card, path, value, prune) })) }));
  },

  setAfter(patch) {
    const { selectedId } = get();
    if (!selectedId || draftLocked(selectedId)) return;
    set((s) => ({ batch: withDraft(s.batch, selectedId, (d) => ({ ...d, after: { ...d.after, ...patch } })) }));
  },

  setNote(note) {
    const { selectedId } = get();
    if (!selectedId) return;
    set((s) => ({
      batch: withDraft(s.batch, selectedId, (d) => {
        if (note !== '') return { ...d, note };
        const { note: _dropped, ...rest } = d;
        return rest;
      }),
    }));
  },

  setInputIssue(path, issue) {
    const { selectedId, inputIssues } = get();
    if (!selectedId) return;
    const key = issueKey(selectedId, path);
    if (issue === null && !(key in inputIssues)) return;
    const next = { ...inputIssues };
    if (issue === null) delete next[key];
    else next[key] = issue;
    set({ inputIssues: next });
  },

  toggleSection(id, open) {
    set((s) => ({ openSections: { ...s.openSections, [id]: open ?? !s.openSections[id] } }));
  },

  revealFinding(path, code) {
    const section = sectionOfPath(path, code);
    const { selectedId } = get();
    if (!selectedId) return;
    set((s) => ({ openSections: { ...s.openSections, [section]: true }, focusRequest: { draftId: selectedId, path, seq: nextSeq() } }));
  },

  consumeFocus(seq) {
    if (get().focusRequest?.seq === seq) set({ focusRequest: null });
  },

  showNotice(tone, message, detail) {
    set({ notice: detail === undefined ? { seq: nextSeq(), tone, message } : { seq: nextSeq(), tone, message, detail } });
  },

  dismissNotice() {
    set({ notice: null });
  },
}));

/** The selected draft, or undefined. */
export function selectSelectedDraft(s: BuilderState): Draft | undefined {
  return s.batch.drafts.find((d) => d.id === s.selectedId);
}
