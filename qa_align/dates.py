"""Dates as written in Dutch and English parliamentary documents, to ISO 8601."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    # English
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "august": 8, "october": 10,
}  # fmt: skip

_WRITTEN = re.compile(r"\b(\d{1,2})(?:e|ste|de|st|nd|rd|th)?\s+([a-z]+)\s+(\d{4})\b", re.IGNORECASE)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first date in ``text`` as (ISO string, start, end), or ``None``."""
    candidates = []
    for m in _WRITTEN.finditer(text):
        month = MONTHS.get(m.group(2).lower())
        if month:
            candidates.append((m.start(), m.end(), int(m.group(3)), month, int(m.group(1))))
            break
    for m in _NUMERIC.finditer(text):
        candidates.append((m.start(), m.end(), int(m.group(3)), int(m.group(2)), int(m.group(1))))
        break
    for m in _ISO.finditer(text):
        candidates.append((m.start(), m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
        break
    for start, end, year, month, day in sorted(candidates):
        try:
            return dt.date(year, month, day).isoformat(), start, end
        except ValueError:
            continue
    return None


def to_iso(text: str) -> str:
    """The first date in ``text`` as ISO 8601, or ``""``."""
    found = find_date(text)
    return found[0] if found else ""


_TIME_OF_DAY = re.compile(r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?")


def parse_date(text: str) -> str:
    """``text`` as an ISO 8601 date when the whole of it is one date: ISO (``2017-01-04``,
    with or without a time of day), day/month/year with ``/``, ``-`` or ``.``, or a written
    Dutch or English date (``17 oktober 2024``); ``""`` for anything else."""
    text = text.strip()
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)  # (find_date wants a word boundary before a "T")
    if iso and _TIME_OF_DAY.fullmatch(text[iso.end() :]):
        try:
            return dt.date(*map(int, iso.groups())).isoformat()
        except ValueError:
            return ""
    found = find_date(text)
    if not found or found[1] != 0 or not _TIME_OF_DAY.fullmatch(text[found[2] :]):
        return ""
    return found[0]
