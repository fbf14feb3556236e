"""Cues of answer sentences, learned from labelled sentences: what a sentence of an answer does
(says the data are missing, hands the matter over, points elsewhere, defers, refuses, talks in
general terms), with the words that decided it.

One sparse linear model (logistic regression per cue, trained by ``qa_align.cues_train``) over
features of the sentence's own words: words, word pairs, pairs of words one word apart, word
beginnings and endings (so that "bijgehouden" and "bijhouden" share evidence), the matches of the
lexicon's cue lists and of the model's own patterns (``lexicons/cue_patterns.toml`` at training,
saved in the model). The
shipped model is ``models/cues.npz`` (arrays only, read without pickle) with
``models/cues.json`` (its settings, thresholds and cross-validated figures); ``models/cues.md``
is its model card. The cues are those of ``CUES.md`` in the project's shared labels.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from operator import add, itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .errors import ConfigError

if TYPE_CHECKING:
    from .analyze import Cue

log = logging.getLogger(__name__)

CUES = ("missing_data", "handover", "pointer", "deferral", "refusal", "general")
MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "cues.npz"
# the same model inside the package (links to ``MODEL_PATH`` in the checkout, the files
# themselves in an installed copy), read where the checkout's is not there
PACKAGED_PATH = Path(__file__).resolve().parent / "models" / "cues.npz"
# the patterns a model is trained with (saved in the model, so prediction does not read this file)
PATTERNS_PATH = Path(__file__).resolve().parent / "lexicons" / "cue_patterns.toml"
FORMAT = 2  # version of the saved arrays' layout and features (2: skipped pairs and patterns)

# the lexicon's cue list (the kind the rules read) that each cue of ``CUES.md`` feeds. A refusal
# feeds none: ``LABELS.md`` has no flag for declining to give information ("not intended to be
# published to protect market sensitivities" is no statement that the data are missing)
RULE_KINDS = {
    "missing_data": "no_information",
    "handover": "deflection",
    "pointer": "cross_reference",
    "deferral": "holding",
    "general": "generic",
}
# a cue feeds the rules in a language only when its cross-validated F1 there (``models/cues.md``)
# reaches this: below it, the lexicon's phrases alone speak for that cue
RULES_MIN_F1 = 0.7
EVIDENCE_SPANS = 3  # the strongest features of a learned cue named in its evidence

# the lexicon's cue lists used as features: a phrase a user adds there counts here too
LEXICON_KINDS = (
    "no_information", "no_breakdown", "deflection", "scope", "cross_reference", "cross_reference_opening",
    "annex", "annex_note", "holding", "generic", "no_answer",
)  # fmt: skip

_WORD = re.compile(r"\w+")
_PREFIXES = (4, 5, 6)  # word beginnings of these lengths, for words longer than that
_SUFFIXES = (4, 5)  # word endings, for words at least two characters longer
_WORDS_KEPT = 100_000  # words whose columns a model keeps (``_LanguageModel.columns``), then forgets
_SENTENCES_KEPT = 50_000  # sentences whose probabilities a model keeps, then forgets


def _looked_up(cache: dict, toks: Sequence[str], make: Callable[[str], Any]) -> list:
    """Each of ``toks`` looked up in ``cache``, those it lacks made by ``make`` (which keeps them in
    ``cache``, so that a word met twice in ``toks`` is made once): ``_LanguageModel.columns``' words,
    ``batch_columns``' rows."""
    found = list(map(cache.get, toks))
    if None in found:
        for k, tok in enumerate(toks):
            if found[k] is None:
                found[k] = cache.get(tok)
                if found[k] is None:
                    found[k] = make(tok)
    return found


def _fold_table() -> dict[int, str]:
    """Accented Latin letters to their base letter and every digit to 0, one character for
    one, so that offsets in the folded text are offsets in the sentence."""
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[0]
        if base != chr(code) and len(base.lower()) == 1 and base.isalpha():
            table[code] = base.lower()
    for code in range(0x30, 0x3A):
        table[code] = "0"
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """``text`` lower-cased, accents dropped and digits made 0, of the same length."""
    lower = text.lower()
    if len(lower) != len(text):  # a letter whose lower case is longer ("İ"): keep it as it is
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lower.translate(_FOLD)


Patterns = tuple[tuple[str, re.Pattern[str]], ...]


def load_patterns(path: str | Path = PATTERNS_PATH) -> dict[str, dict[str, str]]:
    """The classifier's patterns per language (``{language: {name: regex}}``) from a TOML file;
    a pattern that does not compile is a ``ConfigError`` naming it."""
    import tomllib

    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"no cue patterns at {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not TOML ({exc})") from None
    out: dict[str, dict[str, str]] = {}
    for lang, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
            raise ConfigError(f"{path}: [{lang}] must map pattern names to regular expressions")
        for name, regex in table.items():
            try:
                re.compile(regex)
            except re.error as exc:
                raise ConfigError(f"{path}: pattern {lang}.{name} does not compile ({exc})") from None
        out[lang] = dict(table)
    return out


def compile_patterns(table: dict[str, str]) -> Patterns:
    return tuple((name, re.compile(regex)) for name, regex in sorted(table.items()))


def required_words(regex: str) -> tuple[frozenset[str], ...]:
    """Sets of words of which a match of ``regex`` holds one each, as whole words (``_WORD``) of
    the text searched: one set for every place of the pattern, outside its groups and repeats,
    where a word starts (after ``\b`` or a character that is no word's) and every way on spells
    out the word: letters written out that a non-word character or ``\b`` ends, a group's
    alternatives each ("\b(zal|zijn)\b.{0,60}\b(bezorgd|meedelen)\b":
    {"zal", "zijn"} and {"bezorgd", "meedelen"}). A sentence that lacks every word of one of them
    holds no match, and ``_LanguageModel.columns`` does not search it (a search costs a few
    microseconds a pattern). Read with Python's private parser (``re._parser``, 3.11 to 3.13):
    where it is missing or reads otherwise (an error), empty, and every sentence is searched."""
    try:
        return _required_words(regex)
    except Exception as exc:  # ImportError, AttributeError, ...: the private parser changed
        log.debug("no words read of %r (%s): every sentence is searched", regex, exc)
        return ()


