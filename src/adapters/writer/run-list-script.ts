/** The browser side of the run list (/assets/run-list.js): refreshes the table every 1.5 s. */
export const runListScript = `'use strict';
(() => {
  async function refresh() {
    try {
      const runs = await (await fetch('/api/runs', { cache: 'no-store' })).json();
      const rows = runs.map((run) => {
        const tr = document.createElement('tr');
        tr.dataset.runId = run.runId;
        const link = document.createElement('a');
        link.href = '/runs/' + encodeURIComponent(run.runId);
        link.textContent = run.runId;
        const status = document.createElement('span');
        status.className = 'status status-' + run.status;
        status.textContent = run.status;
        const cells = [link, status, run.objective + (run.statusDetail ? ' — ' + run.statusDetail : ''), String(run.revision)];
        for (const [index, content] of cells.entries()) {
          const td = document.createElement('td');
          if (index === 2) td.className = 'objective';
          td.append(content);
          tr.append(td);
        }
        return tr;
      });
      document.getElementById('runs').replaceChildren(...rows);
      document.getElementById('empty').hidden = runs.length > 0;
    } catch {}
  }
  setInterval(refresh, 1500);
})();
`;
