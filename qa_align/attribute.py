"""Attributing: which sentences of an answer segment concern which of the units it serves.

A grouped segment ("1 en 2.") or an unnumbered answer to numbered questions serves several
units at once; each of its sentences is given to the unit(s) it concerns, so that a rule
reads, for a unit, only the sentences about it ("Voor vraag 3 verwijs ik naar de minister
van Financiën" is about unit 3, not about units 1 and 2 of the same segment). Three signals,
strongest first:

- ``named``: the sentence names units by number ("Wat de vragen 2, 3 en 4 betreft", the
  ``[numbering] intro_refs`` of the lexicon). A sentence that opens on such a name
  (``lead``) speaks for the sentences after it too, until another signal.
- ``words``: the sentence shares content words with one unit alone, more of them than with
  any other unit (words shared by several units of the segment tell nothing). A sentence
  that says the data are missing, points elsewhere or hands the matter over speaks for the
  segment as a whole ("Voor de werknemers die een artistieke activiteit uitvoeren zijn er
  slechts gegevens beschikbaar vanaf 2014" to three questions on the same figures): one such
  word does not take it from the others when it shares words with their questions too; two do.
- ``data``: a missing-data sentence given to one unit by its words, the lexicon's data words read
  as one word (``data_words``); it speaks for itself only, not for the sentences around it
  (``order``).
- ``year``: a sentence that names a year (or a period, "van 2012 tot en met 2016") that one unit
  alone asks figures for (a sentence of its question that holds a data word), with no name, no two
  words of one unit alone and no word for the question as a whole ("kan de NMBS deze vraag nog niet
  beantwoorden"): that unit's ("De cijfers voor
  het jaar 2016 zijn nog niet gekend" to "Hoeveel ANPR-camera's waren er ... actief in 2012, 2013,
  2014, 2015 en 2016?", not to the two questions beside it that ask splits of the same figures). A
  year inside a date ("de wet van 4 december 2012") or the session of a document cited ("Kamer,
  2016-2017") names none, nor does an item of a list ("- de resultaten van een enquete bij
  vrachtwagenbestuurders 2016."), and the years of a question's preamble are not asked. Like ``data``,
  it speaks for itself only, not for the sentences around it (an annex note after it, be-kamer 184655).
- ``ahead``: a deferral (a ``holding`` cue, no missing-data, pointer or hand-over cue beside it) that no
  name and no two words of one unit alone place goes to the units whose question asks about what is
  still to come (``asks_ahead``: a future form of the lexicon's ``[cues] future``), where some units of
  the segment ask so and some do not: "Aangezien deze procedure nog aan de gang is ... kan ik u geen
  verdere informatie geven ..." to "Binnen welke termijn zal u een oplossing aanreiken?", not to
  "Bevestigt u ... dat het farmabedrijf een nieuwe aanvraag ... heeft ingediend?" (be-kamer 191455), which
  the one word "geneesmiddel" named. Like ``data``, it speaks for itself only.
- ``order``: a sentence with neither signal, standing between two sentences of the same
  unit, or after a lead name, concerns that unit.
- ``most``: a sentence that speaks for the segment (a missing-data, pointer or hand-over cue) with
  no signal of its own that neither ``order`` nor the range between two units' sentences gives to
  some units concerns the units whose questions share the most of its words, at least
  ``_STRONG_WORDS`` more than any other unit ("Ik beschik niet over de cijfers van de gefedereerde
  ziekenwagendiensten" to the two questions that count ambulances, be-kamer 189442, not to those on
  the start date or the staff's training); words shared by several units count here, as they do not
  for ``words``. Like ``data``, it speaks for itself only.
- ``asked``: a missing-data sentence (its cues that speak for the segment all missing data, no deferral
  among its cues) that neither ``order``, the range nor ``most`` gives to some units concerns the units
  that ask what data would answer (``asks_data``: figures, a data word, a yes or no, an item of a list that
  a shared opening ending in a colon asks) and those a content word of their own names, where some units of the segment ask it and some do not ("De
  statistische gegevensbank ... laat het momenteel niet toe van hierover betrouwbare statistieken te
  genereren" to the average term and its evolution, be-kamer 187824, not to the comparison with the
  other EU countries or the measures taken). Like ``data``, it speaks for itself only.
- ``back``: a sentence with no signal of its own that opens by pointing back to what the sentence
  before it spoke of (``[numbering] back_openers``: "Voor die gegevens verwijs ik u naar mijn collega
  van Binnenlandse Zaken" after "Ik beschik niet over de gegevens betreffende het aantal personen die
  ... een boete hebben gekregen", be-kamer 192447; "Hiervoor", "Daarvoor") concerns the units of that
  sentence, when it concerns fewer than all.

A sentence that concerns no one unit in particular concerns them all (``all``), and so
does one that opens on the question as a whole ("Deze vraag behoort tot de bevoegdheid van ..."). Offsets are
into the segment's cleaned text, as ``AnswerAnalysis``'s are.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import sys
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from . import text as text_layer
from .segment import named_numbers, names_the_others, names_the_question
from .types import AnswerSegment, Question

How = Literal["named", "words", "data", "year", "ahead", "most", "asked", "order", "back", "all"]

# content words: letters only, at least five (short words are mostly function words),
# cut to six letters so that inflections meet ("dossiers", "dossier")
_CONTENT = re.compile(r"[^\W\d_]{5,}", re.UNICODE)
_CUT = 6  # letters ``stems`` keeps of a content word
_DATA = "<data>"  # the data words of a missing-data sentence and of a question, read as one word
_STRONG_WORDS = 2  # words shared with one unit alone that give it a sentence speaking for all
_LEAD_WORDS = 4  # words before a unit's number for the name to open the sentence
# words before "vraag" in a sentence that hands the matter over (``handed``) for it to speak of the
# question as a whole: "Ik informeer het geachte lid dat zijn vraag onder de bevoegdheid valt van ..."
_HANDED_LEAD_WORDS = 8


@dataclass(frozen=True)
class SentenceUnits:
    """One sentence of a segment and the units (their ``n``) it concerns."""

    start: int
    end: int
    text: str
    units: tuple[str, ...]
    how: How


@dataclass(frozen=True)
class Attribution:
    """A segment's sentences given to the units it serves."""

    start: int  # the segment's source span
    end: int
    label: str
    units: tuple[str, ...]
    sentences: tuple[SentenceUnits, ...]

    def of(self, n: str) -> tuple[SentenceUnits, ...]:
        """The sentences that concern unit ``n``."""
        return tuple(s for s in self.sentences if n in s.units)

    def concerns(self, n: str) -> bool:
        return any(n in s.units for s in self.sentences)

    def direct(self, n: str) -> tuple[SentenceUnits, ...]:
        """The sentences that name unit ``n``, share words with it alone or name a year it alone asks."""
        return tuple(s for s in self.sentences if s.how in ("named", "words", "year") and s.units == (n,))


