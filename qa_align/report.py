"""A report people can scan and share: one self-contained static HTML file.

The summary (documents, pairs, flags per flag, per source, per minister) is drawn as inline
SVG bar charts. Each document is a collapsible section: its sub-questions beside the answer
segments that serve them, flags as badges, the evidence highlighted in the text, tables as
tables. A filter by flag and a search box; documents are shown 50 a page, rendered in the
browser from one embedded JSON block (each document's text once, everything else as offsets
into it), so a report of thousands of documents stays a few megabytes and opens fast. No
network at view time: styles and script are inline.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .types import Document, Problem, ScoredPair

PAGE_SIZE = 50


def _doc_payload(document: Document, pairs: list[ScoredPair]) -> dict:
    m = document.metadata
    out_pairs = []
    for sp in pairs:
        q = sp.pair.question
        segs = []
        for s in sp.pair.segments:
            tables = [
                {"s": t.start, "e": t.end, "header": list(t.header), "rows": [list(r) for r in t.rows]}
                for t in s.tables
                if not t.placeholder  # a placeholder code stays as the text shows it
            ]
            segs.append({"label": s.label, "s": s.start, "e": s.end, "tables": tables})
        flags = [
            {"name": f.name, "reason": f.reason, "ev": [[e.start, e.end, e.part] for e in f.evidence]}
            for f in sp.flags
        ]
        out_pairs.append(
            {"n": q.n, "s": q.start, "e": q.end, "segs": segs, "flags": flags, "values": _values(sp)}
        )
    return {
        "id": document.doc_id,
        "source": document.source,
        "title": m.title or m.subject,
        "minister": m.minister,
        "questioner": m.questioner,
        "date": m.date,
        "text": document.text,
        "pairs": out_pairs,
    }


def _values(sp: ScoredPair) -> str:
    """The pair's numbers, as shown beside its answer: score, similarity, identifiability."""
    shown = [
        f"{name} {value:.2f}"
        for name, value in (
            ("score", sp.score),
            ("similarity", sp.similarity),
            ("identifiability", sp.identifiability),
        )
        if value is not None
    ]
    return " · ".join(shown)


def _bar_chart(title: str, counts: list[tuple[str, int]], color: str = "#3b6ea8") -> str:
    """A horizontal bar chart as inline SVG."""
    if not counts:
        return f"<figure class='chart'><figcaption>{html.escape(title)}</figcaption><p class='muted'>none</p></figure>"
    width, label_w, bar_h, gap = 560, 220, 18, 6
    top = max(v for _, v in counts) or 1
    height = len(counts) * (bar_h + gap) + gap
    parts = [f"<svg width='{width}' height='{height}' role='img' aria-label='{html.escape(title)}'>"]
    for i, (label, value) in enumerate(counts):
        y = gap + i * (bar_h + gap)
        w = int((width - label_w - 60) * value / top)
        short = label if len(label) <= 34 else label[:33] + "…"
        parts.append(
            f"<text x='{label_w - 6}' y='{y + 13}' text-anchor='end'>{html.escape(short)}</text>"
            f"<rect x='{label_w}' y='{y}' width='{max(w, 1)}' height='{bar_h}' fill='{color}'><title>"
            f"{html.escape(label)}: {value}</title></rect>"
            f"<text x='{label_w + max(w, 1) + 4}' y='{y + 13}'>{value:,}</text>"
        )
    parts.append("</svg>")
    return f"<figure class='chart'><figcaption>{html.escape(title)}</figcaption>{''.join(parts)}</figure>"