def _parsed(regex: str) -> list | None:
    """The pattern as the private parser reads it, one item per step; None when it ignores case
    or white space (its words are then not the letters written)."""
    from re import _parser

    parsed = _parser.parse(regex)
    return None if parsed.state.flags & (re.IGNORECASE | re.VERBOSE) else list(parsed)


def _required_words(regex: str) -> tuple[frozenset[str], ...]:
    from re import _constants as c

    parsed = _parsed(regex) or []
    out = []
    for k, (op, av) in enumerate(parsed):
        if (op is c.AT and av is c.AT_BOUNDARY) or (op is c.LITERAL and not _WORD.fullmatch(chr(av))):
            found = _words(parsed[k + 1 :], "")
            if found:
                out.append(frozenset(found))
    return tuple(out)


def _words(items: list, prefix: str) -> set[str] | None:
    """The whole words the parsed ``items`` start with, after the letters ``prefix``, when every
    way through them spells a word out to its end; else None."""
    from re import _constants as c

    for k, (op, av) in enumerate(items):
        if op is c.LITERAL and _WORD.fullmatch(chr(av)):
            prefix += chr(av)
        elif op is c.LITERAL or (op is c.AT and av is c.AT_BOUNDARY):
            return {prefix} if prefix else None  # the word ends here
        elif op is c.SUBPATTERN and not av[1] and not av[2]:  # a group, no flags of its own
            return _words([*av[3], *items[k + 1 :]], prefix)
        elif op is c.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                more = _words([*branch, *items[k + 1 :]], prefix)
                if more is None:
                    return None
                found |= more
            return found
        else:
            return None
    return None  # the pattern ends: the word may go on


def features(
    text: str,
    lexicon: bool = True,
    lexicon_dir: str | None = None,
    language: str = "nl",
    lexicon_kinds: Sequence[str] | None = None,
    patterns: Patterns = (),
) -> list[str]:
    """The features of one sentence (each once): ``w`` words, ``b`` word pairs (``^`` before
    the first word), ``k`` pairs of words one word apart, ``p``/``s`` word beginnings and
    endings, ``lex`` the lexicon's cue lists that match (``lexicon_kinds``: those lists when
    already matched), ``r`` the ``patterns`` that match. The same features as ``_features``
    gives with their spans, made faster."""
    out = []
    add = out.append
    prev = prev2 = "^"
    folded = fold(text)
    for tok in _WORD.findall(folded):
        add("w " + tok)
        add("b " + prev + " " + tok)
        add("k " + prev2 + " " + tok)
        n = len(tok)
        if n > 4:
            add("p " + tok[:4])
            if n > 5:
                add("p " + tok[:5])
                if n > 6:
                    add("p " + tok[:6])
                add("s " + tok[-4:])
                if n > 6:
                    add("s " + tok[-5:])
        prev2, prev = prev, tok
    if lexicon and lexicon_kinds is not None:
        out.extend("lex " + k for k in lexicon_kinds if k in LEXICON_KINDS)
    elif lexicon:
        out.extend("lex " + c.kind for c in _lexicon_cues(text, language, lexicon_dir))
    out.extend("r " + name for name, rx in patterns if rx.search(folded))
    return list(dict.fromkeys(out))


def _features(
    text: str,
    lexicon: bool,
    lexicon_dir: str | None,
    language: str,
    patterns: Patterns = (),
    lexicon_cues: Sequence[Cue] | None = None,
) -> Iterator[tuple[str, int, int]]:
    """Every feature of ``text`` with the span of the sentence's words it stands for
    (``lexicon_cues``: the lexicon's cues of ``text`` when already found, ``_lexicon_cues``)."""
    folded = fold(text)
    prev, prev_start = "^", 0
    prev2, prev2_start = "^", 0
    for m in _WORD.finditer(folded):
        tok, a, b = m.group(), m.start(), m.end()
        yield "w " + tok, a, b
        yield "b " + prev + " " + tok, prev_start, b
        yield "k " + prev2 + " " + tok, prev2_start, b
        n = len(tok)
        for k in _PREFIXES:
            if n > k:
                yield "p " + tok[:k], a, b
        for k in _SUFFIXES:
            if n > k + 1:
                yield "s " + tok[-k:], a, b
        prev2, prev2_start = prev, prev_start
        prev, prev_start = tok, a
    if lexicon:
        if lexicon_cues is None:
            lexicon_cues = _lexicon_cues(text, language, lexicon_dir)
        for cue in lexicon_cues:
            yield "lex " + cue.kind, cue.start, cue.end
    for name, rx in patterns:
        for m in rx.finditer(folded):
            yield "r " + name, m.start(), m.end()


def _spans_of(
    wanted: set[str], text: str, patterns: Patterns, lexicon_cues: Sequence[Cue]
) -> dict[str, list[tuple[int, int]]]:
    """The spans ``_features`` gives the features ``wanted`` of ``text`` (``lexicon_cues``: its
    lexicon cues), each feature's in the order it gives them: only the names wanted are made
    (a sentence's evidence names a few of its hundreds of features)."""
    by_kind: dict[str, set] = {}
    for name in wanted:
        kind, _, rest = name.partition(" ")
        by_kind.setdefault(kind, set()).add(tuple(rest.split(" ")) if kind in ("b", "k") else rest)
    found: dict[str, list[tuple[int, int]]] = {}
    if by_kind.keys() & {"w", "b", "k", "p", "s"}:
        words, pairs, skips = by_kind.get("w", ()), by_kind.get("b", ()), by_kind.get("k", ())
        starts, ends = by_kind.get("p", ()), by_kind.get("s", ())
        prev, prev_start = "^", 0
        prev2, prev2_start = "^", 0
        for m in _WORD.finditer(fold(text)):
            tok, a, b = m.group(), m.start(), m.end()
            if tok in words:
                found.setdefault("w " + tok, []).append((a, b))
            if (prev, tok) in pairs:
                found.setdefault("b " + prev + " " + tok, []).append((prev_start, b))
            if (prev2, tok) in skips:
                found.setdefault("k " + prev2 + " " + tok, []).append((prev2_start, b))
            n = len(tok)
            if starts:
                for k in _PREFIXES:
                    if n > k and tok[:k] in starts:
                        found.setdefault("p " + tok[:k], []).append((a, b))
            if ends:
                for k in _SUFFIXES:
                    if n > k + 1 and tok[-k:] in ends:
                        found.setdefault("s " + tok[-k:], []).append((a, b))
            prev2, prev2_start = prev, prev_start
            prev, prev_start = tok, a
    for cue in lexicon_cues:
        if cue.kind in by_kind.get("lex", ()):
            found.setdefault("lex " + cue.kind, []).append((cue.start, cue.end))
    if "r" in by_kind:
        folded = fold(text)
        for name, rx in patterns:
            if name in by_kind["r"]:
                for m in rx.finditer(folded):
                    found.setdefault("r " + name, []).append((m.start(), m.end()))
    return found


