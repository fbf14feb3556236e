"""What a question asks and what an answer gives, analysed once and shared by the rules.

Built on spaCy's blank ``nl``/``en`` pipelines (a trained pipeline is used when one is
installed) with PhraseMatchers over the lexicon's cue lists. Offsets in the results are
offsets into the analysed passage's cleaned text; ``Passage.source_span`` maps them back.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from . import text as text_layer
from .dates import MONTHS
from .lexicon import Dimension, Lexicon, load_lexicon
from .settings import CUE_MIN_PROBABILITY, LEARNED, LEXICON_ONLY
from .tables import table_labels
from .types import AnswerSegment, Passage, Table

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher


@dataclass(frozen=True)
class Cue:
    """A matched word or phrase: offsets into the passage's cleaned text. A cue the cue
    classifier found (``qa_align.cues``) has ``sentence``, the span of its sentence, and
    ``probability``; it is either that whole sentence or words in it that weighed most."""

    start: int
    end: int
    text: str
    kind: str
    sentence: tuple[int, int] | None = None
    probability: float | None = None

    @property
    def learned(self) -> bool:
        """Whether the cue classifier found it (not a lexicon match)."""
        return self.sentence is not None


@dataclass(frozen=True)
class DimensionRequest:
    name: str
    cue: Cue  # the words of the question that ask for it ("per provincie")


@dataclass(frozen=True)
class QuestionAnalysis:
    count_cues: tuple[Cue, ...]
    figure_cues: tuple[Cue, ...]
    dimensions: tuple[DimensionRequest, ...]
    closed: tuple[Cue, ...] = ()  # the question sentences that ask yes or no, open ones beside them or not
    sentences: tuple[Cue, ...] = ()  # the unit's sentences

    @property
    def asks_count(self) -> bool:
        return bool(self.count_cues)

    @property
    def asks_figures(self) -> bool:
        return bool(self.count_cues or self.figure_cues)


@dataclass(frozen=True)
class AnswerAnalysis:
    figures: tuple[Cue, ...]
    annex_cues: tuple[Cue, ...]
    tables: tuple[Table, ...]
    figure_sentences: tuple[Cue, ...]  # sentences or list items that hold a figure
    cues: tuple[Cue, ...] = ()  # matches of the [cues] lists, kind = the list's name
    sentences: tuple[Cue, ...] = ()

    opening: str = ""  # the first two sentences, where a yes or no is looked for
    language: str = "nl"
    lexicon_dir: str | None = None
    # per sentence of ``sentences``, the cues of ``CUES.md`` the cue classifier reads there (None
    # without the classifier), whether or not the lexicon's words already gave their kind
    read: tuple[frozenset[str], ...] | None = None
    text: str = ""  # the segment's text, where the lists of scope "on_demand" are matched when asked
    # per sentence of ``sentences``, every cue the classifier finds at its own thresholds
    # (``cues.own_reading``; None without the classifier): what ``scoring.cue_counts`` carries
    cued: tuple[frozenset[str], ...] | None = None
    # ``cue``'s answers by kind, found once (a rule asks for the same lists of every analysis)
    _by_kind: dict[str, tuple[Cue, ...]] = field(default_factory=dict, init=False, compare=False, repr=False)
    # the lexicon's cues (not the classifier's) in their order with their starts, and whether the
    # starts are in order, made once (``lexicon_kinds_in``)
    _lexicon_at: list[tuple[tuple[Cue, ...], list[int], bool]] = field(
        default_factory=list, init=False, compare=False, repr=False
    )
    # ``cues`` by kind, in their order, made once (``_cue``)
    _of_kind: dict[str, list[Cue]] = field(default_factory=dict, init=False, compare=False, repr=False)

    def lexicon_kinds_in(self, start: int, end: int) -> tuple[str, ...]:
        """The kinds of the lexicon's cues (not the classifier's) that start within
        ``start:end``, in the order of ``cues``: a slice found by bisection where their starts are
        in order (``analyze_answer`` sorts them so), else each cue tested."""
        if not self._lexicon_at:
            own = tuple(c for c in self.cues if not c.learned)
            starts = [c.start for c in own]
            self._lexicon_at.append((own, starts, all(a <= b for a, b in zip(starts, starts[1:]))))
        own, starts, ordered = self._lexicon_at[0]
        if ordered:
            return tuple(
                c.kind for c in own[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
            )
        return tuple(c.kind for c in own if start <= c.start < end)

    def reading(self, cue: Cue) -> frozenset[str] | None:
        """The classifier's cues of the sentence that holds ``cue`` (None without the classifier
        or outside the sentences)."""
        if self.read is None:
            return None
        for sentence, found in zip(self.sentences, self.read, strict=True):
            if sentence.start <= cue.start < sentence.end:
                return found
        return None

    def cue(self, kind: str) -> tuple[Cue, ...]:
        """The matches of the lexicon's ``[cues]`` list ``kind`` (an ``opening`` list, such as
        ``polarity``, in the first two sentences only; an ``on_demand`` one matched now, once).
        ``KeyError`` for a list the lexicon neither has nor declares."""
        found = self._by_kind.get(kind)
        if found is None:
            found = self._by_kind[kind] = self._cue(kind)
        return found

    def _cue(self, kind: str) -> tuple[Cue, ...]:
        m = matchers(self.language, self.lexicon_dir)
        if kind not in m.kinds:
            raise KeyError(
                f"no cue list {kind!r} in the {self.language} lexicon; known: {', '.join(sorted(m.kinds))}"
            )
        if kind in m.opening_kinds:
            return tuple(
                c
                for c in answer_cues(self.opening, self.language, self.lexicon_dir, opening=True)
                if c.kind == kind
            )
        if kind in m.on_demand_kinds:
            return tuple(
                c
                for c in answer_cues(self.text, self.language, self.lexicon_dir, on_demand=True)
                if c.kind == kind
            )
        # the cues of every list matched with the segment put by kind in one pass, the first time a
        # rule asks for one (the rules ask for some fifteen lists of each analysis, speed49)
        groups = self._of_kind
        if not groups:
            for c in self.cues:
                groups.setdefault(c.kind, []).append(c)
        return tuple(groups.get(kind, ()))


# ---------------------------------------------------------------- the spaCy side


def cue_starts(cues: Iterable[Cue]) -> list[int]:
    """The starts of ``cues`` in order, for ``starts_in``."""
    return sorted(c.start for c in cues)


def starts_in(sentence: Cue, starts: list[int]) -> bool:
    """Whether one of the cues whose ordered starts are ``starts`` (``cue_starts``) starts in
    ``sentence``: found by bisection, not by trying every cue for every sentence (an answer with a
    large table holds thousands of figures and of sentences)."""
    k = bisect.bisect_left(starts, sentence.start)
    return k < len(starts) and starts[k] < sentence.end


def _import_spacy():
    """spaCy, imported without PyTorch: thinc, under spaCy, imports torch whenever it is
    installed (about 190 MB in every process that scores), and neither the blank pipelines
    nor the small and medium trained ones use it. Torch stays importable for the embedding
    backends that need it."""
    import sys

    if "spacy" in sys.modules or "torch" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]  # "import torch" fails, for thinc only
    try:
        import spacy
    finally:
        del sys.modules["torch"]
    return spacy


@lru_cache(maxsize=4)
def pipeline(language: str) -> Language:
    """A trained spaCy pipeline for ``language`` when one is installed, else a blank one."""
    spacy = _import_spacy()

    trained = {"nl": ("nl_core_news_sm", "nl_core_news_md"), "en": ("en_core_web_sm", "en_core_web_md")}
    for name in trained.get(language, ()):
        try:
            nlp = spacy.load(name, exclude=["ner", "parser", "textcat"])
        except OSError:
            continue
        _split_glued_ends(nlp)
        return nlp
    nlp = spacy.blank(language)
    _split_glued_ends(nlp)
    # the matchers read a token's text and its lower case (``LOWER``) alone: a new word's other
    # lexical attributes (shape, norm, stop word, like a number, ...) are not worked out, which
    # was most of the tokenizer's time on the questions of ../shared/data
    from spacy.attrs import LOWER

    nlp.vocab.lex_attr_getters = {LOWER: nlp.vocab.lex_attr_getters[LOWER]}
    return nlp


# a sentence's end glued to the next sentence's first word, with no space between, where the mark
# follows a closing bracket or quote, a per cent sign or a digit ("de nek van de foetus).Hoeveel
# vrouwen ...?", "(allerlei types aan toelagen)?Welk bedrag ...", "van 2011.Een nieuwigheid"), or a
# question or exclamation mark follows a small letter ("gemaakt?How many"): the sentence splitter
# (``text.sentences``) cuts there, but spaCy's tokenizer kept one token (its full stop splits only
# between a small letter and a capital), so that no cue phrase matched the word after ("Hoeveel" lost
# in be-kamer 191669). The next word must be capitalised and go on in small letters: "box 4.A",
# "MADE.COM", "3.5" and ".NET" stay whole (figures39)
_GLUED_AFTER = r"[)\]\"'”’%0-9]"
_GLUED_NEXT = r"(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])"
_GLUED_END = rf"(?<={_GLUED_AFTER})[.?!]{_GLUED_NEXT}|(?<=[a-zß-öø-ÿ])[?!]{_GLUED_NEXT}"


def _split_glued_ends(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer cut a sentence's end glued to the next word (``_GLUED_END``): as an
    infix inside a token, and as a prefix where a quote already split off leaves the mark at the
    token's start ('(...)".In een'). The tokenizer's own patterns are kept and extended, those a
    trained pipeline brings as well as a blank one's (``compile_infix_regex`` and
    ``compile_prefix_regex`` join their pieces with "|", a prefix's each anchored with "^")."""
    tokenizer = nlp.tokenizer
    infixes = _own_pattern(tokenizer.infix_finditer)
    prefixes = _own_pattern(tokenizer.prefix_search)
    tokenizer.infix_finditer = re.compile("|".join([*infixes, _GLUED_END])).finditer
    tokenizer.prefix_search = re.compile("|".join([*prefixes, rf"^[.?!]{_GLUED_NEXT}"])).search


def _own_pattern(method: Callable | None) -> list[str]:
    """The pattern behind a tokenizer's ``infix_finditer`` or ``prefix_search`` (a compiled
    expression's bound method), as a list of none or one piece."""
    compiled = getattr(method, "__self__", None)
    return [compiled.pattern] if isinstance(compiled, re.Pattern) and compiled.pattern else []