def build_report(
    scored: Iterable[ScoredPair], problems: Iterable[Problem] = (), title: str = "qa-align report"
) -> str:
    """The report of ``scored`` pairs (and the ``problems`` met) as one HTML page."""
    by_doc: dict[tuple[str, str], list[ScoredPair]] = {}
    docs: dict[tuple[str, str], Document] = {}
    for sp in scored:
        key = (sp.document.source, sp.document.doc_id)
        by_doc.setdefault(key, []).append(sp)
        docs[key] = sp.document
    problems = list(problems)
    flag_counts: Counter[str] = Counter()
    source_pairs: Counter[str] = Counter()
    source_flagged: Counter[str] = Counter()
    minister_flagged: Counter[str] = Counter()
    n_pairs = 0
    for key, pairs in by_doc.items():
        for sp in pairs:
            n_pairs += 1
            source_pairs[key[0]] += 1
            names = {f.name for f in sp.flags}
            flag_counts.update(names)
            if names:
                source_flagged[key[0]] += 1
                minister_flagged[docs[key].metadata.minister or "(unknown)"] += 1
    payload = {
        "docs": [_doc_payload(docs[k], v) for k, v in by_doc.items()],
        "flags": sorted(flag_counts),
        "pageSize": PAGE_SIZE,
    }
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    flagged = sum(1 for pairs in by_doc.values() for sp in pairs if sp.flags)
    unanswered = sum(1 for p in problems if p.unanswered)
    summary = (
        f"<ul class='totals'><li><b>{len(by_doc):,}</b> documents</li><li><b>{n_pairs:,}</b> sub-questions paired</li>"
        f"<li><b>{flagged:,}</b> flagged</li><li><b>{unanswered:,}</b> questions without an answer</li>"
        f"<li><b>{len(problems) - unanswered:,}</b> files or records not read</li></ul>"
    )
    charts = "".join(
        [
            _bar_chart("Flagged sub-questions per flag", flag_counts.most_common()),
            _bar_chart("Sub-questions per source", source_pairs.most_common(), "#6a8f3b"),
            _bar_chart("Flagged sub-questions per source", source_flagged.most_common(), "#a85a3b"),
            _bar_chart(
                "Flagged sub-questions per minister (top 15)", minister_flagged.most_common(15), "#7a4fa0"
            ),
        ]
    )
    return _PAGE.format(
        title=html.escape(title), summary=summary, charts=charts, data=data, style=_STYLE, script=_SCRIPT
    )


def write_report(
    scored: Iterable[ScoredPair],
    problems: Iterable[Problem],
    path: str | Path,
    title: str = "qa-align report",
) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(build_report(scored, problems, title), encoding="utf-8")
    return path