@lru_cache(maxsize=4)
def _stop_words(language: str) -> frozenset[str]:
    """spaCy's function words of ``language`` ("hebben", "worden", "whether"), none when it has none.
    Where spaCy is not imported yet, its file of them is run alone (``_stop_words_file``): importing
    the module imports spaCy (1-4 s), which the rows stage's process has no other use for; where that
    file is not found, the module is imported."""
    name = f"spacy.lang.{language}.stop_words"
    if name not in sys.modules and language.isascii() and language.isalpha():
        found = _stop_words_file(language)
        if found is not None:
            return found
    try:
        module = importlib.import_module(name)
    except ImportError:
        return frozenset()
    return frozenset(module.STOP_WORDS)


def _stop_words_file(language: str) -> frozenset[str] | None:
    """``STOP_WORDS`` of spaCy's ``lang/LANGUAGE/stop_words.py`` (a module that imports nothing),
    run as a module of its own without importing spaCy; None where spaCy or that file is not found
    there (another layout, no such language: the caller imports the module)."""
    spec = importlib.util.find_spec("spacy")  # a top-level package: found, not imported
    if spec is None or spec.origin is None:
        return None
    path = os.path.join(os.path.dirname(spec.origin), "lang", language, "stop_words.py")
    found = importlib.util.spec_from_file_location(f"_qa_align_stop_words_{language}", path)
    if found is None or found.loader is None or not os.path.isfile(path):
        return None
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def function_words(language: str) -> frozenset[str]:
    """spaCy's function words of ``language`` (``STOP_WORDS``: "tussen", "dan", "between"), read as
    ``stems`` reads them; none when spaCy has no list for it."""
    return _stop_words(language)


def stems(text: str, language: str) -> set[str]:
    """The content words of ``text``: not function words, lower-cased and cut to six letters (a set
    of the caller's own)."""
    return set(_stems_kept(text, language))