class _Matchers:
    """The matchers of one lexicon, built once: spaCy PhraseMatchers for the question side,
    phrase indexes by first word for the answer side."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.nlp = pipeline(lexicon.language)  # first: it imports spaCy without torch

        from spacy.matcher import PhraseMatcher

        self.lexicon = lexicon
        self.question = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self._add(self.question, "count", lexicon.count_cues)
        self._add(self.question, "figures", lexicon.figure_request_cues)
        self._add(self.question, "marker", lexicon.breakdown_markers)
        for dim in lexicon.dimensions:
            self._add(self.question, f"dim:{dim.name}", dim.nouns)
        self.fillers = {f.lower() for f in lexicon.breakdown_fillers}
        self.count_objects = [self._words(p) for p in lexicon.count_objects]
        # the answer side is matched word by word against the same lists, without spaCy's
        # tokenizer: answers are long, and tokenising every one cost more than all the rules
        self.answer_phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}  # first word -> phrases
        # every [cues] list of the lexicon is a cue kind, a user's new list included, and so is
        # every list a registered rule declares it needs (``rules.rule(cues=...)``)
        from .rules import cue_lists

        answer_kinds = set(lexicon.cue_kinds("answer")) | (
            set(cue_lists()) - set(lexicon.cue_kinds("opening")) - set(lexicon.cue_kinds("on_demand"))
        )
        kinds = {"annex": lexicon.annex_cues, "number_word": lexicon.number_words}
        kinds.update((name, lexicon.cue_list(name, optional=True)) for name in sorted(answer_kinds))
        self.answer_phrases = self._index(kinds)
        # yes/no words are common: the opening's lists are matched only there, when a rule asks
        opening = {name: lexicon.cue_list(name, optional=True) for name in lexicon.cue_kinds("opening")}
        self.opening_phrases = self._index(opening)
        # the lists only a learned decision reads: matched in the whole answer when it asks
        on_demand = {name: lexicon.cue_list(name, optional=True) for name in lexicon.cue_kinds("on_demand")}
        self.on_demand_phrases = self._index(on_demand)
        self.on_demand_kinds = frozenset(on_demand)
        # per list of phrases and first word: the phrases that may match there by the word after
        # it, and those for any other word (``following``)
        self._following: dict[
            tuple[str, str],
            tuple[dict[str, list[tuple[tuple[str, ...], str]]], list[tuple[tuple[str, ...], str]]],
        ] = {}
        self.opening_kinds = frozenset(opening)
        self.kinds = (
            frozenset(answer_kinds) | self.opening_kinds | self.on_demand_kinds
        )  # ``AnswerAnalysis.cue``'s
        self.closed_starts = [self._words(p) for p in lexicon.cue_list("closed_question_starts")]
        self.followups = [self._words(p) for p in lexicon.cue_list("conditional_followups", optional=True)]
        self.commitment_rx = _commitment_pattern(lexicon)
        self.determiner_rx = re.compile(rf"\s+(?:(?:{_alternatives(lexicon.commitment.determiners)})\s+)?")
        self.count_lead = {w.lower() for w in lexicon.count_lead}
        self.count_effects = {w.lower() for w in lexicon.phrases("question", "count_effects")}
        self.count_effect_leads = {w.lower() for w in lexicon.phrases("question", "count_effect_leads")}
        self.count_purposes = {w.lower() for w in lexicon.phrases("question", "count_purposes")}
        self.count_open_after = [self._words(p) for p in lexicon.phrases("question", "count_open_after")]
        self.count_purpose_ends = {w.lower() for w in lexicon.phrases("question", "count_purpose_ends")}
        self.count_purpose_verbs = {w.lower() for w in lexicon.phrases("question", "count_purpose_verbs")}
        self.closed_clauses = {w.lower() for w in lexicon.closed_clauses}
        # "of" leads a Dutch clause ("en of"), not an English one ("made of whether", ``clause_leads_not``)
        self.clause_leads = {",", ";", ":", "and", "or", "en", "of"} - {
            w.lower() for w in lexicon.phrases("question", "clause_leads_not")
        }
        self.open_leads = {",", ";", ":", "and", "or", "en", "of", *(w.lower() for w in lexicon.open_leads)}
        self.count_words = {self._words(p) for p in lexicon.count_cues}
        self.reply_starts = [self._words(p) for p in lexicon.phrases("coverage", "followup_starts")]
        self.clause_openers = {w.lower() for w in lexicon.phrases("question", "clause_openers")}
        self.request_verbs = {w.lower() for w in lexicon.phrases("question", "request_verbs")}
        self.request_addressees = {w.lower() for w in lexicon.phrases("question", "request_addressees")}
        self.request_nouns = tuple(self._words(p) for p in lexicon.phrases("question", "request_nouns"))
        self.request_passives = {w.lower() for w in lexicon.phrases("question", "request_passives")}
        self.request_passive_openers = {
            w.lower() for w in lexicon.phrases("question", "request_passive_openers")
        }
        self.clause_requests = [self._words(p) for p in lexicon.phrases("question", "clause_requests")]
        # a sentence with one of these requests, wherever it stands ("Graag cijfers per jaar.", "Ik wens de
        # cijfers per provincie te kennen."); one that names figures, where it states ("De cijfers per jaar.")
        said = (*lexicon.phrases("coverage", "request_openers"), *lexicon.phrases("question", "wishes"))
        self.request_phrases = re.compile(rf"(?<!\w)(?:{_alternatives(said)})(?!\w)")
        figures = lexicon.phrases("coverage", "figure_requests")
        self.figure_requests = re.compile(rf"(?<!\w)(?:{_alternatives(figures)})(?!\w)")
        self.verb_first_subjects = {w.lower() for w in lexicon.phrases("question", "verb_first_subjects")}
        self.verb_first_modals = {w.lower() for w in lexicon.phrases("question", "verb_first_modals")}
        self.not_verbs = {w.lower() for w in lexicon.phrases("question", "not_verbs")}
        alternatives = [" ".join(text_layer.words(p)) for p in lexicon.phrases("question", "alternatives")]
        self.alternatives = tuple(a for a in alternatives if a and " " not in a)  # "of": with a marked option
        self.alternative_phrases = tuple(a for a in alternatives if " " in a)  # "dan wel": by itself
        self.choice_markers = {w.lower() for w in lexicon.phrases("question", "choice_markers")}
        self.clause_subjects = {w.lower() for w in lexicon.phrases("question", "clause_subjects")}
        self.choice_leads = {w.lower() for w in lexicon.phrases("question", "choice_leads")}
        self.whether_particles = {w.lower() for w in lexicon.phrases("question", "whether_particles")}
        self.whether_verbs = {w.lower() for w in lexicon.phrases("question", "whether_verbs")}
        # the words of a phrase as ``_is_closed`` joins them ("en/of" is "en of")
        self.alternatives_not = tuple(
            " ".join(text_layer.words(p)) for p in lexicon.phrases("question", "alternatives_not")
        )
        # compiled once: ``_without_alternatives_not`` runs on every question sentence
        self.alternatives_not_patterns = tuple(
            re.compile(rf"\b{re.escape(p)}\b") for p in self.alternatives_not
        )
        self.alternative_phrase_patterns = tuple(
            re.compile(rf"\b{re.escape(p)}\b") for p in self.alternative_phrases
        )
        units = _alternatives(lexicon.figure_units)
        # a number: the Belgian Chamber's figure cut after its first group where it runs on a sentence
        # ("werd 131. 414.367 euro": one figure, not "131" and "414.367"; ``text.RUN_ON_FIGURE``), one
        # with groups of thousands, or digits; a decimal, a per cent sign or a unit may follow (the
        # lookahead first, which every number's first character meets: it fails at once elsewhere)
        self.number = re.compile(
            rf"(?=[€£$\d])(?<![\w/])(?:[€£$]\s?)?(?:{text_layer.RUN_ON_FIGURE}|\d{{1,3}}(?:[.,\u00a0\u202f]\d{{3}})+(?![\d])|\d+)"
            rf"(?:[.,]\d+)?(?:\s?(?:%|(?:{units})\b))?",
            re.IGNORECASE,
        )
        self.units = {w.lower() for w in lexicon.figure_units}  # "(EUR 500)" is an amount, no code
        self.ordinal = re.compile(rf"^(?:{_alternatives(lexicon.ordinal_suffixes)})\b", re.IGNORECASE)
        self.question_words = [self._words(p) for p in lexicon.cue_list("question_words")]
        self.references = {w.lower().rstrip(".") for w in lexicon.reference_words}
        # a text named by its number in brackets ("(blz. 6-13)", "(Question 12345)"): a citation too
        self.cited_in_brackets = {
            "(" + w.lower().rstrip(".") for w in lexicon.phrases("answer", "numbered_texts")
        }
        # names that hold a number word and count nothing ("Net Zero"): no figure within them
        names = lexicon.phrases("answer", "number_names")
        self.number_names = (
            re.compile(
                rf"(?=[{''.join(sorted({re.escape(n[:1]) for n in names}))}])"
                rf"\b(?:{'|'.join(re.escape(n) for n in names)})\b",
                re.IGNORECASE,
            )
            if names
            else None
        )

    def phrases(self, scope: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """The index of the answer-side phrases matched in ``scope`` ("answer", "opening", "on_demand")."""
        return {"opening": self.opening_phrases, "on_demand": self.on_demand_phrases}.get(
            scope, self.answer_phrases
        )

    def following(self, scope: str, head: str, nxt: str) -> list[tuple[tuple[str, ...], str]]:
        """The phrases of ``opening_phrases``, ``on_demand_phrases`` or ``answer_phrases`` (``scope``) that start
        with ``head`` and whose second word may be ``nxt`` (it is, or a gap "*", or they have
        none), in the index's order. Made once per first word for every second word its phrases
        name, with those of a gap or of one word alone for any other (speed49: a table per pair of
        words met missed on some 27% of the pairs and read all the first word's phrases each time)."""
        table = self._following.get((scope, head))
        if table is None:
            phrases = self.phrases(scope)[head]
            seconds = dict.fromkeys(p[1] for p, _ in phrases if len(p) >= 2 and p[1] != "*")
            by_second = {
                second: [(p, kind) for p, kind in phrases if len(p) < 2 or p[1] == "*" or p[1] == second]
                for second in seconds
            }
            any_other = [(p, kind) for p, kind in phrases if len(p) < 2 or p[1] == "*"]
            table = self._following[(scope, head)] = (by_second, any_other)
        by_second, any_other = table
        return by_second.get(nxt, any_other)

    def _words(self, phrase: str) -> tuple[str, ...]:
        return tuple(t.lower_ for t in self.nlp.make_doc(phrase))

    @staticmethod
    def _index(kinds: dict[str, tuple[str, ...]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
        """Phrases by their first word, each as its words and its list's name."""
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for kind, phrases in kinds.items():
            for p in phrases:
                words = tuple(cue_words(p))
                if words and words[0] != "*":
                    index.setdefault(words[0], []).append((words, kind))
        return index

    def _add(self, matcher: PhraseMatcher, label: str, phrases: tuple[str, ...]) -> None:
        matcher.add(label, [self.nlp.make_doc(p) for p in phrases])


def _alternatives(words: Iterable[str]) -> str:
    """Words as regular-expression alternatives, longest first, spaces matching white space;
    one that matches nothing when there are none."""
    return _kept_alternatives(tuple(words))


@lru_cache(maxsize=1024)
def _kept_alternatives(words: tuple[str, ...]) -> str:
    """``_alternatives`` kept per list of words: the readings that build a pattern per pair write the
    same lexicon lists out again and again (13,300 calls on ``scripts/bench_map.py``'s sample, some 2%
    of the pass, speed38)."""
    if not words:
        return "(?!)"
    return "|".join(
        r"\s+".join(map(re.escape, w.lower().split())) for w in sorted(set(words), key=len, reverse=True)
    )


def _commitment_pattern(lexicon: Lexicon) -> re.Pattern[str] | None:
    """The verb after a commitment ("will publish", "intends to make an assessment"): group 1
    is the verb, with the next word for a ``with_next`` verb, with its object (after an
    optional determiner) for a light verb."""
    commitments = lexicon.cue_list("commitments", optional=True)
    if not commitments:
        return None
    c = lexicon.commitment
    return re.compile(
        rf"\b(?:{_alternatives(commitments)})"
        rf"\s+(?:(?:{_alternatives(c.adverbs)})\s+)?"
        rf"((?:{_alternatives(c.with_next)})\s+[a-z]+"
        rf"|(?:{_alternatives(c.light_verbs)})\s+(?:(?:{_alternatives(c.determiners)})\s+)?[a-z]+"
        r"|[a-z]+)\b"
    )


@lru_cache(maxsize=8)
def matchers(language: str, lexicon_dir: str | None = None) -> _Matchers:
    return _Matchers(load_lexicon(language, lexicon_dir))


# ---------------------------------------------------------------- questions


def analyze_question(passage: Passage, language: str, lexicon_dir: str | None = None) -> QuestionAnalysis:
    """Count cues, figure requests and requested breakdown dimensions of a unit."""
    m = matchers(language, lexicon_dir)
    doc = m.nlp.make_doc(passage.text)
    found = [(m.nlp.vocab.strings[mid], s, e) for mid, s, e in m.question(doc)]

    def cue(s: int, e: int, kind: str) -> Cue:
        span = doc[s:e]
        return Cue(span.start_char, span.end_char, span.text, kind)

    counts = tuple(cue(s, e, k) for k, s, e in _longest(found, "count") if not _count_object(doc, s, m, e))
    counts = tuple(sorted((*counts, *_counts_across_parts(passage.text, counts, m)), key=lambda c: c.start))
    figures = tuple(cue(s, e, k) for k, s, e in _longest(found, "figures"))
    marker_ends = {e: s for k, s, e in found if k == "marker"}
    dim_spans = sorted((s, e, k[4:]) for k, s, e in found if k.startswith("dim:"))
    dim_by_end = {e: s for s, e, _ in dim_spans}
    requests: list[DimensionRequest] = []
    seen: set[str] = set()
    for s, e, name in dim_spans:
        p = s
        while True:
            if p in marker_ends:
                if name not in seen:
                    seen.add(name)
                    requests.append(DimensionRequest(name, cue(marker_ends[p], e, "dimension")))
                break
            if p - 1 >= 0 and doc[p - 1].lower_ in m.fillers:
                p -= 1
            elif p in dim_by_end and dim_by_end[p] < p:
                p = dim_by_end[p]
            else:
                break
    sentences = tuple(Cue(*s, "sentence") for s in text_layer.sentences(passage.text, language, lexicon_dir))
    asked = [c for c in sentences if c.text.endswith("?")]
    if asked:
        # the preamble before the first question states, it does not ask: "De pers heeft bepaalde cijfers
        # gepubliceerd over het aantal mensen dat ... Kunt u deze cijfers toelichten?"
        counts = tuple(c for c in counts if c.start >= asked[0].start or not _states(c, sentences))
    # a closed unit: every question sentence asks yes or no ("Zo ja, welke?" is an open one),
    # a follow-up that asks only on one reply ("Zo nee, waarom niet?") left aside
    asked = [c for k, c in enumerate(asked) if not (k and _is_followup(c.text, m))]
    # a unit asks yes or no when one of its question sentences does, open ones beside it
    # ("Is dat intussen het geval? Welke opmerkingen werden er geformuleerd?"; "Zo ja, welke?")
    # leave that yes or no asked (LABELS.md: the readers flag the closed part left unclear)
    closed: tuple[Cue, ...] = ()
    for k, c in enumerate(asked):
        # "Zo ja, zal u ...?" asks yes or no after a closed question, not after an open one ("In
        # welke mate ...? Zo neen, bent u bereid ...?" asks the yes or no only on one reply); the
        # unit's first question sentence after a reply asks it of a closed question put in the
        # unit before ("Indien ja, strookt deze mogelijkheid dan met de ratio van een VAA ...?"):
        # "Zo ja" answers nothing but a yes or no
        if _is_closed(c.text, m) and (closed or k == 0 or not _after_reply(c.text, m)):
            closed += (c,)
    if m.closed_clauses and not closed:
        # UK questions ask in one sentence without a question mark: "..., whether he will ...",
        # "what steps ...; and whether he plans to ..."
        closed = tuple(c for c in sentences if _is_closed_clause(c.text, m))
    if m.closed_clauses and not closed:
        # "...; whether she has had discussions with the Chancellor ...;": a clause that the splitter
        # cut from its lead opens its own piece, read only where no clause after a lead asks (with
        # one, the rule reads the first and more pieces took true flags away: helper yesno18)
        closed = tuple(c for c in sentences if _is_closed_clause(c.text, m, opening=True))
    return QuestionAnalysis(counts, figures, tuple(requests), closed, sentences)


# a part's label inside a phrase ("the (a) number of", "het (i) aantal"): a letter or a roman numeral
_PART_LABEL = re.compile(r"\(\s*(?:[a-zA-Z]|[ivxIVX]{1,4})\s*\)\s*")


def cue_phrase(cue: Cue) -> str:
    """A cue's words as the lexicon writes a phrase: lower case, single spaces, a part's label that
    interrupts it taken out ("the (a) total cost": "the total cost"), for lookups in the lexicon's
    lists."""
    return " ".join(_PART_LABEL.sub(" ", cue.text).lower().split())


def _counts_across_parts(text: str, counts: tuple[Cue, ...], m: _Matchers) -> list[Cue]:
    """The count cues that a part's label interrupts ("what the target is for the (a) number of civil
    servants and (b) cost of civil service pay"): those the lexicon's ``count_cues`` match in the
    text with the labels taken out and not in the text as written, with their offsets (the label
    included) in the text as written."""
    if not _PART_LABEL.search(text):
        return []
    kept: list[str] = []
    at: list[int] = []  # the offset in ``text`` of each character kept
    last = 0
    for label in _PART_LABEL.finditer(text):
        kept.append(text[last : label.start()])
        at.extend(range(last, label.start()))
        last = label.end()
    kept.append(text[last:])
    at.extend(range(last, len(text) + 1))
    doc = m.nlp.make_doc("".join(kept))
    found = [(m.nlp.vocab.strings[mid], s, e) for mid, s, e in m.question(doc)]
    out = []
    for _, s, e in _longest(found, "count"):
        span = doc[s:e]
        start, end = at[span.start_char], at[span.end_char - 1] + 1
        crossed = end - start > span.end_char - span.start_char  # a label stood inside it
        if (
            crossed
            and not _count_object(doc, s, m, e)
            and not any(c.start < end and start < c.end for c in counts)
        ):
            out.append(Cue(start, end, text[start:end], "count"))
    return out


_CLAUSE = 15  # tokens either side of a count cue read for its clause
# the marks that end a clause, a full stop only before white space or the end of the text: the
# tokens of a clause stop at one (``_count_object``), and so does the text of one
# (``qa_align.coverage``'s counted words)
CLAUSE_END_MARKS = frozenset({"?", ".", ";", ":", "!"})
CLAUSE_END = re.compile(r"[?;:!]|\.(?:\s|$)")
_CONJUNCTIONS = frozenset({"and", "or", "en", "of"})


def _opens_question(doc, k: int, m: _Matchers) -> bool:
    """Whether the tokens of ``doc`` from ``k`` on (a conjunction skipped) open a question of their own:
    a question word or a closed question's start ("what data he holds", "en heeft u zicht op")."""
    if k < len(doc) and doc[k].lower_ in _CONJUNCTIONS:
        k += 1
    words = tuple(t.lower_ for t in doc[k : k + 4])
    return any(words[: len(q)] == q for q in (*m.question_words, *m.closed_starts))


_OPEN_AFTER = (
    6  # tokens after a count cue read for ``count_open_after`` ("what estimate he has made of when")
)


def _asks_open_after(doc, end: int, m: _Matchers) -> bool:
    """Whether a phrase of the lexicon's ``[question] count_open_after`` ("of when", "of whether") follows the
    count cue ending at token ``end`` within ``_OPEN_AFTER`` tokens of its clause: "what estimate he has made
    of when that review will be completed" asks a date, no figure (uk-commons 1716375, dev-uk24)."""
    clause = [
        t.lower_
        for t in itertools.takewhile(
            lambda t: t.lower_ not in CLAUSE_END_MARKS and t.lower_ != ",", doc[end : end + _OPEN_AFTER + 2]
        )
    ]
    opening = set(clause[:_OPEN_AFTER])  # a phrase whose first word opens at no place read is not tried
    return any(
        tuple(clause[k : k + len(o)]) == o
        for o in m.count_open_after
        if not o or o[0] in opening
        for k in range(min(len(clause), _OPEN_AFTER))
    )


def _count_object(doc, start: int, m: _Matchers, end: int | None = None) -> bool:
    """Whether the count cue at token ``start`` is the object of what is asked rather than
    the figure asked: "what steps to *reduce* the number of", "the impact of *trends in*
    the number of". The words just before it (articles skipped) end with a phrase of the
    lexicon's ``count_objects``; or they end with a word of ``count_effect_leads`` ("on", "op")
    after a word of ``count_effects`` in the same clause, which a comma before a question of its own
    closes ("the potential impact of the additional funding for employment, health and skills
    support on the number of people": the impact is asked; not "with reference to the effect of the
    pandemic, what data he holds on the number of"); or with a word of
    ``count_purposes`` ("om") and, in its clause (a comma may close a relative clause: "om het
    aantal vrouwen die genitaal verminkt worden, te verminderen"), a word of ``count_purpose_ends``
    ("te") with one of ``count_purpose_verbs`` within two words after it ("maatregelen om het
    aantal diefstallen verder terug te dringen": what is done is asked; "om het aantal klachten
    mee te delen", "Om hoeveel personen gaat het, te rekenen vanaf 2015?" ask the count). Or, the cue's end
    token ``end`` given, a phrase of ``count_open_after`` follows it (``_asks_open_after``: "what estimate
    she has made of when ...")."""
    if end is not None and m.count_open_after and _asks_open_after(doc, end, m):
        return True
    i = start
    while i > 0 and doc[i - 1].lower_ in m.count_lead:
        i -= 1
    before = tuple(t.lower_ for t in doc[max(0, i - 3) : i])
    if any(before[len(before) - len(o) :] == o for o in m.count_objects if len(o) <= len(before)):
        return True
    lead = before[-1] if before else ""
    if lead in m.count_effect_leads:
        for k in range(i - 2, max(0, i - _CLAUSE) - 1, -1):
            word = doc[k].lower_
            if word in CLAUSE_END_MARKS or (word == "," and _opens_question(doc, k + 1, m)):
                return False
            if word in m.count_effects:
                return True
        return False
    if lead in m.count_purposes:
        clause = [
            t.lower_
            for t in itertools.takewhile(
                lambda t: t.lower_ not in CLAUSE_END_MARKS, doc[start : start + _CLAUSE]
            )
        ]
        return any(
            w in m.count_purpose_ends and m.count_purpose_verbs & set(clause[k + 1 : k + 3])
            for k, w in enumerate(clause)
        )
    return False


def _starts_with(words: list[str], starts: list[tuple[str, ...]]) -> bool:
    first = words[0] if words else None  # a start whose first word is another is not compared
    return any(tuple(words[: len(s)]) == s for s in starts if not s or s[0] == first)


def _is_closed(sentence: str, m: _Matchers) -> bool:
    """A sentence that asks yes or no: starts like one, and no question word in it asks
    (``_asks_open``): "Is het noodzakelijk om aan de perrons van stations waar geen gebouw meer
    is hokjes te voorzien?" is closed, its "waar" a relative; "Heeft u zicht op hoeveel ...?" is
    open, and so is a request for information in the form of a yes/no question ("Zou u mij een
    overzicht kunnen bezorgen van ...?": a word of the lexicon's ``request_verbs``)."""
    written = _TOKEN.findall(sentence)
    lowered = [t.lower() for t in written]
    label = part_label(lowered)
    if label and (len(written) <= label or not written[label][:1].isupper()):
        return False  # "d) werden op vrije voeten gesteld?": a part of a question, no sentence of its own
    tokens = _main_clause(lowered, m)
    written = written[len(written) - len(tokens) :]  # ``_main_clause`` only drops a lead
    words = [t for t in tokens if _WORDLIKE.match(t)]
    if _asks_whether(words, m):
        # "Kunt u meedelen of dit ook het geval is in onze buurlanden?", "Daarom zou ik u ... willen
        # vragen of uw diensten al kunnen bevestigen dat ...?": the clause after "of" is the yes or no asked
        return not _asks_open(tokens, m)
    if not words or not (_starts_with(words, m.closed_starts) or _verb_first(tokens, written, m)):
        return False
    if _is_request(sentence, m):
        return False
    if (m.alternatives or m.alternative_phrases) and _offers_choice(
        " ".join(t for t in tokens if t == "," or _WORDLIKE.match(t)), m
    ):
        return False
    return not _asks_open(tokens, m)


def _asks_whether(words: list[str], m: _Matchers) -> bool:
    """Whether a question sentence asks whether: a verb of asking or telling of the lexicon's
    ``[question] whether_verbs`` right before "of" ("meedelen of", "willen vragen of", "weten of"),
    the clause that "of" opens being the yes or no asked, as the English "whether"."""
    for k, w in enumerate(words):
        if w in m.whether_verbs and words[k + 1 : k + 2] == ["of"]:
            clause = _without_alternatives_not(" ".join(words[k + 2 :]), m)
            # "Kan u zeggen of het aantal ... is gedaald of gestegen?" offers a choice
            return "of" not in clause.split()
    return False


def _without_alternatives_not(words: str, m: _Matchers) -> str:
    """``words`` (joined by spaces) with each phrase of ``[question] alternatives_not`` ("en/of", "al dan
    niet", "of niet") blanked, in the lexicon's order: the "of" they hold offers no choice."""
    for pattern in m.alternatives_not_patterns:
        words = pattern.sub(" ", words)
    return words


# words between a ``choice_leads`` word and the alternative it marks ("vooral grote bedrijven of")
_CHOICE_LEAD = 3
# a Dutch weak past participle: "ge" within its first letters and "-d" or "-t" at its end ("gecontroleerd",
# "nagevraagd", "getoetst"; not a noun in "-heid")
_PARTICIPLE = re.compile(r"^\w{0,4}ge\w{2,}(?<!hei)[dt]$")


def _offers_choice(words: str, m: _Matchers) -> bool:
    """Whether a question offers a choice between alternatives rather than asking yes or no: one
    of the lexicon's ``alternatives`` stands in it, outside a phrase of ``alternatives_not`` ("en/of",
    "al dan niet", "of niet" keep the yes or no). A phrase ("dan wel") offers the choice by itself;
    a single word ("of") only where the option after it is marked as another, by a word of
    ``choice_markers`` the sentence has not used before ("Gebeurt dit systematisch of eerder ad
    hoc?", "Wordt die technologie gericht gebruikt of voor de hele gevangenis?"), or is a clause of
    its own: a verb and its subject, after a comma any of ``verb_first_subjects`` (", of wordt ze
    ..."), elsewhere a pronoun of ``clause_subjects`` ("... beschouwd of zult u nog ...?"; "nagaan
    of telecomoperatoren de regels naleven" is no choice), and not as the sentence's second word
    ("Werden of worden er projecten ...?" joins two verbs); or where the first option is marked
    as the one that mostly holds, by a word of ``choice_leads`` at most ``_CHOICE_LEAD`` words
    before the alternative, which opens no clause ("Betreft het vooral werknemers of
    zelfstandigen?", "Zijn het vooral grote bedrijven of ook kmo's?"). "Zijn er klachten of meldingen
    ontvangen?", "Werd er in 2015 of 2016 ...?" ask yes or no of both things joined, and "Weet u of
    er ...?" of the clause "of" opens."""
    words = _without_alternatives_not(words, m)
    if any(pattern.search(words) for pattern in m.alternative_phrase_patterns):
        return True
    tokens = words.split()
    for k, w in enumerate(tokens[: len(tokens) - 1]):
        if w not in m.alternatives:
            continue
        after = tokens[k + 1]
        if after in m.choice_markers and after not in tokens[:k]:
            return True
        if (
            m.choice_leads & set(tokens[max(0, k - _CHOICE_LEAD - 1) : k])
            and after not in m.clause_subjects
            and not _whether_verb(tokens[k - 1] if k else "", m)
        ):
            return True
        if k + 2 >= len(tokens) or after in m.not_verbs or after == ",":
            continue
        subject = tokens[k + 2]
        if tokens[k - 1 : k] == [","] and subject in m.verb_first_subjects:
            return True
        if k > 1 and subject in m.clause_subjects:
            return True
    return False


def _whether_verb(word: str, m: _Matchers) -> bool:
    """Whether ``word``, just before "of", is a verb, so that the "of" opens a clause ("whether") or
    joins two verbs, not two options a lead word marks: a past participle ("Wordt er vooral
    gecontroleerd of ...?", "Werd dit eerder gemeld of besproken?") or the particle of a separable
    verb (``[question] whether_particles``: "Kijkt de inspectie vooral na of ...?")."""
    return bool(_PARTICIPLE.match(word)) or word in m.whether_particles


def _verb_first(tokens: list[str], written: list[str], m: _Matchers) -> bool:
    """Whether a question sentence puts its verb first, the form of a Dutch yes/no question
    whatever the verb ("Werkt Belgie mee aan ...?", "Kan er bijstand georganiseerd worden?",
    "Bevestigt u ...?"): its first word is no question word and none of the lexicon's
    ``not_verbs`` (the prepositions, conjunctions, articles and adverbs a sentence opens with),
    and the word after it is one of ``verb_first_subjects`` ("u", "er", "de") or a name (a
    capital): the subject after the verb; or whose first word is one of ``verb_first_modals``
    ("Kunnen op termijn drones ...?"). An empty ``verb_first_subjects`` reads no sentence so."""
    if not m.verb_first_subjects or len(tokens) < 3 or not (tokens[0].isalpha() and tokens[1].isalpha()):
        return False
    first = tokens[0]
    if first in m.not_verbs or any(q[0] == first for q in m.question_words):
        return False
    # a modal opens a sentence only as its verb, an adverbial between it and the subject or not
    # ("Kunnen op termijn drones de taken van helikopters overnemen?", "Kunnen en mogen instellingen
    # ... halal-voedsel aanbieden?": ``verb_first_modals``, helper yesno25)
    return first in m.verb_first_modals or tokens[1] in m.verb_first_subjects or written[1][:1].isupper()


@lru_cache(maxsize=4096)  # a question's sentences are read when it is analysed and again by coverage
def is_request(sentence: str, language: str, lexicon_dir: str | None = None) -> bool:
    """Whether a sentence of a question asks for information as a request, whatever its end ("?"
    or "."): one that asks yes or no in its form ("Kan u meedelen ...?") asks no yes or no, and
    one that states before the first question sentence states no context (``coverage.asked``).
    See ``_is_request``."""
    return _is_request(sentence, matchers(language, lexicon_dir))


def asks_open_followup(sentence: str, language: str, lexicon_dir: str | None = None) -> bool:
    """Whether a question sentence asks an open question, after any reply it is asked on: its main
    clause (``_main_clause``: past "Zo ja,", "Indien ja,") opens with one of the lexicon's
    ``question_words``, or with one after a word of ``[question] not_verbs`` ("Zo ja, welke?",
    "Wat waren hiervan de resultaten?", "Zo ja, om welke reden?", "Zo ja, tegen wanneer zal die
    oplossing er zijn?"); "Zo ja, zal u ...?" asks yes or no again."""
    if not sentence.rstrip().endswith("?"):
        return False
    m = matchers(language, lexicon_dir)
    tokens = _main_clause([t.lower() for t in _TOKEN.findall(sentence)], m)
    words = [t for t in tokens if _WORDLIKE.match(t)]
    return _starts_with(words, m.question_words) or (
        len(words) > 1 and words[0] in m.not_verbs and _starts_with(words[1:], m.question_words)
    )


def opens_with_question_word(sentence: str, language: str, lexicon_dir: str | None = None) -> bool:
    """Whether ``sentence`` starts with one of the lexicon's ``question_words`` ("Hoeveel mensen
    werden in 2016 Belg.": a question whose "?" was left out, no statement)."""
    words = [t.lower() for t in _TOKEN.findall(sentence) if _WORDLIKE.match(t)]
    return _starts_with(words, matchers(language, lexicon_dir).question_words)


def _is_request(sentence: str, m: _Matchers) -> bool:
    """Whether ``sentence`` requests: a phrase of the lexicon's ``[coverage] request_openers`` or
    ``[question] wishes`` (a first-person wish: "ik wens ... te kennen", "I would like") anywhere in
    it; one of ``[coverage] figure_requests`` ("de cijfers", "cijfergegevens") in a sentence that
    does not end with "?" ("Bestaan er hierover cijfergegevens?" asks yes or no); or a request
    verb (``request_verbs``) or what is asked for (``request_nouns``, ``_names_request``) in a
    sentence put to its addressee (``_requests``): "Kan u meedelen ...", "De FOD weigert die
    gegevens te geven" is no request by its verb."""
    lower = sentence.lower()
    if m.request_phrases.search(lower):
        return True
    if not lower.rstrip().endswith("?") and m.figure_requests.search(lower):
        return True
    tokens = _main_clause([t.lower() for t in _TOKEN.findall(sentence)], m)
    words = [t for t in tokens if _WORDLIKE.match(t)]
    if _passive_request(words, m):
        return True
    return bool(m.request_verbs & set(words) or _names_request(words, m)) and _requests(words, m)


def _passive_request(words: list[str], m: _Matchers) -> bool:
    """Whether a question sentence asks for information in the passive, with no addressee: it opens
    with a word of the lexicon's ``request_passive_openers`` ("kan", "kunnen") and holds a participle
    of its ``request_passives`` before any "dat"/"of" ("Kunnen deze cijfers worden opgesplitst
    volgens nationaliteit?", "Kan er opgegeven worden voor welk bedrag ...?"); "Kan er bijstand
    georganiseerd worden?" asks yes or no."""
    if not m.request_passives or not words or words[0] not in m.request_passive_openers:
        return False
    head = itertools.takewhile(lambda w: w not in _CLAUSE_WORDS, words[1:])
    return any(w in m.request_passives for w in head)


def _requests(words: list[str], m: _Matchers) -> bool:
    """Whether a question sentence with a request verb asks for information: a polite request
    to the one asked ("Kan u meedelen ...", "Zou u mij ... kunnen bezorgen"), one of the lexicon's
    ``request_addressees`` among its first three words; "Is het verstrekken van visa ... niet in
    strijd met het beleid ...?" asks yes or no. Without that list every such sentence requests."""
    return not m.request_addressees or bool(m.request_addressees & set(words[:3]))


# the words a request's object may stand after: its addressee's first three and a few more
_REQUEST_REACH = 6


def _names_request(words: list[str], m: _Matchers) -> bool:
    """Whether a question sentence names one of the lexicon's ``request_nouns`` as what it asks
    for, whatever its verb: among its first words (``_REQUEST_REACH``), before a clause opens ("dat",
    "of"): "Kan u ons nadere informatie verschaffen over ...?"; "Kunt u bevestigen dat de
    informatie ...?" does not."""
    head = list(itertools.takewhile(lambda w: w not in _CLAUSE_WORDS, words[:_REQUEST_REACH]))
    later = set(head[1:])  # a noun whose first word stands nowhere after the first is not tried
    return any(
        tuple(head[k : k + len(noun)]) == noun
        for noun in m.request_nouns
        if not noun or noun[0] in later
        for k in range(1, len(head))
    )


_CLAUSE_WORDS = frozenset({"dat", "of", "that", "whether", "if"})
_WORDLIKE = re.compile(r"\w")


def after_reply(sentence: str, language: str, lexicon_dir: str | None = None) -> bool:
    """Whether a question ``sentence`` is asked on one reply to the one before ("Zo ja, zal u ...?",
    "Indien niet, ...?", "If so, ..."): the lexicon's ``[coverage] followup_starts`` open it."""
    return _after_reply(sentence, matchers(language, lexicon_dir))


def _after_reply(sentence: str, m: _Matchers) -> bool:
    """Whether ``sentence`` opens with a reply it is asked on ("Zo ja,", "If not,")."""
    tokens = _TOKEN.findall(sentence.lower())
    return any(tuple(tokens[: len(s)]) == s for s in m.reply_starts)


def _main_clause(tokens: list[str], m: _Matchers) -> list[str]:
    """``tokens`` from the main clause on: after a reply it is asked on ("Zo ja, zal u ...",
    "If so, will he ..."; the lexicon's ``[coverage] followup_starts``) or a clause that opens
    with one of ``clause_openers`` up to its comma ("Indien er geen standpunt is, zal u ..."), and
    after the label of a lettered or numbered part that opens it ("a) Heeft uw departement
    kennisgenomen van dat rapport?", "(b) Is ...?", "2) Zal ...?": ``part_label``)."""
    tokens = tokens[part_label(tokens) :]
    for start in m.reply_starts:
        if tuple(tokens[: len(start)]) == start:
            tokens = tokens[len(start) :]
            break
    if tokens[:1] and tokens[0] in m.clause_openers and "," in tokens:
        tokens = tokens[tokens.index(",") + 1 :]
    return tokens[1:] if tokens[:1] == [","] else tokens


# the label of a part that opens a question sentence: a letter, a roman numeral up to "viii" or a
# number of one or two digits ("a)", "iv)", "3)")
_LABEL = re.compile(r"^(?:[a-z]|[ivx]{1,4}|\d{1,2})$")


def part_label(tokens: list[str]) -> int:
    """How many of ``tokens`` a part label that opens them takes ("a )" 2, "( b )" 3), else 0."""
    if tokens[1:2] == [")"] and _LABEL.match(tokens[0]):
        return 2
    if tokens[:1] == ["("] and tokens[2:3] == [")"] and _LABEL.match(tokens[1]):
        return 3
    return 0


def _asks_open(tokens: list[str], m: _Matchers) -> bool:
    """Whether a question word among ``tokens`` (words and punctuation) asks: a count word
    ("hoeveel", "how many"), or one that stands first, after a comma, a conjunction or one of the
    lexicon's ``open_leads`` (a request verb or a preposition: "meedelen welke", "zicht op
    hoeveel"). After a noun it is a relative ("de stations waar", "the areas where")."""
    for i in range(len(tokens)):
        for q in m.question_words:
            if tuple(tokens[i : i + len(q)]) != q:
                continue
            if q in m.count_words or i == 0 or tokens[i - 1] in m.open_leads:
                return True
    return False


def committed_verbs(text: str, language: str, lexicon_dir: str | None = None) -> set[str]:
    """The verbs that follow a commitment of the lexicon's optional ``commitments`` list
    ("will publish", "intends to publish", "plans to meet"), lower-cased: what a closed
    question asks to be done, or what an answer says will be done. "be" and "have" count
    with the word after them ("be published"), a light verb with its object ("make
    assessment")."""
    # a light verb counts with its object ("make an assessment" is not "make a decision")
    return {verb for _, _, verb in commitment_places(text, language, lexicon_dir)}


def commitment_places(text: str, language: str, lexicon_dir: str | None = None) -> list[tuple[int, int, str]]:
    """Each commitment of ``text`` with its verb, as ``committed_verbs`` reads them: where the commitment
    starts, where its verb ends, and the verb ("will be published": the start of "will", the end of
    "published", "be published"); the place of a verb said, not the first string like it (lows52)."""
    m = matchers(language, lexicon_dir)
    if m.commitment_rx is None:
        return []
    return [
        (v.start(), v.end(), m.determiner_rx.sub(" ", v.group(1)))
        for v in m.commitment_rx.finditer(text.lower())
    ]


def _states(cue: Cue, sentences: tuple[Cue, ...]) -> bool:
    """Whether the sentence of a count cue states rather than asks: it ends with a full stop, lists
    nothing (no colon or semicolon: "Hoeveel dossiers werden opgestart om:a) ...;b) ...", "g) het
    aantal perslui") and does not open with the cue ("Hoeveel procent van de zones ...")."""
    around = next((x for x in sentences if x.start <= cue.start < x.end), None)
    if around is None or cue.start == around.start:
        return False
    return around.text.rstrip().endswith(".") and not any(mark in around.text for mark in ":;")


def _is_followup(sentence: str, m: _Matchers) -> bool:
    """A question asked only on one reply to the one before ("Zo nee, waarom niet?"): it
    starts like one of the lexicon's ``conditional_followups``."""
    words = text_layer.words(sentence)
    return bool(words) and _starts_with(words, m.followups)


def _is_closed_clause(sentence: str, m: _Matchers, opening: bool = False) -> bool:
    """A question one of whose clauses is one of the lexicon's ``closed_clauses``
    (``whether ...`` / ``if he will ...``) after a comma, a semicolon or "and"/"or": after the
    UK's ``To ask the Secretary of State for X,`` opening, or after an open question ("what steps
    he is taking ...; and whether he plans to ...")."""
    tokens = _TOKEN.findall(sentence.lower())
    # ``opening``: also a clause that opens the piece ("whether she has had discussions ...;")
    leads = [-1] if opening and tokens and tokens[0] in m.closed_clauses else []
    leads += [i for i, t in enumerate(tokens) if t in m.clause_leads]
    for i in leads:
        for start in m.closed_starts:
            if start and start[0] in m.closed_clauses and tuple(tokens[i + 1 : i + 1 + len(start)]) == start:
                if not _requests_in_clause(tokens[i + 1 : i + 1 + _CLAUSE_REACH], m):
                    return True
    return False


# the words of a closed clause read for its verb: "whether the Secretary of State will list ..."
_CLAUSE_REACH = 8


def _requests_in_clause(clause: list[str], m: _Matchers) -> bool:
    """Whether a ``whether ...`` / ``if he will ...`` clause asks for information, not yes or no:
    a phrase of the lexicon's ``clause_requests`` right after its first "will" ("if she will list
    the (a) tenure types", "if she will outline the differences", "if he will provide a breakdown
    of"), as "Kan u meedelen ...?" asks for what it names; "if she will provide additional funding"
    and "if he will publish ..." ask yes or no."""
    if "will" not in clause:
        return False
    j = clause.index("will") + 1
    return any(p and tuple(clause[j : j + len(p)]) == p for p in m.clause_requests)


def _longest(found: list[tuple[str, int, int]], kind: str) -> list[tuple[str, int, int]]:
    """Matches of ``kind`` with those inside a longer match dropped."""
    spans = sorted((s, -e, k) for k, s, e in found if k == kind)
    out: list[tuple[str, int, int]] = []
    last_end = -1
    for s, neg_e, k in spans:
        if -neg_e <= last_end:
            continue
        out.append((k, s, -neg_e))
        last_end = -neg_e
    return out


# ---------------------------------------------------------------- answers

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# months that follow a day without a year; not "may", which follows a number as a verb ("3 may")
_DAY_MONTHS = "|".join(sorted(set(MONTHS) - {"may"}, key=len, reverse=True))
# (opened by a lookahead of what a date's first character is, a digit or a month's first letter: the branches,
# each headed by ``\b``, are tried only there; the same matches, speed34)
_DATE_FIRSTS = "".join(sorted({c for m in MONTHS for c in (m[0], m[0].lower())}))
_DATE = re.compile(
    rf"(?=[\d{_DATE_FIRSTS}])(?:\b\d{{1,2}}(?:\s*(?:en|and|,|-|–)\s*\d{{1,2}})*\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{2,4}}\b"
    rf"|\b(?:\d{{1,2}}(?:\s*(?:en|and|,|-|–)\s*\d{{1,2}})*\s+)?(?:{_MONTH_NAMES})\s+\d{{4}}\b"
    rf"|\b(?:{_MONTH_NAMES})\s+\d{{1,2}},?\s+\d{{4}}\b"
    rf"|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b\d{{1,2}}(?:e|ste|de|st|nd|rd|th)?\s+(?:{_DAY_MONTHS})\b)",  # a day without its year ("22 februari")
    re.IGNORECASE,
)
# every date has digits joined by / . - or a four-digit year: the date pattern is tried only
# in windows around these anchors (it is slow to try at every position of a long answer); the
# lookahead, which every anchor's digit meets, fails at once where no digit stands (twice as fast)
_DATE_ANCHOR = re.compile(
    rf"(?=\d)(?:\d\s*[/.-]\s*\d|\d{{4}}|\d(?:e|ste|de|st|nd|rd|th)?\s+(?:{_DAY_MONTHS})\b)", re.IGNORECASE
)
_DATE_BEFORE = 120  # characters a date may start before its anchor (a list of days, a month)
_DATE_AFTER = 24
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DATE_LOWER = re.compile(_DATE.pattern)  # the same, case-sensitive, on lower-cased text (faster)


def mask_dates(text: str) -> str:
    """``text`` with its dates blanked out (same length, offsets kept)."""
    low = text.lower()
    date, searched = (_DATE_LOWER, low) if len(low) == len(text) else (_DATE, text)
    n = len(text)
    windows: list[list[int]] = []
    for a in _DATE_ANCHOR.finditer(text):
        lo, hi = max(0, a.start() - _DATE_BEFORE), min(n, a.end() + _DATE_AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    if not windows:
        return text
    parts: list[str] = []
    last = 0
    for lo, hi in windows:
        while hi < n and text[hi].isalnum():  # a window ends between words
            hi += 1
        for d in date.finditer(searched, lo, hi):
            if d.start() < last:
                continue
            parts += [text[last : d.start()], " " * (d.end() - d.start())]
            last = d.end()
    parts.append(text[last:])
    return "".join(parts)


@lru_cache(maxsize=8)
def _headed_date(language: str, lexicon_dir: str | None) -> re.Pattern[str]:
    leads = load_lexicon(language, lexicon_dir).phrases("coverage", "date_leads")
    return re.compile(
        rf"(?:^|[,;:(]|\b(?:and|en)\b)\s*(?:{_alternatives(tuple(leads))})\s+"
        rf"(?:\d{{1,2}}(?:e|ste|de|st|nd|rd|th)?\s+)?(?:(?:{_MONTH_NAMES})\s+)?((?:19|20)\d{{2}})\b",
        re.IGNORECASE | re.MULTILINE,
    )


def headed_years(text: str, language: str, lexicon_dir: str | None = None) -> set[str]:
    """The years of the dates in ``text`` that head a figure's clause: a phrase of the lexicon's
    ``[coverage] date_leads`` at the start of a clause (the start of a line, a comma, ";", "and",
    "en") before the date ("As at 31 March 2020 there were 21,000", "in the year ending March
    2021 120", "Op 31 december 2014 waren er 10.000"). The figure is of that year; other dates
    qualify something else ("afgesloten op 20 juli 2015", "the Act of 3 May 2019") and give none
    (``mask_dates``)."""
    return {m.group(1) for m in _headed_date(language, lexicon_dir).finditer(text)}


_YEAR_TOKEN = re.compile(r"(?:19|20)\d{2}")


def _is_year(token: str) -> bool:
    return bool(_YEAR_TOKEN.fullmatch(token.strip()))


_TOKEN = text_layer.TOKEN
_GAP = 5  # words a "*" in a cue phrase may stand for, within one sentence


@lru_cache(maxsize=32)
def _sentence_end(language: str, lexicon_dir: str | None) -> re.Pattern[str]:
    """Where a sentence ends inside a match: a stop before a capital or a digit, or a line break;
    not the full stop of one of the lexicon's ``[text] abbreviations`` (``text.after_abbreviation``,
    as for the sentence splitter): "zijn vraag nr. 2 aan hem te richten" is one sentence."""
    after = text_layer.after_abbreviation(language, lexicon_dir)
    stop = rf"\.(?!{after})" if after else r"\."
    return re.compile(rf"(?:{stop}|[!?])(?:\s+(?=[A-Z\d(\"'])|(?=[A-Z][a-z]))|\n")


# the marks of a possessive's "'s" ("the Agency’s remit"): the tokenizer cuts it in three tokens
_APOSTROPHES = frozenset("'\u2019")


def _match_at(words: list[str], i: int, phrase: tuple[str, ...]) -> int:
    """The index after ``phrase`` matched at word ``i`` (``*`` matching up to five words,
    as few as possible), or -1. A word with its possessive "'s" or "’s" is one word of a gap:
    "the Maritime and Coastguard Agency’s remit" is five words, not seven tokens. The words before
    a gap are compared in a loop, not a call each (speed49: most phrases have no gap)."""
    n = len(words)
    for k, head in enumerate(phrase):
        if head == "*":
            rest = phrase[k + 1 :]
            skipped = 0
            while i < n:
                end = _match_at(words, i, rest)
                if end != -1:
                    return end
                word = words[i]
                i += 3 if i + 2 < n and words[i + 1] in _APOSTROPHES and words[i + 2] == "s" else 1
                if len(word) > 1 or word.isalnum():  # a punctuation mark is no word of the gap
                    skipped += 1
                    if skipped > _GAP:
                        return -1
            return _match_at(words, i, rest)
        if i < n and words[i] == head:
            i += 1
        else:
            return -1
    return i


def answer_cues(
    text: str, language: str, lexicon_dir: str | None = None, opening: bool = False, on_demand: bool = False
) -> list[Cue]:
    """Matches of the answer-side lexicon lists in ``text`` (kind = the list's name:
    ``annex``, ``number_word``, ``cross_reference``, ...; with ``opening``, the lists matched
    in an answer's opening only, such as the yes/no words of ``polarity``; with ``on_demand``, the
    lists matched only when a rule asks, ``lexicon.CUE_SCOPES``): whole words in
    sequence, case-insensitive, ``*`` a gap of up to five words of the same sentence; longest first, not
    overlapping within a kind."""
    scope = "opening" if opening else "on_demand" if on_demand else "answer"
    return list(_answer_cues(text, language, lexicon_dir, scope))


# an English negation written short, "n't" after its verb, with a straight or a curly apostrophe
# ("don't", "don’t", "isn’t", "can't"): ``_uncontracted`` reads it as the verb and "not", so that a cue
# phrase written in full ("do not hold", "is not available", "cannot be provided") matches it
# (its "n" first, the word character before it looked behind from after it: the engine then looks for an "n"
# and tries the rest only there, not a lookbehind at every character; the same matches, about 7 times as fast)
_CONTRACTION = re.compile(r"n(?<=\wn)['\u2019]t\b")
# the verbs whose short negation is not the verb less its "n": "can't" is "cannot", "won't" "will not"
_CONTRACTED = {"can": ("cannot",), "won": ("will", "not"), "shan": ("shall", "not")}


def _uncontracted(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The tokens of ``text`` (``_TOKEN``) with their offsets, a short negation read in full: "don",
    "'", "t" as "do" (the verb's offsets) and "not" (those of "'t"); "can't" as one word, "cannot".
    Cue phrases are cut the same way (``_Matchers._index``)."""
    tokens = [(t.group(), t.span()) for t in _TOKEN.finditer(text)]
    out: list[tuple[str, tuple[int, int]]] = []
    i = 0
    while i < len(tokens):
        word, (a, b) = tokens[i]
        if (
            i + 2 < len(tokens)
            and word.endswith("n")
            and len(word) > 2
            and tokens[i + 1][0] in ("'", "\u2019")
            and tokens[i + 2][0] == "t"
            and tokens[i + 1][1][0] == b
            and tokens[i + 2][1][0] == b + 1
        ):
            end = tokens[i + 2][1][1]
            full = _CONTRACTED.get(word.lower())
            if full == ("cannot",):
                out.append(("cannot", (a, end)))
            elif full:
                out += [(full[0], (a, b)), (full[1], (b, end))]
            else:
                out += [(word[:-1], (a, b - 1)), ("not", (b - 1, end))]
            i += 3
            continue
        out.append((word, (a, b)))
        i += 1
    return out


def uncontracted_words(text: str) -> list[str]:
    """The words of ``text`` (``text.words``, lower-cased), a short English negation read in full as
    ``negating_words`` and the cue matcher read it (``_uncontracted``: "isn't available" is "is", "not",
    "available"; "can't" is "cannot"); a text with none, its ``text.words`` as they are. A web address,
    one token of ``_uncontracted``, gives its words as ``text.words`` does ("https", "digital", "nhs")."""
    lowered = text.lower()
    if not _CONTRACTION.search(lowered):
        return text_layer.words(text)
    return [w for token, _ in _uncontracted(lowered) for w in text_layer.WORD.findall(token)]


def cue_words(text: str) -> list[str]:
    """The words of ``text`` lower-cased as the cue matcher reads them (``_TOKEN``, punctuation a word of its
    own), a short English negation in full (``_uncontracted``: "don’t hold" is "do", "not", "hold"): a cue
    phrase's words (``_Matchers._index``) and a text's where only the words count (``lexicon_stats``)."""
    lower = text.lower()
    if _CONTRACTION.search(lower):
        return [w for w, _ in _uncontracted(lower)]
    return _TOKEN.findall(lower)


@lru_cache(maxsize=32)
def _compound_negations(language: str, lexicon_dir: str | None) -> re.Pattern[str]:
    """A negation word of ``[text] negating_prefixes`` joined by a hyphen to the word after it, no space
    between: the first part of a compound ("niet-geelektrificeerde haltes", "niet-begeleide minderjarigen",
    "non-urgent"), which negates nothing. ``_answer_cues`` writes it in capitals, as long as it was, so
    that it matches no cue word ("niet * beschikbaar", "not * held", ``own_remit_not``) and a "*" gap
    still counts it as one word; offsets and every other word stay as they were. Never a figure's or a
    year's hyphen ("2015-2016"): the list holds words."""
    listed = sorted(
        {p.lower() for p in load_lexicon(language, lexicon_dir).phrases("text", "negating_prefixes")}
    )
    if not listed:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, listed))})(?=-\w)")


@lru_cache(maxsize=32)
def _compound_heads(language: str, lexicon_dir: str | None) -> tuple[str, ...]:
    """Each negation word of ``_compound_negations`` with its hyphen ("niet-", "non-"): a text that holds
    none has no match, and is not searched (the pattern opens with a lookbehind, tried at every character)."""
    listed = load_lexicon(language, lexicon_dir).phrases("text", "negating_prefixes")
    return tuple(sorted({p.lower() + "-" for p in listed}))


def _mask_compound_negations(
    lowered: str, language: str, lexicon_dir: str | None, repl: str | Callable[[re.Match[str]], str]
) -> str:
    """``_compound_negations(...).sub(repl, lowered)``, the text as it is where no negation word and hyphen
    stand in it."""
    if not any(h in lowered for h in _compound_heads(language, lexicon_dir)):
        return lowered
    return _compound_negations(language, lexicon_dir).sub(repl, lowered)


def negating_words(text: str, language: str, lexicon_dir: str | None = None) -> set[str]:
    """The words of ``text`` (``text.words``, lower-cased) but the negation words that open a compound
    (``_compound_negations``: "niet-begeleide", "non-urgent"), which negate nothing: a sentence's words as a
    reading of its negation takes them ("De gegevens over niet-begeleide minderjarigen worden door de DVZ
    bijgehouden" holds no negation); a short English negation read in full as the cue matcher reads it
    (``_uncontracted``: "HMT don’t hold the information" holds "not", "can't" "cannot")."""
    lowered = _mask_compound_negations(text.lower(), language, lexicon_dir, " ")
    words = set(text_layer.words(lowered))
    if _CONTRACTION.search(lowered):
        words |= {w for w, _ in _uncontracted(lowered)}
    return words


def _upper(match: re.Match[str]) -> str:
    """The match in capitals (``_answer_cues`` marks a compound's negation word so, offsets kept)."""
    return match.group().upper()


@lru_cache(maxsize=4096)
def _answer_cues(text: str, language: str, lexicon_dir: str | None, scope: str) -> tuple[Cue, ...]:
    """``answer_cues`` kept per text and scope: a segment's text is matched for its analysis and
    again when a rule asks for an ``on_demand`` list, its sentences again for the classifier's
    evidence, and answers repeat their sentences."""
    m = matchers(language, lexicon_dir)
    phrases = m.phrases(scope)
    lower = text.lower()
    if len(lower) != len(text):  # "İ" lowers to two characters: one for each, so that offsets hold
        lower = "".join(c.lower()[0] for c in text)
    lower = _mask_compound_negations(lower, language, lexicon_dir, _upper)
    if _CONTRACTION.search(lower):
        spans_of = _uncontracted(lower)
        words = [w for w, _ in spans_of]
    else:
        spans_of = None
        words = _TOKEN.findall(lower)
    matched: list[tuple[str, int, int, bool]] = []  # (kind, first word, word after the last, with a "*")
    n = len(words)
    heads = phrases.keys() & set(words)
    if not heads:
        return ()
    for i in [i for i, w in enumerate(words) if w in heads]:
        nxt = words[i + 1] if i + 1 < n else ""
        for phrase, kind in m.following(scope, words[i], nxt):
            end = _match_at(words, i, phrase)
            if end != -1:
                matched.append((kind, i, end, "*" in phrase))
    if not matched:
        return ()
    last = max(end for _, _, end, _ in matched)
    if spans_of is not None:
        offsets = [span for _, span in spans_of[:last]]
    else:
        offsets = [t.span() for t in itertools.islice(_TOKEN.finditer(lower), last)]
    spans: dict[str, list[tuple[int, int]]] = {}
    sentence_end = _sentence_end(language, lexicon_dir)
    for kind, i, end, gap in matched:
        a, b = offsets[i][0], offsets[end - 1][1]
        if gap and sentence_end.search(text, a, b):
            continue  # a "*" stands for words of its own sentence only
        spans.setdefault(kind, []).append((a, b))
    cues = []
    for kind, found in spans.items():
        last_end = -1
        for a, b in sorted(found, key=lambda x: (x[0], -x[1])):
            if a < last_end:
                continue
            cues.append(Cue(a, b, text[a:b], kind))
            last_end = b
    return tuple(sorted(cues, key=lambda c: c.start))


# a web address: its numbers name a page, they count nothing (``find_figures``)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


# what joins the two numbers of a range: "6-13", "6 tot 13", "49 to 52", "5 t/m 7"
_RANGE_GAP = re.compile(r"\s*(?:[-\u2013]|tot(?:\s+en\s+met)?|t/m|to)\s*$", re.IGNORECASE)
# what makes a number after "to" / "tot" an amount, not a range's end ("door artikel 3 tot 45 procent verhoogd")
_UNIT_AFTER = re.compile(
    r"\s*(?:%|per\s*cent\b|percent\b|procent\b|euro\b|EUR\b|pounds?\b|dollars?\b)", re.IGNORECASE
)


# a record code of the Chamber's reports and documents: capitals and numbers taking turns, or capitals, a number
# and a numbered document ("CRIV 54 COM 659", "CRIV54PLEN 161", "DOC 54 2111/008"), on one line: a space between
# its parts, never a line break or a tab ("FOD 12\nRSZ 14" are a table's rows: bodies and their counts)
# (its first capital first, what stands before it looked behind from after it: the engine skips to a capital)
_RECORD_CODE = re.compile(
    r"[A-Z](?<![\w/][A-Z])[A-Z]+[ \xa0]?\d+(?:[ \xa0]?[A-Z]{2,}[ \xa0]?\d+|[ \xa0]\d+/\d+)(?![\w/])"
)
# a bracket that holds only capitals and a number: a code or a law's short name ("(WIB 92)", "(PC 201)", "(SDG 15.2)")
_BRACKET_CODE = re.compile(r"\(([A-Z]{2,})[ \xa0]?\d+(?:[./]\d+)?\)")


def _blank(match: re.Match[str]) -> str:
    """Spaces as long as ``match``: what it names is masked and every offset after it kept."""
    return " " * len(match.group())


# the gap between two numbers of one list of references ("artikelen 6, 10ter en 12", "tables 32 and 33", "tables 12a
# and 12b"): a letter suffix of the number before (at most three letters: "10ter", "12a") and a comma or a joiner
_LIST_GAP = re.compile(r"[^\W\d_]{0,3}\s*(?:,|,?\s*(?:en|and|or|of|&))\s*$", re.IGNORECASE)
# what may follow a list's last reference: its own letter suffix, then the end, a mark or a word of at most three
# letters ("van", "of", "en"); "articles 5 and 6 of the Act", not "sections 3 and 45 officers"
_LIST_END = re.compile(r"[^\W\d_]{0,3}(?:\s*$|\s*[,.;:)\]\n]|\s+[^\W\d_]{1,3}\b(?!-))")


def _list_member(gap: str, token: str, after: str) -> bool:
    """Whether ``token`` is a further member of a list of references whose member before it was cited
    ("artikelen 6, 10ter en 12" after "6"; "tables 32 and 33"): the list's gap (``_LIST_GAP``), plain digits of
    at most three, no unit after it, and the end of a reference after it (``_LIST_END``)."""
    return (
        bool(_LIST_GAP.fullmatch(gap))
        and token.isdigit()
        and len(token) <= 3
        and not _UNIT_AFTER.match(after)
        and bool(_LIST_END.match(after))
    )


def _range_end(start: str, token: str, after: str) -> bool:
    """Whether ``token`` can end a reference's range that opens on ``start`` ("blz. 6-13", "articles 49 to
    52"): plain digits (no thousands, no decimals), higher than the start, and no unit after it. "artikel 3
    tot 5.000 euro", "regulation 5 to 2,000 households", "article 3 to 45 per cent" give a figure."""
    return token.isdigit() and start.isdigit() and int(token) > int(start) and not _UNIT_AFTER.match(after)


# a number joined by a hyphen to the word or year before it: part of a name ("MIG-6", "COVID-19", "F-16")
# or the second half of a financial year ("2023-24", "2016-17"); "18-24", "5-10" keep their first number
_NAME_OR_YEAR_TAIL = re.compile(r"(?:[^\W\d_]|(?<!\d)(?:19|20)\d{2})[-\u2013]$")
# a list item's number: at the start of the text or after a sentence's end, a full stop or bracket and a
# capital after it ("... tegen de Grondwet. 2. Het aantal belastingplichtigen ..."); "Er waren er 2. Het ..."
# and "Aantal: 2. Daarnaast ..." keep theirs (a word, a colon before it)
_ITEM_AFTER = re.compile(r"[.)]\s+[A-Z]")


def _not_a_count(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``start:end`` of ``text`` count nothing: the tail of a name or of a financial
    year (``_NAME_OR_YEAR_TAIL``), or a list item's number (``_ITEM_AFTER``)."""
    token = text[start:end]
    if not token.isdigit():
        return False
    before = text[max(0, start - 8) : start]
    if _NAME_OR_YEAR_TAIL.search(before):
        return True
    lead = text[:start].rstrip()
    return len(token) <= 2 and (not lead or lead[-1] in ".?!") and bool(_ITEM_AFTER.match(text, end))


# a hyphen and the word after a number word ("two-tier", "three-year")
_HYPHEN_TAIL = re.compile(r"[-\u2010\u2011]([^\W\d_]+)")


def compound_number_word(
    text: str, end: int, number_words: AbstractSet[str], tails: AbstractSet[str] = frozenset()
) -> bool:
    """Whether the number word ending at ``end`` is the first half of a compound adjective ("two-tier
    authorities", "a three-year programme", "zero-hours contracts"): it counts nothing. Not a number spelled
    with a hyphen ("twenty-five", a word of ``number_words`` after it; "twenty-one", a word of ``tails``), nor a
    fraction or a round figure (``tails``: "two-thirds of schools", "forty-odd cases"; ``[answer]
    number_tails``)."""
    m = _HYPHEN_TAIL.match(text, end)
    if m is None:
        return False
    tail = m.group(1).lower()
    return tail not in number_words and tail not in tails


def find_figures(
    text: str, language: str, lexicon_dir: str | None = None, cues: list[Cue] | None = None
) -> list[Cue]:
    """Figures in running text: numbers that are not dates, years, ordinals, references
    ("artikel 5"), parts of names ("NIS2") or of web addresses, and number words ("twintig", "none").
    ``cues``: the text's ``answer_cues`` when already found."""
    m = matchers(language, lexicon_dir)
    # a web address names a page, its numbers count nothing ("revenue-and-customs-brief-10-2022")
    masked = mask_dates(text)
    if "://" in masked or "www." in masked.lower():  # what every match of ``_URL`` holds
        masked = _URL.sub(_blank, masked)
    # a record code of capitals and numbers names a text ("CRIV 54 COM 659", "CRIV54PLEN 161", "DOC 54 2111/008"),
    # as does a bracket that holds only capitals and a number ("(WIB 92)", "(PC 201)"; not "(EUR 500)")
    masked = _RECORD_CODE.sub(_blank, masked)
    masked = _BRACKET_CODE.sub(lambda u: u.group() if u.group(1).lower() in m.units else _blank(u), masked)
    figures: list[Cue] = []
    cited = -1  # where the last number read as a reference ends
    cited_token = ""  # that number
    for num in m.number.finditer(masked):
        token = num.group()
        after = masked[num.end() : num.end() + 4]
        if _is_year(token) or m.ordinal.match(after) or _not_a_count(masked, num.start(), num.end()):
            continue
        if (
            cited >= 0
            and _RANGE_GAP.match(masked[cited : num.start()])
            and _range_end(cited_token, token, masked[num.end() : num.end() + 12])
        ):
            cited, cited_token = num.end(), token
            continue  # the end of a reference's range ("blz. 6-13", "articles 49 to 52")
        if cited >= 0 and _list_member(
            masked[cited : num.start()], token, masked[num.end() : num.end() + 12]
        ):
            cited, cited_token = num.end(), token
            continue  # a further member of a list of references ("artikelen 6, 10ter en 12", "tables 32 and 33")
        before = masked[max(0, num.start() - 20) : num.start()].split()
        # "artikel 5", "art. 5", "tabel:2016201714755"; not a label before its figure ("Aantal leden: 45",
        # "Number of articles: 120")
        label = (
            before[-1].endswith(":") and masked[num.start() - 1 : num.start()].isspace() if before else False
        )
        word = before[-1].lower().rstrip(".:") if before else ""
        # the Chamber's records turn "§" into "?": a "?" standing alone before a number is a paragraph's sign
        # ("artikel 36, ? 2", "artikel 53, ?? 1") where plain digits with no unit follow ("slechts ? 75 %", "?"
        # for "±", keeps its figure)
        sign = bool(before) and set(before[-1]) == {"?"} and token.isdigit() and not _UNIT_AFTER.match(after)
        if before and not label and (word in m.references or word in m.cited_in_brackets or sign):
            cited, cited_token = num.end(), token
            continue
        cited = -1
        figures.append(Cue(num.start(), num.end(), token, "number"))
    cues = cues if cues is not None else answer_cues(text, language, lexicon_dir)
    # a number word within a name counts nothing ("the Department for Energy Security and Net Zero")
    names = [(x.start(), x.end()) for x in m.number_names.finditer(text)] if m.number_names else []
    figures.extend(
        Cue(c.start, c.end, c.text, "number_word")
        for c in cues
        if c.kind == "number_word" and not any(a <= c.start < b for a, b in names)
    )
    return sorted(figures, key=lambda c: c.start)


def prime_answers(
    texts: Iterable[str],
    language: str,
    lexicon_dir: str | None = None,
    cue_model: str = LEARNED,
    cue_thresholds: Mapping[str, float] | None = None,
    cue_min_probability: float = CUE_MIN_PROBABILITY,
) -> None:
    """The cue classifier run once over the sentences of many answer segments' ``texts`` (a chunk of
    documents', ``document_rules.map_chunk``), each sentence with the lexicon's cues in it, as
    ``analyze_answer`` hands them to ``classify``: their probabilities are kept and ``analyze_answer``
    finds them there, one segment at a time (``cues.prime``). Nothing to do with ``cue_model``
    "lexicon"."""
    if cue_model == LEXICON_ONLY:
        return
    from .cues import classify_inputs, prime

    inputs: list[tuple[str, tuple[str, ...]]] = []
    for text in dict.fromkeys(texts):
        found = answer_cues(text, language, lexicon_dir)
        inputs += classify_inputs(_sentence_cues(text, language, lexicon_dir), found)
    prime(inputs, language, cue_model, cue_thresholds, cue_min_probability)


def prime_questions(
    texts: Iterable[str], language: str, lexicon_dir: str | None = None, asks_model: str = ""
) -> None:
    """The question-reading model's bounds (``asks.may_rate``) of the sentences of many question units'
    ``texts`` (a chunk of documents', ``document_rules.map_chunk``) worked out at once, the sentences as
    ``analyze_question`` cuts them: ``coverage.asked`` finds them kept, one unit at a time
    (``asks.prime``). Nothing to do without a model (``asks_model`` "lexicon")."""
    from .asks import prime

    sentences = (
        s[2] for text in dict.fromkeys(texts) for s in text_layer.sentences(text, language, lexicon_dir)
    )
    prime(sentences, language, asks_model)


def _sentence_cues(text: str, language: str, lexicon_dir: str | None) -> list[Cue]:
    """The sentences of an answer segment's ``text`` as ``analyze_answer`` reads them."""
    return [Cue(*s, "sentence") for s in text_layer.sentences(text, language, lexicon_dir)]


def analyze_answer(
    segment: AnswerSegment,
    language: str,
    lexicon_dir: str | None = None,
    cue_model: str = LEARNED,
    cue_thresholds: Mapping[str, float] | None = None,
    cue_min_probability: float = CUE_MIN_PROBABILITY,
) -> AnswerAnalysis:
    """Figures, annex references, tables, figure-bearing sentences and cues of a segment: the
    lexicon's cue phrases and, unless ``cue_model`` is ``"lexicon"``, the cues the cue
    classifier finds in its sentences (``qa_align.cues.classify``; ``cue_model`` "learned"
    the shipped model, else the path of one; ``cue_thresholds`` and ``cue_min_probability``
    the probabilities at which its cues count, see ``Settings``)."""
    text = segment.text
    found = answer_cues(text, language, lexicon_dir)
    figures = find_figures(text, language, lexicon_dir, found)
    annex = tuple(c for c in found if c.kind == "annex")
    sentences = []
    all_sentences = []
    starts = [f.start for f in figures]  # sorted
    for start, end, sentence in text_layer.sentences(text, language, lexicon_dir):
        all_sentences.append(Cue(start, end, sentence, "sentence"))
        k = bisect.bisect_left(starts, start)
        if k < len(starts) and starts[k] < end:
            sentences.append(Cue(start, end, sentence, "figure_sentence"))
    cues = [c for c in found if c.kind not in ("annex", "number_word")]
    read = cued = None
    if cue_model != LEXICON_ONLY:
        from .cues import classify

        classified = classify(
            all_sentences, language, lexicon_dir, cue_model, found, cue_thresholds, cue_min_probability
        )
        cues += classified.cues
        read, cued = classified.found, classified.cued
    # a learned cue's words before its sentence, so that a flag's reason quotes them first
    cues.sort(
        key=lambda c: (
            (c.sentence[0], c.start == c.sentence[0] and c.end == c.sentence[1])
            if c.sentence
            else (c.start, False)
        )
    )
    opening = text[: all_sentences[1].end] if len(all_sentences) > 1 else text
    return AnswerAnalysis(
        tuple(figures),
        annex,
        segment.tables,
        tuple(sentences),
        tuple(cues),
        tuple(all_sentences),
        opening,
        language,
        lexicon_dir,
        read,
        text,
        cued,
    )


# ---------------------------------------------------------------- coverage


# between the words of a value: a space or a hyphen ("het Brussels-Hoofdstedelijk Gewest", breakdown57)
_VALUE_SPACE = r"[ -]"


def value_pattern(value: str, ends: Iterable[str] = ()) -> str:
    """The pattern of a dimension's value (``[dimensions.X] values``), each word before its last taking
    one of ``ends`` or none (``[coverage] value_inflections``, Dutch "e": the inflected adjective after an
    article, "in het Vlaamse Gewest", "het Brusselse Hoofdstedelijke Gewest" for the values "Vlaams
    Gewest", "Brussels Hoofdstedelijk Gewest"); a word that ends on one already is matched as written. Its words
    stand apart by a space or a hyphen (``_VALUE_SPACE``: "het Brussels-Hoofdstedelijk Gewest")."""
    ends = tuple(ends)
    *lead, last = value.split(" ")
    if not lead or not ends:
        return _VALUE_SPACE.join(map(re.escape, value.split(" ")))
    inflected = f"(?:{'|'.join(re.escape(e) for e in ends)})?"
    words = [
        re.escape(w) + ("" if any(w.lower().endswith(e.lower()) for e in ends) else inflected) for w in lead
    ]
    return _VALUE_SPACE.join([*words, re.escape(last)])


def _mentions(values: tuple[str, ...], text: str, ends: tuple[str, ...] = ()) -> set[str]:
    found = set()
    for v in values:
        if re.search(rf"(?<![\w-]){value_pattern(v, ends)}(?![\w-])", text, re.IGNORECASE):
            found.add(v.lower())
    return found


def dimension_coverage(
    dim: Dimension, answer: AnswerAnalysis, all_dims: tuple[Dimension, ...]
) -> tuple[str, ...]:
    """The values of ``dim`` for which the answer gives figures, in a table or in
    sentences and list items that hold figures. For an open dimension (no value list),
    the row labels of a table or the items of a list that are no known value of another
    dimension."""
    labels = "\n".join(table_labels(t) for t in answer.tables if not t.placeholder)
    prose = "\n".join(s.text for s in answer.figure_sentences)
    lexicon = load_lexicon(answer.language, answer.lexicon_dir)
    if dim.pattern == "year":
        years = set(_YEAR.findall(labels))
        # a date gives no year's figure, unless it heads the figure's clause ("as at 31 March 2020")
        prose_years = set(_YEAR.findall(mask_dates(prose))) | headed_years(
            prose, answer.language, answer.lexicon_dir
        )
        return tuple(sorted(years | prose_years))
    if dim.pattern == "month":
        months = {mo for mo in MONTHS if re.search(rf"\b{mo}\b", f"{labels}\n{prose}", re.IGNORECASE)}
        quarter = _alternatives(lexicon.quarter_words)
        ordinal = _alternatives(lexicon.ordinal_suffixes)
        quarters = set(
            re.findall(
                rf"\b(?:Q[1-4]|[1-4](?:{ordinal})? (?:{quarter})|(?:{quarter}) [1-4])\b",
                labels,
                re.IGNORECASE,
            )
        )
        return tuple(sorted(months | quarters))
    if dim.pattern == "age":
        # age bands: "18-24", "25 tot 34", "18 to 24", "65+", and a bound before an age ("jonger dan 18")
        joiners = _alternatives(lexicon.phrases("coverage", "range_joiners"))
        bounds = _alternatives(lexicon.phrases("coverage", "age_bounds"))
        band = re.compile(
            rf"(?<![\d.,])(?:\d{{1,2}}\s*(?:{joiners})\s*\d{{1,2}}|\d{{1,2}}\s*\+|(?:{bounds})\s+\d{{1,2}})(?![\d.,])",
            re.IGNORECASE,
        )
        return tuple(sorted({" ".join(b.lower().split()) for b in band.findall(f"{labels}\n{prose}")}))
    ends = lexicon.phrases("coverage", "value_inflections")
    if dim.values:
        return tuple(sorted(_mentions(dim.values, labels, ends) | _mentions(dim.values, prose, ends)))
    # an open dimension: rows of a table that are not years or values of closed dimensions
    closed = tuple(v for d in all_dims if d.values for v in d.values)
    total = re.compile(_alternatives(lexicon.total_labels), re.IGNORECASE)  # "Totaal", "Eindtotaal"
    rows: set[str] = set()
    for t in answer.tables:
        if t.placeholder:
            continue
        header = " ".join(t.header).lower()
        if any(n.lower() in header for n in dim.nouns):
            rows.update(r.lower() for r in t.row_labels)
            continue
        for r in t.row_labels:
            if not _YEAR.fullmatch(r) and not _mentions(closed, r, ends) and not total.match(r):
                rows.add(r.lower())
    items = [
        s.text
        for s in answer.figure_sentences
        if re.match(r"^\s*(?:[-–•▪·*]|[a-z]\)|\d+[.)])\s", s.text) or re.match(r"^[^:]{2,60}:\s*\S", s.text)
    ]
    if len(items) >= 2:
        rows.update(i[:40].lower() for i in items)
    return tuple(sorted(rows))
