"""One self-contained HTML page for an interactive map: vis-network inlined, no request.

The page carries its data as JSON inside a ``<script type="application/json">`` block
(escaped so no text can close it), draws with vis-network (shipped inside pyvis, read
from the installed package and inlined), and sets every user string with
``textContent`` / vis-network's plain-text tooltips — never as HTML. A Content Security
Policy forbids any network access, so the file works the same on a laptop in a meeting
room with no internet.
"""

from __future__ import annotations

import json
from functools import lru_cache
from html import escape
from importlib import resources

__all__ = ["page", "json_for_script", "vis_assets"]


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str]:
    """vis-network's JavaScript and CSS, from the pyvis package."""
    lib = resources.files("pyvis") / "lib" / "vis-9.1.2"
    return (lib / "vis-network.min.js").read_text(encoding="utf-8"), (lib / "vis-network.css").read_text(encoding="utf-8")


def json_for_script(data: object) -> str:
    """JSON that is safe inside a <script> element (no ``</script>``, no HTML comments)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


_CSS = """
html,body{margin:0;height:100%;font-family:"DejaVu Sans",Arial,Helvetica,sans-serif;color:#222;background:#fff}
#elz{display:grid;grid-template-columns:1fr 300px;grid-template-rows:auto 1fr auto;height:100%}
#elz header{grid-column:1/3;padding:8px 12px;border-bottom:1px solid #ddd;display:flex;flex-wrap:wrap;gap:8px;
 align-items:center}
#elz h1{font-size:20px;margin:0 16px 0 0}
#elz header input,#elz header select,#elz header button{font-size:14px;padding:3px 6px}
.find{position:relative;display:inline-block}
#hits{position:absolute;z-index:10;left:0;top:100%;margin:2px 0 0;padding:4px 0;list-style:none;background:#fff;
 border:1px solid #bbb;box-shadow:0 2px 6px rgba(0,0,0,.2);min-width:260px;max-height:340px;overflow:auto}
#hits li{padding:0}#hits li.note{padding:3px 10px;color:#555;font-size:12px}
#hits button{display:block;width:100%;text-align:left;border:0;background:none;padding:3px 10px;font-size:14px;
 cursor:pointer}