@lru_cache(maxsize=2048)
def _stems_kept(text: str, language: str) -> frozenset[str]:
    """``stems`` kept per text and language (speed59): ``_attribute`` reads every unit's question
    text again for each segment of the answer (a unit's bag of words), and the scoring's unit counts
    read the question texts once more; a text's stems depend on nothing else (``_stop_words`` of
    the language is fixed for the process)."""
    stop = _stop_words(language)
    return frozenset(w[:_CUT] for w in map(str.lower, _CONTENT.findall(text)) if w not in stop)


def opening_concerns(
    matter: str, question: str, own: str, language: str, handover: Collection[str] = frozenset()
) -> bool:
    """Whether a hand-over sentence of a numbered answer's opening, which serves no unit (the text
    before "1."), concerns a unit: ``matter`` (its words before the hand-over's own: what is handed
    over) shares a content word with the unit's ``question`` that the unit's ``own`` answer does not
    hold, the part of what was asked left to the other body ("Er dient
    voorafgaandelijk te worden opgemerkt dat deradicaliseringstrajecten tot de bevoegdheden van de
    Gemeenschappen behoren" for "Hoeveel van hen volgen thans een deradicaliseringstraject?", whose
    answer "3." counts the detained only, be-kamer 190666; not for the count of the dead, nor where
    the unit's answer takes the word up itself). The stems of ``handover``, the words of the lexicon's
    hand-over and remit phrases, are no matter: a body named before a verb-final remit word ("waarvoor
    mijn collega minister van Binnenlandse Zaken bevoegd is") shares "collega" with "samen met de
    bevoegde collega's", not a matter asked (be-kamer 190385 3)."""
    matter_stems = stems(matter, language) - set(handover)
    return bool((matter_stems & stems(question, language)) - stems(own, language))


def lead_numbers(sentence: str, numbers: Sequence[int], places: bool = True) -> tuple[int, ...]:
    """The unit numbers a sentence opens on ("Wat de vragen 2, 3 en 4 betreft, ...",
    "Vraag 3: ...", unless ``places`` is false "Wat uw derde vraag betreft, ..."): named within
    its first words, all among ``numbers``; else empty."""
    for start, _, named in named_numbers(sentence, max(numbers, default=None), places):
        if len(text_layer.words(sentence[:start])) > _LEAD_WORDS:
            break
        if named and set(named) <= set(numbers):
            return named
    return ()


def _named(sentence: str, units: Sequence[Question]) -> tuple[str, ...]:
    """The units a sentence opens on by number ("Voor vraag 3 verwijs ik ..."). A number
    named later in the sentence ("zoals vermeld in het antwoord op vraag 2") points to that
    unit's answer rather than saying what the sentence is about."""
    numbers = [u.number for u in units if u.number is not None]
    lead = lead_numbers(sentence, numbers)
    return tuple(u.n for u in units if u.number in lead)


