import { documentSections, sectionTitles } from '../../core/run-document/document-model.ts';
import { objectPatterns } from '../../core/run-document/object-refs.ts';

/**
 * The browser side of a run page, served as /assets/run-page.js (no inline script, so the page can run
 * under a strict Content-Security-Policy). It loads a snapshot, then follows the run over SSE: events
 * apply in revision order, early ones wait, duplicates drop, and a gap that does not close (or a
 * `resync` from the server) refetches the snapshot. Text only ever reaches the DOM as textContent.
 * The patch semantics mirror src/core/run-document/apply-patch.ts; the browser test checks they agree.
 */
export const runPageScript = `'use strict';
(() => {
  const sections = ${JSON.stringify(documentSections)};
  const titles = ${JSON.stringify(sectionTitles)};
  const runId = document.body.dataset.runId;
  const base = '/api/runs/' + encodeURIComponent(runId);
  const holdWindow = 64;
  let doc = null;
  let times = null;
  let timesTimer = null;
  const clock = (iso) => iso.slice(11, 19) + ' UTC';
  const seconds = (from, to) => ((Date.parse(to) - Date.parse(from)) / 1000).toFixed(1) + ' s';
  // Phase and run times come from the server's event timestamps; refetched (at most every 300 ms) when states change.
  function loadTimes() {
    if (timesTimer) return;
    timesTimer = setTimeout(async () => {
      timesTimer = null;
      try {
        times = await (await fetch(base + '/times', { cache: 'no-store' })).json();
        const over = finished();
        byId('times').textContent = times.startedAt ? 'started ' + clock(times.startedAt) + (over && times.updatedAt ? ', ended ' + clock(times.updatedAt) + ' (' + seconds(times.startedAt, times.updatedAt) + ')' : '') : '';
        for (const id of sections) renderSection(id);
      } catch {}
    }, 300);
  }
  let past = null;
  let held = new Map();
  let source = null;
  let holdTimer = null;
  let syncing = null;
  const byId = (id) => document.getElementById(id);

  function applyOps(text, ops) {
    let out = '';
    let cursor = 0;
    for (const op of ops) {
      if (op.op === 'insert') { out += op.text; continue; }
      const end = cursor + op.count;
      if (end > text.length) throw new Error('op out of range');
      if (op.op === 'retain') out += text.slice(cursor, end);
      if (op.op === 'replace') out += op.text;
      cursor = end;
    }
    return out + text.slice(cursor);
  }
  function appendLine(text, line) {
    const head = text === '' || text.endsWith('\\n') ? text : text + '\\n';
    return head + line + (line.endsWith('\\n') ? '' : '\\n');
  }
  function applyPatch(patch) {
    if (patch.kind === 'set-status') { doc.status = patch.status; doc.statusDetail = (patch.detail || '').replace(/\\r\\n|\\r|\\n/g, ' '); return null; }
    const s = doc.sections.find((x) => x.id === patch.section);
    const textOf = (target) => (target === 'canon' ? s.canon : (s.proposal ?? s.canon));
    const setText = (target, text) => { if (target === 'canon') s.canon = text; else s.proposal = text; };
    if (patch.kind === 'mark-section-state') s.state = patch.state;
    else if (patch.kind === 'commit-proposal') { if (s.proposal === undefined) throw new Error('no proposal'); s.canon = s.proposal; delete s.proposal; }
    else if (patch.kind === 'discard-proposal') { if (s.proposal === undefined) throw new Error('no proposal'); delete s.proposal; }
    else if (patch.kind === 'append-log-line') setText(patch.target, appendLine(textOf(patch.target), patch.text));
    else if (patch.kind === 'edit') setText(patch.target, applyOps(textOf(patch.target), patch.ops));
    return s.id;
  }

  function splitLines(text) {
    if (text === '') return [];
    const lines = text.split('\\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
  }
  function diffProposal(canon, proposal) {
    const a = splitLines(canon), b = splitLines(proposal);
    let head = 0, tail = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
    return [
      ...a.slice(0, head).map((t) => ['same', t]),
      ...a.slice(head, a.length - tail).map((t) => ['removed', t]),
      ...b.slice(head, b.length - tail).map((t) => ['added', t]),
      ...a.slice(a.length - tail).map((t) => ['same', t]),
    ];
  }

  function line(kind, text) {
    const el = document.createElement(kind === 'added' ? 'ins' : kind === 'removed' ? 'del' : 'span');
    if (kind !== 'same') { el.className = 'proposal-' + kind; el.title = kind === 'added' ? 'proposed' : 'proposed for removal'; }
    el.append(...linkify(text));
    return el;
  }
  // Every object the text names that the server found (commits, reports, logs, work orders, branches,
  // patches, GitHub pages) is a link; the server's list is refetched as the run goes on. Text stays text.
  const objectPattern = new RegExp(${JSON.stringify(objectPatterns.map((p) => p.source).join('|'))}, 'g');
  let links = {};
  let objectsTimer = null;
  let objectsLoaded = false;
  function loadObjects() {
    if (objectsTimer) return;
    // The first list at once; later ones at most once a second while the run goes on.
    objectsTimer = setTimeout(async () => {
      try {
        const response = await fetch(base + '/objects', { cache: 'no-store' });
        if (!response.ok) throw new Error('HTTP ' + response.status);
        const found = await response.json();
        const changed = JSON.stringify(found.links) !== JSON.stringify(links);
        links = found.links;
        renderObjects(found.objects);
        renderTrain(found.train || []);
        if (changed) for (const id of sections) renderSection(id);
        document.body.dataset.objects = 'loaded';
        objectsLoaded = true;
      } catch {}
      objectsTimer = null;
    }, objectsLoaded ? 1000 : 0);
  }
  function renderObjects(objects) {
    const nav = byId('objects');
    nav.hidden = objects.length === 0;
    nav.replaceChildren(...objects.map((object) => {
      const a = document.createElement('a');
      a.href = object.href;
      a.className = 'object object-' + object.kind;
      a.textContent = object.label;
      if (object.kind === 'github') { a.rel = 'noopener noreferrer'; a.target = '_blank'; }
      return a;
    }));
  }
  // The work order's place in the merge train (position, batch, the staging commit being verified, or why it was evicted).
  function renderTrain(lines) {
    const box = byId('train');
    box.hidden = lines.length === 0;
    box.replaceChildren(...lines.map((text) => {
      const p = document.createElement('p');
      p.append(...linkify(text));
      return p;
    }));
  }
  function linkify(text) {
    const parts = [];
    let last = 0;
    for (const match of text.matchAll(objectPattern)) {
      const href = Object.prototype.hasOwnProperty.call(links, match[0]) ? links[match[0]] : undefined;
      if (typeof href !== 'string') continue;
      parts.push(text.slice(last, match.index));
      const a = document.createElement('a');
      a.href = href;
      a.className = href.startsWith('/commits/') ? 'commit' : 'object';
      if (href.startsWith('https://')) { a.rel = 'noopener noreferrer'; a.target = '_blank'; }
      a.textContent = match[0];
      parts.push(a);
      last = match.index + match[0].length;
    }
    parts.push(text.slice(last));
    return parts;
  }
  function renderSection(id) {
    const shown = past ?? doc;
    const s = shown.sections.find((x) => x.id === id);
    let el = document.querySelector('section[data-section="' + id + '"]');
    if (!el) {
      el = document.createElement('section');
      el.dataset.section = id;
      const h = document.createElement('h2');
      const title = document.createElement('span');
      title.textContent = titles[id];
      const state = document.createElement('span');
      state.className = 'state';
      h.append(title, state);
      const body = document.createElement('div');
      body.className = 'body';
      el.append(h, body);
      byId('sections').append(el);
    }
    el.className = 'doc-section state-' + s.state + (s.canon === '' && s.proposal === undefined ? ' empty' : '');
    el.dataset.state = s.state;
    el.dataset.hasProposal = String(s.proposal !== undefined);
    // A finished run tells the truth about what never happened, instead of "pending" forever.
    const over = finished(shown);
    el.dataset.final = String(over);
    const stateText = over && s.state === 'pending' ? (s.canon === '' && s.proposal === undefined ? 'not used in this run' : 'not finished') : over && s.state === 'active' ? 'stopped' : s.state;
    const phase = !past && times && times.sections[id];
    const took = phase && phase.startedAt && phase.endedAt ? ' · ' + seconds(phase.startedAt, phase.endedAt) : phase && phase.startedAt && s.state === 'active' ? ' · since ' + clock(phase.startedAt) : '';
    el.querySelector('.state').textContent = stateText + took + (s.proposal === undefined ? '' : over ? ' · proposal never accepted' : ' · has a proposal');
    const body = el.querySelector('.body');
    // Follow the tail of a scrolling section (Terminal) unless the reader scrolled up to look at something.
    const atBottom = body.scrollTop + body.clientHeight >= body.scrollHeight - 4;
    const rows = s.proposal === undefined ? splitLines(s.canon).map((t) => ['same', t]) : diffProposal(s.canon, s.proposal);
    body.replaceChildren(...rows.map(([kind, text]) => line(kind, text)));
    if (atBottom) body.scrollTop = body.scrollHeight;
  }
  function finished(d = doc) {
    return d.status === 'completed' || d.status === 'failed' || d.status === 'blocked';
  }
  let wasFinished = false;
  function renderHeader() {
    if (finished() !== wasFinished) {
      wasFinished = finished();
      for (const id of sections) dirty.add(id);
      setConnection(wasFinished ? 'finished' : 'live', false);
    }
    byId('objective').textContent = doc.objective;
    document.title = doc.objective + ' · Shopfloor Writer';
    const status = byId('status');
    status.textContent = doc.status;
    status.className = 'status status-' + doc.status;
    status.dataset.status = doc.status;
    byId('detail').replaceChildren(...linkify(doc.statusDetail));
    byId('revision').textContent = String(doc.revision);
    const slider = byId('revision-slider');
    slider.max = String(doc.revision);
    if (!past) slider.value = String(doc.revision);
    byId('viewing').textContent = past ? 'showing revision ' + past.revision + ' of ' + doc.revision : '';
    byId('back-live').hidden = !past;
  }
  function renderAll() {
    renderHeader();
    for (const id of sections) renderSection(id);
  }
  function setConnection(text, offline) {
    if (text === 'live' && finished()) text = 'finished';
    const el = byId('connection');
    el.textContent = text;
    el.classList.toggle('offline', offline);
  }

  // A busy run sends hundreds of patches a second: apply each at once, paint at most once per frame.
  const dirty = new Set();
  let frame = 0;
  function paint() {
    frame = 0;
    renderHeader();
    for (const id of dirty) renderSection(id);
    dirty.clear();
  }
  function apply(event) {
    const touched = applyPatch(event.patch);
    if (event.patch.kind === 'mark-section-state' || event.patch.kind === 'set-status') loadTimes();
    loadObjects();
    doc.revision = event.revision;
    if (touched) dirty.add(touched);
    if (!frame) frame = requestAnimationFrame(paint);
  }
  function onEvent(event) {
    if (!doc || event.runId !== runId) return;
    if (event.type === 'run.progress') {
      if (event.revision > doc.revision && held.size === 0) resync();
      else byId('progress').textContent = event.note;
      return;
    }
    if (event.revision <= doc.revision) return;
    if (event.revision > doc.revision + 1) {
      held.set(event.revision, event);
      if (held.size > holdWindow) resync();
      else if (!holdTimer) holdTimer = setTimeout(() => { holdTimer = null; if (held.size) resync(); }, 2000);
      return;
    }
    try {
      apply(event);
      for (let next = held.get(doc.revision + 1); next; next = held.get(doc.revision + 1)) { held.delete(next.revision); apply(next); }
    } catch (error) {
      resync();
    }
  }

  function connect() {
    if (source) source.close();
    source = new EventSource(base + '/events?after=' + doc.revision);
    for (const type of ['run.started', 'run.progress', 'run.patch', 'run.status', 'run.failed']) {
      source.addEventListener(type, (message) => onEvent(JSON.parse(message.data)));
    }
    source.addEventListener('resync', () => resync());
    source.onopen = () => setConnection('live', false);
    source.onerror = () => setConnection('reconnecting…', true);
  }
  function resync() {
    if (syncing) return syncing;
    syncing = (async () => {
      try {
        const response = await fetch(base + '/document', { cache: 'no-store' });
        if (!response.ok) throw new Error('HTTP ' + response.status);
        doc = await response.json();
        for (const revision of [...held.keys()]) if (revision <= doc.revision) held.delete(revision);
        if (frame) cancelAnimationFrame(frame);
        frame = 0;
        dirty.clear();
        renderAll();
        loadTimes();
        loadObjects();
        for (let next = held.get(doc.revision + 1); next; next = held.get(doc.revision + 1)) { held.delete(next.revision); apply(next); }
        document.body.dataset.resyncs = String(Number(document.body.dataset.resyncs || 0) + 1);
        connect();
      } catch (error) {
        setConnection('cannot load the run; retrying…', true);
        setTimeout(() => { syncing = null; resync(); }, 1000);
        return;
      }
      syncing = null;
    })();
    return syncing;
  }
  // The revision slider: an earlier revision is fetched whole and shown until the reader comes back;
  // live events keep applying to the current document meanwhile.
  let pastRequest = 0;
  async function showRevision(revision) {
    const request = ++pastRequest;
    if (revision >= doc.revision) past = null;
    else {
      const response = await fetch(base + '/document?revision=' + revision, { cache: 'no-store' });
      if (request !== pastRequest) return;
      if (!response.ok) { byId('viewing').textContent = 'revision ' + revision + ' is not available'; return; }
      past = await response.json();
    }
    if (request !== pastRequest) return;
    renderAll();
  }
  byId('revision-slider').addEventListener('input', (event) => showRevision(Number(event.target.value)));
  byId('back-live').addEventListener('click', () => showRevision(doc.revision));
  resync();
})();
`;
