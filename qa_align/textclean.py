"""Lines of a source text, and their joining into clean running text with a map back.

Line breaks inside a sentence become spaces. A word split at a line end is rejoined the
way Dutch writes it: a line ending in a hyphen is a compound or a dropped-word hyphen, so
``ICT-`` + ``veiligheidstesten`` gives ``ICT-veiligheidstesten`` and ``en -`` + ``schade``
gives ``en -schade`` (the hyphen stays, no space is inserted). Between two words in small
letters the line-end hyphen is the typesetter's (``geïnfor-`` + ``meerd``) and is dropped
(``geïnformeerd``), except before a coordination (``aanloop-`` + ``en`` gives ``aanloop- en``,
a dropped-word hyphen: the space stays), between two vowels that would collide
(``informatie-`` + ``uitwisseling``) and after a prefix or abbreviation that keeps its hyphen
(``mvo-`` + ``standaarden``, ``ex-`` + ``minister``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from .lexicon import LANGUAGES, load_lexicon
from .types import Line, TextMap

# a sentence's end: one of ``_ENDS``, then perhaps closing quotes and brackets (``_CLOSING``) to the line's end
_ENDS = frozenset(".?!:;")
_CLOSING = "'’”\")"
_BULLET = re.compile(r"^\s*(?:[-–•▪◦·*]\s|[a-z]\)\s?|\([a-z]\)\s|[ivx]+\)\s)")
_EOL = re.compile(r"\r?\n|\f")
_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûü")
_LEFT_WORD = re.compile(r"(?:^|(?<=[\s(\[\"'‘“/]))[^\s(\[\"'‘“/]+[-‐]$")
_RIGHT_WORD = re.compile(r"[^\s,.;:!?)\]\"'’”]+")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _hyphen_words() -> tuple[frozenset[str], frozenset[str]]:
    """The ``[text] hyphen_coordinations`` and ``hyphen_prefixes`` of every language's lexicon: lines
    are joined before their language is known (a PDF's lines before its units are cut)."""
    lexicons = [load_lexicon(language) for language in LANGUAGES]
    coordinations = {w.lower() for lx in lexicons for w in lx.phrases("text", "hyphen_coordinations")}
    prefixes = {w.lower() for lx in lexicons for w in lx.phrases("text", "hyphen_prefixes")}
    return frozenset(coordinations), frozenset(prefixes)


def _line_end_hyphen(before: str, after: str) -> str:
    """How the line ending in a hyphen (``before``) joins the next line (``after``): ``"drop"``
    the hyphen (a typesetter's break between small letters, "geïnfor-" + "meerd"), ``"space"``
    (a dropped-word hyphen before a coordination, "aanloop-" + "en"), or ``"keep"`` (a compound's
    or a prefix's hyphen, "ICT-" + "veiligheidstesten", "zee-" + "egel", "mvo-" + "standaarden")."""
    left_m, right_m = _LEFT_WORD.search(before), _RIGHT_WORD.match(after)
    if not left_m or not right_m:
        return "keep"
    left, right = left_m.group()[:-1], right_m.group()
    coordinations, prefixes = _hyphen_words()
    if right.lower() in coordinations:
        return "space"
    if not (left[-1:].isalpha() and left[-1].islower() and right[0].isalpha() and right[0].islower()):
        return "keep"
    if left.lower() in prefixes:
        return "keep"
    if left[-1] in _VOWELS and right[0] in _VOWELS and not left.endswith("be"):
        # "informatie-uitwisseling", "zee-egel"; the prefix "be" takes no hyphen ("beoordeling")
        return "keep"
    return "drop"


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of ``text[start:end]`` with their offsets (a form feed ends a line too)."""
    end = len(text) if end is None else end
    lines: list[Line] = []
    pos = start
    chunk = text[start:end]
    if "\r" not in chunk and "\f" not in chunk:
        # only "\n" ends a line: split at it (no line after a final "\n")
        pieces = chunk.split("\n")
        if not pieces[-1]:
            pieces.pop()
        for piece in pieces:
            lines.append(Line(pos, pos + len(piece), piece))
            pos += len(piece) + 1
        return lines
    # one scan for every line end (not a search begun again at each line)
    for m in _EOL.finditer(text, start, end):
        line_end = m.start()
        lines.append(Line(pos, line_end, text[pos:line_end]))
        pos = m.end()
    if pos < end:
        lines.append(Line(pos, end, text[pos:end]))
    return lines


def is_blank(line: Line) -> bool:
    return not line.text.strip()


def paragraph_breaks(lines: list[Line]) -> list[bool]:
    """For each line, whether it starts a new paragraph (the first line does not)."""
    if not lines:
        return []
    # each line without the white space at its end (a line of white space alone is blank: empty here)
    ends = [ln.text.rstrip() for ln in lines]
    full = max(map(len, ends))
    breaks = [False]
    for text, ln in zip(ends, lines[1:]):
        # the line before ``ln``: blank, or a sentence's end on a short line, or ``ln`` a bullet
        breaks.append(
            not text
            or (len(text) < 0.8 * full and text.rstrip(_CLOSING)[-1:] in _ENDS)
            or _BULLET.match(ln.text) is not None
        )
    return breaks


def join_lines(
    lines: list[Line], paragraphs: bool = True, hard: frozenset[int] = frozenset()
) -> tuple[str, TextMap, int, int]:
    """Clean running text of ``lines``, its map to the source, and its source span.

    Paragraphs are separated by ``\\n`` when ``paragraphs`` is true, else by a space;
    the lines whose indexes are in ``hard`` (table rows) always start a new line.
    """
    parts: list[str] = []
    runs: list[tuple[int, int, int]] = []
    length = 0
    breaks = paragraph_breaks(lines) if paragraphs else [False] * len(lines)
    first_start = last_end = None
    glue_next = False
    pending_break = False
    for idx, (ln, brk) in enumerate(zip(lines, breaks)):
        raw = ln.text
        t = raw.strip()
        if not t:
            pending_break = pending_break or (paragraphs and length > 0)
            continue
        s = ln.start + len(raw) - len(raw.lstrip())
        e = s + len(t)
        kept = t  # the line's own characters, white space inside it not yet folded
        if "  " in t or "\t" in t:
            t = _SPACES.sub(" ", t)
        if length:
            if idx in hard or ((brk or pending_break) and paragraphs):
                sep = "\n"
            elif glue_next:
                how = _line_end_hyphen(parts[-1], t)
                sep = " " if how == "space" else ""
                if how == "drop":
                    # the hyphen maps to nothing: the run that holds it ends before it
                    parts[-1] = parts[-1][:-1]
                    clean_start, source_start, run_length = runs[-1]
                    runs[-1] = (clean_start, source_start, run_length - 1)
                    length -= 1
            else:
                sep = " "
            parts.append(sep)
            length += len(sep)
        if t != kept:
            # white space inside the line was folded: map word by word
            for m in _WORD.finditer(kept):
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
    return "".join(parts), TextMap(tuple(runs)), first_start, last_end  # type: ignore[return-value]


_INLINE_HEAD = re.compile(
    r"(?:(?<=[?.!:;)\]])|(?<=[?.!:;)\]][\s\u00a0])|(?<=[?.!][\"”’])|(?<=\n))\s*(?=\d{1,2}(?:\s*(?:,|en|tot|-|–)\s*\d{1,2})*\s*[.)]\s*\S)"
    # a block heading run into its first item: "FOD Binnenlandse Zaken1. Reeds ...", "Kabinet1. Hier"
    r"|(?<=[A-Za-z]{3})(?=1\.\s+[A-Z])"
    # a later number run into the last word of the previous answer: "tien Chinezen3. Het betreft",
    # "Zwitserland4. en 5. Voor", "personeelsleden2. - 21", "informatie5. a) Het", "12,5 %4. De"
    r"|(?:(?<=[a-z]{3})|(?<=[a-z][\"”/])|(?<=%))(?=(?:[2-9]|1\d)\.\s*(?:\s[A-Z]|-\s|[a-z]\)\s|(?:en|et|tot)\s+\d))"
    # a one-word answer run into the next number: "1. Ja2. Neen, ..."
    r"|(?:(?<=\bJa)|(?<=\bNee)|(?<=\bNeen)|(?<=\bYes)|(?<=\bNo))(?=\d{1,2}\s*[.)]\s*\S)"
)


# every break of _INLINE_HEAD falls just before a number that starts a run of digits and is
# followed by "." or ")", or by a group's joining word ("2 tot 4.", "2 en 3."): the pattern, slow to try at every position of a long answer, is tried
# only there
_INLINE_ANCHOR = re.compile(r"(?<!\d)\d{1,2}\s*(?:[.)]|(?:,|en|tot|-|–)\s*\d)")


def _inline_heads(text: str, start: int, end: int) -> Iterator[int]:
    """Where ``_INLINE_HEAD`` breaks ``text[start:end]``: the ends of its matches, in order."""
    for a in _INLINE_ANCHOR.finditer(text, start, end):
        p = a.start()
        s = p
        while s > start and text[s - 1].isspace():
            s -= 1  # a match may run over the white space before the number
        if any(_INLINE_HEAD.match(text, k, end) for k in range(s, p + 1)):
            yield p


def inline_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """Lines of a text whose numbering runs on inline (``...per missie?2. Kunt u``): the
    text's own line breaks, plus a break before every number that follows the end of a
    sentence. Which breaks are units is for the segmenter to decide."""
    end = len(text) if end is None else end
    lines: list[Line] = []
    for ln in split_lines(text, start, end):
        cuts = [ln.start]
        for p in _inline_heads(text, ln.start, ln.end):
            if p > cuts[-1]:
                cuts.append(p)
        cuts.append(ln.end)
        for a, b in zip(cuts, cuts[1:]):
            if b > a or len(cuts) == 2:
                lines.append(Line(a, b, text[a:b]))
    return lines
