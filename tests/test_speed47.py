"""The reading made cheaper (speed47): an HTML answer of plain paragraphs alone is turned into text
without lxml (``html_text.paragraphs_text``), and a PDF whose content the Tweede Kamer's reader
checked is read from the PDF that check opened, its first page laid out once (``pdf_text._KEPT``).
Both give what 4817d63 gave: the HTML against lxml's parse walked as 4817d63's ``html_to_text``
walked it (kept here, ``_lxml_text``), on hand-written cases and the UK answers; the PDFs read after
the check against the same files read afresh. Every test names ``paragraphs_text``, ``_PARAGRAPHS``,
``_KEPT`` or ``forget_kept`` and fails on 4817d63 (no such names); the equalities they assert held
there (the output was to stay the same, byte for byte). The bench's CPU per stage
(``scripts/bench_score.py``: ``_cpu_s``, ``_own_cpu_s``, ``_print_stages``' CPU columns) fails there
as well (no such functions; its samples had no CPU)."""

from __future__ import annotations

import gzip
import itertools
import json

import pytest

from qa_align.readers import html_text
from qa_align.readers.html_text import html_to_text
from tests.conftest import SHARED, needs_shared


def _lxml_text(html: str) -> tuple[str, tuple]:
    """4817d63's ``html_to_text`` (every fragment parsed by lxml and walked), the reference."""
    import re

    import lxml.html

    if not html or not html.strip():
        return "", ()
    if "<" not in html:
        return re.sub(r"[ \t]+", " ", html).strip(), ()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:
        text = re.sub(r"<[^>]+>", " ", html)
        return re.sub(r"\s+", " ", text).strip(), ()
    w = html_text._Writer()
    html_text._walk(root, w)
    return "".join(w.parts).rstrip(), tuple(w.tables)


PLAIN = [
    "<p>One.</p>",
    "<p>One.</p><p>Two.</p>",
    "  <p>One.</p>\n\n<p>Two.</p>\r\n",
    "<p>  spaced \t out\n words  </p><p>next</p>",
    "<p></p><p>after an empty one</p><p> </p><p>\xa0</p><p>last</p>",
    "<p>non-breaking\xa0space and em\u2003space and NEL\x85here</p>",
    "<p>line\r\nends\rand\nthese</p>",
    "<p>accents é ü ñ, quotes \u2018a\u2019 \u201cb\u201d, dashes \u2013 \u2014, an emoji \U0001f600</p>",
    "<p>a; b: (c) [d] {e} 'f' \"g\" 50% £3 #h</p>",
    "<p> </p>",
    "<p></p>",
    "<p>\u3000ideographic space\u3000</p>",
]


@pytest.mark.parametrize("html", PLAIN)
def test_plain_paragraphs_without_lxml(html):
    """Plain paragraphs take the path without lxml and give lxml's text."""
    assert html_text._PARAGRAPHS.fullmatch(html)
    assert html_text.paragraphs_text(html) == _lxml_text(html)[0]
    assert html_to_text(html) == _lxml_text(html)


NOT_PLAIN = [
    "<p>fish &amp; chips</p>",
    "<p>a &#163;5 fee</p>",
    '<p class="x">with an attribute</p>',
    "<P>upper case</P>",
    "<p>a<br>b</p>",
    "<p>a <strong>b</strong></p>",
    "<p>form\x0cfeed</p>",
    "<p>unit\x1fseparator</p>",
    "<p>an unclosed paragraph",
    "<p>one<p>two</p>",
    "text before<p>a paragraph</p>",
    "<p>a</p>\x0c<p>b</p>",
    "<p>a</p>\xa0<p>b</p>",
    "<table><tr><td>1</td><td>2</td></tr></table>",
    "<ul><li>one</li><li>two</li></ul>",
]


@pytest.mark.parametrize("html", NOT_PLAIN)
def test_other_markup_still_parsed(html):
    """Anything but plain paragraphs is left to lxml: the same text and tables as before."""
    assert not html_text._PARAGRAPHS.fullmatch(html)
    assert html_to_text(html) == _lxml_text(html)


@needs_shared
def test_uk_answers_and_questions():
    """The HTML fields of the first 4,000 UK records: the same text and tables as lxml's walk,
    most of the answers by the path without lxml."""
    from qa_align.readers.records import _HTML

    path = SHARED / "uk-commons" / "written_questions.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        records = [json.loads(line) for line in itertools.islice(fh, 4000)]
    fields = [
        v
        for r in records
        for v in (r.get("answerText"), r.get("questionText"))
        if isinstance(v, str) and _HTML.search(v)
    ]
    assert len(fields) > 1000
    plain = sum(bool(html_text._PARAGRAPHS.fullmatch(v)) for v in fields)
    assert len(fields) // 2 < plain < len(fields)
    for v in fields:
        assert html_to_text(v) == _lxml_text(v)


