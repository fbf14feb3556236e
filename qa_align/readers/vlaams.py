"""Reader for the Flemish Parliament's written questions (schriftelijke vragen).

Layout: optional ``key: value`` header lines (``title:``, ``thema:``, ``pdf link:``), then
``SCHRIFTELIJKE VRAAG / nr. N / van MEMBER / datum: DATE / aan MINISTER / TITLE / subject``,
a preamble, numbered sub-questions, the minister's name and title again, ``ANTWOORD /
op vraag nr. N van DATE / van MEMBER``, and the answer.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..dates import to_iso
from ..errors import ReadError
from ..segment import segment_answer, segment_question
from ..textclean import inline_lines, split_lines
from ..types import Document, Line, Metadata, Problem
from . import read_text_file, read_text_head, reader
from .pdf_text import pdf_text

SOURCE = "vlaams-parlement"

_HEADING = re.compile(r"^\s*SCHRIFTELIJKE\s+VRAAG\s*$")
_ANSWER = re.compile(r"^\s*ANTWOORD\s*$")
_HEADER_KEY = re.compile(r"^([A-Za-z][A-Za-z _-]{0,30}):\s*(.*)$")
_NUMBER = re.compile(r"^\s*nr\.?\s*(\d+)\s*$", re.IGNORECASE)
_FROM = re.compile(r"^\s*van\s+(.+?)\s*$")
_DATE = re.compile(r"^\s*datum\s*:\s*(.+?)\s*$", re.IGNORECASE)
_TO = re.compile(r"^\s*aan\s+(.+?)\s*$")
_ON_QUESTION = re.compile(
    r"^\s*op\s+vraag\s+nr\.?\s*(\d+)(?:\s+van\s+(\d{1,2}\s+\w+\s+\d{4}|[\d/.-]+))?(?:\s+van\s+(.+?))?\s*$",
    re.IGNORECASE,
)


def looks_like(text: str) -> bool:
    """Whether ``text`` is a Flemish written question, with its line breaks or collapsed."""
    head = text[:5000]
    return any(_HEADING.match(ln) for ln in head.splitlines()) or bool(_INLINE_HEADING.search(head))


def _is_upper_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _title_case(name: str) -> str:
    """``STIJN DE ROO`` -> ``Stijn De Roo``; hyphenated parts too."""
    return " ".join("-".join(p.capitalize() for p in w.split("-")) for w in name.split())


def _parse_header(lines: list[Line]) -> dict[str, list[str]]:
    header: dict[str, list[str]] = {}
    key = None
    for ln in lines:
        text = ln.text.strip()
        if not text:
            continue
        m = _HEADER_KEY.match(text)
        if m and not m.group(2).startswith("//"):
            key = m.group(1).strip().lower()
            header.setdefault(key, [])
            if m.group(2).strip():
                header[key].append(m.group(2).strip())
        elif key is not None:
            header[key].append(text)
    return header


@dataclass(frozen=True)
class _Answer:
    """One answer of a document: its heading's number, date and member, its minister's
    signature above it and its lines."""

    number: str
    date: str
    questioner: str
    minister: str
    minister_title: str
    lines: list[Line]


@dataclass(frozen=True)
class _Layout:
    """Where the parts of a written question stand in its text."""

    header: dict[str, list[str]]
    meta: dict[str, str]  # number, questioner, date, minister as the question's head gives them
    minister_title: str
    subject: str
    question_lines: list[Line]
    answers: list[_Answer]


_TITLE_START = re.compile(r"(?:\bVICE-?)?\bMINISTER(?:-PRESIDENT)?\b|\bVLAAMSE?\s+MINISTER\b|\bVICEMINISTER")
_COORDINATED = re.compile(
    r"Deze\s+vraag\s+werd\s+(?:ook\s+)?gesteld\s+aan\s+(?:de\s+)?(?:ministers?|minister-president)\s+"
    r"(?P<list>(?:[^()]{1,80}?\(\d+\)[\s,;]*(?:en\s+)?)+)",
    re.IGNORECASE,
)
_MINISTER_NUMBER = re.compile(r"(?P<name>[^,;()]+?)\s*\((?P<number>\d+)\)")
_COORDINATED_ANSWER = re.compile(r"\bgeco[öo]rdineerde?\s+antwoord", re.IGNORECASE)


def _split_signature(caps: str) -> tuple[str, str]:
    """``ZUHAL DEMIR VLAAMS MINISTER VAN ...`` -> (name, title)."""
    caps = re.sub(r"\s+", " ", caps).strip(" ,")
    m = _TITLE_START.search(caps)
    if not m or m.start() == 0:
        return caps, ""
    return caps[: m.start()].strip(" ,"), caps[m.start() :].strip(" ,")


def _cut(lines: list[Line], end: int) -> list[Line]:
    """The lines (or parts of lines) that lie before offset ``end``."""
    out = []
    for ln in lines:
        if ln.start >= end:
            break
        out.append(ln if ln.end <= end else Line(ln.start, end, ln.text[: end - ln.start]))
    return out


def _norm(s: str) -> str:
    return re.sub(r"[\s-]+", " ", s).strip().lower()


def _signature_above(lines: list[Line], at: int, floor: int) -> int:
    """The index of the first line of the minister's signature (upper-case lines) above
    line ``at``, not above ``floor``."""
    k = at
    taken = 0
    while k - 1 > floor and taken < 6:
        t = lines[k - 1].text.strip()
        if t and not (_is_upper_line(t) and not re.search(r"[.?!]$", t)):
            break
        taken += bool(t)
        k -= 1
    return k


def _line_layout(text: str, lines: list[Line], head: int, fail, title: str) -> _Layout:
    """The layout of a text with its own line breaks (a PDF's text, a Word file)."""
    header = _parse_header(lines[:head])
    if title and not header.get("title"):
        header["title"] = [title]
    # the block of short lines under the heading: nr., van, datum, aan, title, subject
    meta: dict[str, str] = {}
    content = [k for k in range(head + 1, len(lines)) if lines[k].text.strip()]
    k_iter = iter(content)
    k = next(k_iter, None)
    for name, pattern in (("number", _NUMBER), ("questioner", _FROM), ("date", _DATE), ("minister", _TO)):
        if k is not None and (m := pattern.match(lines[k].text)):
            meta[name] = m.group(1).strip()
            k = next(k_iter, None)
    title_lines = []
    if "minister" not in meta and "date" in meta and k is not None and _is_upper_line(lines[k].text):
        # no "aan": the minister's name, perhaps with the title on the same line
        meta["minister"], first_title = _split_signature(lines[k].text)
        if first_title:
            title_lines.append(first_title)
        k = next(k_iter, None)
    while k is not None and _is_upper_line(lines[k].text) and "minister" in meta:
        title_lines.append(lines[k].text.strip())
        k = next(k_iter, None)
    if k is None:
        raise fail("the document ends before the question text")
    subject_line = k
    subject = lines[subject_line].text.strip()
    want = " ".join(header.get("title", []))
    # a subject that wraps over lines: follow it as far as the header's title goes
    while want and _norm(subject) != _norm(want) and _norm(want).startswith(_norm(subject)):
        nxt = next(k_iter, None)
        if nxt is None:
            break
        subject_line = nxt
        subject = f"{subject} {lines[nxt].text.strip()}"
    subject = re.sub(r"\s+", " ", subject)

    answer_ats = [j for j in range(subject_line + 1, len(lines)) if _ANSWER.match(lines[j].text)]
    if not answer_ats:
        raise fail("no 'ANTWOORD' heading: the question has no answer (yet)", unanswered=True)
    # the minister's name and title are repeated above ANTWOORD: they end the question
    signature = _norm(" ".join([meta.get("minister", ""), *title_lines]))
    q_end = answer_ats[0]
    while q_end - 1 > subject_line:
        t = _norm(lines[q_end - 1].text)
        if t and not (_is_upper_line(lines[q_end - 1].text) and t in signature):
            break
        q_end -= 1
    answers = []
    for n, at in enumerate(answer_ats):
        sig_start = q_end if n == 0 else _signature_above(lines, at, answer_ats[n - 1])
        minister, m_title = meta.get("minister", ""), " ".join(title_lines)
        if n > 0:
            sig = " ".join(ln.text.strip() for ln in lines[sig_start:at] if ln.text.strip())
            minister, m_title = _split_signature(sig)
        stop = _signature_above(lines, answer_ats[n + 1], at) if n + 1 < len(answer_ats) else len(lines)
        got = {"number": meta.get("number", "") if n == 0 else "", "date": "", "questioner": ""}
        # "op vraag nr. N van DATE" and "van MEMBER" under ANTWOORD
        a_start = at + 1
        consumed = 0
        while a_start < stop and consumed < 3:
            t = lines[a_start].text
            if not t.strip():
                a_start += 1
                continue
            m = _ON_QUESTION.match(t)
            if m and consumed == 0:
                got.update(number=m.group(1), date=m.group(2) or "", questioner=m.group(3) or "")
            elif consumed > 0 and (m := _FROM.match(t)) and _is_upper_line(m.group(1)):
                got["questioner"] = got["questioner"] or m.group(1)
            else:
                break
            consumed += 1
            a_start += 1
        answers.append(_Answer(**got, minister=minister, minister_title=m_title, lines=lines[a_start:stop]))
    return _Layout(
        header, meta, re.sub(r"\s+", " ", " ".join(title_lines)).strip(), subject,
        lines[subject_line + 1 : q_end], answers,
    )  # fmt: skip


# ---------------------------------------------------------------- text with its line breaks collapsed

# between the fields of a collapsed head: white space, or the " ,  " that flempar leaves between
# the paragraphs of a Word file (R's deparse of c("nr. 8", "van ...") with the quotes made spaces)
_GAP = r"(?:\s+,\s+|\s+)"
_INLINE_HEADING = re.compile(
    rf"\bSCHRIFTELIJKE\s+VRAAG{_GAP}nr\.?\s*(?P<number>\d+){_GAP}van\s+(?P<questioner>.+?){_GAP}datum\s*:\s*"
    rf"(?P<date>\d{{1,2}}\s+\w+\s+\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}){_GAP}(?:aan\s+)?"
)
_INLINE_ANSWER = re.compile(
    rf"\bANTWOORD{_GAP}op\s+vraag\s+nr\.?\s*(?P<number>\d+)"
    rf"(?:\s+van\s+(?P<date>\d{{1,2}}\s+\w+\s+\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{4}}))?{_GAP}?(?:,\s+)?"
)
_PARAGRAPH_GAP = re.compile(r"\s,\s\s")  # flempar's " ,  " between a Word file's paragraphs
_INLINE_HEADER_KEY = re.compile(r"(?:^|\s)(title|thema link|thema|pdf link)\s*:\s", re.IGNORECASE)
_TOKEN = re.compile(r"\S+")


def _upper_token(tok: str) -> bool:
    letters = [c for c in tok if c.isalpha()]
    return all(c.isupper() for c in letters) and (bool(letters) or tok in {"-", "–", "&", ","})


def _caps_run(text: str, start: int, end: int) -> int:
    """The end of the run of upper-case words from ``start``."""
    stop = start
    for m in _TOKEN.finditer(text, start, end):
        if not _upper_token(m.group()):
            break
        stop = m.end()
    return stop


def _caps_run_back(text: str, start: int, end: int) -> int:
    """The start of the run of upper-case words that ends at ``end`` (a minister's
    signature), not running past a sentence's end."""
    tokens = list(_TOKEN.finditer(text, start, end))
    first = end
    for m in reversed(tokens):
        if not _upper_token(m.group()) or re.search(r"[.?!:;]$", m.group()):
            break
        first = m.start()
    return first


def _flexible(phrase: str) -> str:
    """A pattern of ``phrase`` that allows any white space (and hyphens spaced apart)."""
    return r"\s*".join(
        r"\s+".join(re.escape(w) for w in part.split()) for part in re.split(r"\s*-\s*", phrase.strip())
    ).replace(r"\s*", r"\s*-?\s*")


# a number run on after a word with no full stop before it ("www.vlaio.be/CS 4. Er is al"):
# in collapsed text a unit's head may follow anything; the segmenter keeps only the numbers
# that rise in turn
_RUN_ON_HEAD = re.compile(r"(?<=\s)(?=\d{1,2}(?:\s*(?:,|en|tot|-)\s*\d{1,2})*\s*[.)]\s+[A-ZÀ-Ý])")


_ROW_LABEL_WORDS = 3  # the words before a run of figures taken as a table row's label


def _table_breaks(text: str, start: int, end: int) -> list[int]:
    """Where the rows of a table run together in collapsed text begin, and where the last
    one ends: three or more runs in a row of a short label followed by figures
    ("Antwerpen 22 16 23 39 89 28% BRUSSEL* 1 3 4 1% Limburg 5 4 2 10 20 6%")."""
    from ..tables import _CELL

    tokens = list(_TOKEN.finditer(text, start, end))
    rows: list[tuple[int, int, int]] = []  # (label start, first cell index, end) of each candidate
    k = 0
    while k < len(tokens):
        if not _CELL.match(tokens[k].group()):
            k += 1
            continue
        first_cell = k
        while k < len(tokens) and _CELL.match(tokens[k].group()):
            k += 1
        label = first_cell
        while label > 0 and first_cell - label < _ROW_LABEL_WORDS:
            word = tokens[label - 1].group()
            if _CELL.match(word) or re.search(r"[.?!:;,]$", word) or not word[0].isupper():
                break
            label -= 1
        if label < first_cell:
            rows.append((label, first_cell, k))
    breaks: list[int] = []
    run: list[tuple[int, int, int]] = []
    for row in [*rows, (-1, -1, -1)]:
        if run and row[0] == run[-1][2] and row[1] - row[0] <= _ROW_LABEL_WORDS:
            run.append(row)
            continue
        if len(run) >= 3:
            breaks.extend(tokens[r[0]].start() for r in run)
            if run[-1][2] < len(tokens):
                breaks.append(tokens[run[-1][2]].start())
        run = [row]
    return breaks


def _collapsed_lines(text: str, start: int, end: int) -> list[Line]:
    """Lines of collapsed text: a break before every number that may head a unit, and at
    every " ,  " left between a Word file's paragraphs (the separator itself dropped)."""
    lines = []
    pieces, pos = [], start
    for gap in _PARAGRAPH_GAP.finditer(text, start, end):
        pieces.append((pos, gap.start()))
        pos = gap.end()
    pieces.append((pos, end))
    for a, b in pieces:
        for ln in inline_lines(text, a, b):
            heads = [m.start() for m in _RUN_ON_HEAD.finditer(text, ln.start + 1, ln.end)]
            inner = sorted({*heads, *(b for b in _table_breaks(text, ln.start, ln.end) if b > ln.start)})
            cuts = [ln.start, *inner, ln.end]
            lines.extend(Line(x, y, text[x:y]) for x, y in zip(cuts, cuts[1:]) if y > x)
    return lines


def _collapsed_layout(text: str, head: re.Match[str], fail, title: str) -> _Layout:
    """The layout of a text whose line breaks were collapsed to spaces (``pdftools`` with
    ``str_squish``, as the R package flempar gives it): heads, signatures and numbered
    units are found inline."""
    header: dict[str, list[str]] = {}
    keys = list(_INLINE_HEADER_KEY.finditer(text, 0, head.start()))
    for n, m in enumerate(keys):
        value = text[m.end() : keys[n + 1].start() if n + 1 < len(keys) else head.start()].strip()
        header.setdefault(m.group(1).lower(), []).append(value)
    if title and not header.get("title"):
        header["title"] = [title]
    meta = {k: head.group(k).strip() for k in ("number", "questioner", "date")}
    answer_heads = list(_INLINE_ANSWER.finditer(text, head.end()))
    if not answer_heads:
        raise fail("no 'ANTWOORD' heading: the question has no answer (yet)", unanswered=True)
    first_answer = answer_heads[0].start()
    run_end = _caps_run(text, head.end(), first_answer)
    want = " ".join(header.get("title", []))
    subject, body_start = "", run_end
    if want:
        # the subject follows the minister's title; it may begin with upper-case words
        m = re.compile(_flexible(want), re.IGNORECASE).search(text, head.end(), first_answer)
        if m and m.start() <= run_end + 1:
            run_end = min(run_end, m.start())
            subject, body_start = re.sub(r"\s+", " ", m.group()), m.end()
    if not subject and (gap := _PARAGRAPH_GAP.search(text, run_end, first_answer)):
        # a Word file's paragraphs kept apart: the subject is the paragraph after the title
        line = text[run_end : gap.start()]
        if line.strip() and len(line) < 300 and not re.search(r"[.?!]\s*$", line):
            subject, body_start = re.sub(r"\s+", " ", line).strip(), gap.end()
    caps = re.sub(r"[\s,]+$", "", text[head.end() : run_end])
    meta["minister"], minister_title = _split_signature(caps)
    signature = _flexible(caps)

    def signature_start(at: int, floor: int) -> int:
        m = re.compile(rf"(?:{signature})[\s,]*$").search(text, floor, at)
        return m.start() if m else _caps_run_back(text, floor, at)

    text_end = len(text)
    if _PARAGRAPH_GAP.search(text, head.end(), first_answer) and (m := re.search(r"\s\)\s*$", text)):
        text_end = m.start()  # the ")" that closes flempar's deparsed c("...", "...")
    answers = []
    q_end = signature_start(first_answer, body_start)
    for n, ah in enumerate(answer_heads):
        sig_start = q_end if n == 0 else signature_start(ah.start(), answer_heads[n - 1].end())
        minister, m_title = _split_signature(re.sub(r"[\s,]+$", "", text[sig_start : ah.start()]))
        stop = (
            signature_start(answer_heads[n + 1].start(), ah.end()) if n + 1 < len(answer_heads) else text_end
        )
        a_start = ah.end()
        questioner = ""
        m = re.compile(r"van\s+(?:" + _flexible(meta["questioner"]) + rf")(?=\s|$){_GAP}?(?:,\s+)?").match(
            text, a_start
        )
        if m:
            questioner, a_start = meta["questioner"], m.end()
        elif m := re.compile(r"van\s+").match(text, a_start):
            end = _caps_run(text, m.end(), stop)  # the member's name in capitals
            if end > m.end():
                questioner, a_start = text[m.end() : end], end
        answers.append(
            _Answer(
                ah.group("number"), ah.group("date") or "", questioner, minister, m_title,
                _collapsed_lines(text, a_start, stop),
            )
        )  # fmt: skip
    return _Layout(header, meta, minister_title, subject, _collapsed_lines(text, body_start, q_end), answers)


# ---------------------------------------------------------------- documents


def read_documents(text: str, path: str, doc_id: str | None = None, title: str = "") -> list[Document]:
    """The documents of the text of a Flemish written question (header lines and the
    text of its PDF or Word file, with its line breaks or with them collapsed): one per
    answer, when several ministers' answers follow one question. ``title``: the question's
    title when known from elsewhere (a table's column), which ends its head."""
    doc_id = doc_id if doc_id is not None else Path(path).stem

    def fail(reason: str, unanswered: bool = False) -> ReadError:
        return ReadError(path, reason, doc_id=doc_id, source=SOURCE, unanswered=unanswered)

    lines = split_lines(text)
    head = next((i for i, ln in enumerate(lines) if _HEADING.match(ln.text)), None)
    if head is not None:
        layout = _line_layout(text, lines, head, fail, title)
    elif m := _INLINE_HEADING.search(text):
        layout = _collapsed_layout(text, m, fail, title)
    else:
        raise fail("no 'SCHRIFTELIJKE VRAAG' heading: not a Flemish written question")

    question_lines = layout.question_lines
    also: list[tuple[str, str]] = []
    body = text[question_lines[0].start : question_lines[-1].end] if question_lines else ""
    if m := _COORDINATED.search(body):
        # "Deze vraag werd gesteld aan de ministers A (142), B (256)": not part of a unit
        also = [(re.sub(r"^(?:en\s+)", "", x.group("name").strip()), x.group("number"))
                for x in _MINISTER_NUMBER.finditer(m.group("list"))]  # fmt: skip
        question_lines = _cut(question_lines, question_lines[0].start + m.start())
    question = segment_question(question_lines)
    if not question.units:
        raise fail("the question part is empty")
    header = layout.header
    themes = tuple(t for t in header.get("thema", []) if t)
    extra = [
        (key, " ".join(vals)) for key, vals in header.items() if key not in {"title", "thema", "pdf link"}
    ]
    several = len(layout.answers) > 1
    documents = []
    for answer_layout in layout.answers:
        number = answer_layout.number or layout.meta.get("number", "")
        this_id = f"{doc_id}-{number}" if several else doc_id
        answer = segment_answer(answer_layout.lines, tuple(u.number for u in question.units if u.number))
        if answer.numbering == "none":
            raise fail("the answer is empty")
        own_extra = list(extra)
        if also:
            others = [f"{name} ({n})" for name, n in also if n != number]
            own_extra.append(("other_ministers", "; ".join(others)))
        if any(_COORDINATED_ANSWER.search(s.text) for s in answer.segments):
            own_extra.append(("coordinated_answer", "yes"))
        metadata = Metadata(
            number=number,
            date=to_iso(layout.meta.get("date", "") or answer_layout.date),
            questioner=_title_case(layout.meta.get("questioner", "") or answer_layout.questioner),
            minister=_title_case(answer_layout.minister or layout.meta.get("minister", "")),
            minister_title=answer_layout.minister_title or layout.minister_title,
            subject=layout.subject,
            title=" ".join(header.get("title", [])) or layout.subject,
            themes=themes,
            pdf_link=" ".join(header.get("pdf link", [])),
            language="nl",
            extra=tuple(own_extra),
        )
        documents.append(
            Document(
                source=SOURCE, doc_id=this_id, path=path, text=text, metadata=metadata,
                question=question, answer=answer,
            )
        )  # fmt: skip
    return documents


def read_text(text: str, path: str, doc_id: str | None = None, title: str = "") -> Document:
    """The ``Document`` of the text of a Flemish written question with one answer (see
    ``read_documents``); of several answers, the first."""
    return read_documents(text, path, doc_id, title)[0]


def file_text(path: Path) -> str:
    """The text of a Flemish written question's file: a text file, a PDF's text layer, or a
    Word (``.docx``, ``.doc``) or RTF file converted to text."""
    from .office import SUFFIXES, office_text

    if path.suffix.lower() == ".pdf":
        return pdf_text(path)
    if path.suffix.lower() in SUFFIXES:
        return office_text(path)
    return read_text_file(path)


def read_file(path: Path) -> Iterator[Document | Problem]:
    """The documents of a file (``.txt``, ``.pdf``, ``.docx``, ``.rtf``, ``.doc``), with the
    metadata of its sidecar ``ID.meta.json`` when there is one (of several answers in one
    file, the one the sidecar's number names)."""
    documents = read_documents(file_text(path), str(path))
    for document in documents:
        yield with_sidecar(document, path, number_must_match=len(documents) > 1)


def looks_like_file(path: Path) -> bool:
    """Whether a file is a Flemish written question. A Word or RTF file is taken as one
    (no other reader takes them); reading it says why when it is not."""
    from .office import SUFFIXES

    if path.suffix.lower() in SUFFIXES:
        return True
    return looks_like(read_text_head(path))  # an unreadable file raises ReadError


def with_sidecar(document: Document, path: Path, number_must_match: bool = False) -> Document:
    """The document with the metadata of its sidecar ``ID.meta.json`` (written by
    ``qa-align fetch`` from the parliament's API), when there is one: questioner, minister,
    dates, themes and whether it was answered on time come from the API, not the text.
    ``number_must_match``: only when the sidecar's question number is the document's."""
    sidecar = path.with_name(path.name.split(".")[0] + ".meta.json")
    if not sidecar.is_file():
        return document
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReadError(
            str(path), f"unreadable metadata sidecar {sidecar.name} ({exc})", source=SOURCE
        ) from exc
    m = document.metadata
    if number_must_match and str(meta.get("number") or "") != m.number:
        return document
    on_time = meta.get("on_time")
    updated = dataclasses.replace(
        m,
        number=str(meta.get("number") or m.number),
        date=str(meta.get("date") or m.date),
        date_answered=str(meta.get("date_answered") or m.date_answered),
        questioner=str(meta.get("questioner") or m.questioner),
        minister=str(meta.get("minister") or m.minister),
        title=str(meta.get("title") or m.title),
        subject=str(meta.get("subject") or m.subject),
        themes=tuple(meta.get("themes") or m.themes),
        on_time=on_time if isinstance(on_time, bool) else m.on_time,
        extra=(*m.extra, ("api_id", str(meta.get("id", "")))),
    )
    return dataclasses.replace(document, metadata=updated)


@reader(
    "vlaams-parlement",
    suffixes=(".txt", ".docx", ".rtf", ".doc"),
    one_per_file=True,  # (a coordinated question's several answers: ids ``STEM-NUMBER``)
    looks_like=looks_like_file,
    description="Flemish Parliament written question as text (header lines + PDF text, or collapsed), "
    "Word or RTF",
)
def read_text_path(path: Path) -> Iterator[Document | Problem]:
    yield from read_file(path)


@reader(
    "vlaams-parlement-pdf",
    suffixes=(".pdf",),
    one_per_file=True,
    # no content check: the PDF no other reader recognises (the Flemish Parliament's own are
    # PDF text with no mark of their own)
    description="Flemish Parliament written question as PDF (text layer)",
)
def read_pdf_path(path: Path) -> Iterator[Document | Problem]:
    yield from read_file(path)
