/** The Writer's stylesheet: system fonts, light and dark schemes, proposals gray, deletions struck. */
export const writerStyle = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #6e7781; --line: #d0d7de; --panel: #f6f8fa;
  --ok: #1a7f37; --bad: #cf222e; --warn: #9a6700; --info: #0969da; --proposal-bg: #f3f4f6;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #8b949e; --line: #30363d; --panel: #161b22;
    --ok: #3fb950; --bad: #f85149; --warn: #d29922; --info: #58a6ff; --proposal-bg: #1c2128;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
a { color: var(--info); }
header.run { border-bottom: 1px solid var(--line); padding-bottom: .75rem; margin-bottom: 1rem; }
header.run h1 { font-size: 1.4rem; margin: .25rem 0; overflow-wrap: anywhere; }
.meta { color: var(--muted); font-size: .875rem; display: flex; gap: .75rem; flex-wrap: wrap; align-items: center; }
.status { display: inline-flex; align-items: center; gap: .35rem; font-weight: 600; padding: .1rem .6rem; border-radius: 999px; border: 1px solid currentColor; font-size: .8rem; }
.status::before { content: ""; width: .55rem; height: .55rem; border-radius: 50%; background: currentColor; }
.status-running, .status-initializing, .status-completing { color: var(--info); }
.status-running::before, .status-initializing::before { animation: pulse 1.4s ease-in-out infinite; }
.status-waiting, .status-blocked { color: var(--warn); }
.status-completed { color: var(--ok); }
.status-failed { color: var(--bad); }
@keyframes pulse { 50% { opacity: .3; } }
@media (prefers-reduced-motion: reduce) { .status::before { animation: none !important; } }
.connection { font-size: .8rem; }
.connection.offline { color: var(--bad); }
section.doc-section { border: 1px solid var(--line); border-radius: 6px; margin: .75rem 0; background: var(--bg); }
section.doc-section > h2 { margin: 0; padding: .4rem .75rem; font-size: .95rem; background: var(--panel); border-bottom: 1px solid var(--line); display: flex; justify-content: space-between; border-radius: 6px 6px 0 0; }
section.doc-section.empty > h2 { border-bottom: 0; }
.state { color: var(--muted); font-weight: 400; font-size: .8rem; }
.state-active .state { color: var(--info); }
.state-done .state { color: var(--ok); }
.state-failed .state { color: var(--bad); }
.body { margin: 0; padding: .5rem .75rem; white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.body:empty { display: none; }
section[data-section="terminal"] .body { max-height: 32rem; overflow: auto; }
.body span, .body ins, .body del { display: block; min-height: 1.45em; }
.proposal-added { color: var(--muted); background: var(--proposal-bg); text-decoration: none; border-left: 3px solid var(--line); padding-left: .4rem; }
.proposal-removed { color: var(--muted); text-decoration: line-through; border-left: 3px solid var(--line); padding-left: .4rem; }
.legend { color: var(--muted); font-size: .8rem; }
table.runs { width: 100%; border-collapse: collapse; }
table.runs th, table.runs td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
table.runs td.objective { overflow-wrap: anywhere; }
.empty-list { color: var(--muted); }
.objects { display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0; font-size: .8rem; }
.note { color: var(--muted); font-size: .875rem; }
.objects[hidden], .train[hidden] { display: none; }
.objects a { border: 1px solid var(--line); border-radius: 999px; padding: .05rem .55rem; text-decoration: none; background: var(--panel); }
.objects a.object-report { border-color: var(--ok); }
a.external::after, .objects a.object-github::after { content: " ↗"; }
pre.object, pre.commit, pre.report { white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .75rem; }
.signature { padding: .5rem .75rem; border-radius: 6px; border: 1px solid currentColor; }
.signature-ok { color: var(--ok); }
.signature-bad { color: var(--bad); }
dl.report-facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.report-facts dt { color: var(--muted); }
dl.report-facts dd { margin: 0; }
table.gates { width: 100%; border-collapse: collapse; }
table.gates th, table.gates td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
.gate-pass, .gate-cached, .verdict-passed { color: var(--ok); }
.gate-fail, .gate-error, .verdict-failed { color: var(--bad); }
.gate-flaky { color: var(--warn); }
.train { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; margin: .5rem 0; font-size: .875rem; }
`;
