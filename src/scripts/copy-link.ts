/**
 * Clicking a clause reference copies the clause's permalink and says so in a live region; the
 * link still navigates, so the clause is highlighted (:target) as the copied link will show it.
 */
import { fill } from '../i18n/dict.ts';

const live = document.getElementById('copy-status');
// The page's own words (rendered in its language on the live region).
const t = { copiedLink: live?.dataset.copied ?? '', noClipboardLink: live?.dataset.noClipboard ?? '' };

document.addEventListener('click', (event) => {
  const ref = (event.target as Element | null)?.closest?.('a.clause-ref');
  if (!ref || !live) return;
  const url = `${location.origin}${location.pathname}${ref.getAttribute('href')}`;
  const say = (text: string) => {
    live.textContent = '';
    // A fresh text node each time, so screen readers announce a repeated message.
    requestAnimationFrame(() => (live.textContent = text));
  };
  navigator.clipboard?.writeText(url).then(
    () => say(fill(t.copiedLink, { label: ref.textContent ?? '' })),
    () => say(t.noClipboardLink),
  ) ?? say(t.noClipboardLink);
});
