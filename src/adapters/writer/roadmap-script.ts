/** The browser side of /roadmap (/assets/roadmap.js): every 3 s it fetches the page and swaps in the new graph, so states move live. */
export const roadmapScript = `'use strict';
(() => {
  async function refresh() {
    try {
      const html = await (await fetch('/roadmap', { cache: 'no-store' })).text();
      const fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('roadmap');
      if (fresh) document.getElementById('roadmap').replaceChildren(...Array.from(fresh.childNodes).map((node) => document.importNode(node, true)));
    } catch {}
  }
  setInterval(refresh, 3000);
})();
`;