def attribute(
    segment: AnswerSegment,
    units: Sequence[Question],
    language: str,
    lexicon_dir: str | None = None,
    min_words: int = 1,
    common: Collection[int] = (),
    handed: Collection[int] = (),
    pointers: Collection[int] = (),
    missing: Collection[int] = (),
    data_words: Collection[str] = (),
    unsaid: Collection[tuple[int, int]] = (),
    asks_figures: Callable[[Question], bool] | None = None,
    asks_data: Callable[[Question], bool] | None = None,
    deferred: Collection[int] = (),
    ahead: Callable[[Question], bool] | None = None,
    handed_phrases: Collection[int] = (),
) -> Attribution:
    """Each sentence of ``segment`` with the units among ``units`` it concerns.
    ``min_words``: exclusive content words a sentence needs to be given to a unit by its words.
    ``common``: offsets of cues that speak for the segment as a whole (missing data, a pointer,
    a hand-over): a sentence holding one is given to a unit by its words only when it shares
    ``_STRONG_WORDS`` with that unit alone or no word with any other unit's question.
    ``handed``: offsets of hand-over cues (``deflection``): a sentence holding one speaks of the
    question as a whole, and so concerns every unit, when "vraag" stands among its first
    ``_HANDED_LEAD_WORDS`` words ("Ik informeer het geachte lid dat zijn vraag onder de
    bevoegdheid valt van ..."), not only among the first ``_LEAD_WORDS``.
    ``pointers``: offsets of the lexicon's pointers to another text (``cross_reference``,
    ``cross_reference_opening``): a sentence holding one that shares one content word with one
    unit alone, fewer than ``_STRONG_WORDS``, concerns every unit the segment serves (to the
    sentences around it, it still speaks for that unit): the words of a pointer name the text pointed
    to ("Er wordt verwezen naar het reeds gegeven antwoord op de vragen ..." shares "antwoord" with
    "Biedt het Europese niveau een gecoordineerd antwoord?"; "... naar het antwoord van ... de
    staatssecretaris voor ... Noordzee" shares "Noordzee" with the second of two questions).
    ``missing``: offsets of missing-data cues (``no_information``); ``data_words``: the lexicon's
    words for data ("gegevens", "cijfers", "statistieken", "hoeveel"). In a sentence holding a
    missing-data cue they are one word, which every question naming data in any of them holds
    ("arbeidsongevallencijfers", "beschikbare gegevens", "In hoeveel dossiers"): "Wij beschikken
    niet over gegevens ..." meets the three such questions alike, and still the one question
    about the figures among questions about other matters ("Klopt het gebruikte cijfermateriaal?").
    ``unsaid``: spans of the lexicon's missing-data phrases ("beschikken niet over"): in such a
    sentence their words name no matter either ("beschikken" does not meet "Kunt u aan de hand van
    de beschikbare gegevens ...?" more than the other questions).
    ``asks_figures``: whether a unit asks figures (``coverage.asked``); a sentence naming a year that
    one unit alone asks figures for goes to that unit (``year``, ``_AskedYears``); None: no such
    signal (pairing).
    ``asks_data``: whether a unit asks what data would answer (``DocContext._asks_data``); a missing-data
    sentence of no unit of its own goes to those units when some ask it and some do not (``asked``);
    ``deferred``: offsets of deferral cues (``holding``): a missing-data sentence holding one ("Het is dus
    nog te vroeg om correcte cijfers te hebben en een eerste evaluatie te kunnen uitvoeren") is left to
    every unit; None and empty: no such signal (pairing).
    ``ahead``: whether a unit asks about what is still to come (``asks_ahead``: a future form of the
    lexicon's ``[cues] future`` in its question sentences); a deferral sentence (``deferred``) with no cue
    of ``common`` that no name and no two words of one unit alone give to a unit goes to those units when
    some ask ahead and some do not (``ahead``); None: no such signal.
    ``handed_phrases``: offsets of the lexicon's hand-over phrases (``[cues] deflection``, not the cue
    classifier's): in a segment headed by several units' numbers ("3 en 4. Het is aan de ondernemingen om
    promotiecampagnes op te zetten"), a sentence holding one that names no unit concerns every unit the
    segment serves (``together``), as the readers read it.
    A segment whose head names the units it answers ("1 en 2.") answers each of them: a unit
    that none of its sentences concerns gets those not named for another unit. An unnumbered
    answer may leave a unit without any sentence (nothing in it addresses the unit); such a unit gets
    the sentences that hold a missing-data or pointer cue or a deferral (``_left_to_bare``)."""
    # the units a numbered segment serves beyond its head's numbers: those it names as "de andere vragen"
    rest = tuple(u.n for u in units if segment.numbers and u.number not in segment.numbers)
    said = _attribute(
        segment,
        units,
        language,
        lexicon_dir,
        min_words,
        rest,
        common,
        handed,
        pointers,
        missing,
        data_words,
        unsaid,
        asks_figures,
        asks_data,
        deferred,
        ahead,
        handed_phrases,
    )
    if not segment.numbers:
        return _left_to_bare(said, (set(common) - set(handed)) | set(deferred))
    bare = [n for n in said.units if not said.concerns(n)]
    if not bare:
        return said
    sentences = tuple(
        s
        if s.how == "named"
        else SentenceUnits(
            s.start, s.end, s.text, tuple(n for n in said.units if n in s.units or n in bare), s.how
        )
        for s in said.sentences
    )
    return Attribution(said.start, said.end, said.label, said.units, sentences)


def _left_to_bare(said: Attribution, cues: Collection[int]) -> Attribution:
    """An unnumbered answer's sentences with the units that no sentence concerns (``bare``) added to
    those that hold one of ``cues`` (a missing-data or pointer cue, a deferral; a hand-over alone is
    none) and are not named for a unit: such a sentence speaks for the units nothing else in the
    answer addresses ("Er wordt verwezen naar de minister van Binnenlandse Zaken, gelet op diens
    bevoegdheid ter zake", the whole answer to two questions, given by "bevoegdheid" to the second,
    be-kamer 186589). Nothing changes where every unit has a sentence."""
    bare = [n for n in said.units if not said.concerns(n)]
    if not bare or len(said.units) < 2:
        return said
    sentences = tuple(
        SentenceUnits(
            s.start, s.end, s.text, tuple(n for n in said.units if n in s.units or n in bare), s.how
        )
        if s.how != "named" and any(s.start <= c < s.end for c in cues)
        else s
        for s in said.sentences
    )
    return Attribution(said.start, said.end, said.label, said.units, sentences)


