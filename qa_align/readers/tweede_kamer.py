"""Reader for the Dutch Tweede Kamer's Kamervragen with answers ("Aanhangsel van de
Handelingen", PDF).

Layout: a title block, ``Vragen van het lid X (Partij) aan de Minister van Y over Z
(ingezonden DATE).``, ``Antwoord van Minister X (...) (ontvangen DATE).`` (or ``Mededeling
van ...`` when the questions were answered elsewhere), then ``Vraag 1`` / ``Antwoord 1`` /
``Vraag 2`` ... in turn. Heads may group numbers: ``Vraag 3, 4 en 5`` holds three question
paragraphs, one per number, answered by ``Antwoord 3, 4 en 5``. A ``Mededeling`` head
answers all questions at once.

The text is read in layout order without footers, footnotes and superscript note markers
(``extract_body_pages``); ``Document.text`` is that text, pages separated by form feeds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..dates import to_iso
from ..errors import ReadError
from ..segment import inline_parts, label_for, make_segment, parse_numbers
from ..textclean import join_lines, paragraph_breaks, split_lines
from ..types import (
    AnswerPart,
    AnswerSegment,
    Document,
    Line,
    Metadata,
    Passage,
    Question,
    QuestionPart,
    TextMap,
)
from . import reader
from .pdf_text import extract_pages

SOURCE = "tweede-kamer"

_NUMS = r"\d{1,3}(?:\s*(?:,|en|t/m|tot en met|-|–)?\s*\d{1,3})*"
_VRAAG = re.compile(rf"^\s*Vra(?:ag|gen)\s+(?P<nums>{_NUMS})\s*[.:]?\s*$")
_ANTWOORD = re.compile(
    rf"^\s*Antwoord(?:en)?\s+(?:op\s+(?:de\s+)?vra(?:ag|gen)\s+)?(?P<nums>{_NUMS})\s*[.:]?\s*$"
)
_MEDEDELING = re.compile(r"^\s*Mededeling\s*$")
_ASKED = re.compile(r"^\s*Vragen\s+van\s+(?:het\s+lid|de\s+leden)\b")
_ANSWERED = re.compile(r"^\s*(?:Antwoord|Mededeling)\s+van\b")
_AANHANGSEL_NR = re.compile(r"^\s*(\d{1,5})\s*$")
_VERGADERJAAR = re.compile(r"Vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})")


def looks_like(text: str) -> bool:
    """Whether ``text`` (the start of a PDF's text) is a set of Kamervragen with answers."""
    head = text[:6000]
    return bool(
        re.search(r"Aanhangsel van de Handelingen|Tweede Kamer", head)
        and re.search(r"^\s*Vragen van (?:het lid|de leden)", head, re.MULTILINE)
    )


def _front_matter(lines: list[Line]) -> tuple[str, str]:
    """The ``Vragen van ...`` and ``Antwoord van ...`` paragraphs of the opening lines."""
    asked: list[str] = []
    answered: list[str] = []
    current: list[str] | None = None
    for ln in lines:
        text = ln.text.strip()
        if _ASKED.match(text):
            current = asked
        elif _ANSWERED.match(text):
            current = answered
        if current is not None and text:
            current.append(text)
    join = lambda parts: re.sub(r"\s+", " ", " ".join(parts)).replace("- ", "-")  # noqa: E731
    return join(asked), join(answered)


def _questioners(asked: str) -> str:
    m = re.match(
        r"Vragen van (?:het lid|de leden)\s+(.*?)\s+aan\s+de[n]?\s+(?:Minister|Staatssecretaris|Ministers|Staatssecretarissen|Minister-President)",
        asked,
    )
    return m.group(1) if m else ""


def _answerer(answered: str) -> tuple[str, str]:
    """(name with title, department) from ``Antwoord van Minister X (Dept) ...``."""
    m = re.match(r"(?:Antwoord|Mededeling) van\s+(.*?)\s*\(([^()]*)\)", answered)
    if not m:
        return "", ""
    return m.group(1).strip(), m.group(2).strip()


def _date_after(word: str, text: str) -> str:
    m = re.search(rf"\({word}\s+(?:\({word}\s+)?([^()]*)\)", text)
    return to_iso(m.group(1)) if m else ""


def _split_group(lines: list[Line], count: int) -> list[list[Line]]:
    """The lines of a grouped ``Vraag 3, 4 en 5`` block, one paragraph per number, in order.

    Paragraphs are found from the layout; when there are fewer than numbers, a line ending
    in a question mark ends a paragraph too. Extra paragraphs stay with the last number;
    when there are still too few, the last numbers share the last paragraph."""
    breaks = paragraph_breaks(lines)

    def split(at_question_marks: bool) -> list[list[Line]]:
        paras: list[list[Line]] = []
        prev_q = False
        for ln, brk in zip(lines, breaks):
            if not ln.text.strip():
                continue
            if brk or not paras or (at_question_marks and prev_q):
                paras.append([ln])
            else:
                paras[-1].append(ln)
            prev_q = ln.text.rstrip().endswith("?")
        return paras

    paras = split(False)
    if len(paras) < count:
        paras = split(True)
    if len(paras) > count:
        paras = [*paras[: count - 1], [ln for p in paras[count - 1 :] for ln in p]]
    while len(paras) < count:
        paras.append(paras[-1])
    return paras


def read_text(text: str, path: str, doc_id: str) -> Document:
    """A ``Document`` from the text of a Kamervragen PDF. Raises ``ReadError`` when no
    ``Vraag`` head is found."""
    lines = split_lines(text)
    heads: list[tuple[int, str, tuple[int, ...]]] = []  # (line index, kind, numbers)
    for i, ln in enumerate(lines):
        m = _VRAAG.match(ln.text)
        if m:
            heads.append((i, "vraag", parse_numbers(m.group("nums"))))
            continue
        m = _ANTWOORD.match(ln.text)
        if m and heads:
            heads.append((i, "antwoord", parse_numbers(m.group("nums"))))
            continue
        if _MEDEDELING.match(ln.text) and heads:
            heads.append((i, "mededeling", ()))
    if not any(kind == "vraag" for _, kind, _ in heads):
        raise ReadError(
            path, "no 'Vraag N' heading found: not a Kamervragen document", doc_id=doc_id, source=SOURCE
        )
    front = lines[: heads[0][0]]
    asked, answered = _front_matter(front)

    units: list[Question] = []
    segments: list[AnswerSegment] = []
    q_lines: list[Line] = []
    a_lines: list[Line] = []
    for k, (i, kind, numbers) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        block = lines[i + 1 : stop]
        if kind == "vraag":
            q_lines.extend(lines[i:stop])
            wanted = [n for n in numbers if not units or n > (units[-1].number or 0)] or list(numbers)
            for n, para in zip(wanted, _split_group(block, len(wanted)) if block else [[]] * len(wanted)):
                qtext, tmap, s, e = join_lines(para) if para else ("", None, lines[i].end, lines[i].end)
                unit = Question(start=s, end=e, text=qtext, textmap=tmap or TextMap(), n=str(n), number=n)
                units.append(inline_parts(unit))
        else:
            a_lines.extend(lines[i:stop])
            if kind == "mededeling":
                segments.append(make_segment(block, "*", ()))
            else:
                segments.append(make_segment(block, label_for(numbers), numbers))
    if not units:
        raise ReadError(path, "no question text under the 'Vraag' headings", doc_id=doc_id, source=SOURCE)

    preamble = None
    if asked:
        first = next(k for k, ln in enumerate(front) if _ASKED.match(ln.text))
        last = next((k for k, ln in enumerate(front) if _ANSWERED.match(ln.text)), len(front))
        t, m, s, e = join_lines(front[first:last], paragraphs=False)
        preamble = Passage(start=s, end=e, text=t, textmap=m)

    q_start = preamble.start if preamble else units[0].start
    question = QuestionPart(q_start, max(u.end for u in units), preamble, tuple(units))
    segments = [s for s in segments if s.text.strip() or s.tables]
    if not segments:
        numbering = "none"
    elif any(len(s.numbers) > 1 for s in segments):
        numbering = "grouped"
    elif all(not s.numbers for s in segments):
        numbering = "unnumbered"
    else:
        numbering = "numbered"
    a_start = segments[0].start if segments else question.end
    a_end = segments[-1].end if segments else question.end
    answer = AnswerPart(a_start, a_end, tuple(segments), numbering)

    minister, department = _answerer(answered)
    subject = ""
    m = re.search(r"\bover\s+(.*?)\s*\(ingezonden", asked)
    if m:
        subject = m.group(1)
    year = _VERGADERJAAR.search(text[:2000])
    number = next(
        (mm.group(1) for ln in front[:12] if (mm := _AANHANGSEL_NR.match(ln.text)) and len(mm.group(1)) > 1),
        "",
    )
    extra = [("received", _date_after("ontvangen", answered))]
    if year:
        extra.append(("vergaderjaar", f"{year.group(1)}-{year.group(2)}"))
    if answered.startswith("Mededeling"):
        extra.append(("mededeling", "yes"))
    metadata = Metadata(
        number=number,
        date=_date_after("ingezonden", asked),
        questioner=_questioners(asked),
        minister=minister,
        minister_title=department,
        subject=subject,
        title=subject,
        language="nl",
        extra=tuple((k, v) for k, v in extra if v),
        date_answered=_date_after("ontvangen", answered),
    )
    return Document(SOURCE, doc_id, path, text, metadata, question, answer)


def read_pdf(path: Path) -> Document:
    from .pdf_text import extract_body_pages

    text = "\f".join(extract_body_pages(path))
    return read_text(text, str(path), path.stem)


def _looks_like_pdf(path: Path) -> bool:
    # the PDF kept open with its first page parsed, for the reading that follows (this reader's
    # or the Flemish PDF reader's when this one does not take it)
    first = extract_pages(path, max_pages=1, keep=True)
    return looks_like(first[0] if first else "")


@reader(
    "tweede-kamer",
    suffixes=(".pdf",),
    one_per_file=True,
    looks_like=_looks_like_pdf,
    priority=10,  # before the Flemish PDF reader, which takes any PDF
    description="Tweede Kamer Kamervragen with answers (Aanhangsel van de Handelingen, PDF)",
)
def read_pdf_path(path: Path) -> Iterator[Document]:
    yield read_pdf(path)
