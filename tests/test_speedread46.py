"""The reading path's text cleaning made faster (speedread46): ``split_lines`` splits at "\\n" where no
other line end is found, ``paragraph_breaks`` reads a sentence's end without a regular expression, and
``join_lines`` folds white space with patterns compiled once. Each gives what the code of 957aecb gave,
kept here as the reference (``_old_*``), on real documents and on edge cases written by hand. Guards:
they pass at 5d38bf8 as well (the output was to stay the same, byte for byte)."""

from __future__ import annotations

import itertools
import re

import pytest

from qa_align.segment import _part_markers
from qa_align.textclean import inline_lines, join_lines, paragraph_breaks, split_lines
from qa_align.types import Line
from tests.conftest import SHARED, needs_shared

# --- the code of 957aecb, as it was ------------------------------------------------------------------

_EOL = re.compile(r"\r?\n|\f")
_TERMINAL = re.compile(r"[.?!:;]['’”\")]*$")
_BULLET = re.compile(r"^\s*(?:[-–•▪◦·*]\s|[a-z]\)\s?|\([a-z]\)\s|[ivx]+\)\s)")
_PART = re.compile(r"(?<![\w(])\(?(?P<label>[a-z]|i{1,3}|iv|vi{0,3}|ix|x)\)(?=\s)")


def _old_split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    end = len(text) if end is None else end
    lines: list[Line] = []
    pos = start
    while pos < end:
        m = _EOL.search(text, pos, end)
        line_end = m.start() if m else end
        lines.append(Line(pos, line_end, text[pos:line_end]))
        pos = m.end() if m else end
    return lines


def _old_paragraph_breaks(lines: list[Line]) -> list[bool]:
    widths = [len(ln.text.rstrip()) for ln in lines if ln.text.strip()]
    full = max(widths) if widths else 0
    breaks: list[bool] = []
    prev: Line | None = None
    for ln in lines:
        if prev is None:
            breaks.append(False)
        else:
            text = prev.text.rstrip()
            ended = bool(_TERMINAL.search(text))
            short = len(text) < 0.8 * full
            breaks.append(
                not prev.text.strip()
                or (ended and short)
                or (ended and bool(_BULLET.match(ln.text)))
                or bool(_BULLET.match(ln.text))
            )
        prev = ln
    return breaks


def _old_join_lines(lines, paragraphs=True, hard=frozenset()):
    from qa_align.textclean import _line_end_hyphen
    from qa_align.types import TextMap

    parts: list[str] = []
    runs: list[tuple[int, int, int]] = []
    length = 0
    breaks = _old_paragraph_breaks(lines) if paragraphs else [False] * len(lines)
    first_start = last_end = None
    glue_next = False
    pending_break = False
    for idx, (ln, brk) in enumerate(zip(lines, breaks)):
        brk = brk or idx in hard
        raw = ln.text
        left = len(raw) - len(raw.lstrip())
        t = raw.strip()
        s, e = ln.start + left, ln.start + left + len(t)
        if not t:
            pending_break = pending_break or (paragraphs and length > 0)
            continue
        t = re.sub(r"\s+", " ", t) if "  " in t or "\t" in t else t
        if length:
            if idx in hard or ((brk or pending_break) and paragraphs):
                sep = "\n"
            elif glue_next:
                how = _line_end_hyphen(parts[-1], t)
                sep = " " if how == "space" else ""
                if how == "drop":
                    parts[-1] = parts[-1][:-1]
                    clean_start, source_start, run_length = runs[-1]
                    runs[-1] = (clean_start, source_start, run_length - 1)
                    length -= 1
            else:
                sep = " "
            parts.append(sep)
            length += len(sep)
        if t != ln.text[s - ln.start : e - ln.start]:
            for m in re.finditer(r"\S+", ln.text[s - ln.start : e - ln.start]):
                if m.start() > 0:
                    parts.append(" ")
                    length += 1
                runs.append((length, s + m.start(), m.end() - m.start()))
                parts.append(m.group())
                length += m.end() - m.start()
        else:
            runs.append((length, s, e - s))
            parts.append(t)
            length += len(t)
        glue_next = t.endswith(("-", "‐"))
        pending_break = False
        first_start = s if first_start is None else first_start
        last_end = e
    if first_start is None:
        first_start = last_end = lines[0].start if lines else 0
    return "".join(parts), TextMap(tuple(runs)), first_start, last_end


