/**
 * Fills the cite popover for the clause whose 引用 button opened it (or for the whole report),
 * with this site's origin and today's date, and copies a format on its 复制 button.
 */
import { FORMATS, type Citation } from '../lib/cite.ts';

const panel = document.getElementById('cite-panel');
const status = document.getElementById('copy-status');

const say = (text: string) => {
  if (!status) return;
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = text));
};

if (panel) {
  const report = JSON.parse(panel.dataset.report!) as Citation['report'];
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
      const citation: Citation = { origin: location.origin, report, clause, accessed: today() };
      panel.querySelector('.cite-what')!.textContent = clause ? ` ${clause.label}` : '全文';
      for (const [key, , format] of FORMATS) document.getElementById(`cite-${key}`)!.textContent = format(citation);
    }
    const copy = target.closest?.('[data-copy]');
    if (copy) {
      const text = document.getElementById(copy.getAttribute('data-copy')!)!.textContent!;
      const name = copy.getAttribute('aria-label')!.replace(/^复制/, '');
      navigator.clipboard?.writeText(text).then(() => say(`已复制${name}`), () => say('无法访问剪贴板：请选中文字复制'));
    }
  });
  // Keyboard users land in the panel: focus its first copy button when it opens.
  panel.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'open') panel.querySelector<HTMLButtonElement>('.cite-copy')?.focus();
  });
}
