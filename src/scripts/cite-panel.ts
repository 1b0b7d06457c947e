/**
 * Fills the cite popover for the clause whose 引用 button opened it (or for the whole report),
 * with this site's origin and today's date, and copies a format on its 复制 button.
 */
import { FORMATS, FORMATS_EN, type Citation } from '../lib/cite.ts';
import { fill } from '../i18n/dict.ts';

// The page says its language (<html lang>); reading it costs no extra module on report pages.
const lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
const formats = lang === 'en' ? FORMATS_EN : FORMATS;

const panel = document.getElementById('cite-panel');
const status = document.getElementById('copy-status');

const say = (text: string) => {
  if (!status) return;
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = text));
};

if (panel) {
  const report = JSON.parse(panel.dataset.report!) as Citation['report'];
  // The page's own words for the messages (rendered in its language by CitePanel.astro).
  const t = JSON.parse(panel.dataset.ui!) as { whole: string; copied: string; noClipboard: string };
  const today = () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    const opener = target.closest?.('[data-cite]');
    if (opener) {
      // Runs before the popover opens (popovertarget acts after the click event).
      const id = opener.getAttribute('data-cite');
      const clause = id ? { id, label: document.getElementById(id)?.querySelector('.clause-ref')?.textContent ?? id } : null;
      const citation: Citation & { clauseEn?: string } = { origin: location.origin, report, clause, accessed: today(), lang, clauseEn: opener.getAttribute('data-cite-en') ?? undefined };
      panel.querySelector('.cite-what')!.textContent = clause ? ` ${clause.label}` : t.whole;
      for (const [key, , format] of formats) document.getElementById(`cite-${key}`)!.textContent = format(citation);
    }
    const copy = target.closest?.('[data-copy]');
    if (copy) {
      const text = document.getElementById(copy.getAttribute('data-copy')!)!.textContent!;
      const name = copy.getAttribute('data-name') ?? '';
      navigator.clipboard?.writeText(text).then(() => say(fill(t.copied, { name })), () => say(t.noClipboard));
    }
  });
  // Keyboard users land in the panel: focus its first copy button when it opens.
  panel.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'open') panel.querySelector<HTMLButtonElement>('.cite-copy')?.focus();
  });
}