_STYLE = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d232b;background:#f6f7f9}
header{background:#1f3550;color:#fff;padding:14px 24px}header h1{margin:0;font-size:21px}
main{padding:16px 24px;max-width:1400px}
.totals{display:flex;gap:26px;list-style:none;padding:0;margin:8px 0 14px}.totals b{font-size:20px}
.charts{display:flex;flex-wrap:wrap;gap:18px}.chart{background:#fff;border:1px solid #dde2e8;border-radius:6px;padding:10px;margin:0}
.chart figcaption{font-weight:600;margin-bottom:6px}.chart svg text{font-size:12px;fill:#333}
.controls{position:sticky;top:0;background:#f6f7f9;padding:10px 0;display:flex;gap:12px;align-items:center;z-index:2}
.controls input{width:320px;padding:6px}.controls select{padding:6px}.muted{color:#667}
details.doc{background:#fff;border:1px solid #dde2e8;border-radius:6px;margin:10px 0;padding:6px 12px}
details.doc>summary{cursor:pointer;font-weight:600}details.doc>summary .meta{font-weight:400;color:#556}
.pair{display:grid;grid-template-columns:1fr 1.4fr;gap:14px;border-top:1px solid #eef0f3;padding:10px 0}
.pair .q,.pair .a{white-space:pre-wrap;font-size:14px}.pair h4{margin:0 0 4px;font-size:13px;color:#445}
.values{font-weight:normal;font-size:12px;color:#5b6770}
.badge{display:inline-block;border-radius:10px;padding:1px 8px;margin:2px 4px 2px 0;font-size:12px;color:#fff;background:#b23b3b}
.badge.cross_reference,.badge.holding{background:#b07a12}.badge.recycled_text{background:#7a4fa0}
.badge.deflection,.badge.no_information{background:#3b6ea8}.badge.generic,.badge.echoes_question{background:#5b6770}
.reason{font-size:12px;color:#445;margin:2px 0}
mark{background:#ffe58a;padding:0 1px}mark.q{background:#bde3ff}
table.t{border-collapse:collapse;margin:6px 0;white-space:normal;font-size:13px}
table.t td,table.t th{border:1px solid #c9d0d8;padding:2px 6px;text-align:right}table.t td:first-child,table.t th:first-child{text-align:left}
table.t th{background:#eef2f6}.pager{display:flex;gap:8px;align-items:center;margin:12px 0}
"""

_SCRIPT = r"""
const DATA = JSON.parse(document.getElementById('data').textContent);
const state = {flag: '', q: '', page: 0};
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const k of kids) e.append(k);
  return e;
}
// the text of [s, e) with evidence marks and tables put in place
function renderSpan(text, s, e, marks, tables) {
  const box = el('div', {});
  const cuts = [];
  for (const t of tables) if (t.s >= s && t.e <= e) cuts.push({s: t.s, e: t.e, table: t});
  cuts.sort((a, b) => a.s - b.s);
  let pos = s;
  const plain = (a, b) => {
    // marks inside [a, b)
    const inside = marks.filter(m => m[1] > a && m[0] < b).sort((x, y) => x[0] - y[0]);
    let p = a;
    for (const m of inside) {
      const ms = Math.max(m[0], p), me = Math.min(m[1], b);
      if (ms > p) box.append(text.slice(p, ms));
      if (me > ms) box.append(el('mark', {class: m[2] === 'question' ? 'q' : 'a', title: m[3]}, text.slice(ms, me)));
      p = Math.max(p, me);
    }
    if (p < b) box.append(text.slice(p, b));
  };
  for (const c of cuts) {
    if (c.s < pos) continue;
    plain(pos, c.s);
    const tb = el('table', {class: 't'});
    if (c.table.header.length) tb.append(el('tr', {}, ...c.table.header.map(h => el('th', {}, h))));
    for (const r of c.table.rows) tb.append(el('tr', {}, ...r.map(x => el('td', {}, x))));
    box.append(tb);
    pos = c.e;
  }
  plain(pos, e);
  return box;
}
function renderDoc(d, open) {
  const flags = new Set();
  d.pairs.forEach(p => p.flags.forEach(f => flags.add(f.name)));
  const sum = el('summary', {}, `${d.source} · ${d.id} `,
    el('span', {class: 'meta'}, [d.title, d.minister, d.date].filter(Boolean).join(' · ') + ' '),
    ...[...flags].map(f => el('span', {class: 'badge ' + f}, f)));
  const det = el('details', {class: 'doc', 'data-id': d.id}, sum);
  if (open) det.open = true;
  const fill = () => {
    if (det.dataset.filled) return;
    det.dataset.filled = '1';
    for (const p of d.pairs) {
      const marks = [];
      p.flags.forEach(f => f.ev.forEach(ev => marks.push([ev[0], ev[1], ev[2], f.name])));
      const q = el('div', {class: 'q'}, el('h4', {}, 'Question ' + p.n), renderSpan(d.text, p.s, p.e, marks, []));
      const a = el('div', {class: 'a'}, el('h4', {}, p.segs.length ? 'Answer ' + p.segs.map(s => s.label).join('; ') : 'No answer segment',
        p.values ? el('span', {class: 'values'}, ' · ' + p.values) : ''));
      for (const f of p.flags) a.append(el('span', {class: 'badge ' + f.name}, f.name), el('div', {class: 'reason'}, f.reason));
      for (const s of p.segs) a.append(renderSpan(d.text, s.s, s.e, marks, s.tables));
      det.append(el('div', {class: 'pair', 'data-n': p.n}, q, a));
    }
  };
  if (open) fill(); else det.addEventListener('toggle', fill);
  return det;
}
function matches(d) {
  if (state.flag && !d.pairs.some(p => p.flags.some(f => f.name === state.flag))) return false;
  if (!state.q) return true;
  const q = state.q.toLowerCase();
  return (d.id + ' ' + d.title + ' ' + d.minister + ' ' + d.questioner).toLowerCase().includes(q) || d.text.toLowerCase().includes(q);
}
function render() {
  const list = DATA.docs.filter(matches);
  const pages = Math.max(1, Math.ceil(list.length / DATA.pageSize));
  state.page = Math.min(state.page, pages - 1);
  const shown = list.slice(state.page * DATA.pageSize, (state.page + 1) * DATA.pageSize);
  const box = document.getElementById('docs');
  box.replaceChildren(...shown.map(d => renderDoc(d, list.length <= 10)));
  document.getElementById('count').textContent = `${list.length} of ${DATA.docs.length} documents · page ${state.page + 1} of ${pages}`;
  document.getElementById('prev').disabled = state.page === 0;
  document.getElementById('next').disabled = state.page >= pages - 1;
}
const sel = document.getElementById('flag');
DATA.flags.forEach(f => sel.append(el('option', {value: f}, f)));
sel.addEventListener('change', () => { state.flag = sel.value; state.page = 0; render(); });
document.getElementById('search').addEventListener('input', e => { state.q = e.target.value; state.page = 0; render(); });
document.getElementById('prev').addEventListener('click', () => { state.page--; render(); });
document.getElementById('next').addEventListener('click', () => { state.page++; render(); });
render();
document.body.dataset.ready = '1';
"""

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><style>{style}</style></head>
<body>
<header><h1>{title}</h1></header>
<main>
<section id="summary">{summary}<div class="charts">{charts}</div></section>
<div class="controls">
<label>Flag <select id="flag"><option value="">all documents</option></select></label>
<input id="search" type="search" placeholder="search ids, titles, ministers, text">
<span id="count" class="muted"></span>
</div>
<div id="docs"></div>
<div class="pager"><button id="prev">previous</button><button id="next">next</button></div>
</main>
<script id="data" type="application/json">{data}</script>
<script>{script}</script>
</body></html>
"""


def _span_html(text: str, start: int, end: int, marks: list[tuple[int, int, str, str]], tables=()) -> str:
    """HTML of ``text[start:end]`` with evidence ``marks`` (start, end, part, flag) and
    ``tables`` (by their source spans) rendered in place; the server-side twin of the
    report's ``renderSpan``."""
    cuts = sorted(
        (t for t in tables if t.start >= start and t.end <= end and not t.placeholder), key=lambda t: t.start
    )
    out: list[str] = []

    def plain(a: int, b: int) -> None:
        p = a
        for ms, me, part, flag in sorted(m for m in marks if m[1] > a and m[0] < b):
            ms, me = max(ms, p), min(me, b)
            if ms > p:
                out.append(html.escape(text[p:ms]))
            if me > ms:
                cls = "q" if part == "question" else "a"
                out.append(
                    f"<mark class='{cls}' title='{html.escape(flag)}'>{html.escape(text[ms:me])}</mark>"
                )
            p = max(p, me)
        if p < b:
            out.append(html.escape(text[p:b]))

    pos = start
    for t in cuts:
        if t.start < pos:
            continue
        plain(pos, t.start)
        rows = [f"<tr>{''.join(f'<th>{html.escape(h)}</th>' for h in t.header)}</tr>"] if t.header else []
        rows += [f"<tr>{''.join(f'<td>{html.escape(c)}</td>' for c in r)}</tr>" for r in t.rows]
        out.append(f"<table class='t'>{''.join(rows)}</table>")
        pos = t.end
    plain(pos, end)
    return "".join(out)


def document_html(pairs: list[ScoredPair]) -> str:
    """One document's pairs side by side, flags as badges and evidence highlighted: a
    static HTML fragment for a notebook (``IPython.display.HTML``)."""
    if not pairs:
        return "<p>no pairs</p>"
    doc = pairs[0].document
    rows = []
    for sp in pairs:
        marks = [(e.start, e.end, e.part, f.name) for f in sp.flags for e in f.evidence]
        q = sp.pair.question
        badges = "".join(
            f"<div><span class='badge {f.name}'>{f.name}</span> <span class='reason'>{html.escape(f.reason)}</span></div>"
            for f in sp.flags
        )
        answer = "".join(_span_html(doc.text, s.start, s.end, marks, s.tables) for s in sp.pair.segments)
        label = "; ".join(s.label for s in sp.pair.segments) or "none"
        rows.append(
            f"<div class='pair'><div class='q'><h4>Question {html.escape(q.n)}</h4>"
            f"{_span_html(doc.text, q.start, q.end, marks)}</div><div class='a'><h4>Answer {html.escape(label)}"
            f"{'' if not _values(sp) else f' <span class=values>· {_values(sp)}</span>'}</h4>"
            f"{badges}{answer}</div></div>"
        )
    return (
        f"<div class='qa-align'><style>{_STYLE.replace('body{', '.qa-align{')}</style>{''.join(rows)}</div>"
    )
