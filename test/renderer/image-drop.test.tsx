import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ImageField } from '../../renderer/src/features/builder/fields/ImageField';
import { getAt } from '../../renderer/src/lib/card-path';
import { useImageStore, type ImageDrop } from '../../renderer/src/stores/image-store';
import { fieldDomId } from '../../renderer/src/lib/field-focus';
import { currentDraft, renderInEditor, resetAll, setBridge, startDraft } from './support/harness';
import { visibleText } from './support/visible-text';

const LOGO = 'card.cash.base_info.logo_url';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const HASH = 'a'.repeat(64);
/** antd's Dragger listens on its role=button zone inside the wrapper. */
const dropTarget = () => screen.getByTestId('dropzone').querySelector('[role="button"]') as HTMLElement;

beforeEach(() => {
  resetAll();
  startDraft('CASH');
});
afterEach(resetAll);

describe('image drop zones', () => {
  it('a dropped file is read in the renderer and its bytes go to the store action with the field and role', async () => {
    const intakeImage = vi.fn<(drop: ImageDrop) => Promise<void>>(async () => undefined);
    useImageStore.setState({ intakeImage });
    renderInEditor(<ImageField path={LOGO} role="logo" />);
    const file = new File([PNG], 'logo.png', { type: 'image/png' });
    fireEvent.drop(dropTarget(), { dataTransfer: { files: [file] } });
    await waitFor(() => expect(intakeImage).toHaveBeenCalledTimes(1));
    const drop = intakeImage.mock.calls[0]?.[0];
    expect(drop?.path).toBe(LOGO);
    expect(drop?.role).toBe('logo');
    expect(drop?.name).toBe('logo.png');
    expect(Array.from(drop?.bytes ?? [])).toEqual(Array.from(PNG));
  });

  it('the focusable drop zone carries the field id and the slot name, so a finding on the image focuses it', () => {
    renderInEditor(<ImageField path={LOGO} role="logo" />);
    const zone = document.getElementById(fieldDomId(LOGO)) as HTMLElement;
    expect(zone).toBe(dropTarget());
    expect(zone.tabIndex).toBe(0);
    expect(zone.getAttribute('aria-label')).toBeTruthy();
    zone.focus();
    expect(document.activeElement).toBe(zone);
  });

  it('the file chooser (hidden input limited to JPG/PNG) feeds the same action', async () => {
    const intakeImage = vi.fn<(drop: ImageDrop) => Promise<void>>(async () => undefined);
    useImageStore.setState({ intakeImage });
    renderInEditor(<ImageField path={LOGO} role="logo" />);
    const input = screen.getByTestId('dropzone-input') as HTMLInputElement;
    expect(input.accept).toBe('image/jpeg,image/png');
    fireEvent.change(input, { target: { files: [new File([PNG], 'x.png', { type: 'image/png' })] } });
    await waitFor(() => expect(intakeImage).toHaveBeenCalledTimes(1));
  });

  it('without an images channel the field says intake is unavailable, in the UI', async () => {
    renderInEditor(<ImageField path={LOGO} role="logo" />);
    fireEvent.drop(dropTarget(), { dataTransfer: { files: [new File([PNG], 'logo.png', { type: 'image/png' })] } });
    await waitFor(() => expect(screen.getByTestId('field-msg-error').textContent).toContain('图片处理服务暂不可用'));
  });

  it('with an images channel the bytes go as base64; the field then holds the local-image ref and the thumbnail shows', async () => {
    const intake = vi.fn(async () => ({
      ok: true as const,
      data: { hash: HASH, ref: `local-image:${HASH}`, width: 300, height: 300, bytes: 11, format: 'png' as const, preview: 'data:image/png;base64,AAAA', role: 'logo' as const, quality: null },
    }));
    setBridge({ images: { intake, get: vi.fn() } });
    renderInEditor(<ImageField path={LOGO} role="logo" />);
    fireEvent.drop(dropTarget(), { dataTransfer: { files: [new File([PNG], 'logo.png', { type: 'image/png' })] } });
    await waitFor(() => expect(getAt(currentDraft().card, LOGO)).toBe(`local-image:${HASH}`));
    expect(intake).toHaveBeenCalledWith({ role: 'logo', source: { kind: 'bytes', base64: btoa(String.fromCharCode(...PNG)), name: 'logo.png' } });
    const thumb = document.querySelector('.image-field__thumb') as HTMLImageElement;
    expect(thumb.getAttribute('src')).toBe('data:image/png;base64,AAAA');
    // The URL box says what happens to the image, never the local-image:<hash> reference (issue 11, problem 9).
    const url = document.getElementById(`${fieldDomId(LOGO)}-url`) as HTMLInputElement;
    expect(url.value).toBe('');
    expect(url.placeholder).toBe('本地图片，创建时自动上传');
    expect(visibleText(url.closest('.field') as HTMLElement)).not.toContain('local-image:');
  });

  it('a file main refuses shows main’s bilingual message and leaves the field as it was', async () => {
    const before = getAt(currentDraft().card, LOGO);
    const refusal = { 'zh-CN': '不支持 GIF 图片：请使用 JPG 或 PNG', en: 'GIF is not supported: use JPG or PNG' };
    setBridge({ images: { intake: vi.fn(async () => ({ ok: false as const, error: { code: 'image_unsupported_type', message: refusal } })), get: vi.fn() } });
    renderInEditor(<ImageField path={LOGO} role="logo" />);
    fireEvent.drop(dropTarget(), { dataTransfer: { files: [new File([new Uint8Array([0x47, 0x49, 0x46])], 'a.gif', { type: 'image/gif' })] } });
    await waitFor(() => expect(screen.getByTestId('field-msg-error').textContent).toBe(refusal['zh-CN']));
    expect(getAt(currentDraft().card, LOGO)).toBe(before);
  });
});