def _attribute(
    segment: AnswerSegment,
    units: Sequence[Question],
    language: str,
    lexicon_dir: str | None,
    min_words: int,
    rest: tuple[str, ...] = (),
    common: Collection[int] = (),
    handed: Collection[int] = (),
    pointers: Collection[int] = (),
    missing: Collection[int] = (),
    data_words: Collection[str] = (),
    unsaid: Collection[tuple[int, int]] = (),
    asks_figures: Callable[[Question], bool] | None = None,
    asks_data: Callable[[Question], bool] | None = None,
    deferred: Collection[int] = (),
    ahead: Callable[[Question], bool] | None = None,
    handed_phrases: Collection[int] = (),
) -> Attribution:
    ns = tuple(u.n for u in units)
    cut = text_layer.sentences(segment.text, language, lexicon_dir)
    if len(units) < 2:
        sentences = tuple(SentenceUnits(s, e, t, ns, "all") for s, e, t in cut)
        return Attribution(segment.start, segment.end, segment.label, ns, sentences)
    data = _DataWords(frozenset(data_words)) if missing else None
    bags = [stems(u.text, language) | (data.of(u.text) if data else set()) for u in units]
    exclusive = [b - set().union(*(o for j, o in enumerate(bags) if j != i)) for i, b in enumerate(bags)]
    asked_years = _AskedYears(units, language, lexicon_dir, asks_figures)
    # the units that ask about what is still to come, where some do and some do not (``ahead``)
    waiting = tuple(u.n for u in units if ahead(u)) if ahead is not None and deferred else ()
    if len(waiting) == len(units):
        waiting = ()
    direct: list[tuple[tuple[str, ...], How, bool]] = []  # units, how, opens a scope
    spread: set[int] = set()  # sentences given to every unit (``pointers``)
    # the lexicon's hand-overs in a segment headed by several units' numbers ("3 en 4.") that name no unit:
    # every unit's (``handed_phrases``)
    together: set[int] = set()
    whole: set[int] = set()  # sentences about the question as a whole
    back: set[int] = set()  # sentences of no signal that open by pointing back (``back_openers``)
    openers = _back_openers(language, lexicon_dir)
    cued: set[int] = set()  # sentences holding a cue that speaks for the segment (``common``)
    mostly: dict[int, tuple[str, ...]] = {}  # such sentences of no signal: the units sharing most (``_most``)
    lacking: set[int] = set()  # sentences whose cues for the segment are all missing data (``asked``)
    own: dict[int, tuple[str, ...]] = {}  # such sentences: the units a content word of their own names
    for start, end, sentence in cut:
        held = [c for c in common if start <= c < end]
        if held and not names_the_question(sentence, len(sentence.split())):
            cued.add(len(direct))  # "De tabellen bij het antwoord op deze vraag ...": every unit's
            if all(c in missing for c in held) and not any(start <= c < end for c in deferred):
                lacking.add(len(direct))
        named = _named(sentence, units)
        if named:
            direct.append((named, "named", True))
            continue
        if rest and names_the_others(sentence):  # "De andere vragen behoren tot ..."
            direct.append((rest, "named", True))
            continue
        if len(segment.numbers) > 1 and any(start <= c < end for c in handed_phrases):
            together.add(len(direct))
        lead = _HANDED_LEAD_WORDS if any(start <= c < end for c in handed) else _LEAD_WORDS
        if names_the_question(sentence, lead):  # "Deze vraag behoort tot ...": all of it
            direct.append(((), "all", False))
            whole.add(len(direct) - 1)
            continue
        lacks = data is not None and any(start <= c < end for c in missing)
        words = stems(_blanked(sentence, start, unsaid) if lacks else sentence, language)
        if data is not None and lacks:
            words = {w for w in words if not data.names(w)} | data.of(sentence)
        matter = words - {_DATA}  # the data words name no matter
        hits = [len(words & x) for x in exclusive]
        if len(direct) in lacking:  # a word of a unit's own keeps the sentence with that unit (``asked``)
            own[len(direct)] = tuple(n for n, x in zip(ns, exclusive) if matter & x)
        best = max(hits)
        i = hits.index(best)
        # a cue that speaks for the whole segment, one word of one unit alone beside words of others
        weak = (
            best < _STRONG_WORDS
            and any(start <= c < end for c in common)
            and any(matter & b for j, b in enumerate(bags) if j != i)
        )
        if (
            best < _STRONG_WORDS
            and not names_the_question(sentence, len(sentence.split()))
            and not _LIST_ITEM.match(sentence)
        ):
            dated = _dated(sentence, asked_years, language, lexicon_dir)
            if dated is not None:  # a year one unit alone asks: that unit's
                direct.append(((ns[dated],), "year", False))
                continue
        if (
            waiting
            and best < _STRONG_WORDS
            and any(start <= c < end for c in deferred)
            and not any(start <= c < end for c in common)
            and not names_the_question(sentence, len(sentence.split()))
        ):
            # a deferral that no name and no two words of one unit alone place: the units that ask
            # what is still to come ("Aangezien deze procedure nog aan de gang is ... kan ik u geen
            # verdere informatie geven" to "Binnen welke termijn zal u een oplossing aanreiken?", not
            # to "Bevestigt u ... dat het farmabedrijf een nieuwe aanvraag ... heeft ingediend?")
            direct.append((waiting, "ahead", False))
            continue
        if best >= min_words and hits.count(best) == 1 and not weak:
            direct.append(((ns[i],), "data" if lacks else "words", False))
            if best < _STRONG_WORDS and any(start <= c < end for c in pointers):
                # a pointer whose one shared word may name the text pointed to ("antwoord"): every
                # unit's, while it still speaks for that unit to the sentences around it
                spread.add(len(direct) - 1)
        else:
            # a cue that speaks for the segment, no unit of its own: the units whose questions share
            # the most of its words, two more than any other ("Ik beschik niet over de cijfers van de
            # gefedereerde ziekenwagendiensten" to the two questions on those services' figures)
            most = (
                _most(words, bags, ns)
                if any(start <= c < end for c in common)
                and not names_the_question(sentence, len(sentence.split()))
                else ()
            )
            if most:
                mostly[len(direct)] = most
            if _opens_on(sentence, openers):
                back.add(len(direct))
            direct.append(((), "all", False))
    out: list[SentenceUnits] = []
    for k, (s, e, sentence) in enumerate(cut):
        units_, how, _ = direct[k]
        if k in spread or k in together:
            units_, how = ns, "all"
        elif k in back and out and out[-1].how != "all":
            units_, how = out[-1].units, "back"
        elif how == "all":
            units_, how = _filled(direct, k), "order"
            if not units_ and k in cued and k not in whole:
                units_ = _between(direct, k, ns, spread)
            if not units_ and k in mostly:
                units_, how = mostly[k], "most"
            if not units_ and k in lacking:
                units_, how = _asking(units, asks_data, own.get(k, ())), "asked"
            if not units_:
                units_, how = ns, "all"
        out.append(SentenceUnits(s, e, sentence, units_, how))
    return Attribution(segment.start, segment.end, segment.label, ns, tuple(out))