@lru_cache(maxsize=1024)
def _lexicon_feature_kinds(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of ``kinds`` that are features of the model (``LEXICON_KINDS``), in their order."""
    return tuple(k for k in kinds if k in LEXICON_KINDS)


def _lexicon_cues(text: str, language: str, lexicon_dir: str | None):
    from .analyze import answer_cues

    return [c for c in answer_cues(text, language, lexicon_dir) if c.kind in LEXICON_KINDS]


@dataclass(frozen=True)
class CueWords:
    """Words of the sentence that pushed it towards a cue: ``sentence[start:end] == text``;
    ``weight`` is their share of the decision (the feature's weight in the model)."""

    start: int
    end: int
    text: str
    weight: float


@dataclass(frozen=True)
class CueHit:
    """A cue found in a sentence: its probability and the words that decided it, strongest first."""

    cue: str
    probability: float
    evidence: tuple[CueWords, ...]


@dataclass(frozen=True)
class SentenceCues:
    """The cues of one sentence (none for most sentences; empty for an empty sentence) and the
    probability of every cue, in the order of ``CUES``."""

    sentence: str
    language: str
    cues: tuple[CueHit, ...]
    probabilities: tuple[float, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(h.cue for h in self.cues)


class CueClassifier:
    """The trained cue model of one or more languages: ``predict(sentences, language)``.

    Per language: a vocabulary of features, their idf weights, a coefficient per feature and
    cue, an intercept and a decision threshold per cue (chosen by cross-validation inside the
    training data). Scores are the logistic model's probabilities."""

    def __init__(
        self,
        models: dict[str, _LanguageModel],
        lexicon: bool,
        info: dict | None = None,
    ) -> None:
        self.models = models
        self.lexicon = lexicon
        self.info = info or {}
        self._cuts: dict[tuple, tuple[_LanguageModel, list[int], np.ndarray]] = {}  # ``cuts``

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(self.models))

    def reliable(self, language: str, min_f1: float = RULES_MIN_F1) -> frozenset[str]:
        """The cues whose cross-validated F1 in ``language`` reaches ``min_f1`` (all of them for
        a model saved without cross-validated figures)."""
        cv = self.info.get("cross_validation", {}).get("languages", {}).get(language)
        if cv is None:
            return frozenset(CUES)
        return frozenset(c for c, m in cv["cues"].items() if (m.get("f1") or 0.0) >= min_f1)

    def cuts(
        self, language: str, thresholds: Mapping[str, float], floor: float
    ) -> tuple[_LanguageModel, list[int], np.ndarray]:
        """What ``classify`` reads in ``language``: its model, the cues (indexes into ``CUES``)
        it gives the rules and the probability at which each cue counts, worked out once per
        language, ``thresholds`` and ``floor``."""
        key = (language, tuple(sorted(thresholds.items())), floor)
        found = self._cuts.get(key)
        if found is None:
            lm = self._model(language)
            reliable = self.reliable(language)
            usable = [j for j, c in enumerate(CUES) if c in RULE_KINDS and (c in reliable or c in thresholds)]
            cut = np.array(
                [thresholds.get(c, max(t, floor)) for c, t in zip(CUES, lm.thresholds, strict=True)]
            )
            found = self._cuts[key] = (lm, usable, cut)
        return found

    def _model(self, language: str) -> _LanguageModel:
        try:
            return self.models[language]
        except KeyError:
            raise ConfigError(
                f"no cue model for language {language!r}; known: {', '.join(self.languages)}"
            ) from None

    def probabilities_of_read(
        self, sentences: Sequence[tuple[str, tuple[str, ...]]], language: str
    ) -> np.ndarray:
        """``probabilities`` of sentences whose lexicon cues are already found: each sentence with the
        kinds of the lexicon's cues in it (``answer_cues``), as ``classify`` reads a segment."""
        given = [(s, kinds if self.lexicon else ()) for s, kinds in sentences]
        return self._model(language).sentence_probabilities(given)

    def probabilities(
        self, sentences: Sequence[str], language: str, lexicon_dir: str | None = None
    ) -> np.ndarray:
        """The probability of each cue (columns, in the order of ``CUES``) for each sentence."""
        model = self._model(language)
        return model.probabilities([self._features(s, language, lexicon_dir, model) for s in sentences])

    def _features(
        self, sentence: str, language: str, lexicon_dir: str | None, model: _LanguageModel
    ) -> list[str]:
        if not isinstance(sentence, str):
            raise TypeError(f"a sentence must be a str, not {type(sentence).__name__}")
        return features(sentence, self.lexicon, lexicon_dir, language, patterns=model.patterns)

    def predict(
        self, sentences: Sequence[str], language: str, lexicon_dir: str | None = None, evidence: int = 3
    ) -> list[SentenceCues]:
        """The cues of each sentence with, per cue, up to ``evidence`` spans of the words that
        weighed most towards it. An empty or blank sentence has no cue. ``lexicon_dir``: the
        user's lexicon folder, whose cue lists are features (as when the model was trained)."""
        model = self._model(language)
        probs = self.probabilities(sentences, language, lexicon_dir)
        out = []
        for sentence, p in zip(sentences, probs, strict=True):
            if not sentence.strip():
                out.append(SentenceCues(sentence, language, (), tuple(0.0 for _ in CUES)))
                continue
            found = [j for j in range(len(CUES)) if p[j] >= model.thresholds[j]]
            words = (
                model.evidence(sentence, found, self.lexicon, lexicon_dir, language, evidence)
                if found
                else []
            )
            hits = [CueHit(CUES[j], float(p[j]), w) for j, w in zip(found, words, strict=True)]
            out.append(SentenceCues(sentence, language, tuple(hits), tuple(float(x) for x in p)))
        return out

    # ------------------------------------------------------------ saving and loading

    def save(self, path: str | Path) -> Path:
        """Write the arrays to ``path`` (``.npz``) and the settings to the same name ``.json``."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays = {}
        for lang, m in self.models.items():
            arrays[f"{lang}/features"] = np.array(m.features, dtype=str)
            arrays[f"{lang}/idf"] = m.idf.astype(np.float32)
            arrays[f"{lang}/coef"] = m.coef.astype(np.float32)
            arrays[f"{lang}/intercept"] = m.intercept.astype(np.float64)
            arrays[f"{lang}/thresholds"] = m.thresholds.astype(np.float64)
        np.savez_compressed(path, **arrays)
        meta = {
            **self.info,
            "format": FORMAT,
            "cues": list(CUES),
            "languages": self.languages,
            "lexicon_features": self.lexicon,
            "patterns": {lang: dict(m.patterns_table) for lang, m in sorted(self.models.items())},
            "thresholds": {
                lang: dict(zip(CUES, m.thresholds.round(4).tolist(), strict=True))
                for lang, m in self.models.items()
            },
        }
        path.with_suffix(".json").write_text(
            json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        return path

    @classmethod
    def load(cls, path: str | Path = MODEL_PATH) -> CueClassifier:
        """The model saved at ``path`` (``.npz`` with its ``.json`` beside it)."""
        path = Path(path)
        meta_path = path.with_suffix(".json")
        if not path.is_file() or not meta_path.is_file():
            raise ConfigError(
                f"no cue model at {path} (with {meta_path.name}); train one with `qa-align train-cues`"
            )
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        # format 1 (no skipped pairs, no patterns) reads as it was: its vocabulary lacks the new features
        if meta.get("format") not in (1, FORMAT) or tuple(meta.get("cues", ())) != CUES:
            raise ConfigError(
                f"{path}: a cue model of another format or cue list; retrain it with `qa-align train-cues`"
            )
        models = {}
        with np.load(path, allow_pickle=False) as z:
            for lang in meta["languages"]:
                models[lang] = _LanguageModel(
                    [str(f) for f in z[f"{lang}/features"]],
                    z[f"{lang}/idf"].astype(np.float64),
                    z[f"{lang}/coef"].astype(np.float64),
                    z[f"{lang}/intercept"],
                    z[f"{lang}/thresholds"],
                    meta.get("patterns", {}).get(lang, {}),
                )
        return cls(models, bool(meta["lexicon_features"]), meta)


class _LanguageModel:
    """The arrays of one language; a sentence's features are weighted by idf and its vector
    scaled to unit length, as in training."""

    def __init__(
        self,
        features: list[str],
        idf: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        thresholds: np.ndarray,
        patterns: dict[str, str] | None = None,
    ) -> None:
        self.features = features
        self.patterns_table = dict(patterns or {})  # name: regex, as saved
        self.patterns = compile_patterns(self.patterns_table)
        self.index = {f: i for i, f in enumerate(features)}
        # for ``columns``: each pattern the model has a feature for (one without adds nothing), as that
        # feature's column, with the words a match holds (``required_words``)
        self._searched = tuple(
            (self.index[f"r {name}"], rx, required_words(rx.pattern))
            for name, rx in self.patterns
            if f"r {name}" in self.index
        )
        # the columns of the lexicon's cue lists the model reads (``LEXICON_KINDS``), by list
        self._lexicon_columns = {k: self.index[f"lex {k}"] for k in LEXICON_KINDS if f"lex {k}" in self.index}
        self.idf = idf
        self.coef = coef  # (features, cues)
        self.intercept = intercept
        self.thresholds = thresholds
        # the vocabulary by kind of feature, for ``columns``: word pairs and skipped pairs by
        # their two words ((a, b): no string to join per word), and each word met so far with its
        # columns (``_word``)
        self._pairs = {tuple(f[2:].split(" ")): i for f, i in self.index.items() if f.startswith("b ")}
        self._skips = {tuple(f[2:].split(" ")): i for f, i in self.index.items() if f.startswith("k ")}
        self._words: dict[str, tuple[int, tuple[int, ...]]] = {}
        self._seen: dict[tuple[str, tuple[str, ...]], np.ndarray] = {}  # ``sentence_probabilities``
        self._evidence: dict[tuple, tuple[CueWords, ...]] = {}  # ``evidence_of``
        # the columns of the sentences ``sentence_probabilities`` scored last (a segment's), which
        # ``evidence`` reads again for the cues found there: each sentence's place, the columns of
        # them all one sentence after the other, and where each sentence's begin (one tuple, set at
        # once: a thread reads the three of one call)
        self._last: tuple[dict[tuple[str, tuple[str, ...]], int], np.ndarray, np.ndarray] = (
            {},
            np.zeros(0, dtype=np.int64),
            np.zeros(1, dtype=np.int64),
        )
        # for ``batch_columns``: the words of the word pairs and skipped pairs numbered ("^" among
        # them), each pair as one number (first * len(numbers) + second) in a sorted array beside its
        # column; and each word met so far as a row of ``_table`` (its number or -1, its ``w``
        # column or -1, its beginnings' and endings' columns padded with -1), found by ``_rows``
        pair_words = {w for pairs in (self._pairs, self._skips) for pair in pairs for w in pair}
        self._numbers = {w: n for n, w in enumerate(sorted(pair_words))}
        pair_keys, pair_cols = self._keyed(self._pairs)
        skip_keys, skip_cols = self._keyed(self._skips)
        self._keys = np.concatenate([pair_keys, skip_keys + len(self._numbers) ** 2])
        self._key_cols = np.concatenate([pair_cols, skip_cols])
        self._rows: dict[str, int] = {}
        self._table = np.full((1024, 2 + len(_PREFIXES) + len(_SUFFIXES)), -1, dtype=np.int64)
        self._table[0, 0] = self._numbers.get("^", -1)
        # held while ``sentence_probabilities`` reads and changes this model's stores (``_seen``, and
        # ``batch_columns``' ``_rows`` and ``_table``, whose rows a word keeps): a caller scoring from threads
        # neither meets a ``KeyError`` nor reads a row another thread is writing (lows52); one acquiring per
        # chunk of sentences. The model's own (lows53: one module-level lock made each language's model, and
        # its numpy work, wait for the other's); left out of a pickle, a new one made there
        self._lock = threading.Lock()

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_lock"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def _keyed(self, pairs: dict[tuple[str, ...], int]) -> tuple[np.ndarray, np.ndarray]:
        """``pairs`` (two words: a column) as their numbers, sorted, and their columns in that order."""
        numbers, size = self._numbers, len(self._numbers)
        found = sorted((numbers[p[0]] * size + numbers[p[1]], i) for p, i in pairs.items() if len(p) == 2)
        keys = np.array([k for k, _ in found], dtype=np.int64)
        return keys, np.array([i for _, i in found], dtype=np.int64)

    def _word(self, tok: str) -> tuple[int, tuple[int, ...]]:
        """The columns of a word's own features: its ``w`` feature (-1 when unknown) and its
        known beginnings and endings, in the order ``features`` gives them."""
        get = self.index.get
        n = len(tok)
        ends = [f"p {tok[:k]}" for k in _PREFIXES if n > k] + [
            f"s {tok[-k:]}" for k in _SUFFIXES if n > k + 1
        ]
        return get("w " + tok, -1), tuple(i for i in map(get, ends) if i is not None)

    def columns(self, text: str, lexicon_kinds: Sequence[str] = ()) -> list[int]:
        """The columns of the features of ``text`` that the model knows, in the order of
        ``features(text, ..., lexicon_kinds, self.patterns)`` (``lexicon_kinds``: the lexicon's
        cue lists that match the sentence; none for a model trained without them): what
        ``matrix`` looks up for those features, without writing them out. The words are looked
        up all at once (``map`` over the sentence's words, pairs and skipped pairs), each word's
        own features once per process."""
        words = self._words
        if len(words) > _WORDS_KEPT:
            words.clear()
        folded = fold(text)
        toks = _WORD.findall(folded)
        own = _looked_up(words, toks, self._kept_word)
        # per word, in the order of ``features``: w, b (with the word before), k (with the word
        # before that), then its beginnings and endings; -1 for a feature the model lacks
        firsts = zip(
            map(itemgetter(0), own),
            map(self._pairs.get, zip(["^", *toks], toks), repeat(-1)),
            map(self._skips.get, zip(["^", "^", *toks], toks), repeat(-1)),
        )
        out = list(filter((-1).__ne__, chain.from_iterable(map(add, firsts, map(itemgetter(1), own)))))
        out.extend(self._other_columns(folded, toks, lexicon_kinds))
        return list(dict.fromkeys(out))

    def _other_columns(self, folded: str, toks: Sequence[str], kinds: Sequence[str]) -> list[int]:
        """The columns after a sentence's words (``columns``, ``batch_columns``): those of the
        lexicon's cue lists ``kinds``, then of the patterns searched that the folded sentence
        ``folded`` (its words ``toks``) holds."""
        out = [i for i in map(self._lexicon_columns.get, kinds) if i is not None] if kinds else []
        if self._searched:
            present = set(toks)
            out.extend(
                i
                for i, rx, required in self._searched
                if not any(map(present.isdisjoint, required)) and rx.search(folded)
            )
        return out

    def batch_columns(self, sentences: Sequence[tuple[str, Sequence[str]]]) -> tuple[np.ndarray, np.ndarray]:
        """``columns`` of each of ``sentences`` (its text and lexicon kinds), one sentence's after
        the other in one array, with the number of each sentence's: the same columns in the same
        order, the words' pairs and skipped pairs looked up for all the sentences at once (numbers
        in a sorted array, ``_keyed``) and repeated columns dropped for all at once."""
        rows = self._rows
        if len(rows) > _WORDS_KEPT:
            rows.clear()
        # each word's row of ``_table``, each sentence's after two rows 0 (the "^" before its first word)
        tokens: list[int] = []
        extra: list[int] = []  # the lexicon's and the patterns' columns, after each sentence's words
        extra_of: list[int] = []
        for k, (text, kinds) in enumerate(sentences):
            folded = fold(text)
            toks = _WORD.findall(folded)
            found = _looked_up(rows, toks, self._row)
            tokens += (0, 0)
            tokens += found
            more = self._other_columns(folded, toks, kinds)
            if more:
                extra += more
                extra_of += [k] * len(more)
        n = len(sentences)
        index = np.asarray(tokens, dtype=np.int64)
        number = self._table[index, 0]
        padding = index == 0
        at = np.flatnonzero(~padding)  # the words
        of = np.cumsum(padding)[at] // 2 - 1  # the sentence of each word
        table = self._table[index[at]]
        # per word, in the order of ``features``: w, b, k, then its beginnings and endings
        word = np.empty((len(at), table.shape[1] + 1), dtype=np.int64)
        word[:, 0] = table[:, 1]
        word[:, 1:3] = self._pair_columns(number[at - 1], number[at - 2], number[at]).reshape(2, -1).T
        word[:, 3:] = table[:, 2:]
        ind = word.ravel()
        owner = np.repeat(of, word.shape[1])
        if extra:
            ind = np.concatenate([ind, np.asarray(extra, dtype=np.int64)])
            owner = np.concatenate([owner, np.asarray(extra_of, dtype=np.int64)])
            order = np.argsort(owner, kind="stable")  # each sentence's words, then its other columns
            ind, owner = ind[order], owner[order]
        known = ind >= 0
        ind, owner = ind[known], owner[known]
        # each sentence's columns once, where they first stand
        key = owner * len(self.features) + ind
        order = np.argsort(key, kind="stable")
        key = key[order]
        firsts = np.empty(len(key), dtype=bool)
        firsts[:1] = True
        np.not_equal(key[1:], key[:-1], out=firsts[1:])
        first = np.sort(order[firsts])
        return ind[first], np.bincount(owner[first], minlength=n).astype(np.int64)

    def _kept_word(self, tok: str) -> tuple[int, tuple[int, ...]]:
        """``_word`` of a word met for the first time, kept for the next sentences (``columns``)."""
        own = self._words[tok] = self._word(tok)
        return own

    def _row(self, tok: str) -> int:
        """The row of ``_table`` of a word met for the first time (``batch_columns``; row 0 is
        the "^" before a sentence's first word)."""
        w, ends = self._word(tok)
        at = len(self._rows) + 1
        if at >= len(self._table):
            self._table = np.concatenate([self._table, np.full_like(self._table, -1)])
        self._table[at] = -1
        self._table[at, 0] = self._numbers.get(tok, -1)
        self._table[at, 1] = w
        self._table[at, 2 : 2 + len(ends)] = ends
        self._rows[tok] = at
        return at

    def _pair_columns(self, before: np.ndarray, before2: np.ndarray, number: np.ndarray) -> np.ndarray:
        """The columns of the word pairs (``before``, ``number``) then of the skipped pairs
        (``before2``, ``number``) of words numbered so (``_numbers``; -1: none), -1 where the
        model has none: one search in ``_keys``, the pairs' keys then the skipped pairs' after them."""
        size = len(self._numbers)
        key = np.concatenate([before * size + number, before2 * size + number + size * size])
        keys = self._keys
        out = np.full(len(key), -1, dtype=np.int64)
        if not len(keys) or not len(key):
            return out
        at = np.minimum(np.searchsorted(keys, key), len(keys) - 1)
        hit = (np.concatenate([before, before2]) >= 0) & (np.concatenate([number, number]) >= 0)
        hit &= keys[at] == key
        out[hit] = self._key_cols[at[hit]]
        return out

    def matrix(self, feature_lists: Sequence[Sequence[str]]):
        """The idf-weighted, unit-length sparse rows of the given sentences' features."""
        from scipy.sparse import csr_matrix

        ind, data, counts = self._weights(self._lookup(feature_lists))
        ptr = np.concatenate([[0], np.cumsum(counts)])
        return csr_matrix((data, ind, ptr), shape=(len(feature_lists), len(self.features)))

    def _lookup(self, feature_lists: Sequence[Sequence[str]]) -> list[list[int]]:
        """The columns of the features the model knows, in order."""
        index = self.index
        return [[i for i in (index.get(f) for f in names) if i is not None] for names in feature_lists]

    def _weights(self, column_lists: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The sentences' rows as their columns, one after the other, and their values (idf,
        each row scaled to unit length), with the number of columns of each row."""
        counts = np.fromiter(map(len, column_lists), dtype=np.int64, count=len(column_lists))
        ind = np.fromiter(chain.from_iterable(column_lists), dtype=np.int64, count=int(counts.sum()))
        return self._flat_weights(ind, counts)

    def _flat_weights(self, ind: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``_weights`` of rows given as their columns one after the other (``ind``) and the
        number of columns of each (``counts``)."""
        data = self.idf[ind]
        rows = np.repeat(np.arange(len(counts)), counts)
        norms = np.sqrt(np.bincount(rows, weights=data**2, minlength=len(counts)))
        norms[counts == 0] = 1.0  # no known feature: a zero row
        return ind, data / norms[rows], counts

    def probabilities(self, feature_lists: Sequence[Sequence[str]]) -> np.ndarray:
        return self.column_probabilities(self._lookup(feature_lists))

    def column_probabilities(self, column_lists: Sequence[Sequence[int]]) -> np.ndarray:
        """The probability of each cue for sentences given by the columns of their features
        (each once, in order: ``columns``). Each row's terms are added one after the other, as
        ``matrix(...) @ coef`` adds them (so the sums are the same to the last bit), with numpy
        alone: a sparse matrix costs more to build than a segment's few sentences to score."""
        if not column_lists:
            return np.zeros((0, len(CUES)))
        counts = np.fromiter(map(len, column_lists), dtype=np.int64, count=len(column_lists))
        ind = np.fromiter(chain.from_iterable(column_lists), dtype=np.int64, count=int(counts.sum()))
        return self._probabilities(ind, counts)

    def _probabilities(self, ind: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """``column_probabilities`` of rows given as ``_flat_weights`` takes them."""
        if not len(counts):
            return np.zeros((0, len(CUES)))
        ind, data, counts = self._flat_weights(ind, counts)
        terms = data[:, None] * self.coef[ind]
        # each row's terms added one after the other from 0 (``bincount`` adds its weights in their
        # order): the sums of a row alone, whatever other rows are scored with it (speed50: a chunk's
        # sentences at once, ``prime``), where a loop of one ``accumulate`` a row cost a call a sentence
        rows = np.repeat(np.arange(len(counts)), counts)
        z = np.empty((len(counts), self.coef.shape[1]))
        for j in range(self.coef.shape[1]):
            z[:, j] = np.bincount(rows, weights=terms[:, j], minlength=len(counts))
        return 1.0 / (1.0 + np.exp(-(z + self.intercept)))

    def sentence_probabilities(self, sentences: Sequence[tuple[str, tuple[str, ...]]]) -> np.ndarray:
        """``column_probabilities`` of sentences given as their text and the lexicon's cue lists
        that match them (``columns``), each sentence scored once per process: answers repeat
        their sentences ("I refer the hon. Member to the answer I gave ...")."""
        seen = self._seen
        # each sentence by its text and the kinds of ``LEXICON_KINDS`` among its lexicon's kinds,
        # in their order: all that ``columns`` reads of them ("number_word" beside a sentence's
        # words, which ``classify`` passes and ``rules.answers.lexicon_kinds`` leaves out, makes
        # no other sentence)
        keys = [(text, _lexicon_feature_kinds(kinds)) for text, kinds in sentences]
        if not sentences:
            return np.zeros((0, len(CUES)))
        with self._lock:
            todo = list(dict.fromkeys(k for k in keys if k not in seen))
            if todo:
                if len(seen) + len(todo) > _SENTENCES_KEPT:  # forget the others, score them all again
                    seen.clear()
                    todo = list(dict.fromkeys(keys))
                ind, counts = self.batch_columns(todo)
                self._last = (
                    dict(zip(todo, range(len(todo)), strict=True)),
                    ind,
                    np.concatenate([[0], np.cumsum(counts)]),
                )
                probs = self._probabilities(ind, counts)
                seen.update(zip(todo, probs, strict=True))
            return np.array([seen[k] for k in keys])

    def scored_columns(self, sentence: str, kinds: tuple[str, ...]) -> np.ndarray | None:
        """The columns of ``sentence`` with the lexicon kinds ``kinds`` (those the model reads) when
        ``sentence_probabilities`` found them last, else None."""
        columns, ind, starts = self._last
        known = columns.get((sentence, kinds))
        if known is None:
            return None
        return ind[starts[known] : starts[known + 1]]

    def evidence(
        self,
        sentence: str,
        cues: Sequence[int],
        lexicon: bool,
        lexicon_dir: str | None,
        language: str,
        top: int,
    ) -> list[tuple[CueWords, ...]]:
        """For each of ``cues``, the spans of the ``top`` features that weigh most towards it
        (their value in the sentence's vector times their coefficient; overlapping spans merged,
        the merged span keeping the larger weight). The sentence's known features are its
        ``columns``; the spans are looked for of the strongest ones only."""
        lexicon_cues = _lexicon_cues(sentence, language, lexicon_dir) if lexicon else []
        kinds = tuple(c.kind for c in lexicon_cues)
        known = self.scored_columns(sentence, kinds)  # the same text and kinds: the same columns
        rows = np.array(self.columns(sentence, kinds), dtype=np.int64) if known is None else known
        names = [self.features[i] for i in rows.tolist()]
        values = self.idf[rows]
        if len(values):
            values = values / np.sqrt((values**2).sum())  # as in ``matrix``
        weights = [values * self.coef[rows, cue] for cue in cues]
        wanted = {names[k] for w in weights for k in _strongest(w, top)}
        found = _spans_of(wanted, sentence, self.patterns, lexicon_cues) if wanted else {}
        return [self._spans(sentence, names, found, w, top) for w in weights]

    def evidence_of(
        self, sentence: str, cue: int, lexicon: bool, lexicon_dir: str | None, language: str
    ) -> tuple[CueWords, ...]:
        """``evidence`` of one cue, its ``EVIDENCE_SPANS`` strongest spans, found once per
        process for each sentence (as ``sentence_probabilities``)."""
        key = (sentence, cue, lexicon, lexicon_dir, language)
        words = self._evidence.get(key)
        if words is None:
            if len(self._evidence) >= _SENTENCES_KEPT:
                self._evidence.clear()
            (words,) = self.evidence(sentence, [cue], lexicon, lexicon_dir, language, EVIDENCE_SPANS)
            self._evidence[key] = words
        return words

    @staticmethod
    def _spans(
        sentence: str,
        names: list[str],
        found: dict[str, list[tuple[int, int]]],
        weights: np.ndarray,
        top: int,
    ) -> tuple[CueWords, ...]:
        spans: list[tuple[int, int, float]] = []
        for k in _strongest(weights, top):
            spans.extend((a, b, float(weights[k])) for a, b in found[names[k]])
        merged: list[list] = []
        for a, b, w in sorted(spans):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
                merged[-1][2] = max(merged[-1][2], w)
            else:
                merged.append([a, b, w])
        merged.sort(key=lambda s: -s[2])
        return tuple(CueWords(a, b, sentence[a:b], round(w, 4)) for a, b, w in merged)


def _strongest(weights: np.ndarray, top: int) -> list[int]:
    """The indexes of the ``top`` largest positive ``weights``, largest first (the first of
    equal ones first)."""
    return [k for k in np.argsort(-weights, kind="stable")[:top] if weights[k] > 0]


@lru_cache(maxsize=4)
def _load(path: str) -> CueClassifier:
    model = CueClassifier.load(path)
    log.info("cue model loaded from %s", path)
    return model


def load_model(setting: str = "") -> CueClassifier:
    """The cue model a run uses, loaded once per process: ``setting`` "" or "learned" the
    shipped ``models/cues.npz``, else the path of a model saved by ``qa-align train-cues``."""
    if setting not in ("", "learned"):
        return _load(str(Path(setting).resolve()))
    return _load(_shipped())


@lru_cache(maxsize=1)
def _shipped() -> str:
    """The shipped model's path, looked for once per process."""
    return str(MODEL_PATH if MODEL_PATH.is_file() else PACKAGED_PATH)


@dataclass(frozen=True)
class Classified:
    """A segment's sentences as the classifier reads them: ``cues`` the cues it adds for the
    rules; ``found`` per sentence (in the order given) the cues it finds there among those it
    adds cues for, whether or not the lexicon already matched their kind (the classifier's
    reading of the sentence, empty for a blank one)."""

    cues: list[Cue]
    found: tuple[frozenset[str], ...]
    # per sentence, every cue of ``CUES`` whose probability reaches the model's own threshold
    # (``own_reading``: what ``scoring.cue_free_share`` reads); None when nothing was read
    cued: tuple[frozenset[str], ...] | None = None


def classify(
    sentences: Sequence[Cue],
    language: str,
    lexicon_dir: str | None,
    setting: str,
    lexicon_cues: Sequence[Cue],
    thresholds: Mapping[str, float] | None = None,
    floor: float = 0.0,
) -> Classified:
    """The cues the classifier finds in a segment's ``sentences`` (spans into the segment's
    text), as cues of the lexicon kinds the rules read (``RULE_KINDS``; only the cues of
    ``CueClassifier.reliable``, and those named in ``thresholds``): per cue found, the words in
    the sentence that weighed most and the whole sentence, each with ``sentence`` set.
    ``lexicon_cues``: the segment's lexicon matches (``answer_cues``), the model's lexicon
    features; a kind that the lexicon already matched in the same sentence is not added again:
    the lexicon's words explain it. ``thresholds``: a probability per cue that replaces the
    model's threshold for it (a cue named there is used whatever its cross-validated F1);
    ``floor``: the least probability at which any other cue counts, whatever the model's
    threshold for it."""
    from .analyze import Cue

    thresholds = thresholds or {}
    unknown = set(thresholds) - set(CUES)
    if unknown:
        raise ConfigError(f"no cue {', '.join(sorted(unknown))}; known: {', '.join(CUES)}")
    none: tuple[frozenset[str], ...] = tuple(frozenset() for _ in sentences)
    todo = [k for k, s in enumerate(sentences) if s.text.strip()]
    if not todo:
        return Classified([], none, none)
    model = load_model(setting)
    lm, usable, cut = model.cuts(language, thresholds, floor)
    if not usable:
        return Classified([], none)
    within = _within([sentences[k] for k in todo], lexicon_cues)
    probs = model.probabilities_of_read(_read_inputs(sentences, todo, within), language)
    found_in, cued = list(none), list(none)
    out: list[Cue] = []
    # the comparisons with the cut-offs and the model's thresholds made for all sentences at once
    # (each the same comparison of the same two numbers), their frozensets made once per pattern
    reached = (probs >= cut).tolist()
    sets: dict[tuple[bool, ...], frozenset[str]] = {}
    for k, found, p, row, own in zip(
        todo, within, probs, reached, _own_rows(probs, lm.thresholds, sets), strict=True
    ):
        s = sentences[k]
        hits = [j for j in usable if row[j]]
        found_in[k] = frozenset(CUES[j] for j in hits)
        cued[k] = own
        kinds = {c.kind for c in found}
        for j in hits:
            kind = RULE_KINDS[CUES[j]]
            if kind in kinds:
                continue
            kinds.add(kind)
            span, prob = (s.start, s.end), round(float(p[j]), 3)
            words = lm.evidence_of(s.text, j, model.lexicon, lexicon_dir, language)
            out += [Cue(s.start + w.start, s.start + w.end, w.text, kind, span, prob) for w in words]
            out.append(Cue(s.start, s.end, s.text, kind, span, prob))
    return Classified(out, tuple(found_in), tuple(cued))


def _read_inputs(
    sentences: Sequence[Cue], todo: Sequence[int], within: Sequence[Sequence[Cue]]
) -> list[tuple[str, tuple[str, ...]]]:
    """What ``classify`` scores of a segment: each sentence of ``todo`` (the places of its sentences
    not blank) with the kinds of the lexicon's cues in it (``within``)."""
    return [(sentences[k].text, tuple(c.kind for c in found)) for k, found in zip(todo, within, strict=True)]


def classify_inputs(
    sentences: Sequence[Cue], lexicon_cues: Sequence[Cue]
) -> list[tuple[str, tuple[str, ...]]]:
    """The sentences (text, lexicon kinds) that ``classify`` scores of a segment whose sentences are
    ``sentences`` and lexicon matches ``lexicon_cues``: what ``prime`` takes."""
    todo = [k for k, s in enumerate(sentences) if s.text.strip()]
    return _read_inputs(sentences, todo, _within([sentences[k] for k in todo], lexicon_cues)) if todo else []


PRIME_SENTENCES = 1024  # sentences scored at once by ``prime`` at most: its arrays peak near 12 MB


def prime(
    inputs: Sequence[tuple[str, tuple[str, ...]]],
    language: str,
    setting: str,
    thresholds: Mapping[str, float] | None = None,
    floor: float = 0.0,
) -> None:
    """Score ``inputs`` (``classify_inputs`` of many segments: a chunk of documents' answers) in a few
    calls of ``PRIME_SENTENCES`` sentences, before their documents are read one at a time: each
    sentence's probabilities are then kept (``_LanguageModel.sentence_probabilities``) and ``classify``
    finds them there, the same numbers (a row's sums do not depend on the rows scored with it).
    Nothing is scored where ``classify`` would score nothing (a language without a model, which
    ``classify`` reports; no cue the rules read with ``thresholds`` and ``floor``)."""
    if not inputs:
        return
    model = load_model(setting)
    if language not in model.models or set(thresholds or {}) - set(CUES):
        return
    if not model.cuts(language, thresholds or {}, floor)[1]:
        return
    for start in range(0, len(inputs), PRIME_SENTENCES):
        model.probabilities_of_read(inputs[start : start + PRIME_SENTENCES], language)


def _within(sentences: Sequence[Cue], cues: Sequence[Cue]) -> list[list[Cue]]:
    """Per sentence, the ``cues`` that start inside it, in their order: a slice of ``cues`` found
    by bisection where they stand in the order of their starts (``answer_cues`` gives them so),
    else each cue tested against each sentence."""
    starts = [c.start for c in cues]
    if any(a > b for a, b in zip(starts, starts[1:])):
        return [[c for c in cues if s.start <= c.start < s.end] for s in sentences]
    return [list(cues[bisect_left(starts, s.start) : bisect_left(starts, s.end)]) for s in sentences]


def _own_rows(
    probabilities: np.ndarray, thresholds: np.ndarray, sets: dict[tuple[bool, ...], frozenset[str]]
) -> list[frozenset[str]]:
    """``own_reading`` of ``probabilities``, compared all at once, each pattern of cues made into
    its frozenset once (``sets``)."""
    out = []
    for row in map(tuple, (probabilities >= thresholds).tolist()):
        found = sets.get(row)
        if found is None:
            found = sets[row] = frozenset(c for c, at in zip(CUES, row, strict=True) if at)
        out.append(found)
    return out


def own_reading(probabilities: np.ndarray, thresholds: np.ndarray) -> list[frozenset[str]]:
    """Per row of ``probabilities`` (a sentence; columns in the order of ``CUES``) the cues whose
    probability reaches the model's own threshold for it (``thresholds``), whatever a run's
    ``cue_thresholds`` and whether or not the rules read that cue: the classifier's reading."""
    return [frozenset(CUES[j] for j in np.flatnonzero(p >= thresholds).tolist()) for p in probabilities]
