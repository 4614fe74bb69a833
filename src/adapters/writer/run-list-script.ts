/**
 * The browser side of the run list (/assets/run-list.js): every 1.5 s it fetches the list page as the
 * server renders it (same filter) and swaps in its rows, so the markup has one source; choosing a status
 * applies the filter at once.
 */
export const runListScript = `'use strict';
(() => {
  const filter = document.getElementById('status-filter');
  filter.addEventListener('change', () => filter.form.submit());
  async function refresh() {
    try {
      const html = await (await fetch('/' + location.search, { cache: 'no-store' })).text();
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      const open = new Set(Array.from(document.querySelectorAll('#runs details[open]')).map((d) => d.closest('tr').dataset.runId));
      document.getElementById('runs').replaceChildren(...Array.from(fresh.getElementById('runs').children).map((row) => document.importNode(row, true)));
      for (const row of document.querySelectorAll('#runs tr')) if (open.has(row.dataset.runId)) row.querySelector('details')?.setAttribute('open', '');
      document.getElementById('empty').hidden = fresh.getElementById('empty').hidden;
    } catch {}
  }
  setInterval(refresh, 1500);
})();
`;
