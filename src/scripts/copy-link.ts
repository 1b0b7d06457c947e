/**
 * Clicking a clause reference copies the clause's permalink and says so in a live region; the
 * link still navigates, so the clause is highlighted (:target) as the copied link will show it.
 */
const live = document.getElementById('copy-status');

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
    () => say(`已复制链接 ${ref.textContent ?? ''}`),
    () => say('无法访问剪贴板：请从地址栏复制链接'),
  ) ?? say('无法访问剪贴板：请从地址栏复制链接');
});
