"""Tables given as plain-text lines: a header line, then rows of a label and figures.

A PDF's text layer turns a table into lines such as ``Antwerpen 22 16 23 39 89 28%``.
A run of such lines (a short label, then two or more figures; or one figure in a run of
three or more short lines) with the line before it as header is recognised as a table.
Lines after it that start with ``*`` are the table's footnotes, kept apart from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .textclean import join_lines
from .types import Footnote, Line, Table

_CELL = re.compile(
    r"""^(?:
        [-+]?(?:€|EUR|\$|£)?\s?
        (?:\d{1,3}(?:[.,\u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?
        \s?(?:%|€|EUR|k€|m€)?\*{0,3}
      | [-–—]
      | n\.?v\.?t\.? | nvt | n/a | x
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
_CURRENCY = {"€", "eur", "$", "£", "euro"}
_TERMINAL = re.compile(r"[.?!;:]$")
_FOOTNOTE = re.compile(r"^\s*(\*{1,4})\s*\S")
_MAX_LABEL_TOKENS = 6


@dataclass(frozen=True)
class _Row:
    label: str
    cells: tuple[str, ...]


_PIPE = " | "  # between the cells of a row a reader knows to be a table's (a Word table: lows48)
# the same between cells, one of them empty at the line's start or end (the line's spaces stripped there:
# "| 2023 | 2024", a header's empty first cell; "Gent | 12 |", an empty last cell: lows49); the spaces around a pipe
# are looked at, not taken, so that an empty cell between one space each side ("A | | 28") is a cell too (review51's low)
_PIPES = re.compile(r"(?:^|(?<=\s))\|(?=\s|$)")


def _pipe_row(text: str) -> _Row | None:
    """A row of cells a reader separated by `` | ``: its first cell the label, the others each a
    figure or empty (a Word table's empty cell keeps its place: lows49), one at least a figure; else
    the row as its words would be read (``parse_row`` of the text without pipes)."""
    label, *cells = _pipe_cells(text)
    figures = [c for c in cells if c]
    if figures and all(_CELL.match(c) for c in figures) and any(ch.isalnum() for ch in label):
        if not _TERMINAL.search(label):
            return _Row(label, tuple(cells))
    return parse_row(text.replace(_PIPE, " "))


def _pipe_cells(text: str) -> list[str]:
    return [c.strip() for c in _PIPES.split(text)] if _PIPE in text else []


def parse_row(text: str) -> _Row | None:
    """A table row: a short label followed by figures, or ``None``. A row a reader gave as cells
    (`` | `` between them: a Word table's) by its cells (lows48)."""
    if _PIPE in text:
        return _pipe_row(text)
    tokens = text.split()
    if not tokens:
        return None
    cells: list[str] = []
    i = len(tokens)
    while i > 0:
        tok = tokens[i - 1]
        if _CELL.match(tok):
            cells.append(tok)
        elif tok.lower() not in _CURRENCY:
            break
        i -= 1
    cells.reverse()
    label_tokens = tokens[:i]
    if not label_tokens and cells:
        label_tokens, cells = [cells[0]], cells[1:]
    if not cells or len(label_tokens) > _MAX_LABEL_TOKENS:
        return None
    label = " ".join(label_tokens)
    if _TERMINAL.search(label) or not any(ch.isalnum() for ch in label):
        return None
    return _Row(label, tuple(cells))


def _strip_marks(label: str) -> str:
    return label.rstrip("*").strip()


def _is_header(text: str) -> bool:
    t = text.strip()
    tokens = _pipe_cells(t) or t.split()
    return 2 <= len(tokens) <= 15 and len(t) <= 120 and not _TERMINAL.search(t)


@dataclass(frozen=True)
class FoundTable:
    table: Table
    first: int  # index of the first line (header or first row)
    rows_end: int  # index after the last row
    end: int  # index after the last footnote line


def find_tables(lines: list[Line]) -> list[FoundTable]:
    """Tables among ``lines`` (indexes into that list)."""
    parsed = [parse_row(ln.text) for ln in lines]
    found: list[FoundTable] = []
    i = 0
    while i < len(lines):
        if parsed[i] is None:
            i += 1
            continue
        j = i
        while j < len(lines) and (parsed[j] is not None or not lines[j].text.strip()):
            if not lines[j].text.strip() and (j + 1 >= len(lines) or parsed[j + 1] is None):
                break
            j += 1
        rows = [parsed[k] for k in range(i, j) if parsed[k] is not None]
        multi = sum(1 for r in rows if len(r.cells) >= 2)
        short_single = all(len(lines[k].text.strip()) <= 60 for k in range(i, j) if parsed[k])
        # one row of figures under a header that itself holds figures (years) is a table too
        above = lines[i - 1].text if i > 0 else ""
        figure_header = _is_header(above) and sum(1 for t in above.split() if _CELL.match(t)) >= 2
        # rows a reader gave as a table's cells, under a header of as many cells: a table, one
        # row of figures too (lows48: a Word table of a header and one row was not read as one)
        named = _pipe_cells(above)
        cells_under_header = (
            len(named) >= 2
            and _is_header(above)
            and all(
                _PIPE in lines[k].text and len(_pipe_cells(lines[k].text)) == len(named)
                for k in range(i, j)
                if parsed[k]
            )
        )
        if not (
            multi >= 2
            or (len(rows) >= 3 and short_single)
            or (multi == 1 and figure_header)
            or cells_under_header
        ):
            i = j if j > i else i + 1
            continue
        first = i
        header: tuple[str, ...] = ()
        if i > 0 and lines[i - 1].text.strip() and _is_header(lines[i - 1].text):
            first = i - 1
            header = tuple(_pipe_cells(lines[i - 1].text) or lines[i - 1].text.split())
        width = max(len(r.cells) for r in rows)
        label_header = (
            bool(header)
            and not _CELL.match(_strip_marks(header[0]))
            and (len(header) == width + 1 or any(_CELL.match(_strip_marks(h)) for h in header[1:]))
        )
        if label_header:
            columns = tuple(_strip_marks(h) for h in header[1:])
        else:
            columns = tuple(_strip_marks(h) for h in header)
        foot_end, footnotes = _footnotes(lines, j)
        table = Table(
            start=lines[first].start,
            end=lines[j - 1].end,
            header=header,
            column_labels=columns,
            row_labels=tuple(_strip_marks(r.label) for r in rows),
            rows=tuple((r.label,) + r.cells for r in rows),
            footnotes=tuple(footnotes),
        )
        found.append(FoundTable(table, first, j, foot_end))
        i = foot_end
    return found


def _footnotes(lines: list[Line], i: int) -> tuple[int, list[Footnote]]:
    """Footnote lines from index ``i`` on: each starts with a marker and runs until a
    line that ends a sentence."""
    notes: list[Footnote] = []
    while i < len(lines) and not lines[i].text.strip():
        i += 1
    while i < len(lines):
        m = _FOOTNOTE.match(lines[i].text)
        if not m:
            break
        j = i + 1
        while (
            j < len(lines)
            and lines[j].text.strip()
            and not _TERMINAL.search(lines[j - 1].text.rstrip())
            and not _FOOTNOTE.match(lines[j].text)
        ):
            j += 1
        text, tmap, start, end = join_lines(lines[i:j], paragraphs=False)
        marker = m.group(1)
        body = text[len(text) - len(text.lstrip()) :]
        notes.append(Footnote(start=start, end=end, text=body, textmap=tmap, marker=marker))
        i = j
    return i, notes


def table_labels(table: Table) -> str:
    """The labels of a table, one a line: its header, column and row labels. A table read
    without a header (a Word table, collapsed text) has its header as its first row
    ("Rijlabels 2021 2022 2023 2024**"): that row's cells are labels too."""
    first = table.rows[0][1:] if table.rows and not table.header else ()
    return "\n".join([*table.header, *table.column_labels, *table.row_labels, *first])


# where a table stood in the Belgian Chamber's records: ``2016201713989-12-1014-fr-nl-1`` (or with the
# language and the table's number run on, ``2016201715127-2-1328nl``, ``2016201715024-12-1086nl1``), also
# run into the word before it when the table's caption lost its line break ("vernieuwing2016...")
PLACEHOLDER_CODE = (
    r"(?:19|20)\d{2}(?:19|20)\d{2}\d{5}-\d{1,3}-\d{1,5}(?:-?(?:nl-fr|fr-nl|bil|nl|fr))?(?:-?\d{1,3})?\b"
)
PLACEHOLDER = re.compile(rf"(?<!\d){PLACEHOLDER_CODE}")


def find_placeholders(lines: list[Line]) -> list[Table]:
    """Placeholder codes of tables that were stripped from the text, as tables that stood there."""
    out = []
    for ln in lines:
        for m in PLACEHOLDER.finditer(ln.text):
            start, end = ln.start + m.start(), ln.start + m.end()
            out.append(Table(start, end, (m.group(),), (), (), (), placeholder=True))
    return out