#hits button:hover,#hits button:focus{background:#eef}
#net{position:relative;min-height:300px;overflow:hidden}
#side{border-left:1px solid #ddd;padding:10px 12px;overflow:auto;font-size:13px;grid-row:2/4;grid-column:2}
#side h2{font-size:15px;margin:12px 0 6px}
.sw{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:6px;vertical-align:middle;
 border:1px solid #666}
.row{margin:3px 0}
label.row{display:block;cursor:pointer}
#details{white-space:pre-line;background:#f7f7f7;padding:6px;border-radius:4px;min-height:2em}
#egobox{margin:6px 0}
#count{color:#555;font-size:13px}
#story{grid-column:1;display:flex;align-items:center;gap:12px;padding:8px 12px;border-top:1px solid #ddd;
 background:#fafafa}
#story button{font-size:16px;padding:6px 12px}
#caption{flex:1;font-size:22px;font-weight:bold;text-align:center}
div.vis-tooltip{white-space:pre-line;max-width:420px;font-family:inherit;font-size:13px}
.note{color:#555;font-size:12px}
@media print{#elz{display:block}#elz header input,#elz header select,#elz header button,#story button{display:none}
 #net{height:80vh}#side{border:0}}
"""

_JS = r"""
(function(){
'use strict';
const D = JSON.parse(document.getElementById('elz-data').textContent);
const T = D.text, N = D.nodes, NN = N.length, NET = D.mode === 'network';
const container = document.getElementById('net');
const details = document.getElementById('details');
const count = document.getElementById('count');
const q = document.getElementById('q');
const hitsList = document.getElementById('hits');
const filters = Array.from(document.querySelectorAll('select[data-filter]'));
const $ = id => document.getElementById(id);
const viewSel = $('view'), colourSel = $('colour'), sizeSel = $('size'), egoBox = $('egobox'), depthSel = $('depth');
const byId = new Map(N.map((n, i) => [n.id, i]));
const nameOf = i => (N[i].title || N[i].label || '').split('\n')[0];
const state = {view: D.view, colour: D.colour || 0, size: D.size || 0, ego: null, hl: null, he: 0,
               off: new Set(), expanded: new Set(), step: -1, selected: null};
if (D.ego && byId.has(D.ego.id)) state.ego = {i: byId.get(D.ego.id), depth: D.ego.depth};
const vis_ = new Uint8Array(NN);
// ties: [from, to, width, colour, dashes, flags, initiatives, text]
const E = D.edges, B = D.bedges || [], G = D.gedges || [], M = D.medges || [];
const adj = Array.from({length: NN}, () => []), badj = Array.from({length: NN}, () => []);
E.forEach(e => { adj[e[0]].push(e[1]); adj[e[1]].push(e[0]); });
B.forEach(e => { badj[e[0]].push(e[1]); badj[e[1]].push(e[0]); });
const DASH = [false, [6, 4], [2, 4]];
function edgeTitle(e) {
  if (!NET) return e[7];
  const lines = [nameOf(e[0]) + ' \u2013 ' + nameOf(e[1])];
  if (e[6].length) {
    const names = e[6].slice(0, 8).map(k => D.inis[k]);
    lines.push(T.together_in + ': ' + names.join('; ') + (e[6].length > 8 ? ' (+' + (e[6].length - 8) + ')' : ''));
  }
  if (e[7]) lines.push(e[7]);
  if (T.tie_note) lines.push(T.tie_note);
  return lines.join('\n');
}
function nodeColour(i) {
  const n = N[i];
  if (n.k === 'i') return '#8C8C8C';
  const c = D.colourings[state.colour];
  return c ? c.values[c.of[i]][2] : '#BBBBBB';
}
function radius(i) {
  const n = N[i];
  if (n.k === 'i') return 6;
  const s = D.sizes[state.size];
  return s ? s.r[i] : 12;
}
function faded(i) { return state.hl !== null && !state.hl.has(i); }
function nodeStyle(i) {
  const n = N[i];
  if (!NET) return {id: n.id, hidden: !vis_[i]};
  const fill = faded(i) ? '#E6E6E6' : nodeColour(i);
  const border = faded(i) ? '#CCCCCC' : (n.sp ? '#000000' : '#555555');
  return {id: n.id, hidden: !vis_[i], size: radius(i), borderWidth: n.sp && !faded(i) ? 4 : 1,
          shape: n.k === 'i' ? 'square' : 'dot',
          color: {background: fill, border: border, highlight: {background: fill, border: '#000000'},
                  hover: {background: fill, border: '#000000'}}};
}
function edgeOn(e) {
  if (state.hl === null && !state.he) return true;
  if (state.he && (e[5] & state.he)) return true;
  return state.hl !== null && state.hl.has(e[0]) && state.hl.has(e[1]) && !state.he;
}
function tie(e, k) {
  const on = edgeOn(e);
  return {id: 'e' + k, hidden: !(vis_[e[0]] && vis_[e[1]]) || state.view === 'two-mode',
          color: {color: e[3], opacity: on ? (NET ? 0.7 : 0.5) : 0.08, highlight: e[3], hover: e[3]}, width: on ? e[2] : 1};
}
function egoSet() {
  if (state.view !== 'ego' || state.ego === null) return null;
  const two = state.view === 'two-mode';
  const steps = state.ego.depth * (two ? 2 : 1), graph = two ? badj : adj;
  const seen = new Set([state.ego.i]);
  let front = [state.ego.i];
  for (let d = 0; d < steps; d++) {
    const next = [];
    front.forEach(i => graph[i].forEach(j => { if (!seen.has(j)) { seen.add(j); next.push(j); } }));
    front = next;
  }
  return seen;
}
function passes(i, ego) {
  const n = N[i];
  if (n.k === 's') return true;
  if (D.aggregate) {
    if (n.k === 'g') return !state.expanded.has(i);
    if (!state.expanded.has(n.grp)) return false;
  }
  if (n.k === 'i' && state.view !== 'two-mode') return false;
  if (NET) {
    const c = D.colourings[state.colour];
    if (n.k !== 'i' && c && state.off.has(c.of[i])) return false;
  } else {
    const box = document.querySelector('input[data-sector="' + CSS.escape(n.sector) + '"]');
    if (box && !box.checked) return false;
  }
  for (const f of filters) {
    if (f.value && n.k !== 'g' && !(n[f.dataset.filter] || []).includes(f.value)) return false;
  }
  if (ego && !ego.has(i)) return false;
  return true;
}
const nodes = new vis.DataSet(), edges = new vis.DataSet();
function compute() {
  const ego = egoSet();
  for (let i = 0; i < NN; i++) vis_[i] = passes(i, ego) ? 1 : 0;
  if (state.view === 'two-mode') {  // an initiative shows when one of its partners does
    const seen = new Uint8Array(NN);
    B.forEach(e => { if (vis_[e[0]]) seen[e[1]] = 1; });
    for (let i = 0; i < NN; i++) if (N[i].k === 'i' && !seen[i]) vis_[i] = 0;
  }
}
function allEdges() {
  const out = CANVAS_TIES ? [] : E.map(tie);
  B.forEach((e, k) => out.push({id: 'b' + k, hidden: state.view !== 'two-mode' || !(vis_[e[0]] && vis_[e[1]])}));
  G.forEach((e, k) => out.push({id: 'g' + k, hidden: !(vis_[e[0]] && vis_[e[1]])}));
  M.forEach((e, k) => out.push({id: 'm' + k, hidden: !(vis_[e[0]] && vis_[e[1]])}));
  return out;
}
compute();
nodes.add(N.map(function(n, i){
  const o = Object.assign({id: n.id, x: n.x, y: n.y, title: n.title}, n.vis || {}, nodeStyle(i));
  if (!NET) o.label = n.label;
  return o;
}));
D.options.edges = Object.assign({}, D.options.edges, {color: {opacity: NET ? 0.7 : 0.5}});
// Big maps (D.canvasTies, see CANVAS_TIES_FROM): the page draws the ties itself, batched by
// style, under the nodes; vis-network would build one object per tie, over a second for 35,000.
const CANVAS_TIES = NET && !!D.canvasTies;
if (!CANVAS_TIES) edges.add(E.map(function(e, k){  // lean objects: vis builds 35,000 of them fast when options stay global
  const o = {id: 'e' + k, from: N[e[0]].id, to: N[e[1]].id, color: e[3], title: edgeTitle(e)};
  if (e[2] !== 1) o.width = e[2];
  if (e[4]) o.dashes = DASH[e[4]];
  if (e[5] & 8) o.arrows = 'to';
  if (state.view === 'two-mode' || !(vis_[e[0]] && vis_[e[1]])) o.hidden = true;
  return o;
}));
edges.add(B.map((e, k) => ({id: 'b' + k, from: N[e[0]].id, to: N[e[1]].id, color: {color: '#B0B0B0', opacity: 0.6},
                            width: 1, hidden: state.view !== 'two-mode'})));
edges.add(G.map((e, k) => ({id: 'g' + k, from: N[e[0]].id, to: N[e[1]].id, width: e[2],
                            color: {color: '#888888', opacity: 0.6}, title: e[3] + ' ' + T.between})));
edges.add(M.map((e, k) => ({id: 'm' + k, from: N[e[0]].id, to: N[e[1]].id, width: 1, dashes: [4, 4],
                            color: {color: '#AAAAAA', opacity: 0.25}, title: String(e[2]), hidden: true})));
const network = new vis.Network(container, {nodes: nodes, edges: edges}, D.options);
function visibleIds() { const ids = []; for (let i = 0; i < NN; i++) if (vis_[i]) ids.push(N[i].id); return ids; }
function fit() {
  const ids = visibleIds();
  if (!ids.length) return;
  if (D.fitWidth) {  // tall maps (care paths): fill the width, start at the top, scroll down
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity;
    ids.forEach(function(id){ const b = network.getBoundingBox(id); x0 = Math.min(x0, b.left); x1 = Math.max(x1, b.right); y0 = Math.min(y0, b.top); });
    const scale = Math.min(1.2, 0.96 * container.clientWidth / (x1 - x0));
    network.moveTo({position: {x: (x0 + x1) / 2, y: y0 + container.clientHeight / 2 / scale - 10}, scale: scale});
    return;
  }
  network.fit({nodes: ids, animation: false, maxZoomLevel: 1.5});
  // vis fits node centres and labels; make sure whole discs stay inside, with a margin
  const w = container.clientWidth, h = container.clientHeight, p = network.getPositions(ids);
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  ids.forEach(function(id){ const r = radius(byId.get(id)) + 4; const q_ = p[id];
    x0 = Math.min(x0, q_.x - r); x1 = Math.max(x1, q_.x + r); y0 = Math.min(y0, q_.y - r); y1 = Math.max(y1, q_.y + r); });
  const scale = Math.min(1.5, 0.94 * Math.min(w / Math.max(x1 - x0, 1), h / Math.max(y1 - y0, 1)));
  network.moveTo({position: {x: (x0 + x1) / 2, y: (y0 + y1) / 2}, scale: scale, animation: false});
}
let order = [];
function sortLabels() {
  order = [];
  for (let i = 0; i < NN; i++) if (N[i].label && N[i].k !== 's') order.push(i);
  order.sort((a, b) => (faded(a) - faded(b)) || ((N[b].k === 'g') - (N[a].k === 'g')) || (radius(b) - radius(a)) || (a - b));
}
function counted() {
  let shown = 0;
  for (let i = 0; i < NN; i++) if (vis_[i] && N[i].k === 'o') shown++;
  count.textContent = shown + ' / ' + D.total + ' ' + T.shown;
}
function apply(refit) {
  compute();
  nodes.update(N.map((n, i) => nodeStyle(i)));
  edges.update(allEdges());
  counted();
  sortLabels();
  if (refit !== false) fit();
}
const tieStyle = E.map(e => e[3] + '|' + e[4] + '|' + e[2]);
network.on('beforeDrawing', function(ctx){
  if (!CANVAS_TIES || state.view === 'two-mode') return;
  const body = network.body.nodes, scale = network.getScale(), groups = new Map();
  for (let k = 0; k < E.length; k++) {
    const e = E[k];
    if (!(vis_[e[0]] && vis_[e[1]])) continue;
    const key = (edgeOn(e) ? 'on|' : 'off|') + tieStyle[k];
    let list = groups.get(key);
    if (!list) groups.set(key, list = []);
    list.push(e);
  }
  ctx.save();
  for (const [key, list] of groups) {
    const [on, colour, dash, width] = key.split('|');
    ctx.strokeStyle = colour; ctx.globalAlpha = on === 'on' ? 0.6 : 0.08;
    ctx.lineWidth = Math.max(on === 'on' ? +width : 1, 0.6 / scale);
    ctx.setLineDash(dash === '1' ? [6, 4] : dash === '2' ? [2, 4] : []);
    ctx.beginPath();
    for (const e of list) {
      const a = body[N[e[0]].id], b = body[N[e[1]].id];
      ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y);
    }
    ctx.stroke();
  }
  ctx.restore();
});
// labels by level of detail: the largest first, each only where it overlaps no other
const unitWidth = new Float64Array(NN).fill(-1);
let labelBoxes = [];
network.on('afterDrawing', function(ctx){
  if (!D.lod) return;
  const scale = network.getScale(), fs = 13 / scale, pad = 2 / scale;
  const tl = network.DOMtoCanvas({x: 0, y: 0}), br = network.DOMtoCanvas({x: container.clientWidth, y: container.clientHeight});
  const cell = 80 / scale, labelGrid = new Map(), discGrid = new Map(), placed = [];
  function put(grid, b) {
    for (let cx = Math.floor(b[0] / cell); cx <= Math.floor(b[2] / cell); cx++)
      for (let cy = Math.floor(b[1] / cell); cy <= Math.floor(b[3] / cell); cy++) {
        const key = cx + ',' + cy; if (!grid.has(key)) grid.set(key, []); grid.get(key).push(b); }
  }
  function free(grid, b, own) {
    for (let cx = Math.floor(b[0] / cell); cx <= Math.floor(b[2] / cell); cx++)
      for (let cy = Math.floor(b[1] / cell); cy <= Math.floor(b[3] / cell); cy++)
        for (const o of grid.get(cx + ',' + cy) || [])
          if (o !== own && o[0] < b[2] && b[0] < o[2] && o[1] < b[3] && b[1] < o[3]) return false;
    return true;
  }
  ctx.save();
  ctx.textAlign = 'center'; ctx.textBaseline = 'top'; ctx.lineJoin = 'round';
  ctx.lineWidth = 3 / scale; ctx.strokeStyle = '#ffffff';
  const body = network.body.nodes, discs = new Map();
  for (let i = 0; i < NN; i++) {  // node discs are obstacles too: a label covers no other node
    if (!vis_[i] || !body[N[i].id]) continue;
    const bn = body[N[i].id], r = radius(i);
    if (bn.x < tl.x - r || bn.x > br.x + r || bn.y < tl.y - r || bn.y > br.y + r) continue;
    const b = [bn.x - r, bn.y - r, bn.x + r, bn.y + r];
    discs.set(i, b); put(discGrid, b);
  }
  let rank = 0;
  for (const i of order) {
    if (!vis_[i]) continue;
    const n = N[i], bn = body[n.id];
    if (!bn) continue;
    const x = bn.x, y = bn.y;
    if (x < tl.x || x > br.x || y < tl.y || y > br.y) continue;
    rank++;
    const bold = n.sp || n.k === 'g';
    ctx.font = (bold ? 'bold ' : '') + fs + 'px "DejaVu Sans", Arial, sans-serif';
    if (unitWidth[i] < 0) unitWidth[i] = ctx.measureText(n.label).width / fs;
    const w = unitWidth[i] * fs, h = fs * 1.2, r = radius(i);
    const spots = [[x, y + r + pad], [x, y - r - pad - h], [x + r + pad + w / 2, y - h / 2], [x - r - pad - w / 2, y - h / 2]];
    let chosen = null;
    // below, above, right, left of the node; the largest few may cover a small node rather than lose their label
    for (const pass of rank <= 12 ? [true, false] : [true]) {
      for (const s of spots) {
        const b = [s[0] - w / 2 - pad, s[1], s[0] + w / 2 + pad, s[1] + h];
        if (b[0] < tl.x || b[2] > br.x || b[1] < tl.y || b[3] > br.y) continue;  // whole label on screen
        if (free(labelGrid, b) && (!pass || free(discGrid, b, discs.get(i)))) { chosen = [s, b]; break; }
      }
      if (chosen) break;
    }
    if (!chosen) continue;
    put(labelGrid, chosen[1]);
    placed.push([i, chosen[1]]);
    ctx.fillStyle = faded(i) ? '#9A9A9A' : '#222222';
    ctx.strokeText(n.label, chosen[0][0], chosen[0][1]); ctx.fillText(n.label, chosen[0][0], chosen[0][1]);
  }
  ctx.restore();
  labelBoxes = placed;
});
function labels() {  // the drawn labels, in page pixels (for tests and scripts)
  return labelBoxes.map(function(p){
    const a = network.canvasToDOM({x: p[1][0], y: p[1][1]}), b = network.canvasToDOM({x: p[1][2], y: p[1][3]});
    return {id: N[p[0]].id, label: N[p[0]].label, left: a.x, top: a.y, right: b.x, bottom: b.y};
  });
}
// the colour legend, with one checkbox per value
function legend() {
  const box = $('legend-colour');
  if (!box) return;
  const c = D.colourings[state.colour], s = D.sizes[state.size];
  $('legend-title').textContent = c ? (c.title || c.label).charAt(0).toUpperCase() + (c.title || c.label).slice(1) : '';
  box.textContent = '';
  if (c) c.values.forEach(function(v, k){
    const row = document.createElement('label'); row.className = 'row';
    const cb = document.createElement('input'); cb.type = 'checkbox'; cb.checked = !state.off.has(k);
    cb.dataset.value = String(k);
    cb.addEventListener('change', function(){ if (cb.checked) state.off.delete(k); else state.off.add(k); apply(); });
    const sw = document.createElement('span'); sw.className = 'sw'; sw.style.background = v[2];
    row.append(cb, ' ', sw, document.createTextNode(v[1])); box.append(row);
  });
  if ($('size-title')) { $('size-title').textContent = T.size; $('size-label').textContent = s ? s.label : ''; }
}
function show(i) {
  state.selected = i;
  details.textContent = N[i].title || '';
  if (egoBox) egoBox.hidden = !(N[i].k === 'o' && NET && !D.aggregate);
}
function go(i) {
  if (D.aggregate && N[i].k === 'o' && !state.expanded.has(N[i].grp)) { state.expanded.add(N[i].grp); apply(false); }
  if (!vis_[i]) { filters.forEach(f => f.value = ''); state.off.clear(); state.ego = null; state.hl = null; state.he = 0;
                  if (N[i].k === 'i') state.view = 'two-mode'; else if (state.view === 'ego') state.view = 'organisations';
                  if (viewSel) viewSel.value = state.view; legend(); apply(); }
  network.selectNodes([N[i].id]);
  network.focus(N[i].id, {scale: Math.max(network.getScale(), 1.0), animation: false});
  show(i);
}
// search: exact matches first, then names that start with the text, then words that do
const norm = s => (s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
const keys = N.map((n, i) => norm(n.k === 's' ? '' : nameOf(i)));
function search(text) {
  const t = norm(text);
  if (!t) return [];
  const hits = [];
  for (let i = 0; i < NN; i++) {
    const s = keys[i];
    if (!s || (N[i].k === 'i' && state.view !== 'two-mode')) continue;
    let r;
    if (s === t) r = 0; else if (s.startsWith(t)) r = 1;
    else if (s.split(/[^a-z0-9]+/).some(w => w && w.startsWith(t))) r = 2; else if (s.includes(t)) r = 3; else continue;
    hits.push([r, s.length, s, i]);
  }
  hits.sort((a, b) => a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : a[3] - b[3]));
  return hits.map(h => h[3]);
}
let current = [];
function listHits() {
  current = search(q.value);
  hitsList.textContent = '';
  if (!q.value.trim()) { hitsList.hidden = true; network.unselectAll(); return; }
  const head = document.createElement('li'); head.className = 'note';
  head.textContent = current.length ? T.hits + ': ' + current.length : T.no_hits;
  hitsList.append(head);
  current.slice(0, 12).forEach(function(i){
    const li = document.createElement('li'), b = document.createElement('button');
    b.type = 'button'; b.textContent = nameOf(i); b.dataset.id = N[i].id;
    b.addEventListener('mousedown', function(ev){ ev.preventDefault(); go(i); hitsList.hidden = true; });
    li.append(b); hitsList.append(li);
  });
  hitsList.hidden = false;
  network.selectNodes(current.filter(i => vis_[i]).map(i => N[i].id));
}
q.addEventListener('input', listHits);
q.addEventListener('keydown', function(e){
  if (e.key === 'Enter' && current.length) { go(current[0]); hitsList.hidden = true; }
  if (e.key === 'Escape') hitsList.hidden = true;
});
q.addEventListener('blur', () => setTimeout(() => { hitsList.hidden = true; }, 150));
filters.forEach(f => f.addEventListener('change', () => apply()));
document.querySelectorAll('input[data-sector]').forEach(b => b.addEventListener('change', () => apply()));
function resetAll() {
  filters.forEach(f => f.value = ''); state.off.clear(); q.value = ''; hitsList.hidden = true;
  state.hl = null; state.he = 0; state.ego = null; state.expanded.clear();
  document.querySelectorAll('input[data-sector]').forEach(b => b.checked = true);
  if (state.view === 'ego') { state.view = 'organisations'; if (viewSel) viewSel.value = state.view; }
  legend(); apply();
}
$('reset').addEventListener('click', resetAll);
if (viewSel) viewSel.addEventListener('change', function(){
  if (viewSel.value === 'ego') {
    const i = state.selected !== null ? state.selected : (state.ego ? state.ego.i : null);
    if (i === null || N[i].k !== 'o') { details.textContent = T.pick_first; viewSel.value = state.view; return; }
    state.ego = {i: i, depth: +(depthSel ? depthSel.value : 1)};
  }
  state.view = viewSel.value; apply();
});
if (colourSel) colourSel.addEventListener('change', function(){ state.colour = +colourSel.value; state.off.clear(); legend(); apply(false); });
if (sizeSel) sizeSel.addEventListener('change', function(){ state.size = +sizeSel.value; legend(); apply(false); });
function ego(i, depth) { state.ego = {i: i, depth: depth}; state.view = 'ego'; if (viewSel) viewSel.value = 'ego'; apply(); }
if ($('egobtn')) $('egobtn').addEventListener('click', function(){ if (state.selected !== null) ego(state.selected, +depthSel.value); });
if (depthSel) depthSel.addEventListener('change', function(){ if (state.view === 'ego' && state.ego) ego(state.ego.i, +depthSel.value); });
network.on('click', function(p){
  if (p.nodes.length) {
    const i = byId.get(p.nodes[0]);
    if (N[i].k === 's') return;
    if (N[i].k === 'g') { state.expanded.add(i); apply(false);
      network.fit({nodes: visibleIds().filter(id => N[byId.get(id)].grp === i), animation: false}); return; }
    show(i);
  } else if (p.edges.length) { const e = edges.get(p.edges[0]); details.textContent = (e && e.title) || ''; }
});
network.on('doubleClick', function(p){
  if (D.aggregate && p.nodes.length) { const n = N[byId.get(p.nodes[0])]; if (n.grp !== undefined) { state.expanded.delete(n.grp); apply(); } }
});
// positions: saved as a small JSON file, reused by network_map(positions=...)
function positions() {
  const ids = N.filter(n => n.k === 'o').map(n => n.id), p = network.getPositions(ids), out = {};
  ids.forEach(id => { out[id] = {name: nameOf(byId.get(id)), x: Math.round(p[id].x * 10) / 10, y: Math.round(p[id].y * 10) / 10}; });
  return {format: 'elznet-posities', version: 1, positions: out};
}
if ($('savepos')) $('savepos').addEventListener('click', function(){
  const blob = new Blob([JSON.stringify(positions(), null, 1)], {type: 'application/json'});
  const a = document.createElement('a'); a.href = URL.createObjectURL(blob); a.download = 'posities.json';
  document.body.append(a); a.click(); a.remove(); setTimeout(() => URL.revokeObjectURL(a.href), 2000);
  details.textContent = T.saved + ' posities.json';
});
// stories: prepared steps, with buttons and arrow keys
const caption = $('caption');
function step(k) {
  const S = D.story;
  if (!S.length) return;
  k = Math.max(0, Math.min(S.length - 1, k));
  const s = S[k];
  state.step = k;
  filters.forEach(f => { const key = f.dataset.filter; f.value = s[key] && Array.from(f.options).some(o => o.value === s[key]) ? s[key] : ''; });
  state.off.clear();
  state.colour = s.colour !== undefined ? s.colour : (D.colour || 0);
  if (s.sectors) {
    const k2 = D.colourings.findIndex(c => c.key === 'sector');
    if (k2 >= 0) { state.colour = k2; D.colourings[k2].values.forEach((v, j) => { if (!s.sectors.includes(v[0])) state.off.add(j); }); }
  }
  if (colourSel) colourSel.value = String(state.colour);
  state.view = s.view;
  state.ego = s.focus && byId.has(s.focus) ? {i: byId.get(s.focus), depth: s.depth || 1} : null;
  if (state.view === 'ego' && state.ego === null) state.view = 'organisations';
  if (viewSel) viewSel.value = state.view;
  state.he = s.he || 0;
  state.hl = s.hl || s.he ? new Set((s.hl || []).map(id => byId.get(id)).filter(i => i !== undefined)) : null;
  if (state.he) E.forEach(e => { if (e[5] & state.he) { state.hl.add(e[0]); state.hl.add(e[1]); } });
  caption.textContent = T.step + ' ' + (k + 1) + '/' + S.length + ' \u00b7 ' + s.caption;
  document.body.dataset.step = String(k + 1);
  legend(); apply();
}
if (caption) {
  $('prev').addEventListener('click', () => step(state.step - 1));
  $('next').addEventListener('click', () => step(state.step + 1));
  document.addEventListener('keydown', function(e){
    const t = e.target && e.target.tagName;
    if (t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA') return;
    if (e.key === 'ArrowRight' || e.key === 'PageDown') { step(state.step + 1); e.preventDefault(); }
    if (e.key === 'ArrowLeft' || e.key === 'PageUp') { step(state.step - 1); e.preventDefault(); }
  });
}
window.elznet = {network: network, nodes: nodes, edges: edges, search: search, go: go, step: step,
                 positions: positions, visibleIds: visibleIds, labels: labels, fit: fit, state: state, ego: ego};
legend();
sortLabels();
if (D.story.length) step(0); else { counted(); sortLabels(); }  // the data sets already hold this state
if (!D.fitWidth) fit();  // before the first frame, so the map is drawn once, fitted
network.once('afterDrawing', function(){
  if (D.fitWidth) fit();  // boxes know their size only once drawn
  window.elznetReady = performance.now(); document.body.dataset.ready = '1';  // no rAF: hidden frames get none
});
if (window.ResizeObserver) {
  let last = [container.clientWidth, container.clientHeight];
  new ResizeObserver(function(){
    const now = [container.clientWidth, container.clientHeight];
    if (now[0] && now[1] && (now[0] !== last[0] || now[1] !== last[1])) { last = now; network.setSize('100%', '100%'); fit(); }
  }).observe(container);
}
})();
"""


def page(*, title: str, subtitle: str, data: dict, legend_html: str, filters_html: str, lang: str,
         how_to: str, story_html: str = "", side_html: str = "") -> str:
    """The whole HTML document. The ``*_html`` parts must already be escaped."""
    js, css = vis_assets()
    csp = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
           "font-src data:; connect-src 'none'")
    return (
        f'<!DOCTYPE html>\n<html lang="{escape(lang)}"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(title)}</title><style>{css}</style><style>{_CSS}</style></head><body>"
        f'<div id="elz"><header><h1>{escape(title)}</h1>{filters_html}<span id="count"></span></header>'
        f'<div id="net"></div><aside id="side"><p class="note">{escape(subtitle)}</p>'
        f'<p class="note">{escape(how_to)}</p><div id="details"></div>{side_html}{legend_html}</aside>{story_html}</div>'
        f'<script type="application/json" id="elz-data">{json_for_script(data)}</script>'
        f"<script>{js}</script><script>{_JS}</script></body></html>"
    )
