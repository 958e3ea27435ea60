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
#elz{display:grid;grid-template-columns:1fr 300px;grid-template-rows:auto 1fr;height:100%}
#elz header{grid-column:1/3;padding:8px 12px;border-bottom:1px solid #ddd;display:flex;flex-wrap:wrap;gap:8px;
 align-items:center}
#elz h1{font-size:20px;margin:0 16px 0 0}
#elz header input,#elz header select{font-size:14px;padding:3px 6px}
#net{position:relative;min-height:400px}
#side{border-left:1px solid #ddd;padding:10px 12px;overflow:auto;font-size:13px}
#side h2{font-size:15px;margin:12px 0 6px}
.sw{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:6px;vertical-align:middle;
 border:1px solid #666}
.row{margin:3px 0}
label.row{display:block;cursor:pointer}
#details{white-space:pre-line;background:#f7f7f7;padding:6px;border-radius:4px;min-height:2em}
#count{color:#555;font-size:13px}
div.vis-tooltip{white-space:pre-line;max-width:420px;font-family:inherit;font-size:13px}
.note{color:#555;font-size:12px}
@media print{#elz{display:block}#elz header input,#elz header select,#elz header button{display:none}
 #net{height:80vh}#side{border:0}}
"""

_JS = """
(function(){
const DATA = JSON.parse(document.getElementById('elz-data').textContent);
const T = DATA.text;
const nodes = new vis.DataSet(DATA.nodes);
const edges = new vis.DataSet(DATA.edges);
const container = document.getElementById('net');
const network = new vis.Network(container, {nodes: nodes, edges: edges}, DATA.options);
window.elznet = {network: network, nodes: nodes, edges: edges};  // for scripting and tests
network.once('afterDrawing', function(){
  if (DATA.fitWidth) {  // tall maps (care paths): fill the width, start at the top, scroll down
    const ids = DATA.nodes.map(n => n.id);
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity;
    ids.forEach(function(id){ const b = network.getBoundingBox(id); x0 = Math.min(x0, b.left); x1 = Math.max(x1, b.right); y0 = Math.min(y0, b.top); });
    const scale = Math.min(1.2, 0.96 * container.clientWidth / (x1 - x0));
    network.moveTo({position: {x: (x0 + x1) / 2, y: y0 + container.clientHeight / 2 / scale - 10}, scale: scale});
  }
  window.elznetReady = performance.now(); document.body.dataset.ready = '1';
});
const byId = new Map(DATA.nodes.map(n => [n.id, n]));
const q = document.getElementById('q');
const filters = Array.from(document.querySelectorAll('select[data-filter]'));
const boxes = Array.from(document.querySelectorAll('input[data-sector]'));
const count = document.getElementById('count');
const details = document.getElementById('details');
function matches(n) {
  if (n.fixedLabel) return true;
  const on = new Set(boxes.filter(b => b.checked).map(b => b.dataset.sector));
  if (!on.has(n.sector)) return false;
  for (const f of filters) {
    if (f.value && !(n[f.dataset.filter] || []).includes(f.value)) return false;
  }
  return true;
}
function apply() {
  let shown = 0;
  nodes.update(DATA.nodes.map(function(n){ const ok = matches(n); if (ok && !n.fixedLabel) shown++; return {id: n.id, hidden: !ok}; }));
  count.textContent = shown + ' / ' + DATA.total + ' ' + T.shown;
}
filters.forEach(f => f.addEventListener('change', apply));
boxes.forEach(b => b.addEventListener('change', apply));
document.getElementById('reset').addEventListener('click', function(){
  filters.forEach(f => f.value = ''); boxes.forEach(b => b.checked = true); q.value = ''; apply(); network.fit();
});
q.addEventListener('input', function(){
  const text = q.value.trim().toLowerCase();
  if (!text) { network.unselectAll(); return; }
  const hits = DATA.nodes.filter(n => !n.fixedLabel && (n.label || '').toLowerCase().includes(text)).map(n => n.id);
  network.selectNodes(hits);
});
q.addEventListener('keydown', function(e){
  if (e.key !== 'Enter') return;
  const sel = network.getSelectedNodes();
  if (sel.length) { network.focus(sel[0], {scale: 1.2, animation: true}); details.textContent = byId.get(sel[0]).title; }
});
network.on('click', function(p){
  if (p.nodes.length && !byId.get(p.nodes[0]).fixedLabel) { details.textContent = byId.get(p.nodes[0]).title; }
  else if (p.edges.length) { const e = edges.get(p.edges[0]); details.textContent = e.title || ''; }
});
apply();
})();
"""


def page(*, title: str, subtitle: str, data: dict, legend_html: str, filters_html: str, lang: str,
         how_to: str) -> str:
    """The whole HTML document. ``legend_html`` and ``filters_html`` must already be escaped."""
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
        f'<p class="note">{escape(how_to)}</p><div id="details"></div>{legend_html}</aside></div>'
        f'<script type="application/json" id="elz-data">{json_for_script(data)}</script>'
        f"<script>{js}</script><script>{_JS}</script></body></html>"
    )
