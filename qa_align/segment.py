"""Segmenting: the question part into numbered units, the answer part into segments.

The numbering grammar: a unit starts a line with ``1.`` (with or without a space after the
dot), ``1)``, ``Vraag 1``; an answer segment with ``1.``, a group (``1 en 2.``,
``1 tot 3.``, ``1, 2 en 3.``, ``3-5.``, ``1. et 2.``, ``1. b) en 2.``, ``Antwoord op vragen 1
en 2``, ``Ad 1.``) or nothing at all. Sub-items (``a)``, ``-``) stay inside their numbered
unit. Numbers run to 999. A question's numbers must rise: a line that starts with a number out
of order is text, not a new unit. An answer's may come in any order ("3.", "1.", "2.") when the
heads out of order answer every question the rising ones leave; an answer that numbers one
answer twice ("1.", "1.", "2." to three questions) is read in order; an answer number missing
from the heads and run into the figure before it ("2016: 1392. Hieronder") is cut off it; a
figure cut after its first group of digits ("2015: 1. 600.149") is no head. The words of heads
("Antwoord op vraag", "1 tot 3") and of questions named by place ("uw derde vraag") are the
lexicons' ``[numbering]`` lists.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .lexicon import LANGUAGES, load_lexicon
from .tables import find_placeholders, find_tables
from .text import CUT_FIGURE, FIGURE_AFTER_COLON, FIGURE_REST
from .textclean import join_lines
from .types import AnswerPart, AnswerSegment, Line, Passage, Question, QuestionPart

_MAX_DIGITS = 3  # sub-question numbers run to 999


class _Grammar(NamedTuple):
    """The numbering grammar, built from the ``[numbering]`` lists of every built-in lexicon
    (heads are read before the document's language is used)."""

    num_list: str  # "1 tot 3", "1. tot 3", "1., 2 en 3"
    tokens: re.Pattern[str]  # a number or a connecting word
    range_words: frozenset[str]
    prefixed: re.Pattern[str]  # "Antwoord op vraag 3:", "Ad 1."
    bare: re.Pattern[str]  # "1.", "3 en 4.", "2)"
    intro_ref: re.Pattern[str] | None  # "de vragen 1, 2 en 3" in an answer's opening
    intro_word: re.Pattern[str] | None  # the word of such a reference alone ("vraag")
    by_place: re.Pattern[str] | None  # "uw derde vraag", "de eerste en de tweede vraag"
    places: dict[str, int]  # an ordinal word and the question it names, 0 for the last
    others: re.Pattern[str] | None  # "de andere vragen": the questions not answered yet


def _words_pattern(phrases: list[str]) -> str:
    """Phrases as alternatives, longest first, spaces matching any run of white space."""
    return "|".join(
        r"\s+".join(map(re.escape, p.split())) for p in sorted(set(phrases), key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    lists = [load_lexicon(language).numbering for language in LANGUAGES]
    ranges = [w.lower() for n in lists for w in n.ranges]
    words = _words_pattern([*(w.lower() for n in lists for w in n.joiners), *ranges])
    connect = rf"(?:,|&|/|-|–|{words})"
    num = rf"\d{{1,{_MAX_DIGITS}}}"
    # a number may name parts of its question: "1. b) en 2.", "3. a) en b), 4. en 5."
    letter = r"\(?[a-z]\)"
    item = rf"{num}(?:\.?\s*{letter}(?:\s*(?:,|{words})\s*{letter})*)?"
    num_list = rf"{item}(?:\.?\s*(?:{connect}\s*)+{item})*"  # "1. tot 3., en 5."
    prefix = "|".join(rf"(?:{h})\s+" for n in lists for h in n.heads)
    intro = "|".join(rf"(?:{r})" for n in lists for r in n.intro_refs)
    places = {w.lower(): k + 1 for n in lists for k, w in enumerate(n.ordinals)}
    places.update({w.lower(): 0 for n in lists for w in n.last})
    place = _words_pattern(list(places))
    joined = _words_pattern([w.lower() for n in lists for w in n.joiners])
    others = _words_pattern([w.lower() for n in lists for w in n.others])
    by_place = (
        re.compile(
            rf"\b(?P<places>(?:{place})(?:\s*(?:,|{joined})\s+(?:de\s+)?(?:{place}))*)\s+(?:{intro})\b",
            re.IGNORECASE,
        )
        if intro and places
        else None
    )
    return _Grammar(
        num_list=num_list,
        tokens=re.compile(rf"{num}|{connect}", re.IGNORECASE),
        range_words=frozenset({"-", "–", *(" ".join(w.split()) for w in ranges)}),
        prefixed=re.compile(
            rf"^\s*(?:{prefix})(?P<nums>{num_list})(?![\d/])\s*(?:[.:)]|\s-|\s–)?\s*", re.IGNORECASE
        ),
        # "1.2016201712522-5-956-nl-fr-1": a number run into a table placeholder
        bare=re.compile(rf"^\s*(?P<nums>{num_list})\s*(?:\.(?![\d])|\.(?=\d{{13}}-\d)|\)|:(?!\d))\s*"),
        intro_ref=re.compile(rf"\b(?:{intro})\s+(?P<nums>{num_list})(?![\d/])", re.IGNORECASE)
        if intro
        else None,
        intro_word=re.compile(rf"\b(?:{intro})\b", re.IGNORECASE) if intro else None,
        by_place=by_place,
        places=places,
        others=re.compile(rf"\b(?:{others})\s+(?:{intro})\b", re.IGNORECASE) if intro and others else None,
    )


def parse_numbers(nums: str) -> tuple[int, ...]:
    """``"1 en 2"`` -> (1, 2); ``"1 tot 3"`` and ``"3-5"`` -> ranges; ``"1, 2 en 4"`` -> (1, 2, 4);
    a number named again for another of its parts (``"3. b), 3. c) en 4."``) counts once."""
    grammar = _grammar()
    out: list[int] = []
    pending_range = False
    for tok in grammar.tokens.findall(nums):
        if tok.isdigit():
            n = int(tok)
            if pending_range and out and n > out[-1]:
                out.extend(range(out[-1] + 1, n + 1))
            elif out and n == out[-1]:
                pass  # parts of one question: "3. b), 3. c) en 4."
            else:
                out.append(n)
            pending_range = False
        else:
            pending_range = " ".join(tok.lower().split()) in grammar.range_words
    return tuple(out)


def label_for(numbers: tuple[int, ...]) -> str:
    """The answer label: "1"; a run "3-5"; anything else joined by commas "1,3"."""
    if len(numbers) == 1:
        return str(numbers[0])
    if list(numbers) == list(range(numbers[0], numbers[-1] + 1)):
        return f"{numbers[0]}-{numbers[-1]}"
    return ",".join(str(n) for n in numbers)


def match_head(text: str) -> tuple[tuple[int, ...], int] | None:
    """The numbers a line's head names and the length of the head, or ``None``."""
    grammar = _grammar()
    m = grammar.prefixed.match(text) or grammar.bare.match(text)
    if not m:
        return None
    numbers = parse_numbers(m.group("nums"))
    if not numbers or any(b <= a for a, b in zip(numbers, numbers[1:])):
        return None
    return numbers, m.end()


@dataclass(frozen=True)
class _Head:
    index: int  # line index
    numbers: tuple[int, ...]
    head_len: int  # characters of the line that are the head
    label: str = ""  # the head as written, when it names other numbers than it answers


def _passage_lines(lines: list[Line], head: _Head | None) -> list[Line]:
    """The lines of a unit or segment with its head cut off the first line."""
    if head is None or not lines:
        return lines
    first = lines[0]
    cut = Line(first.start + head.head_len, first.end, first.text[head.head_len :])
    return [cut, *lines[1:]]


def _nonblank(lines: list[Line]) -> bool:
    return any(ln.text.strip() for ln in lines)


def _extent(lines: list[Line]) -> tuple[int, int]:
    """Source span from the first to the last non-blank line."""
    start = next((ln.start for ln in lines if ln.text.strip()), lines[0].start if lines else 0)
    end = max((ln.end for ln in lines if ln.text.strip()), default=start)
    return start, end


def question_heads(lines: list[Line]) -> list[_Head]:
    """Unit heads: single numbers rising by one from the first unit; not a paragraph of an article
    the question quotes ("? 1." for "§ 1.", ``_after_section_sign``), as in the answer."""
    heads: list[_Head] = []
    for i, ln in enumerate(lines):
        found = match_head(ln.text)
        if not found or len(found[0]) != 1 or _after_section_sign(lines, i):
            continue
        (n,), length = found
        rest = ln.text[length:]
        if not rest.strip() and i + 1 < len(lines) and not lines[i + 1].text.strip():
            continue
        expected = heads[-1].numbers[0] + 1 if heads else 1
        if n == expected:
            heads.append(_Head(i, (n,), length))
    return heads


def segment_question(lines: list[Line]) -> QuestionPart:
    """Preamble and numbered units of the question's lines, each unit with its lettered parts
    (``inline_parts``)."""
    body = _rejoined(lines)
    heads = question_heads(body)
    start, end = _extent(body)
    if not heads:
        text, tmap, s, e = join_lines(body)
        unit = inline_parts(Question(start=s, end=e, text=text, textmap=tmap, n="1", number=None))
        return QuestionPart(start, end, None, (unit,) if text else ())
    preamble = None
    pre_lines = body[: heads[0].index]
    if _nonblank(pre_lines):
        text, tmap, s, e = join_lines(pre_lines)
        preamble = Passage(start=s, end=e, text=text, textmap=tmap)
    units = []
    for k, head in enumerate(heads):
        stop = heads[k + 1].index if k + 1 < len(heads) else len(body)
        text, tmap, s, e = join_lines(_passage_lines(body[head.index : stop], head))
        n = head.numbers[0]
        units.append(inline_parts(Question(start=s, end=e, text=text, textmap=tmap, n=str(n), number=n)))
    return QuestionPart(start, end, preamble, tuple(units))


def answer_heads(lines: list[Line], question_numbers: tuple[int, ...]) -> list[_Head]:
    """Segment heads: numbers among the question's, each head's past the last one's, the
    rising run that answers the most questions (so a stray "6." early in answer 1 does not
    hide heads 2 to 5), then heads out of order for the questions it leaves."""
    known = set(question_numbers)
    skip = _not_heads(lines, known)
    candidates = []
    for i, ln in enumerate(lines):
        found = match_head(ln.text)
        if found and (not known or set(found[0]) <= known) and i not in skip:
            candidates.append(_Head(i, *found))
    heads = _rising(candidates)
    heads += _out_of_order(lines, known, heads, skip)
    heads = sorted(heads + _repeated(candidates, heads), key=lambda h: h.index)
    if known - {n for h in heads for n in h.numbers}:
        return _by_position(candidates, question_numbers) or heads
    return heads


# a section sign before a number on the same line: "artikel 52 § 1.", or the "?" the Belgian
# records print for it ("artikel 100 ? 1.", "Art. 52. ? 1.", "leest immers:\"? 2."), which stands
# after an article's number or an opening quote: a question mark ends a word ("werken? 2.") or,
# in the French manner, stands after a space ("Is dit voldoende ? 2. ..."); or after an article's
# number and a comma ("(artikelen 10/2, ? 2, 10/8, ? 2)", "artikel 36, ? 2"): no sentence puts ", ?"
_SECTION_SIGN = re.compile(
    r"(?:§+|(?:^|\b(?:artikel|article|art\.)\s*\d[\w.]*\s+|(?<=[\s:(][\"“„])|(?<=\d,\s))\?+)\s*$",
    re.IGNORECASE,
)


def _after_section_sign(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` starts with the number of a paragraph of an article ("§ 1.", "? 1."),
    cut off the line before it within one line of the source: a paragraph, not an answer head."""
    if i == 0 or lines[i - 1].end != lines[i].start:
        return False
    return bool(_SECTION_SIGN.search(lines[i - 1].text))


def _list_item(lines: list[Line], i: int, head_len: int) -> bool:
    """Whether line ``i``, whose head is ``head_len`` characters, is an item of a list that runs
    on a sentence ("drie stelsels:1. het recht op ...;2. de inkomensvervangende ..."): the line
    before it, within one line of the source, ends in ":" or ";" and the item starts in lower
    case, where an answer starts a sentence of its own."""
    if i == 0 or lines[i - 1].end != lines[i].start:
        return False
    rest = lines[i].text[head_len:].lstrip()
    return lines[i - 1].text.rstrip().endswith((":", ";")) and rest[:1].islower()


# the rest of a figure whose thousands were cut after the first group, a space after its full
# stop ("2015: 1. 600.149;", "(Belgische bijdrage: 2. 000.000 euro)", "1. 012.Wat"): a group of three
# digits, then more groups or a decimal, and no digit (``text.FIGURE_REST``, the splitter's and the
# figure reader's)
_FIGURE_REST = re.compile(FIGURE_REST)
_FIGURE_LINE = re.compile(rf"\s*{CUT_FIGURE}")  # a line that may start with one: a plain look first
# after a colon, a figure's rest says it is one: another group, "euro", ";" or ")" (``text.FIGURE_AFTER_COLON``)
# ("Mijn vragen: 1. 100 procent van de scholen?" is a head and its question)
_FIGURE_AFTER_COLON = re.compile(FIGURE_AFTER_COLON)


def _figure_heads(lines: list[Line], known: set[int] | None = None) -> set[int]:
    """The lines that start with a figure cut after its first group of digits ("1. 600.149"
    for 1.600.149), read as a head "1." but none: the line runs on the one before it within one
    line of the source, its head is a single number, a full stop and one space, the rest starts
    with a group of three digits, and either the line before ends in a colon (a year or a label
    before its figure: "2015: 1. 600.149", "bedrag: 5. 551.323,14 euro") and the rest reads as a
    figure's (``_FIGURE_AFTER_COLON``; "vragen: 1. 250 agenten zijn ..." is a head) or the number is no
    higher than a head before it (a "1." while answer 1 already stands). A head after a
    sentence, rising past the heads before it ("onderzocht. 2. 221 ontvankelijke dossiers"), is
    an answer that opens with a figure. ``known``: the question's numbers, the only heads
    counted before (all when not given)."""
    out: set[int] = set()
    if not any(_FIGURE_LINE.match(ln.text) for ln in lines):
        return out
    highest = 0  # the highest number a head before names
    for i, ln in enumerate(lines):
        found = match_head(ln.text)
        if not found:
            continue
        numbers, length = found
        head = ln.text[:length]
        if (
            i > 0
            and lines[i - 1].end == ln.start
            and len(numbers) == 1
            and head.endswith(". ")
            and _FIGURE_REST.match(ln.text, length)
            and (
                (lines[i - 1].text.rstrip().endswith(":") and _FIGURE_AFTER_COLON.match(ln.text, length))
                or numbers[0] <= highest
            )
        ):
            out.add(i)
            continue
        if known is None or set(numbers) <= known:
            highest = max(highest, numbers[-1])
    return out


def _rejoined(lines: list[Line], known: set[int] | None = None) -> list[Line]:
    """``lines`` with each line that starts with a figure cut after its first group of digits
    (``_figure_heads``) joined back to the line before it, so that "2015: 1. 600.149" is one
    line of its segment's text, neither a head nor a break."""
    figures = _figure_heads(lines, known)
    if not figures:
        return lines
    out: list[Line] = []
    for i, ln in enumerate(lines):
        if i in figures:  # the line before runs on into it: out[-1] ends where it starts
            before = out.pop()
            out.append(Line(before.start, ln.end, before.text + ln.text))
        else:
            out.append(ln)
    return out


def _not_heads(lines: list[Line], known: set[int]) -> set[int]:
    """The lines that start with a number read as a head but are none: a paragraph of an
    article ("§ 1.", "? 1."), and the items of a list run on a sentence when one of them is
    numbered past the questions (three "stelsels" listed in the answer to two questions; a list
    numbered as the questions, "stand van zaken:1. in het dossier ...;2. het parket ...", answers
    them)."""
    skip = {i for i in range(len(lines)) if _after_section_sign(lines, i)}
    items = [
        (i, found[0])
        for i, ln in enumerate(lines)
        if (found := match_head(ln.text)) and _list_item(lines, i, found[1])
    ]
    if known and any(max(numbers) > max(known) for _, numbers in items):
        skip.update(i for i, _ in items)
    return skip


def _by_position(candidates: list[_Head], question_numbers: tuple[int, ...]) -> list[_Head]:
    """The heads of an answer that numbers one answer twice ("1. ... 1. ... 2." to three
    questions, "1. ... 1. ... 3. ... 4. ... 5." to five, "3 en 4. ... 4. ... 5." after answers 1
    and 2 to six), taken in order: each serves the next questions, as many as it names,
    labelled as written. Only when the heads name as many numbers as there are questions, never
    falling (nor a group opening on the number before it), each at most the number of the first
    question it serves, with a number named twice; else none. An answer whose heads name one number
    fewer than there are questions and whose last number is written twice ("1.", "2.", "2." to
    three questions) goes on to the question after it: its last head serves it; with more left
    ("1. Ja / 1. Neen" to four questions) none."""
    written = [h.numbers for h in candidates]
    named = [n for w in written for n in w]
    if len(written) < 2 or len(named) > len(question_numbers):
        return []
    if len(named) < len(question_numbers) and (
        written[-1] != written[-2][-1:] or len(question_numbers) - len(named) > 1
    ):
        return []  # the repeated last head takes the one question left over (be-kamer 190026), no more
    # a group that opens on the number before it answers another part of that question ("1. a) ...
    # 1. b) en 2."), no question of its own
    if any(b[0] < a[-1] or (len(b) > 1 and b[0] == a[-1]) for a, b in zip(written, written[1:])):
        return []
    if len(set(named)) == len(named):
        return []
    served: list[tuple[int, ...]] = []
    at = 0  # the questions served so far
    for w in written:
        served.append(tuple(question_numbers[at : at + len(w)]))
        at += len(w)
    served[-1] += tuple(question_numbers[len(named) :])  # the last head serves the question left
    if any(w[0] > qs[0] for w, qs in zip(written, served)):
        return []
    return [
        dataclasses.replace(h, numbers=qs, label=label_for(w)) if w != qs else h
        for h, w, qs in zip(candidates, written, served)
    ]


def _rising(candidates: list[_Head]) -> list[_Head]:
    """The run of heads, in line order, each past the one before and naming no number
    answered already (so "1., 3. en 5." may be followed by "2. en 4."), that names the most
    numbers; of equal runs, the one whose heads come earliest."""
    named: list[int] = []  # numbers named by the best run ending at each candidate
    before: list[int] = []  # the candidate before it in that run, -1 for none
    for k, head in enumerate(candidates):
        named.append(len(head.numbers))
        before.append(-1)
        for j in range(k):  # the earliest of equal runs is kept: only a larger one replaces it
            prev = candidates[j]
            if head.numbers[0] > prev.numbers[0] and not set(head.numbers) & set(prev.numbers):
                if named[j] + len(head.numbers) > named[k]:
                    named[k], before[k] = named[j] + len(head.numbers), j
    run = []
    k = max(range(len(named)), key=named.__getitem__) if named else -1
    while k != -1:
        run.append(candidates[k])
        k = before[k]
    heads: list[_Head] = []
    covered: set[int] = set()
    for head in reversed(run):  # a group that names a number of an earlier head is text
        if not set(head.numbers) & covered:
            covered.update(head.numbers)
            heads.append(head)
    return heads


def _repeated(candidates: list[_Head], heads: list[_Head]) -> list[_Head]:
    """Heads that name questions answered already and still head answers of their own: a
    group after the last numbered answer ("1. tot 3. e) ..." after answers 1, 2 and 3), and a
    single number of a group right after the group's head ("2 en 3. ... 3. Indien ..."), before
    any other head. A numbered list inside an answer ("1. ... 2. ...") is neither."""
    if not heads:
        return []
    taken = {h.index for h in heads}
    last = max(h.index for h in heads)
    covered = {n for h in heads for n in h.numbers}
    out = []
    for k, head in enumerate(candidates):
        if head.index in taken or not set(head.numbers) <= covered:
            continue
        if head.index > last and len(head.numbers) > 1:
            out.append(head)
            continue
        before = candidates[k - 1] if k else None
        if (
            before is not None
            and before.index in taken
            and len(before.numbers) > 1
            and len(head.numbers) == 1
            and before.numbers[0] < head.numbers[0] <= before.numbers[-1]
        ):
            out.append(head)
    return out


def _out_of_order(lines: list[Line], known: set[int], heads: list[_Head], skip: set[int]) -> list[_Head]:
    """The heads of an answer numbered out of order ("3.", "1.", "2."): the heads the rising
    pass left aside that name the questions it left unanswered, rising among themselves,
    sorted in with the others; a group among them may name an answered question too ("1. en
    3." then "2. en 3."). Taken only when they answer every one of those questions, so that a
    numbered list inside an answer stays text."""
    missing = known - {n for h in heads for n in h.numbers}
    if not heads or not missing:
        return []
    taken = {h.index for h in heads}
    extra: list[_Head] = []
    for i, ln in enumerate(lines):
        found = match_head(ln.text) if i not in taken and i not in skip else None
        if not found or not set(found[0]) & missing or not set(found[0]) <= known:
            continue
        numbers, length = found
        if extra and numbers[0] <= extra[-1].numbers[0]:
            continue
        missing -= set(numbers)
        extra.append(_Head(i, numbers, length))
    return extra if extra and not missing else []


def _intro_numbers(
    lines: list[Line], question_numbers: tuple[int, ...], heads: list[_Head]
) -> tuple[int, ...]:
    """The questions an answer's opening serves: those it names that no numbered segment
    answers ("De antwoorden op de vragen 1, 2 en 3 behoren tot de bevoegdheid van ..."),
    else, when the numbering starts past the first question, the questions before it."""
    covered = {n for h in heads for n in h.numbers}
    text = " ".join(ln.text for ln in lines)
    found: list[int] = []
    for _, _, named in named_numbers(text, max(question_numbers, default=None)):
        found.extend(n for n in named if n in question_numbers and n not in covered)
    if not found and heads and question_numbers:
        # numbering that starts past 1: the opening answers the questions before it
        found = [n for n in question_numbers if n < heads[0].numbers[0] and n not in covered]
    return tuple(sorted(set(found)))


def named_numbers(
    text: str, last: int | None = None, places: bool = True
) -> list[tuple[int, int, tuple[int, ...]]]:
    """Where ``text`` names questions by number ("de vragen 2, 3 en 4", the lexicons'
    ``[numbering] intro_refs``) or, unless ``places`` is false, by place ("uw derde vraag",
    ``ordinals``; "uw laatste vraag" names ``last``, nothing when it is not given): the span
    of each name and the numbers it names, in order."""
    grammar = _grammar()
    found = []
    if grammar.intro_ref is not None:
        found = [
            (m.start(), m.end(), parse_numbers(m.group("nums"))) for m in grammar.intro_ref.finditer(text)
        ]
    if grammar.by_place is not None and places:
        for m in grammar.by_place.finditer(text):
            words = re.findall(r"[^\W\d_]+", m.group("places").lower())
            named = [grammar.places[w] or last for w in words if w in grammar.places]
            numbers = tuple(sorted({n for n in named if n}))
            if numbers and all(named):
                found.append((m.start(), m.end(), numbers))
    return sorted(found)


def names_the_question(text: str, within: int) -> bool:
    """Whether ``text`` speaks of the question as a whole in its first ``within`` words ("Deze
    vraag behoort tot de bevoegdheid van ..."): a word of the lexicons' ``[numbering]
    intro_refs`` with no number after it."""
    bare = _grammar().intro_word
    m = bare.search(text) if bare else None
    if not m or len(text[: m.start()].split()) > within:
        return False
    return not re.match(r"\s*(?:nr\.?\s*)?\d", text[m.end() :])


def names_the_others(text: str) -> bool:
    """Whether ``text`` speaks of the questions not answered yet ("De andere vragen behoren tot
    de bevoegdheid van ...", "Ik dien u voor uw verdere vragen ... te verwijzen", the lexicons'
    ``[numbering] others`` before an ``intro_refs`` word)."""
    others = _grammar().others
    return bool(others and others.search(text))


def make_segment(lines: list[Line], label: str, numbers: tuple[int, ...]) -> AnswerSegment:
    """An answer segment of ``lines`` (head already cut) with its tables."""
    found = find_tables(lines)
    hard: set[int] = set()
    for ft in found:
        hard.update(range(ft.first, ft.rows_end + 1))
        hard.update(k for k in range(ft.rows_end, ft.end) if lines[k].text.lstrip().startswith("*"))
        hard.add(ft.end)
    text, tmap, s, e = join_lines(lines, hard=frozenset(hard))
    return AnswerSegment(
        start=s,
        end=e,
        text=text,
        textmap=tmap,
        label=label,
        numbers=numbers,
        tables=tuple(sorted([*(ft.table for ft in found), *find_placeholders(lines)], key=lambda t: t.start)),
    )


# a number run into the figure or word before it ("8.256 m22. Dit gebouw", "2016: 1392. Hieronder",
# "brieven2. 99 brieven", "Brussel).- 3. De"): ``{n}`` is the number looked for
_GLUED = r"(?:(?<=[^\W_])|(?<=[\"”’)])|(?<=[-–]\s))(?P<n>{n})\.(?=\s+[A-Z\d]|[A-Z])"
_YEAR = re.compile(r"(?:19|20)\d\d")
_RUN = re.compile(r"(?P<decimal>\d[.,])?(?P<digits>\d+)$")  # the figure a number is run into


def _glued(lines: list[Line], heads: list[_Head], known: set[int]) -> list[Line]:
    """``lines`` with a break before every answer number that is missing from ``heads`` and
    is run into the figure or word before it, within the answer before it: "De totale
    oppervlakte is 8.256 m22. Dit gebouw is eigendom van bpost" answers question 2 when
    answer 1 is numbered and answer 2 is not. Only where one such number stands between the
    heads of the numbers around it, never the last digit of a year ("in 2016. De") or of a
    decimal ("1,24. De", "aanbeveling 2.33.")."""
    cuts: dict[int, list[int]] = {}
    for n in sorted(known - {k for h in heads for k in h.numbers}):
        before = [h for h in heads if h.numbers[-1] < n]
        after = [h.index for h in heads if h.numbers[0] > n]
        if not before:
            continue
        prev = max(before, key=lambda h: h.numbers[-1])
        stop = min(after, default=len(lines))
        pattern = re.compile(_GLUED.format(n=n))
        found = []
        for i in range(prev.index, stop):
            text = lines[i].text
            skip = prev.head_len if i == prev.index else 0
            for m in pattern.finditer(text, skip):
                # the figure it is run into, read over a break before it ("2.|33." is "2.33.")
                joined = i > 0 and lines[i - 1].end == lines[i].start
                run = _RUN.search((lines[i - 1].text if joined else "") + text[: m.start()])
                if run is None or not (
                    run.group("decimal") or _YEAR.fullmatch(run.group("digits") + m.group("n"))
                ):
                    found.append((i, m.start()))
        if len(found) == 1:
            i, at = found[0]
            cuts.setdefault(i, []).append(at)
    if not cuts:
        return lines
    out: list[Line] = []
    for i, ln in enumerate(lines):
        points = [0, *sorted(cuts.get(i, [])), len(ln.text)]
        out.extend(Line(ln.start + a, ln.start + b, ln.text[a:b]) for a, b in zip(points, points[1:]))
    return out


def segment_answer(lines: list[Line], question_numbers: tuple[int, ...]) -> AnswerPart:
    """Answer segments of the answer's lines, numbered, grouped or unnumbered."""
    start, end = _extent(lines)
    if not _nonblank(lines):
        return AnswerPart(start, end, (), "none")
    lines = _rejoined(lines, set(question_numbers) or None)
    heads = answer_heads(lines, question_numbers) if len(question_numbers) > 1 else []
    if heads:
        split = _glued(lines, heads, set(question_numbers))
        if split is not lines:
            lines, heads = split, answer_heads(split, question_numbers)
    if not heads and len(question_numbers) <= 1:
        # a single unit: a lone "1." head still counts as numbering, and so do the heads of an
        # unnumbered question's answer that opens on "1." ("1. Ja. / 2. Brugge (een persoon), ...")
        only = answer_heads(lines, question_numbers)
        heads = (
            only
            if only
            and not _nonblank(lines[: only[0].index])
            and (question_numbers or only[0].numbers[0] == 1)
            else []
        )
        if not question_numbers:
            heads = _counted(heads)
    if not heads:
        return AnswerPart(start, end, (make_segment(lines, "*", ()),), "unnumbered")
    segments: list[AnswerSegment] = []
    intro = lines[: heads[0].index]
    if _nonblank(intro):
        named = _intro_numbers(intro, question_numbers, heads)
        segments.append(make_segment(intro, label_for(named) if named else "intro", named))
    for k, head in enumerate(heads):
        stop = heads[k + 1].index if k + 1 < len(heads) else len(lines)
        seg_lines = _passage_lines(lines[head.index : stop], head)
        segments.append(make_segment(seg_lines, head.label or label_for(head.numbers), head.numbers))
    grouped = any(len(s.numbers) > 1 for s in segments)
    return AnswerPart(start, end, tuple(segments), "grouped" if grouped else "numbered")


def _counted(heads: list[_Head]) -> list[_Head]:
    """The heads of an unnumbered question's answer that count its parts from 1 up, each
    following the last number of the one before ("1.", "2. en 3.", "4."): a later "97." is text."""
    out: list[_Head] = []
    for head in heads:
        if head.numbers[0] != (out[-1].numbers[-1] if out else 0) + 1:
            break
        out.append(head)
    return out


_PART = re.compile(r"(?<![\w(])\(?(?P<label>[a-z]|i{1,3}|iv|vi{0,3}|ix|x)\)(?=\s)")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


_LETTERS = tuple("abcdefghijklmnopqrstuvwxyz")


def _part_markers(text: str, roman: bool = False) -> list[re.Match[str]]:
    """The ``(a) (b) (c)`` (or ``a) b)``, ``(i) (ii)``) markers of a text that run in
    sequence from the first letter; none unless there are at least two. With ``roman``, only the
    ``(i) (ii)`` series (the parts nested in a lettered part: "(b) how many (i) households and (ii)
    landowners")."""
    if ")" not in text:  # every marker ends in one: the pattern is not tried at each position
        return []
    found = list(_PART.finditer(text))
    for series in (_ROMAN,) if roman else (_LETTERS, _ROMAN):
        picked: list[re.Match[str]] = []
        for m in found:
            want = series[len(picked)] if len(picked) < len(series) else None
            if m.group("label") == want:
                picked.append(m)
        if len(picked) >= 2:
            return picked
    return []


# the word joining a part to the next ("(a) in 2022 en (b) in 2023", "(b) Basildon and (c) Essex",
# "and/or", "en/of"): no word of the part. One joiner only: a word before it is the part's ("(a) men
# in the care of and (b) ...": the English "of" is a preposition there)
_JOINER = r"(?:en|and|of|or)"
_JOINER_AT_END = re.compile(rf"[\s,;]+{_JOINER}(?:/{_JOINER})?$", re.IGNORECASE)


def inline_parts(unit: Question, roman: bool = False) -> Question:
    """The unit with its inline parts ``(a) ... (b) ...`` found: each part runs from its
    marker to the next marker or the unit's end, without the punctuation and the word ("en",
    "and", "of", "or") that join it to the next. With ``roman``, the ``(i) ... (ii) ...`` parts
    (``_part_markers``)."""
    markers = _part_markers(unit.text, roman)
    if not markers:
        return unit
    parts = []
    for k, m in enumerate(markers):
        end = markers[k + 1].start() if k + 1 < len(markers) else len(unit.text)
        chunk = unit.text[m.start() : end].rstrip(" ,;")
        bare = _JOINER_AT_END.sub("", chunk).rstrip(" ,;")
        if len(bare) > m.end() - m.start():  # words of its own beside the marker ("(a) of" stays)
            chunk = bare
        s, e = unit.source_span(m.start(), m.start() + len(chunk))
        parts.append(
            Passage(start=s, end=e, text=chunk, textmap=unit.textmap.slice(m.start(), m.start() + len(chunk)))
        )
    return dataclasses.replace(unit, parts=tuple(parts), part_labels=tuple(m.group("label") for m in markers))