def _asking(
    units: Sequence[Question], asks_data: Callable[[Question], bool] | None, named: Collection[str] = ()
) -> tuple[str, ...]:
    """The units that ask data (``asks_data``) and those ``named`` by a content word of their own, when
    they are not every unit and some ask data; else none."""
    if asks_data is None:
        return ()
    who = tuple(u.n for u in units if asks_data(u))
    if not who:
        return ()
    kept = tuple(u.n for u in units if u.n in who or u.n in named)
    return kept if len(kept) < len(units) else ()


def _most(words: set[str], bags: Sequence[set[str]], ns: tuple[str, ...]) -> tuple[str, ...]:
    """The units whose questions share the most of ``words`` (a sentence's content words, read as
    ``attribute`` reads them), when they share at least ``_STRONG_WORDS`` more than any other unit;
    else none (every unit shares as many, or nearly)."""
    hits = [len(words & b) for b in bags]
    top = max(hits, default=0)
    rest = max((h for h in hits if h < top), default=None)
    if rest is None or top - rest < _STRONG_WORDS:
        return ()
    return tuple(n for n, h in zip(ns, hits) if h == top)


# a run of letters: the words ``_opens_on`` compares
_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8)
def _back_openers(language: str, lexicon_dir: str | None) -> tuple[tuple[str, ...], ...]:
    """The words of ``[numbering] back_openers``, lower-cased."""
    from .lexicon import load_lexicon

    return tuple(
        tuple(p.lower().split())
        for p in load_lexicon(language, lexicon_dir).phrases("numbering", "back_openers")
    )


