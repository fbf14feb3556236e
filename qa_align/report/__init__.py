"""A report people can scan and share: one self-contained static HTML file.

What is computed once is computed here, in Python, and written into the page by the Jinja2
templates beside this module (autoescaped): the summary (documents, pairs, flags per flag, per
source, per minister, as inline SVG bar charts), the files that could not be read, and every
document as a collapsible section with its sub-questions beside the answer segments that serve
them, flags as badges, the evidence highlighted in the text, tables as tables. The page's script
does only what depends on the reader: the filter by flag, the search, and which 50 documents are
shown. ``document_html`` renders the same document sections for a notebook. No network at view
time: styles and script are inline.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..types import Document, Flag, Problem, ScoredPair, Table

if TYPE_CHECKING:
    from markupsafe import Markup

PAGE_SIZE = 50


@dataclass(frozen=True)
class Piece:
    """A stretch of a document's text as the report shows it: plain, highlighted as the
    evidence of ``flag`` (``mark`` is ``"q"`` in a question, ``"a"`` in an answer), or a table
    in the place of the lines it was read from."""

    text: str = ""
    mark: str = ""
    flag: str = ""
    table: Table | None = None


@dataclass(frozen=True)
class SegmentView:
    """An answer segment as shown beside one question. ``key`` numbers the document's distinct
    renderings: a segment that serves several questions, with the same evidence marked, is the
    same rendering again (``first`` false), which the page carries once."""

    key: int
    first: bool
    pieces: tuple[Piece, ...]


@dataclass(frozen=True)
class PairView:
    n: str
    question: tuple[Piece, ...]
    answer_heading: str
    values: str
    flags: tuple[Flag, ...]
    segments: tuple[SegmentView, ...]


@dataclass(frozen=True)
class DocumentView:
    source: str
    doc_id: str
    meta: str
    flags: tuple[str, ...]
    pairs: tuple[PairView, ...]


@dataclass(frozen=True)
class Bar:
    label: str
    short: str
    value: int
    y: int
    width: int


@dataclass(frozen=True)
class Chart:
    """A horizontal bar chart: its bars below one another, labels left of ``label_width``."""

    title: str
    color: str
    bars: tuple[Bar, ...]
    width: int = 560
    label_width: int = 220
    bar_height: int = 18
    gap: int = 6

    @property
    def height(self) -> int:
        return len(self.bars) * (self.bar_height + self.gap) + self.gap


def _chart(title: str, counts: list[tuple[str, int]], color: str = "#3b6ea8") -> Chart:
    """A bar chart of ``counts``: where each bar goes and how long it is."""
    c = Chart(title, color, ())
    top = max((v for _, v in counts), default=0) or 1
    bars = tuple(
        Bar(
            label,
            label if len(label) <= 34 else label[:33] + "…",
            value,
            c.gap + i * (c.bar_height + c.gap),
            max(1, int((c.width - c.label_width - 60) * value / top)),
        )
        for i, (label, value) in enumerate(counts)
    )
    return dataclasses.replace(c, bars=bars)


def _pieces(
    text: str, start: int, end: int, marks: list[tuple[int, int, str, str]], tables: Iterable[Table] = ()
) -> tuple[Piece, ...]:
    """``text[start:end]`` cut into pieces: the evidence ``marks`` (start, end, part, flag)
    highlighted, ``tables`` (by their source spans) in place of their lines."""
    cuts = sorted(
        (t for t in tables if t.start >= start and t.end <= end and not t.placeholder), key=lambda t: t.start
    )
    out: list[Piece] = []

    def plain(a: int, b: int) -> None:
        p = a
        for ms, me, part, flag in sorted(m for m in marks if m[1] > a and m[0] < b):
            ms, me = max(ms, p), min(me, b)
            if ms > p:
                out.append(Piece(text[p:ms]))
            if me > ms:
                out.append(Piece(text[ms:me], "q" if part == "question" else "a", flag))
            p = max(p, me)
        if p < b:
            out.append(Piece(text[p:b]))

    pos = start
    for t in cuts:
        if t.start < pos:
            continue  # a table inside one already shown
        plain(pos, t.start)
        out.append(Piece(table=t))
        pos = t.end
    plain(pos, end)
    return tuple(out)


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


def _pair_view(text: str, sp: ScoredPair, renderings: dict[tuple[Piece, ...], int]) -> PairView:
    """The pair as shown; ``renderings`` keys the document's answer segments rendered so far."""
    marks = [(e.start, e.end, e.part, f.name) for f in sp.flags for e in f.evidence]
    q, segments = sp.pair.question, sp.pair.segments
    heading = "Answer " + "; ".join(s.label for s in segments) if segments else "No answer segment"
    shown = []
    for s in segments:
        pieces = _pieces(text, s.start, s.end, marks, s.tables)
        first = pieces not in renderings
        shown.append(SegmentView(renderings.setdefault(pieces, len(renderings)), first, pieces))
    return PairView(q.n, _pieces(text, q.start, q.end, marks), heading, _values(sp), sp.flags, tuple(shown))


