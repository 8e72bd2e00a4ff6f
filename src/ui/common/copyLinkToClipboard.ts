import type { DesignerStore } from '../../state/createDesignerStore';
import { encodeShareFragment, type SharedDesign } from '../../domain/share/shareLink';

/**
 * Puts a link to this app carrying `shared` in its fragment on the clipboard, and tells the user how
 * it went (a design over the link limit gets the reason instead). `copied` words the success notice.
 */
export function copyLinkToClipboard(
  store: DesignerStore,
  shared: SharedDesign,
  copied: (url: string) => string,
): void {
  const show = (text: string) => store.getState().showNotice(text);
  const enc = encodeShareFragment(shared);
  if (!enc.ok) return show(enc.message);
  const url = `${window.location.origin}${window.location.pathname}#${enc.fragment}`;
  void navigator.clipboard.writeText(url).then(
    () => show(copied(url)),
    () => show('The clipboard is not available here; the link could not be copied.'),
  );
}