def _opens_on(sentence: str, openers: Sequence[tuple[str, ...]]) -> bool:
    """Whether ``sentence``'s first words are those of one of ``openers`` ("Voor die gegevens ...")."""
    first = [w.lower() for w in _LETTERS.findall(sentence[:120])]
    return any(tuple(first[: len(o)]) == o for o in openers if o)


@dataclass(frozen=True)
class _DataWords:
    """The lexicon's words for data, read as one word (``_DATA``) by ``attribute``."""

    words: frozenset[str]

    def names(self, word: str) -> bool:
        """Whether a content word (cut as ``stems`` cuts it, or whole) is, opens on or ends on a
        data word ("cijfermateriaal", "arbeidsongevallencijfers")."""
        return any(word[:_CUT] == w[:_CUT] or (len(w) >= _CUT and word.endswith(w)) for w in self.words)

    def of(self, text: str) -> set[str]:
        """``{_DATA}`` when ``text`` names data, else empty."""
        found = any(self.names(w) for w in map(str.lower, re.findall(r"[^\W\d_]+", text)))
        return {_DATA} if found else set()


def data_words_of(words: frozenset[str], text: str) -> bool:
    """Whether ``text`` names data: a word that is, opens on or ends on one of ``words`` (the lexicon's
    ``data_words``, read as ``attribute`` reads them)."""
    return bool(_DataWords(words).of(text))


def _blanked(sentence: str, start: int, spans: Collection[tuple[int, int]]) -> str:
    """``sentence`` (starting at offset ``start`` of its segment) with the words of ``spans`` blanked out."""
    chars = list(sentence)
    for a, b in spans:
        for k in range(max(a - start, 0), min(b - start, len(chars))):
            chars[k] = " "
    return "".join(chars)


# an item of a list ("- de resultaten van een enquete bij vrachtwagenbestuurders 2016.", "o herbevestiging van
# een BGV: ... sinds 2015 ..."): its year names the item, the list goes with the sentence that opens it
_LIST_ITEM = re.compile(r"\s*(?:[-–•*]|o\s)")
_ALONE = ("all", "data", "year", "ahead")  # sentences that speak for no sentence around them (``_filled``)


class _AskedYears:
    """The years each unit names (``coverage.years_named`` of its words, its preamble, the statements
    before its first question sentence, left out: "Hoeveel ANPR-camera's waren er ... actief in 2012,
    2013, 2014, 2015 en 2016?", "Welke trend is waarneembaar voor 2016? Graag cijfers ...") and whether it
    asks figures (``asks_figures``, ``coverage.asked``). A sentence goes by its year only to a unit that
    asks figures ("Welke dossiers werden ... in de tweede jaarhelft van 2016 ... onder uw aandacht
    gebracht?" asks none), and not where a unit asks figures and names no year: it may ask them for the
    years the others name ("Hoeveel daarvan gebeurden op EU-kosten?"). Found for the first sentence that
    names a year; none without ``asks_figures``."""

    def __init__(
        self,
        units: Sequence[Question],
        language: str,
        lexicon_dir: str | None,
        asks_figures: Callable[[Question], bool] | None,
    ) -> None:
        self.units = units
        self.language = language
        self.lexicon_dir = lexicon_dir
        self.asks_figures = asks_figures
        self._years: list[tuple[frozenset[int], bool]] | None = None

    def of(self) -> list[tuple[frozenset[int], bool]]:
        """Per unit, the years it names and whether it asks figures."""
        if self._years is None:
            self._years = [self._asked(u) for u in self.units] if self.asks_figures else []
        return self._years

    def _asked(self, unit: Question) -> tuple[frozenset[int], bool]:
        from .coverage import years_named

        years = years_named(
            _asked_text(unit.text, self.language, self.lexicon_dir), self.language, self.lexicon_dir
        )
        return years, self.asks_figures is not None and self.asks_figures(unit)


def _asked_text(text: str, language: str, lexicon_dir: str | None) -> str:
    """``text`` from its first sentence that is no statement before the first question sentence (as
    ``coverage.asked`` reads a preamble: a full stop at its end, no colon or semicolon, no request, no
    question word first); the whole of it where no sentence ends in "?"."""
    from .analyze import is_request, opens_with_question_word

    cut = text_layer.sentences(text, language, lexicon_dir)
    if not any(t.rstrip().endswith("?") for _, _, t in cut):
        return text
    for start, _, sentence in cut:
        stated = (
            sentence.rstrip().endswith(".")
            and not re.search(r"[:;]", sentence)
            and not is_request(sentence, language, lexicon_dir)
            and not opens_with_question_word(sentence, language, lexicon_dir)
        )
        if not stated:
            return text[start:]
    return text