def _old_part_markers(text: str, roman: bool = False):
    found = list(_PART.finditer(text))
    for series in (
        (("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"),)
        if roman
        else (
            tuple("abcdefghijklmnopqrstuvwxyz"),
            ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"),
        )
    ):
        picked = []
        for m in found:
            want = series[len(picked)] if len(picked) < len(series) else None
            if m.group("label") == want:
                picked.append(m)
        if len(picked) >= 2:
            return picked
    return []


# --- old and new the same ----------------------------------------------------------------------------


def _same_everywhere(text: str) -> None:
    """Every function, old and new, on ``text`` whole and on a span of it."""
    spans = [(0, None), (1, len(text) - 1), (len(text) // 3, len(text) // 2)] if text else [(0, None)]
    for start, end in spans:
        lines = split_lines(text, start, end)
        assert lines == _old_split_lines(text, start, end)
        assert paragraph_breaks(lines) == _old_paragraph_breaks(lines)
        every_other = frozenset(range(0, len(lines), 2))
        for paragraphs, hard in ((True, frozenset()), (False, frozenset()), (True, every_other)):
            assert join_lines(lines, paragraphs, hard) == _old_join_lines(lines, paragraphs, hard)
        inline = inline_lines(text, start, end)
        assert join_lines(inline) == _old_join_lines(inline)
    assert [m.span() for m in _part_markers(text)] == [m.span() for m in _old_part_markers(text)]
    assert [m.span() for m in _part_markers(text, True)] == [m.span() for m in _old_part_markers(text, True)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n",
        "\n\n\n",
        "\r",
        "\r\r\r",
        "one\rtwo\rthree",  # CR-only lines: no line end of "\r?\n|\f", one line
        "one\r\ntwo\r\n\r\nthree\r\n",
        "one\ftwo\f\fthree\n",
        "   \t  \n  \n",
        "Het geïnfor-\nmeerd beleid.\nDe aanloop-\nen de ICT-\nveiligheidstesten zijn ex-\nminister.",
        "informatie-\nuitwisseling met de mvo-\nstandaarden en -\nschade\n",
        "a line ending in a hyphen-",
        "Short.\nA much longer line that runs on to the edge of the page and beyond\n- a bullet\n(a) part\n",
        "End with quotes.”\nNext line here that is rather longer than the first.\nWhy?')\nThen.\n",
        "  lead  spaces\tand\ttabs  \n\n\n  fold   me  \r\n",
        "1. Ja2. Neen, de minister3. Zie antwoord op vraag 2.\n4. Geen.",
        "(a) how many and (b) when; (i) here (ii) there",
        "no marker here at all",
        "\u00a0nbsp\u00a0line\u00a0 \u2028sep\x85next\x1cfile\n",
        "trailing line without end",
    ],
)
def test_hand_written(text):
    _same_everywhere(text)


def test_one_line_at_each_width():
    """A sentence's end on a line under 0.8 of the widest, and just not."""
    for width in range(1, 30):
        text = "x" * 30 + "\n" + "y" * width + ".\nnext\n" + "z" * width + '.")\nlast'
        _same_everywhere(text)


@needs_shared
@pytest.mark.parametrize("folder", ["be-kamer-2017", "uk-commons", "vlaams-parlement"])
def test_real_documents(folder):
    from qa_align.readers import read_paths
    from qa_align.types import Document

    docs = [d for d in itertools.islice(read_paths([SHARED / folder]), 1500) if isinstance(d, Document)]
    assert docs
    for doc in docs:
        _same_everywhere(doc.text)


@needs_shared
def test_real_pdfs():
    """Texts of PDFs (pages joined by form feeds): the line ends found by the pattern."""
    from qa_align.readers.pdf_text import pdf_text

    pdfs = sorted((SHARED / "tweede-kamer").glob("*.pdf"))[:3]
    assert pdfs
    for path in pdfs:
        text = pdf_text(path)
        _same_everywhere(text)
