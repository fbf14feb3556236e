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
from pathlib import Path

from ..dates import to_iso
from ..errors import ReadError
from ..segment import segment_answer, segment_question
from ..textclean import split_lines
from ..types import Document, Line, Metadata
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
    """Whether ``text`` is a Flemish written question."""
    return any(_HEADING.match(ln) for ln in text[:5000].splitlines())


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


def read_text(text: str, path: str, doc_id: str | None = None) -> Document:
    """A ``Document`` from the text of a Flemish written question (header + PDF text)."""
    doc_id = doc_id if doc_id is not None else Path(path).stem
    lines = split_lines(text)

    def fail(reason: str, unanswered: bool = False) -> ReadError:
        return ReadError(path, reason, doc_id=doc_id, source=SOURCE, unanswered=unanswered)

    head = next((i for i, ln in enumerate(lines) if _HEADING.match(ln.text)), None)
    if head is None:
        raise fail("no 'SCHRIFTELIJKE VRAAG' heading: not a Flemish written question")
    header = _parse_header(lines[:head])

    # the block of short lines under the heading: nr., van, datum, aan, title, subject
    i = head + 1
    meta: dict[str, str] = {}
    content = [k for k in range(i, len(lines)) if lines[k].text.strip()]
    k_iter = iter(content)
    k = next(k_iter, None)
    for name, pattern in (("number", _NUMBER), ("questioner", _FROM), ("date", _DATE), ("minister", _TO)):
        if k is not None and (m := pattern.match(lines[k].text)):
            meta[name] = m.group(1).strip()
            k = next(k_iter, None)
    title_lines = []
    while k is not None and _is_upper_line(lines[k].text) and "minister" in meta:
        title_lines.append(lines[k].text.strip())
        k = next(k_iter, None)
    if k is None:
        raise fail("the document ends before the question text")
    subject_line = k
    subject = lines[subject_line].text.strip()
    want = " ".join(header.get("title", []))
    # a subject that wraps over lines: follow it as far as the header's title goes
    norm = lambda s: re.sub(r"[\s-]+", " ", s).strip().lower()  # noqa: E731
    while want and norm(subject) != norm(want) and norm(want).startswith(norm(subject)):
        nxt = next(k_iter, None)
        if nxt is None:
            break
        subject_line = nxt
        subject = f"{subject} {lines[nxt].text.strip()}"
    subject = re.sub(r"\s+", " ", subject)

    answer_at = next((j for j in range(subject_line + 1, len(lines)) if _ANSWER.match(lines[j].text)), None)
    if answer_at is None:
        raise fail("no 'ANTWOORD' heading: the question has no answer (yet)", unanswered=True)
    # the minister's name and title are repeated above ANTWOORD: they end the question
    signature = norm(" ".join([meta.get("minister", ""), *title_lines]))
    q_end = answer_at
    while q_end - 1 > subject_line:
        t = norm(lines[q_end - 1].text)
        if t and not (_is_upper_line(lines[q_end - 1].text) and t in signature):
            break
        q_end -= 1
    # "op vraag nr. N van DATE" and "van MEMBER" under ANTWOORD
    a_start = answer_at + 1
    consumed = 0
    while a_start < len(lines) and consumed < 3:
        t = lines[a_start].text
        if not t.strip():
            a_start += 1
            continue
        m = _ON_QUESTION.match(t)
        if m and consumed == 0:
            if not meta.get("date") and m.group(2):
                meta["date"] = m.group(2)
            if not meta.get("questioner") and m.group(3):
                meta["questioner"] = m.group(3)
        elif consumed > 0 and (m := _FROM.match(t)) and _is_upper_line(m.group(1)):
            pass
        else:
            break
        consumed += 1
        a_start += 1

    question_lines = lines[subject_line + 1 : q_end]
    answer_lines = lines[a_start:]
    question = segment_question(question_lines)
    if not question.units:
        raise fail("the question part is empty")
    answer = segment_answer(answer_lines, tuple(u.number for u in question.units if u.number))
    if answer.numbering == "none":
        raise fail("the answer is empty")

    themes = tuple(t for t in header.get("thema", []) if t)
    extra = tuple(
        (key, " ".join(vals)) for key, vals in header.items() if key not in {"title", "thema", "pdf link"}
    )
    metadata = Metadata(
        number=meta.get("number", ""),
        date=to_iso(meta.get("date", "")),
        questioner=_title_case(meta.get("questioner", "")),
        minister=_title_case(meta.get("minister", "")),
        minister_title=re.sub(r"\s+", " ", " ".join(title_lines)).strip(),
        subject=subject,
        title=" ".join(header.get("title", [])) or subject,
        themes=themes,
        pdf_link=" ".join(header.get("pdf link", [])),
        language="nl",
        extra=extra,
    )
    return Document(
        source=SOURCE,
        doc_id=doc_id,
        path=path,
        text=text,
        metadata=metadata,
        question=question,
        answer=answer,
    )


def with_sidecar(document: Document, path: Path) -> Document:
    """The document with the metadata of its sidecar ``ID.meta.json`` (written by
    ``qa-align fetch`` from the parliament's API), when there is one: questioner, minister,
    dates, themes and whether it was answered on time come from the API, not the text."""
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
    suffixes=(".txt",),
    one_per_file=True,
    looks_like=lambda path: looks_like(read_text_head(path)),  # an unreadable file raises ReadError
    description="Flemish Parliament written question as text (header lines + PDF text)",
)
def read_text_path(path: Path) -> Iterator[Document]:
    yield with_sidecar(read_text(read_text_file(path), str(path)), path)


@reader(
    "vlaams-parlement-pdf",
    suffixes=(".pdf",),
    one_per_file=True,
    # no content check: the PDF no other reader recognises (the Flemish Parliament's own are
    # PDF text with no mark of their own)
    description="Flemish Parliament written question as PDF (text layer)",
)
def read_pdf_path(path: Path) -> Iterator[Document]:
    yield with_sidecar(read_text(pdf_text(path), str(path)), path)
