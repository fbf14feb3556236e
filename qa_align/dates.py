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
