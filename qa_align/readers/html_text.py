"""HTML answers (UK Parliament's ``answerText``) as plain text, with their tables kept.

Block elements (``<p>``, ``<div>``, ``<li>``, headings) become paragraphs separated by a
blank line, ``<br>`` a line break, list items start with ``- ``. A ``<table>`` becomes one
line per row, cells separated by `` | ``, and is returned as a ``Table`` with its header,
column labels and row labels, with offsets into the text produced. Parsing is lxml's
(forgiving of the broken markup real answers contain).
"""

from __future__ import annotations

import re

from ..types import Table

_BLOCK = {
    "p", "div", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
    "article", "header", "footer", "pre", "dl", "dt", "dd", "figure", "figcaption", "caption",
}  # fmt: skip
_SKIP = {"script", "style", "head", "title", "meta", "link"}
_NUMERIC = re.compile(r"^[\s£$€%.,:;()\-–+*<>~]*\d[\d\s£$€%.,:;()\-–+*<>~/kKmMbn]*$")
CELL_SEP = " | "
_SPACES = re.compile(r"\s+")
# An answer that is paragraphs of plain text alone (three in four of the UK's): ``<p>`` and ``</p>``
# in turn, white space between them, no other markup, no character reference, no character that
# lxml's parser reads otherwise than as itself (control characters, surrogates, U+FFFE/U+FFFF)
_PLAIN = r"[^<>&\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]*"
_PARAGRAPHS = re.compile(rf"(?:[ \t\r\n]*<p>{_PLAIN}</p>)*[ \t\r\n]*")
_PARAGRAPH = re.compile(rf"<p>({_PLAIN})</p>")


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.tables: list[Table] = []

    def tail_newlines(self) -> int:
        text = "".join(self.parts[-3:])
        return len(text) - len(text.rstrip("\n"))

    def write(self, s: str) -> None:
        if s:
            self.parts.append(s)
            self.length += len(s)

    def inline(self, s: str) -> None:
        s = _SPACES.sub(" ", s)
        if not s:
            return
        if not self.length or self.tail_newlines() or self.parts[-1].endswith(" "):
            s = s.lstrip()
        self.write(s)

    def newline(self, count: int) -> None:
        """End the current line; ``count`` 2 leaves a blank line (a paragraph break)."""
        if not self.length:
            return
        while self.parts and self.parts[-1].endswith(" "):
            last = self.parts.pop()
            self.length -= len(last)
            last = last.rstrip(" ")
            if last:
                self.write(last)
                break
        have = self.tail_newlines()
        if have < count:
            self.write("\n" * (count - have))


def _cell_text(cell) -> str:
    return _SPACES.sub(" ", cell.text_content()).strip()


def _is_bold(cell) -> bool:
    text = _cell_text(cell)
    if not text:
        return True
    bold = "".join(_cell_text(b) for b in cell.iter("strong", "b"))
    return len(bold) >= 0.8 * len(text)


def _table(el, w: _Writer) -> None:
    rows = []
    header_rows = 0
    heads: set[int] = set()  # rows whose cells are all headings (bold, ``th``)
    for tr in el.iter("tr"):
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        if not cells:
            continue
        texts = tuple(_cell_text(c) for c in cells)
        in_head = any(a.tag.lower() == "thead" for a in tr.iterancestors() if isinstance(a.tag, str))
        is_head = in_head or all(c.tag.lower() == "th" for c in cells) or all(_is_bold(c) for c in cells)
        if is_head and len(rows) == header_rows:
            header_rows += 1
        if is_head:
            heads.add(len(rows))
        rows.append(texts)
    if not rows:
        return
    numeric = [any(_NUMERIC.match(c) for c in r if c) for r in rows]
    if not header_rows and len(rows) > 1 and not numeric[0] and any(numeric[1:]):
        header_rows = 1  # a plain first row of labels over rows of figures
    w.newline(2)
    start = w.length
    for k, texts in enumerate(rows):
        if k:
            w.write("\n")
        w.write(CELL_SEP.join(texts))
    end = w.length
    w.newline(2)
    header = rows[0] if header_rows else ()
    body = rows[header_rows:] if header_rows else rows
    # a heading row below the header that repeats one of its labels heads a block of its own ("2011-12 |
    # Authority | Grant Paid (£)" under "2010-11 | Authority | Grant Paid (£)", uk-commons 1785982): its
    # first cell labels the rows below it, a year too
    repeated = {c for c in header[1:] if c}
    blocks = {
        k - header_rows
        for k in heads
        if k >= header_rows and rows[k] and rows[k][0] and repeated & set(rows[k][1:])
    }
    row_labels = tuple(
        r[0] for k, r in enumerate(body) if r and r[0] and (k in blocks or not _NUMERIC.match(r[0]))
    )
    column_labels: tuple[str, ...] = ()
    if header:
        first_is_corner = bool(row_labels) or not header[0]
        column_labels = tuple(h for h in (header[1:] if first_is_corner else header) if h)
    w.tables.append(
        Table(
            start=start,
            end=end,
            header=header,
            column_labels=column_labels,
            row_labels=row_labels,
            rows=tuple(body),
        )
    )


def _walk(el, w: _Writer) -> None:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in _SKIP:
        if el.tail:
            w.inline(el.tail)
        return
    if tag == "table":
        _table(el, w)
    elif tag == "br":
        w.newline(1)
    else:
        block = tag in _BLOCK
        if block:
            w.newline(1 if tag == "li" else 2)
            if tag == "li":
                w.write("- ")
        if el.text:
            w.inline(el.text)
        for child in el:
            _walk(child, w)
        if block:
            w.newline(1 if tag == "li" else 2)
    if el.tail:
        w.inline(el.tail)


def paragraphs_text(html: str) -> str:
    """The text ``html_to_text`` gives of paragraphs of plain text alone (``_PARAGRAPHS``), without
    lxml: each paragraph's white space folded to one space and trimmed, the paragraphs that hold
    any text one after the other with a blank line between (what ``_walk`` writes of each ``<p>``:
    a paragraph break, its text, a paragraph break; the white space between paragraphs writes
    nothing after a break)."""
    # ``str.split`` splits at the characters that ``\s`` matches (both ``Py_UNICODE_ISSPACE``)
    folded = (" ".join(t.split()) for t in _PARAGRAPH.findall(html))
    return "\n\n".join(t for t in folded if t)


def html_to_text(html: str) -> tuple[str, tuple[Table, ...]]:
    """The plain text of an HTML fragment and its tables (offsets into that text)."""
    if not html or not html.strip():
        return "", ()
    if "<" not in html:
        return re.sub(r"[ \t]+", " ", html).strip(), ()
    if _PARAGRAPHS.fullmatch(html):
        return paragraphs_text(html), ()
    import lxml.html  # heavy-ish: only when HTML is read

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml's ParserError and friends on markup it cannot take at all
        text = re.sub(r"<[^>]+>", " ", html)
        return re.sub(r"\s+", " ", text).strip(), ()
    w = _Writer()
    _walk(root, w)
    text = "".join(w.parts)
    stripped = text.rstrip()
    return stripped, tuple(w.tables)
