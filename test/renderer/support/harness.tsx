// Shared set-up for component tests: fresh stores, a selected draft of a given type, the editor
// context the fields read, and a fake window.couponStudio where a test needs one.
import { cleanup, render, type RenderResult } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import type { ReactNode } from 'react';
import type { CardType } from '../../../common/coupon/card-types';
import type { Draft } from '../../../common/drafts/draft';
import { EditorContext } from '../../../renderer/src/features/builder/editor-context';
import { draftFindings } from '../../../renderer/src/lib/draft-findings';
import { draftType } from '../../../renderer/src/lib/draft-model';
import { useAppStore } from '../../../renderer/src/stores/app-store';
import { selectSelectedDraft, useBuilderStore } from '../../../renderer/src/stores/builder-store';
import { useImageStore } from '../../../renderer/src/stores/image-store';
import { useSaveStore } from '../../../renderer/src/stores/save-store';

const initial = {
  app: useAppStore.getInitialState(),
  builder: useBuilderStore.getInitialState(),
  images: useImageStore.getInitialState(),
  save: useSaveStore.getInitialState(),
};

/** Puts every store back to its first state, unmounts what was rendered and removes the bridge. */
export function resetAll(): void {
  cleanup();
  useAppStore.setState(initial.app, true);
  useBuilderStore.setState(initial.builder, true);
  useImageStore.setState(initial.images, true);
  useSaveStore.setState(initial.save, true);
  setBridge(undefined);
}

/** Installs (or removes) a fake window.couponStudio. */
export function setBridge(api: unknown): void {
  Object.defineProperty(window, 'couponStudio', { value: api, configurable: true, writable: true });
}

/** Starts a batch with one draft of the type filled with the sample coupon (a valid card), selected, and returns it. */
export function startDraft(type: CardType): Draft {
  useBuilderStore.getState().addDraft(type);
  useBuilderStore.getState().fillExample();
  const draft = selectSelectedDraft(useBuilderStore.getState());
  if (!draft) throw new Error('no draft');
  return draft;
}

/** The selected draft as the store holds it now. */
export function currentDraft(): Draft {
  const draft = selectSelectedDraft(useBuilderStore.getState());
  if (!draft) throw new Error('no draft selected');
  return draft;
}

/** Provides the editor context for the selected draft, re-validating on every change like the builder does. */
function EditorHarness({ children }: { children: ReactNode }) {
  const draft = useBuilderStore(selectSelectedDraft);
  const issues = useBuilderStore((s) => s.inputIssues);
  const type = draft ? draftType(draft) : undefined;
  if (!draft || !type) return null;
  const findings = draftFindings(draft, Date.now());
  return <EditorContext.Provider value={{ draft, type, findings, issues }}>{children}</EditorContext.Provider>;
}

/** Renders fields of the selected draft inside the editor context. */
export function renderInEditor(ui: ReactNode): RenderResult {
  return render(<EditorHarness>{ui}</EditorHarness>);
}

/**
 * Renders a screen inside antd's <App>, as the app does (AntdProvider): notices use
 * App.useApp()'s notification, which has no methods outside it.
 */
export function renderScreen(ui: ReactNode): RenderResult {
  return render(<AntdApp>{ui}</AntdApp>);
}
