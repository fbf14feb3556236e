"""How many documents each lexicon entry matches: the lexicon's hygiene.

Every phrase of every list of a lexicon (``[question]``, ``[answer]``, ``[cues]``,
``[text]``, ``[numbering]``, ``[commitment]``, the nouns and values of each
``[dimensions.NAME]`` and the phrases of each ``[asks.NAME]``) is looked for in the documents
of its language, on the side where the rules read it: the question (``[question]``, the
question-side cue lists, dimension nouns, ``asks.NAME.question``), the answer (``[answer]``,
the other cue lists, dimension values, ``asks.NAME.answer``) or either (``[text]``,
``[numbering]``, ``[commitment]``). A phrase matches as the answer cues do
(``qa_align.analyze.answer_cues``): whole words in sequence, case-insensitive, ``*`` a gap of
up to five words, punctuation a word of its own, a short English negation read in full
(``analyze.cue_words``: "don't hold" matches "do not hold") (scoring reads the question-side lists with
spaCy's tokenizer, which splits words nearly the same way); ``conditional_followups`` and the
lists read on either side are matched on words alone (``WORD_LISTS``), punctuation left out. The lists read otherwise
are matched as their readers do (``PATTERNS``): a ``[numbering]`` ``heads`` or ``intro_refs``
entry is a regular expression, an ordinal suffix or a figure unit follows a digit, a total label
starts a word, an abbreviation ends on a full stop.

An entry that matches a single document of a large collection was most likely written for
that document: ``lexicons/README.md`` says what was kept and removed by that measure.
"""

from __future__ import annotations

import logging
import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pandas as pd

from .analyze import _match_at, cue_words
from .errors import ConfigError
from .lexicon import CUE_SCOPES, LANGUAGES, Lexicon, load_lexicon
from .readers import read_paths
from .text import TOKEN, WORD
from .types import Document, Problem

log = logging.getLogger(__name__)
SIDES = ("question", "answer", "either")
COLUMNS = ("language", "table", "list", "entry", "side", "documents", "sources")
# the lists not matched as word sequences: each entry's regular expression
PATTERNS: dict[tuple[str, str], Callable[[str], str]] = {
    ("numbering", "heads"): lambda p: p,
    ("numbering", "intro_refs"): lambda p: p,
    ("answer", "ordinal_suffixes"): lambda p: rf"\d{re.escape(p)}\b",
    ("answer", "figure_units"): lambda p: rf"\d\s?{re.escape(p)}\b",
    ("answer", "total_labels"): lambda p: rf"\b{re.escape(p)}",
    ("text", "abbreviations"): lambda p: rf"\b{re.escape(p.rstrip('.'))}\.\s",
    ("text", "small_abbreviations"): lambda p: rf"\b{re.escape(p.rstrip('.'))}\. [a-z]",
    # a prefix that keeps its hyphen before a word in small letters inside a line ("mvo-beleid")
    ("text", "hyphen_prefixes"): lambda p: rf"(?<![\w-]){re.escape(p)}-[a-zà-ÿ]",
    # a negation word that opens a compound with a hyphen ("niet-begeleide", "non-urgent")
    ("text", "negating_prefixes"): lambda p: rf"(?<![\w-]){re.escape(p)}-\w",
}
# lists matched on words alone, punctuation left out (as ``analyze`` reads conditional follow-ups)
WORD_LISTS = {("cues", "conditional_followups")}
# the side each table's lists are read on ([cues]: by ``CUE_SCOPES``)
TABLE_SIDES = {"question": "question", "answer": "answer", "text": "either", "numbering": "either", "commitment": "either", "coverage": "either"}  # fmt: skip


@dataclass(frozen=True)
class Entry:
    """One phrase of a lexicon list, where it is read, and its words (or its pattern)."""

    language: str
    table: str  # "cues", "dimensions.provincie", "asks.discussions", ...
    list: str  # "cross_reference", "nouns", ...
    phrase: str
    side: str  # one of SIDES
    words: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None
    punctuation: bool = True  # punctuation is a word of the phrase and of the text


def _words(phrase: str, punctuation: bool) -> tuple[str, ...]:
    if punctuation:
        words = tuple(cue_words(phrase))
    else:
        words = tuple(w.lower() for w in TOKEN.findall(phrase) if w == "*" or WORD.fullmatch(w))
    while words and words[0] == "*":
        words = words[1:]  # a leading gap matches wherever what follows does
    return words