def _dated(sentence: str, asked: _AskedYears, language: str, lexicon_dir: str | None) -> int | None:
    """The index of the one unit that names a year ``sentence`` names (``coverage.years_named``), when
    exactly one unit does, that unit asks figures and every unit that asks figures names years of its
    own; else None ("Zult u de platformen ... in 2017 verlengen?" beside "Welke budgetten zult u voor
    2017 uittrekken ...?": 2017 tells neither)."""
    from .coverage import names_year, years_named

    if not names_year(sentence):
        return None
    years = years_named(sentence, language, lexicon_dir)
    if not years:
        return None
    of = asked.of()
    if any(figures and not named for named, figures in of):  # figures asked of no year: maybe these
        return None
    who = [i for i, (named, _) in enumerate(of) if named & years]
    return who[0] if len(who) == 1 and of[who[0]][1] else None


def _filled(direct: list[tuple[tuple[str, ...], How, bool]], k: int) -> tuple[str, ...]:
    """The units of sentence ``k``, which has no signal of its own, from its neighbours (a ``data``
    or ``year`` sentence is none): those
    of the last sentence before it with a signal, when that one opened on a unit's name or the
    next one with a signal concerns the same units; else none. Position alone (a sentence
    after unit 1's, before unit 4's) does not decide: it may answer units 2 and 3."""
    before = next((direct[j] for j in range(k - 1, -1, -1) if direct[j][1] not in _ALONE), None)
    if before is None:
        return ()
    after = next((direct[j] for j in range(k + 1, len(direct)) if direct[j][1] not in _ALONE), None)
    if before[2] or (after is not None and after[0] == before[0]):
        return before[0]
    return ()


def _between(
    direct: list[tuple[tuple[str, ...], How, bool]], k: int, ns: tuple[str, ...], spread: Collection[int]
) -> tuple[str, ...]:
    """The units of a sentence ``k`` that speaks for the segment (a missing-data, pointer or hand-over
    cue) with no signal of its own, standing between sentences of different units: the units from the
    first of the sentence before it with a signal to the last of the one after it, in the questions'
    order ("Voor een volledig overzicht verwijs ik u naar ..." after unit 2's sentences and before unit
    4's concerns 2 to 4, not 1, 5 and 6). None (it then concerns every unit) where it opens or closes
    the segment, where the answer does not follow the questions' order there, or where a sentence
    names a unit's number."""
    if any(how == "named" for _, how, _ in direct):
        return ()
    signal = ("words", "data", "year")
    before = next(
        (direct[j] for j in range(k - 1, -1, -1) if direct[j][1] in signal and j not in spread), None
    )
    after = next(
        (direct[j] for j in range(k + 1, len(direct)) if direct[j][1] in signal and j not in spread), None
    )
    if before is None or after is None:
        return ()
    lo = min(ns.index(n) for n in before[0])
    hi = max(ns.index(n) for n in after[0])
    if lo > hi:
        return ()
    return ns[lo : hi + 1]


def asks_ahead(text: str, language: str, lexicon_dir: str | None = None) -> bool:
    """Whether a unit's question (``text``; the statements of its preamble left out, as ``_asked_text``
    reads them) asks about what is still to come: a future form of the lexicon's ``[cues] future``
    ("Binnen welke termijn zal u een oplossing aanreiken?", "Zal die molecule in aanmerking komen voor
    terugbetaling?", "when will the Minister publish"), not "Hebt u overlegd ...?"."""
    pattern = _future_pattern(language, lexicon_dir)
    return pattern is not None and pattern.search(_asked_text(text, language, lexicon_dir)) is not None


@lru_cache(maxsize=8)
def _future_pattern(language: str, lexicon_dir: str | None) -> re.Pattern[str] | None:
    """The lexicon's ``[cues] future`` forms as whole words, or None where it has none."""
    from .analyze import _alternatives
    from .lexicon import load_lexicon

    forms = load_lexicon(language, lexicon_dir).cue_list("future", optional=True)
    if not forms:
        return None
    return re.compile(rf"(?<![^\W\d_])(?:{_alternatives(forms)})(?![^\W\d_])", re.IGNORECASE)