def _document_view(document: Document, pairs: list[ScoredPair]) -> DocumentView:
    m = document.metadata
    flags = dict.fromkeys(f.name for sp in pairs for f in sp.flags)
    renderings: dict[tuple[Piece, ...], int] = {}
    return DocumentView(
        document.source,
        document.doc_id,
        " · ".join(x for x in (m.title or m.subject, m.questioner, m.minister, m.date) if x),
        tuple(flags),
        tuple(_pair_view(document.text, sp, renderings) for sp in pairs),
    )


def _by_document(scored: Iterable[ScoredPair]) -> dict[tuple[str, str], list[ScoredPair]]:
    """The pairs of each document, documents in the order met."""
    by_doc: dict[tuple[str, str], list[ScoredPair]] = {}
    for sp in scored:
        by_doc.setdefault((sp.document.source, sp.document.doc_id), []).append(sp)
    return by_doc


_SCRIPT_SAFE = str.maketrans({c: f"\\u{ord(c):04x}" for c in "<\u2028\u2029"})


def _script_json(value) -> Markup:
    """``value`` as JSON to put inside a ``<script>`` element: no ``<`` in it (every way out of
    a script's text, ``</script>`` or ``<!--``, begins with one), whatever the documents say, and
    no line separators. ``>`` and ``&`` mean nothing there, and are left as they are."""
    from markupsafe import Markup

    return Markup(json.dumps(value, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_SAFE))


@cache
def _environment():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("qa_align.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )


def build_report(
    scored: Iterable[ScoredPair], problems: Iterable[Problem] = (), title: str = "qa-align report"
) -> str:
    """The report of ``scored`` pairs (and the ``problems`` met) as one HTML page."""
    by_doc = _by_document(scored)
    problems = list(problems)
    flag_counts: Counter[str] = Counter()
    source_pairs: Counter[str] = Counter()
    source_flagged: Counter[str] = Counter()
    minister_flagged: Counter[str] = Counter()
    for (source, _), pairs in by_doc.items():
        for sp in pairs:
            source_pairs[source] += 1
            names = {f.name for f in sp.flags}
            flag_counts.update(names)
            if names:
                source_flagged[source] += 1
                minister_flagged[sp.document.metadata.minister or "(unknown)"] += 1
    charts = [
        _chart("Flagged sub-questions per flag", flag_counts.most_common()),
        _chart("Sub-questions per source", source_pairs.most_common(), "#6a8f3b"),
        _chart("Flagged sub-questions per source", source_flagged.most_common(), "#a85a3b"),
        _chart("Flagged sub-questions per minister (top 15)", minister_flagged.most_common(15), "#7a4fa0"),
    ]
    section = _environment().get_template("document.html.j2").module.document
    documents = [
        {"flags": view.flags, "html": str(section(view, once=True))}
        for view in (_document_view(pairs[0].document, pairs) for pairs in by_doc.values())
    ]
    return (
        _environment()
        .get_template("page.html.j2")
        .render(
            title=title,
            documents_json=_script_json(documents),
            n_documents=len(by_doc),
            n_pairs=sum(source_pairs.values()),
            n_flagged=sum(source_flagged.values()),
            flags=sorted(flag_counts),
            charts=charts,
            not_read=[p for p in problems if not p.unanswered],
            unanswered=[p for p in problems if p.unanswered],
            page_size=PAGE_SIZE,
        )
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


def document_html(pairs: Iterable[ScoredPair]) -> str:
    """Scored pairs (``qa_align.score_pairs``' first result, or some of it) shown document by
    document as the report shows them: sub-questions beside their answers, flags as badges,
    the evidence highlighted, tables as tables. A static HTML fragment with its own styles,
    for a notebook (``IPython.display.HTML``)."""
    pairs = [pairs] if isinstance(pairs, Document) else list(pairs)
    wrong = next((x for x in pairs if not isinstance(x, ScoredPair)), None)
    if wrong is not None:
        raise TypeError(
            "document_html takes scored pairs, as qa_align.score_pairs(...) gives them first, "
            f"not a {type(wrong).__name__}"
        )
    documents = [_document_view(group[0].document, group) for group in _by_document(pairs).values()]
    return _environment().get_template("fragment.html.j2").render(documents=documents)