def entries(lexicon: Lexicon) -> list[Entry]:
    """Every entry of ``lexicon`` with the side it is read on."""
    out = []

    def add(table: str, name: str, phrases: Iterable[str], side: str) -> None:
        for p in phrases:
            if (table, name) in PATTERNS:
                rx = re.compile(PATTERNS[(table, name)](p), re.IGNORECASE)
                out.append(Entry(lexicon.language, table, name, p, side, pattern=rx))
            else:
                punct = side != "either" and (table, name) not in WORD_LISTS
                out.append(Entry(lexicon.language, table, name, p, side, _words(p, punct), punctuation=punct))

    for table, lists in lexicon.lists.items():
        for name, phrases in lists.items():
            if table == "cues":
                side = "question" if CUE_SCOPES.get(name, "answer") == "question" else "answer"
            else:
                side = TABLE_SIDES[table]
            add(table, name, phrases, side)
    for d in lexicon.dimensions:
        add(f"dimensions.{d.name}", "nouns", d.nouns, "question")
        add(f"dimensions.{d.name}", "values", d.values, "answer")
    for a in lexicon.asks:
        add(f"asks.{a.name}", "question", a.question, "question")
        add(f"asks.{a.name}", "answer", a.answer, "answer")
    return out


class _Side:
    """The words of one side of a document, with where each word stands; punctuation counted
    as words (``punctuation``) or left out."""

    def __init__(self, text: str, punctuation: bool) -> None:
        self.text = text
        self.words = cue_words(text) if punctuation else WORD.findall(text.lower())
        self.at: dict[str, list[int]] = defaultdict(list)
        for i, w in enumerate(self.words):
            self.at[w].append(i)

    def has(self, entry: Entry) -> bool:
        if entry.pattern is not None:
            return entry.pattern.search(self.text) is not None
        if not entry.words:
            return False
        return any(_match_at(self.words, i, entry.words) != -1 for i in self.at.get(entry.words[0], ()))


@dataclass
class LexiconStats:
    """Documents matched per entry, with their sources, counted over a collection."""

    entries: list[Entry]
    documents: Counter = field(default_factory=Counter)  # documents read, per language
    matched: dict[int, Counter] = field(default_factory=dict)  # entry index -> source -> documents

    def add(self, document: Document) -> None:
        language = document.metadata.language
        mine = [(k, e) for k, e in enumerate(self.entries) if e.language == language]
        if not mine:
            return
        self.documents[language] += 1
        q, a = document.question, document.answer
        question, answer = document.text[q.start : q.end], document.text[a.start : a.end]
        texts = {"question": question, "answer": answer}
        sides: dict[tuple[str, bool], _Side] = {}

        def side(name: str, punctuation: bool) -> _Side:
            if (name, punctuation) not in sides:
                sides[(name, punctuation)] = _Side(texts[name], punctuation)
            return sides[(name, punctuation)]

        for k, e in mine:
            names = ("question", "answer") if e.side == "either" else (e.side,)
            found = any(side(n, e.punctuation).has(e) for n in names)
            if found:
                self.matched.setdefault(k, Counter())[document.source] += 1

    def frame(self) -> pd.DataFrame:
        """One row per entry (``COLUMNS``), fewest documents first; ``sources`` as
        ``source=documents`` separated by "; ", most first."""
        rows = []
        for k, e in enumerate(self.entries):
            by_source = self.matched.get(k, Counter())
            rows.append(
                {
                    "language": e.language,
                    "table": e.table,
                    "list": e.list,
                    "entry": e.phrase,
                    "side": e.side,
                    "documents": sum(by_source.values()),
                    "sources": "; ".join(
                        f"{s}={n}" for s, n in sorted(by_source.items(), key=lambda x: (-x[1], x[0]))
                    ),
                }
            )
        df = pd.DataFrame(rows, columns=list(COLUMNS))
        return df.sort_values(["documents", "language", "table", "list", "entry"], kind="stable").reset_index(
            drop=True
        )


def lexicon_stats(
    paths: Iterable[str | os.PathLike[str]],
    languages: Iterable[str] = LANGUAGES,
    lexicon_dir: str | None = None,
    jobs: int = 1,
    exclude: Iterable[str] = (),
) -> tuple[pd.DataFrame, Counter, list[Problem]]:
    """For every entry of the lexicons of ``languages`` (the built-in ones, or those of
    ``lexicon_dir``), how many documents of ``paths`` it matches, by source; with the
    documents read per language and the problems met reading."""
    languages = tuple(languages)
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if unknown:
        raise ConfigError(f"unknown language(s) {', '.join(unknown)}; known: {', '.join(LANGUAGES)}")
    stats = LexiconStats([e for lang in languages for e in entries(load_lexicon(lang, lexicon_dir))])
    problems = []
    for item in read_paths(paths, jobs=jobs, exclude=exclude):
        if isinstance(item, Problem):
            problems.append(item)
        else:
            stats.add(item)
    log.info("lexicon entries matched in %s", dict(stats.documents))
    return stats.frame(), stats.documents, problems
