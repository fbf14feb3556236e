"""Aligning: which answer segments serve which sub-question.

By number first: a segment numbered ``2`` serves unit 2, a grouped segment (``3-5``)
serves each unit it names; a unit no head answers between two heads is served by the segment
before it, one after an answer's only head "1." by that segment where a sentence speaks of it
alone, and an unnumbered question answered in numbered parts by every part. An unnumbered answer
serving several units is split into paragraphs and the paragraphs assigned, in order, to the units
they match best in content; when that is not clear, the whole answer serves every unit. Each pair records
how it was aligned: ``number``, ``group``, ``content``, ``whole`` or ``none``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from . import text as text_layer
from .attribute import Attribution, SentenceUnits, attribute, lead_numbers, stems
from .segment import label_for, names_the_others
from .settings import Settings
from .types import AnswerSegment, Document, Pair, Question, TextMap

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


def _bag(text: str) -> Counter[str]:
    """Content words, cut to six letters so that inflections meet."""
    return Counter(w.lower()[:6] for w in _WORD.findall(text))


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))


def paragraphs(segment: AnswerSegment) -> list[AnswerSegment]:
    """The paragraphs of a segment as segments of their own (labelled ``p1``, ``p2``...),
    with offsets and tables of their own."""
    out = []
    for m in re.finditer(r"[^\n]+", segment.text):
        a, b = m.start(), m.end()
        start, end = segment.source_span(a, b)
        out.append(
            AnswerSegment(
                start=start,
                end=end,
                text=m.group(),
                textmap=segment.textmap.slice(a, b),
                label=f"p{len(out) + 1}",
                tables=tuple(t for t in segment.tables if start <= t.start < end),
            )
        )
    return out


def _merge(parts: list[AnswerSegment]) -> AnswerSegment:
    """Consecutive paragraphs as one segment labelled ``p2-4``."""
    if len(parts) == 1:
        return parts[0]
    first, last = parts[0], parts[-1]
    runs = []
    text = ""
    for p in parts:
        if text:
            text += "\n"
        runs.extend((c + len(text), s, n) for c, s, n in p.textmap.runs)
        text += p.text
    return AnswerSegment(
        start=first.start,
        end=last.end,
        text=text,
        textmap=TextMap(tuple(runs)),
        label=f"{first.label}-{last.label[1:]}",
        tables=tuple(t for p in parts for t in p.tables),
    )


def split_by_content(
    units: tuple[Question, ...], segment: AnswerSegment, settings: Settings
) -> list[AnswerSegment] | None:
    """Consecutive groups of paragraphs, one per unit in order, when every group matches
    its own unit better than any other unit by ``settings.split_min_margin``; else None."""
    paras = [p for p in paragraphs(segment) if p.text.strip()]
    k, n = len(units), len(paras)
    if k < 2 or n < k:
        return None
    qbags = [_bag(u.text) for u in units]
    pbags = [_bag(p.text) for p in paras]

    def group_sim(qi: int, a: int, b: int) -> float:
        bag: Counter[str] = Counter()
        for j in range(a, b):
            bag.update(pbags[j])
        return _cosine(qbags[qi], bag)

    # best[i][j]: best total for units[:i] over paras[:j]; choice[i][j]: where group i-1 starts
    neg = float("-inf")
    best = [[neg] * (n + 1) for _ in range(k + 1)]
    choice = [[0] * (n + 1) for _ in range(k + 1)]
    best[0][0] = 0.0
    for i in range(1, k + 1):
        for j in range(i, n - (k - i) + 1):
            for a in range(i - 1, j):
                if best[i - 1][a] == neg:
                    continue
                v = best[i - 1][a] + group_sim(i - 1, a, j)
                if v > best[i][j]:
                    best[i][j], choice[i][j] = v, a
    bounds = []
    j = n
    for i in range(k, 0, -1):
        a = choice[i][j]
        bounds.append((a, j))
        j = a
    bounds.reverse()
    for qi, (a, b) in enumerate(bounds):
        own = group_sim(qi, a, b)
        other = max(group_sim(oi, a, b) for oi in range(k) if oi != qi)
        if own <= 0 or own < other + settings.split_min_margin:
            return None
    return [_merge(paras[a:b]) for a, b in bounds]


def align(document: Document, settings: Settings | None = None) -> tuple[Pair, ...]:
    """The pairs of a document: every unit with the segments that serve it."""
    settings = settings or Settings()
    units = document.question.units
    segments = document.answer.segments
    numbered = [s for s in segments if s.numbers]
    if numbered:
        language, lexicon_dir = document.metadata.language, settings.lexicon_dir
        pairs = []
        for unit in units:
            if unit.number is None:
                # an unnumbered question answered in numbered parts ("1. Ja. 2. Brugge (een
                # persoon), ..."): every part serves it, labelled as written
                pairs.append(Pair(unit, tuple(numbered), "number"))
                continue
            serving = tuple(s for s in numbered if unit.number in s.numbers)
            if not serving:
                rest = (
                    _serving_the_rest(unit, numbered, language, lexicon_dir)
                    or _skipped(unit, numbered)
                    or _lone(unit, units, numbered, language, lexicon_dir, settings.attribute_min_words)
                )
                pairs.append(Pair(unit, rest, "group" if rest else "none"))
                continue
            elif any(len(s.numbers) > 1 for s in serving):
                method = "group"
            else:
                method = "number"
            pairs.append(Pair(unit, serving, method))
        return tuple(pairs)
    if not segments:
        return tuple(Pair(u, (), "none") for u in units)
    (whole,) = segments  # an answer without numbers is one segment
    if says_none(whole, document.metadata.language, settings.lexicon_dir):
        return tuple(Pair(u, (), "none") for u in units)
    if len(units) < 2:
        return tuple(Pair(u, (whole,), "whole") for u in units)
    language, lexicon_dir = document.metadata.language, settings.lexicon_dir
    named = split_by_name(units, whole, language, lexicon_dir, settings.others_lead_words)
    if named is not None:
        return _by_name(units, named)
    if settings.split_unnumbered:
        parts = split_by_content(units, whole, settings)
        if parts is not None:
            return tuple(Pair(u, (p,), "content") for u, p in zip(units, parts))
    said = attribute(whole, units, language, lexicon_dir, settings.attribute_min_words)
    # an answer that takes the units one by one in the questions' order and passes over a unit, no
    # sentence of it concerning that unit, leaves that unit unanswered (``passed_over``)
    # (the sentences beside it kept on the pair, which ``missing_answer`` names)
    pairs = []
    for u in units:
        near = passed_over(said, units, u.n)
        pairs.append(Pair(u, (), "none", near) if near is not None else Pair(u, (whole,), "whole"))
    return tuple(pairs)


def passed_over(said: Attribution, units: Sequence[Question], n: str) -> tuple[SentenceUnits, ...] | None:
    """For a unit ``n`` of an unnumbered answer that no sentence concerns (``said``, the answer's
    attribution), in an answer that takes the units one by one in the questions' order: its sentences
    that name units or share words with one unit alone (``named``, ``words``) speak of two units or
    more and come unit after unit, never back to an earlier one. Then the answer passes over the unit:
    the last such sentence of a unit before it and the first of a unit after it (one of them where it
    comes before the first or after the last unit spoken of) tell where ("Van 2009 tot 2013 werden
    veertien zaken ... geregistreerd in de Belgische correctionele parketten", unit 1, then "met
    betrekking tot eergerelateerd geweld, vrouwelijke genitale verminkingen", unit 3: nothing of the
    dossiers of the CGVS asked by unit 2, reference-dev 185964). None where a sentence concerns the unit,
    where one unit alone is spoken of, and where the answer comes back to an earlier unit: its words
    then place its sentences loosely, and those given to others may speak of this one too ("Het is
    inderdaad belangrijk dat het wetenschappelijk onderzoek ... kan worden verder gezet" and the funds
    asked of the brewers, given to the second question, answer the third, the same asked of the
    American brewery, be-kamer 189973; be-kamer 186783, 192442, 191266)."""
    if said.concerns(n):
        return None
    ns = [u.n for u in units]
    spoken = [
        s for s in said.sentences if s.how in ("named", "words") and set(s.units) <= set(ns) and s.units
    ]
    places = [sorted(ns.index(m) for m in s.units) for s in spoken]
    if len({i for p in places for i in p}) < 2 or any(a[-1] > b[0] for a, b in zip(places, places[1:])):
        return None
    here = ns.index(n)
    before = [s for s, p in zip(spoken, places) if p[-1] < here]
    after = [s for s, p in zip(spoken, places) if p[0] > here]
    return tuple(before[-1:] + after[:1])


_SAYS_NONE_CHARS = 400  # the longest answer read for saying it gives none: one or two sentences


def says_none(segment: AnswerSegment, language: str, lexicon_dir: str | None = None) -> bool:
    """Whether every sentence of an unnumbered answer says no answer is given ("It has not proved
    possible to respond to the hon. Member in the time available before Prorogation.", the
    lexicon's optional ``no_answer`` list): nothing in it addresses any unit (``LABELS.md``:
    ``missing_answer``, ``answer_ns`` []). Read on short answers only (``_SAYS_NONE_CHARS``)."""
    if not segment.text.strip() or len(segment.text) > _SAYS_NONE_CHARS:
        return False
    from .analyze import answer_cues

    cues = [c for c in answer_cues(segment.text, language, lexicon_dir) if c.kind == "no_answer"]
    return bool(cues) and all(
        any(s <= c.start < e for c in cues)
        for s, e, _ in text_layer.sentences(segment.text, language, lexicon_dir)
    )


def _serving_the_rest(
    unit: Question, numbered: list[AnswerSegment], language: str, lexicon_dir: str | None
) -> tuple[AnswerSegment, ...]:
    """For a unit no head answers: the first numbered segment that starts before it and speaks of the
    questions not answered yet ("2. Gelet op het antwoord op vraag 1, zijn de andere vragen niet
    meer relevant.", "De andere vragen behoren tot de bevoegdheid van ..."), which serves it;
    else none."""
    if unit.number is None:
        return ()
    for segment in numbered:
        if min(segment.numbers) >= unit.number:
            break
        if any(names_the_others(t) for _, _, t in text_layer.sentences(segment.text, language, lexicon_dir)):
            return (segment,)
    return ()


def _skipped(unit: Question, numbered: list[AnswerSegment]) -> tuple[AnswerSegment, ...]:
    """For a unit no head answers between two heads ("1." and "3." to three questions): the
    segment of the head before it, which goes on to it (``LABELS.md``'s grouped answer: "1."
    serves units 1 and 2 where there is no "2."); none for a unit after the last head, which
    the last segment may or may not speak of (but see ``_lone``)."""
    if unit.number is None or not any(min(s.numbers) > unit.number for s in numbered):
        return ()
    before = [s for s in numbered if max(s.numbers) < unit.number]
    return (_latest(before, numbered),) if before else ()


def _latest(segments: list[AnswerSegment], numbered: list[AnswerSegment]) -> AnswerSegment:
    """The segment of ``segments`` with the highest head, the later in ``numbered`` where two share it."""
    return max(segments, key=lambda s: (max(s.numbers), numbered.index(s)))


# content words the last of several segments shares with a unit after every head, and no other unit
# asks, for that segment to serve it (``_lone``; as ``attribute``'s strong words)
_TRAILING_WORDS = 2


def _lone(
    unit: Question,
    units: tuple[Question, ...],
    numbered: list[AnswerSegment],
    language: str,
    lexicon_dir: str | None,
    min_words: int,
) -> tuple[AnswerSegment, ...]:
    """For a unit after an answer's only head, "1." (or "1. en 2."): that segment, all the answer
    says, where one of its sentences speaks of that unit alone (``Attribution.direct``: names it,
    shares words with it alone or names a year it alone asks); the head numbers nothing past it
    (``corpus/gold/README.md``, readings22 reading 3: "1." serves units 1 to 3 with no "2.",
    be-kamer 184727; 185892). A second question that repeats the first for another place ("1. a)
    ... tussen Turnhout en Brussel", "2. a) ... tussen Brussel en Binche", be-kamer 192671) shares
    no word with the segment that the first does not: none serves it.
    For a unit after the last of several heads: the last segment, where it shares ``_TRAILING_WORDS``
    content words or more with that unit that no other unit asks (be-kamer 188377 "4.", why the
    reimbursement "verschilt" "afhankelijk van" the age, under "3."; 188847 "3.", the costs of
    question 1 split by tickets, charters, meals, under "2."); one such word tells nothing (be-kamer
    189762: "rusttijden" in Belgium under "2.", the neighbouring countries asked), nor do words the
    other units ask too (be-kamer 188767: nothing on a red line in Guinee)."""
    if unit.number is None or not numbered or any(max(s.numbers) >= unit.number for s in numbered):
        return ()
    if len(numbered) > 1:
        last = _latest(numbered, numbered)
        others = set().union(*(stems(u.text, language) for u in units if u is not unit))
        own = stems(unit.text, language) - others
        return (last,) if len(own & stems(last.text, language)) >= _TRAILING_WORDS else ()
    (only,) = numbered
    if min(only.numbers) != 1:
        return ()
    said = attribute(only, units, language, lexicon_dir, min_words)
    return (only,) if said.direct(unit.n) else ()


def _piece(segment: AnswerSegment, a: int, b: int, label: str, numbers: tuple[int, ...]) -> AnswerSegment:
    """``segment.text[a:b]`` as a segment of its own, with its offsets and tables."""
    start, end = segment.source_span(a, b)
    return AnswerSegment(
        start=start,
        end=end,
        text=segment.text[a:b],
        textmap=segment.textmap.slice(a, b),
        label=label,
        numbers=numbers,
        tables=tuple(t for t in segment.tables if start <= t.start < end),
    )


def split_by_name(
    units: tuple[Question, ...],
    segment: AnswerSegment,
    language: str,
    lexicon_dir: str | None = None,
    others_words: int = Settings.others_lead_words,
) -> list[tuple[AnswerSegment, tuple[int, ...]]] | None:
    """An unnumbered answer cut where its sentences open on the units they answer ("Wat de
    vragen 2, 3 en 4 betreft, verwijs ik ..."): each such sentence heads a part, running to the
    next, that serves the units it names; what comes before the first stays unnumbered
    (``*``) and serves the others. A part is labelled by the numbers it names when some
    sentence of the answer names numbers; an answer that names questions only by their place
    ("Voor de derde vraag ...") writes no number, and its parts stay unnumbered (``*``), as the
    readers label them. A sentence after such a part that opens on the questions not named yet
    ("Voor de andere vragen verwijs ik ...", within its first ``others_words`` words,
    ``Settings.others_lead_words``) heads a part that serves them, unnumbered (``*``).
    Each part with the units it serves. None when no sentence opens on a
    unit, when every sentence that opens on units names them all (it parts nothing), and when a
    unit is named by none and there is no such opening to serve it: the answer then goes on to
    the units it does not name, unnumbered."""
    numbers = [u.number for u in units if u.number is not None]
    sentences = text_layer.sentences(segment.text, language, lexicon_dir)
    cuts: list[tuple[int, tuple[int, ...]]] = []
    unwritten = set()  # the cuts that name no number: "Voor de andere vragen verwijs ik ..."
    for s, _, sentence in sentences:
        if named := lead_numbers(sentence, numbers):
            cuts.append((s, named))
        elif cuts and names_the_others(" ".join(sentence.split()[:others_words])):
            taken = {n for _, named in cuts for n in named}
            if rest := tuple(n for n in numbers if n not in taken):  # the units no part before names
                unwritten.add(len(cuts))
                cuts.append((s, rest))
    if not cuts or all(set(named) == set(numbers) for _, named in cuts):
        # sentences that each name every unit ("De vragen 1 tot 6 zijn dan ook niet van toepassing.",
        # once per body that answers, be-kamer 185864, 185826) part nothing: the whole serves every
        # unit, the opening with it, as the readers label it (``*``)
        return None
    opening = bool(segment.text[: cuts[0][0]].strip())
    if not opening and set(numbers) - {n for _, named in cuts for n in named}:
        return None  # "Wat uw eerste vraag betreft, ..." opens an answer that goes on to the others
    written = any(lead_numbers(sentence, numbers, places=False) for _, _, sentence in sentences)
    out = []
    if opening:
        end = len(segment.text[: cuts[0][0]].rstrip())
        out.append((_piece(segment, 0, end, "*", ()), ()))
    for k, (a, named) in enumerate(cuts):
        b = cuts[k + 1][0] if k + 1 < len(cuts) else len(segment.text)
        b = a + len(segment.text[a:b].rstrip())
        if written and k not in unwritten:
            piece = _piece(segment, a, b, label_for(named), named)
        else:
            piece = _piece(segment, a, b, "*", ())
        out.append((piece, named))
    return out


def _by_name(
    units: tuple[Question, ...], parts: list[tuple[AnswerSegment, tuple[int, ...]]]
) -> tuple[Pair, ...]:
    """Each unit with the parts that name it, else with the unnumbered opening."""
    opening = tuple(p for p, named in parts if not named)
    pairs = []
    for u in units:
        own = [(p, named) for p, named in parts if u.number in named]
        if own:
            method = "group" if any(len(named) > 1 for _, named in own) else "number"
            pairs.append(Pair(u, tuple(p for p, _ in own), method))
        else:
            pairs.append(Pair(u, opening, "whole" if opening else "none"))
    return tuple(pairs)