def _pdfs() -> list:
    return sorted((SHARED / "tweede-kamer").glob("*.pdf"))[:3] + sorted(
        (SHARED / "vlaams-parlement").glob("*.pdf")
    )


@needs_shared
def test_pdfs_read_after_the_check_as_afresh():
    """Each PDF read as a run reads it (its reader found by its content, then read) gives the
    documents its reader gives with no PDF kept open; the Flemish one, which the Tweede Kamer's
    check opens and does not take, as well."""
    from qa_align.readers import pdf_text, read_paths, tweede_kamer, vlaams

    paths = _pdfs()
    assert len(paths) == 4
    for path in paths:
        run = list(read_paths([path], jobs=1))
        assert pdf_text._KEPT == []  # taken by the reading
        afresh = [tweede_kamer.read_pdf(path)] if "tweede" in str(path) else list(vlaams.read_file(path))
        assert run and [repr(d) for d in run] == [repr(d) for d in afresh]


@needs_shared
def test_the_kept_pdf_taken_once_by_its_own_file():
    """The check keeps the PDF open; the reading of that file takes it (nothing kept after), the
    reading of another file does not; ``forget_kept`` closes it."""
    from qa_align.readers import pdf_text
    from qa_align.readers.tweede_kamer import _looks_like_pdf

    first, second = sorted((SHARED / "tweede-kamer").glob("*.pdf"))[:2]
    assert _looks_like_pdf(first)
    assert len(pdf_text._KEPT) == 1
    kept = pdf_text._KEPT[0][1]
    assert kept.pages[0]._layout is not None or kept.pages[0].objects  # the first page laid out already
    pages = pdf_text.extract_body_pages(second)  # another file: opened afresh, the kept one left
    assert pages and len(pdf_text._KEPT) == 1 and pdf_text._KEPT[0][1] is kept
    own = pdf_text.extract_body_pages(first)
    assert pdf_text._KEPT == []
    assert own == pdf_text.extract_body_pages(first)  # read afresh: the same pages
    assert _looks_like_pdf(second)
    pdf_text.forget_kept()
    assert pdf_text._KEPT == []


def test_no_text_layer_keeps_nothing(tmp_path):
    """A check that finds no text (a PDF of one empty page) raises as before and keeps nothing open."""
    from qa_align.errors import ReadError
    from qa_align.readers import pdf_text

    pdf = tmp_path / "empty.pdf"
    pdf.write_bytes(_EMPTY_PDF)
    pdf_text.forget_kept()
    with pytest.raises(ReadError, match="no text layer"):
        pdf_text.extract_pages(pdf, max_pages=1, keep=True)
    assert pdf_text._KEPT == []


# a PDF of one blank page (no text layer)
_EMPTY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def _bench_score():
    import importlib.util
    import sys
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "bench_score.py"
    spec = importlib.util.spec_from_file_location("bench_score_speed47", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclass looks its module up there)
    spec.loader.exec_module(module)
    return module


def test_bench_prints_each_stages_cpu(capsys):
    """Each stage's CPU is the tree's and the main process's at the last sample by its end less
    at the last sample by its start (samples: time, tree PSS, tree CPU, main CPU)."""
    bench = _bench_score()
    samples = [
        (0.1, 100.0, 1.0, 0.5),
        (1.0, 200.0, 5.0, 1.5),
        (2.0, 300.0, 9.0, 2.0),
        (3.0, 250.0, 10.5, 3.0),
    ]
    bench._print_stages("run", 0.0, 3.5, [(2.5, "fit")], samples)
    out = capsys.readouterr().out.splitlines()
    assert "cpu    9.0 s  main    2.0 s     300 MB  reading" in out[1]  # 0 to the sample at 2.0
    assert "cpu    1.5 s  main    1.0 s     250 MB  fit" in out[2]  # the sample at 2.0 to the one at 3.0
    assert out[3] == "  in all: cpu 10.5 s of the tree, 3.0 s of the main process (sampled)"


def test_bench_reads_a_processes_cpu():
    """``_cpu_s`` and ``_own_cpu_s`` of this process grow as it works; its own is at most its whole."""
    import os
    import time

    bench = _bench_score()
    pid = os.getpid()
    before = bench._own_cpu_s(pid)
    end = time.process_time() + 0.3
    while time.process_time() < end:
        pass
    own, whole = bench._own_cpu_s(pid), bench._cpu_s(pid)
    assert own >= before + 0.2
    assert whole >= own
