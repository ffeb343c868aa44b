/**
 * Copies text to the clipboard: the async Clipboard API, else a selected hidden textarea and
 * execCommand('copy') (older Chromium, or a page without clipboard permission). Answers whether
 * it worked, so the UI can say "select it by hand" instead of pretending.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
