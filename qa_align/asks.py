"""What a question sentence asks, learned from labelled sentences: whether it asks for figures
(a count, an amount, a number: "Wat heeft dat gekost?", "met vermelding van de bedragen",
"an estimate of the potential costs of ...") and whether it asks them broken down (per year, per
region, for each of its lettered parts).

Per language, one logistic regression per reading over the sentence's own features: its words and
word pairs, the character 3- to 5-grams of each word (so that "gekost" and "kosten" share
evidence), and the lexicon's readings of the sentence (a count cue, a figure request, a dimension,
a word of what is measured, an amount cue) as features, so that a phrase a user adds to the
lexicon counts here too. Trained by ``train`` (``scripts/train_asks.py``) on ``corpus/asks/``;
the shipped model is ``qa_align/models/asks.json`` (a vocabulary and weights, read without
pickle; scikit-learn is needed only to train), its model card ``models/asks.md``.
``coverage.asked`` reads a sentence the model rates as asking figures as asking them even where no
count word of the lexicon stands in it.
"""

from __future__ import annotations

import json
import logging
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, chain
from operator import itemgetter
from pathlib import Path

from . import modelfiles
from .errors import ConfigError

log = logging.getLogger(__name__)

READINGS = ("asks_figures", "asks_breakdown")
MODEL_PATH = Path(__file__).resolve().parent / "models" / "asks.json"
LEXICON_ONLY = "lexicon"  # ``Settings.asks_model`` that leaves the model out
FORMAT = 1  # version of the saved model's features and layout
_WORD = re.compile(r"\w+")
_CHARS = (3, 4, 5)  # lengths of the character n-grams of a word (padded with a space either side)
EVIDENCE_WORDS = 3  # the words that weighed most, named in a flag's evidence


def _fold(text: str) -> str:
    """Lower case, accents taken off ("financiën": "financien"), a character at a time: the same
    length as ``text``, so the offsets of its words are those of the text. A character whose lower
    case or accentless form is longer stays as it is ("İ", lower case "i̇", stays "İ"). Each
    character's form (``_fold_char``) is worked out once per process and kept in ``_FOLDED``, which
    ``str.translate`` reads: a character at a time in C, not in a Python call per character."""
    return text.translate(_FOLDED)


class _Folded(dict):
    """``_fold_char`` of each character met, by its code point, as ``str.translate`` reads a table:
    a character not met before is worked out when first asked for (``__missing__``)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLDED = _Folded()


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        return ch
    base = unicodedata.normalize("NFKD", low)
    kept = "".join(c for c in base if not unicodedata.combining(c))
    return kept if len(kept) == 1 else low


def _char_grams(tok: str) -> tuple[str, ...]:
    """The ``c`` features of a word, in ``features``' order."""
    padded = f" {tok} "
    return tuple("c " + padded[k : k + n] for n in _CHARS for k in range(len(padded) - n + 1))


def features(text: str, language: str, lexicon_dir: str | None = None) -> Iterator[tuple[str, int, int]]:
    """Every feature of a sentence with the span of its words it stands for: ``w`` a word, ``b``
    a word pair (``^`` before the first word), ``c`` a character n-gram of a word, ``lex`` a reading
    of the lexicon (``lexicon_features``)."""
    folded = _fold(text)
    prev, prev_start = "^", 0
    for m in _WORD.finditer(folded):
        tok, a, b = m.group(), m.start(), m.end()
        yield "w " + tok, a, b
        yield "b " + prev + " " + tok, prev_start, b
        for name in _char_grams(tok):
            yield name, a, b
        prev, prev_start = tok, a
    yield from lexicon_features(text, language, lexicon_dir)


def lexicon_features(
    text: str, language: str, lexicon_dir: str | None = None
) -> Iterator[tuple[str, int, int]]:
    """The lexicon's readings of a sentence, with their words: ``lex count`` a count cue ("hoeveel",
    "the number of"), ``lex figure`` a figure request ("graag cijfers"), ``lex dimension`` a
    breakdown asked ("per provincie"), ``lex quantity`` a word of what is measured or of money
    (``[coverage] quantity_nouns``, ``money_nouns``), ``lex amount`` an amount cue, ``lex split`` a
    word that asks a split, ``lex each_year`` "elk jaar", "in each year"."""
    from .analyze import analyze_question
    from .coverage import _patterns
    from .types import Passage

    analysis = analyze_question(Passage(0, len(text), text), language, lexicon_dir)
    for c in analysis.count_cues:
        yield "lex count", c.start, c.end
    for c in analysis.figure_cues:
        yield "lex figure", c.start, c.end
    for d in analysis.dimensions:
        yield "lex dimension", d.cue.start, d.cue.end
    p = _patterns(language, lexicon_dir)
    for name, rx in (
        ("quantity", p.quantity),
        ("amount", p.amount),
        ("split", p.split),
        ("each_year", p.each_year),
    ):
        for m in rx.finditer(text):
            yield "lex " + name, m.start(), m.end()


# the names of ``lexicon_features``' features: what a sentence's reading may add to the features of its
# words (``_LanguageModel.bounds``)
LEXICON_FEATURES = tuple(
    "lex " + name for name in ("count", "figure", "dimension", "quantity", "amount", "split", "each_year")
)


@dataclass(frozen=True)
class AskedWords:
    """Words of the sentence that pushed it towards a reading: ``sentence[start:end] == text``;
    ``weight`` the sum of the weights of the features they carry."""

    start: int
    end: int
    text: str
    weight: float


@dataclass(frozen=True)
class Reading:
    """The model's reading of one sentence: the probability of each of ``READINGS`` and the words
    that weighed most towards asking figures, strongest first."""

    probabilities: tuple[float, ...]
    # what ``words`` is read from, kept until asked (a flag's evidence wants the words of a few
    # sentences; the probabilities are read of every question sentence): the weights towards
    # asking figures, the features found with their spans, their scale and the sentence
    _evidence: tuple[tuple[float, ...], dict[int, tuple[int, int]], float, str] | None = field(
        default=None, compare=False, repr=False
    )
    _words: list[tuple[AskedWords, ...]] = field(default_factory=list, compare=False, repr=False)

    def probability(self, reading: str) -> float:
        return self.probabilities[READINGS.index(reading)]

    @property
    def words(self) -> tuple[AskedWords, ...]:
        if not self._words:
            self._words.append(_evidence_words(*self._evidence) if self._evidence else ())
        return self._words[0]


@dataclass(frozen=True)
class _LanguageModel:
    vocabulary: dict[str, int]
    coef: tuple[tuple[float, ...], ...]  # per reading, a weight per feature of ``vocabulary``
    intercept: tuple[float, ...]
    # per word, the index in ``vocabulary`` of its ``w`` feature (None: not known) and those of its
    # known ``c`` features, in ``features``' order (a word's own features do not depend on the
    # sentence: found once)
    _words: dict[str, tuple[int | None, tuple[int, ...]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # ``bounds`` of each sentence met, by its text (``bounds_of``: a chunk's question sentences at once)
    _bounds: dict[str, tuple[tuple[float, float], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def word_features(self, tok: str) -> tuple[int | None, tuple[int, ...]]:
        known = self._words.get(tok)
        if known is None:
            get = self.vocabulary.get
            grams = tuple(k for k in map(get, _char_grams(tok)) if k is not None)
            known = self._words[tok] = (get("w " + tok), grams)
        return known

    @cached_property
    def _pairs(self) -> dict[tuple[str, str], int]:
        """The ``b`` features by their two words: a sentence's pairs looked up without a string
        joined per word (``bounds``)."""
        out = {}
        for name, k in self.vocabulary.items():
            if name.startswith("b "):
                two = tuple(name[2:].split(" "))
                if len(two) == 2:
                    out[two] = k
        return out

    @cached_property
    def _coef_array(self):
        """``coef`` as an array (readings, features), for ``bounds``' sums: numpy's sum of a few
        hundred weights differs from ``_read``'s by far less than ``_ROUNDING``."""
        import numpy as np

        return np.array(self.coef, dtype=np.float64)

    @cached_property
    def _lexicon_sums(self) -> tuple[tuple[tuple[float, ...], tuple[float, ...]], ...]:
        """Per reading, the sums of the ``k`` greatest and of the ``k`` least weights of the lexicon's
        features the model knows (``LEXICON_FEATURES``), for ``k`` from 0 to all of them."""
        known = sorted({k for k in map(self.vocabulary.get, LEXICON_FEATURES) if k is not None})
        out = []
        for coef in self.coef:
            weights = sorted(coef[k] for k in known)
            out.append((_running_sums(reversed(weights)), _running_sums(weights)))
        return tuple(out)

    def bounds(self, sentence: str) -> tuple[tuple[float, float], ...]:
        """Per reading, the least and the greatest score (the logit ``_read`` turns into a probability)
        that ``sentence`` can have, read from its words alone: the lexicon's features (``lexicon_features``,
        a spaCy analysis of the sentence, the dearer part of a reading) may add any of theirs. Its words'
        features are those ``_read`` finds; the lexicon's may add ``k`` more, whose weights sum to no more
        than the ``k`` greatest and no less than the ``k`` least (``_lexicon_sums``). Kept per sentence:
        ``bounds_of`` a chunk's sentences at once, the same numbers."""
        kept = self._bounds.get(sentence)
        return kept if kept is not None else self.bounds_of((sentence,))[0]

    def bounds_of(self, sentences: Sequence[str]) -> list[tuple[tuple[float, float], ...]]:
        """``bounds`` of each of ``sentences``, those not kept yet worked out together (speed51: a
        chunk's question sentences, ``prime``) and kept (all forgotten past ``_BOUNDS_KEPT``). The same
        bits as one at a time: each sentence's weights are added one after the other from 0 in the
        order of its features (``_feature_keys``), whatever sentences are summed with it (``bincount``
        adds its weights in their order), the order in which ``coef[:, keys].sum(axis=1)`` added them
        before (a column gather is laid out by columns, so numpy summed them one after the other, not
        pairwise: tested); the rest is each sentence's own arithmetic, done on arrays."""
        import numpy as np

        kept = self._bounds
        # each sentence's bounds read once from the store (one ``get``, which no ``clear`` can break),
        # the new ones from ``made``: a caller scoring from threads, one of which clears the store
        # between another's reading and its answer, meets no ``KeyError`` (lows52)
        have = list(map(kept.get, sentences))
        todo = list(dict.fromkeys(s for s, b in zip(sentences, have) if b is None))
        made: dict[str, tuple[tuple[float, float], ...]] = {}
        if todo:
            if len(kept) + len(todo) > _BOUNDS_KEPT:
                kept.clear()
                todo = list(dict.fromkeys(sentences))
            keys = list(map(self._feature_keys, todo))
            n = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
            flat = np.fromiter(chain.from_iterable(keys), dtype=np.int64, count=int(n.sum()))
            rows = np.repeat(np.arange(len(todo)), n)
            coef = self._coef_array
            steps = np.arange(len(self._lexicon_sums[0][0]))
            # ``sqrt(n + k)`` for ``k`` of the lexicon's features added (``math.sqrt`` before: both correctly rounded); a
            # sentence of no feature scores 0 with none of the lexicon's (as ``_read`` scales it)
            roots = np.sqrt((n[:, None] + steps[None, :]).astype(np.float64))
            empty = n == 0
            out = []
            for j, (intercept, (greatest, least)) in enumerate(
                zip(self.intercept, self._lexicon_sums, strict=True)
            ):
                total = np.bincount(rows, weights=coef[j, flat], minlength=len(todo))
                with np.errstate(divide="ignore", invalid="ignore"):
                    high = (total[:, None] + np.array(greatest)[None, :]) / roots
                    low = (total[:, None] + np.array(least)[None, :]) / roots
                high[empty, 0] = low[empty, 0] = 0.0
                out.append(
                    zip((intercept + low.min(axis=1)).tolist(), (intercept + high.max(axis=1)).tolist())
                )
            made = dict(zip(todo, zip(*out), strict=True))
            kept.update(made)
        return [b if b is not None else made[s] for s, b in zip(sentences, have)]

    def _feature_keys(self, sentence: str) -> list[int]:
        """The columns of ``coef`` of the features ``bounds`` reads of ``sentence``, each once: every
        word's ``w`` feature, its ``c`` features and its pair with the word before, those the model
        knows, in a set's order (the order ``bounds`` has always summed them in)."""
        toks = _WORD.findall(_fold(sentence))
        known = self._words
        own = list(map(known.get, toks))
        if None in own:
            own = list(map(self.word_features, toks))
        keys: set[int | None] = set(map(itemgetter(0), own))
        keys.update(chain.from_iterable(map(itemgetter(1), own)))
        keys.update(map(self._pairs.get, zip(["^", *toks], toks)))
        keys.discard(None)
        return list(keys)  # type: ignore[arg-type]


# sentences whose ``bounds`` a model keeps, then forgets (a chunk holds some 120: the store stays under a few MB)
_BOUNDS_KEPT = 4096


def _running_sums(weights: Iterable[float]) -> tuple[float, ...]:
    """0, then the sums of the first one, two, ... of ``weights``."""
    return (0.0, *accumulate(weights))


class AsksModel:
    """The trained model of one or more languages: ``read(sentence, language)``."""

    def __init__(self, languages: dict[str, _LanguageModel], meta: dict | None = None) -> None:
        self._languages = languages
        self.meta = meta or {}

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted(self._languages))

    def read(self, sentence: str, language: str, lexicon_dir: str | None = None) -> Reading | None:
        """The probabilities of ``READINGS`` for ``sentence`` and the words that weighed most towards
        asking figures; None for a language the model does not know or an empty sentence."""
        model = self._languages.get(language)
        if model is None or not sentence.strip():
            return None
        return _read(model, sentence, language, lexicon_dir)

    def bounds(self, sentence: str, language: str) -> tuple[tuple[float, float], ...] | None:
        """Per reading, the least and the greatest score ``read`` can give ``sentence``, told from its
        words alone (``_LanguageModel.bounds``); None where ``read`` gives no reading."""
        model = self._languages.get(language)
        if model is None or not sentence.strip():
            return None
        return model.bounds(sentence)

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        out = {
            "format": FORMAT,
            "readings": list(READINGS),
            "meta": self.meta,
            "languages": {
                lang: {
                    "features": sorted(m.vocabulary, key=m.vocabulary.__getitem__),
                    "coef": {r: [round(w, 5) for w in m.coef[k]] for k, r in enumerate(READINGS)},
                    "intercept": {r: round(m.intercept[k], 5) for k, r in enumerate(READINGS)},
                }
                for lang, m in self._languages.items()
            },
        }
        path.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        return path

    @classmethod
    def load(cls, path: str | Path = MODEL_PATH) -> AsksModel:
        path = Path(path)
        if not path.is_file():
            raise ConfigError(f"no question-reading model at {path} (train one with scripts/train_asks.py)")
        try:
            obj = json.loads(path.read_text(encoding="utf-8"))
            if obj.get("format") != FORMAT or tuple(obj.get("readings", ())) != READINGS:
                raise ConfigError(f"{path}: a model of another format; retrain it with scripts/train_asks.py")
            languages = {}
            for lang, m in obj["languages"].items():
                vocab = {f: k for k, f in enumerate(m["features"])}
                coef = tuple(tuple(float(w) for w in m["coef"][r]) for r in READINGS)
                if any(len(c) != len(vocab) for c in coef):
                    raise ConfigError(
                        f"{path}: {lang} has {len(vocab)} features and weights of another length"
                    )
                languages[lang] = _LanguageModel(
                    vocab, coef, tuple(float(m["intercept"][r]) for r in READINGS)
                )
        except (KeyError, TypeError, ValueError) as e:
            raise ConfigError(f"{path}: not a question-reading model ({e})") from e
        return cls(languages, obj.get("meta", {}))


def _read(model: _LanguageModel, sentence: str, language: str, lexicon_dir: str | None) -> Reading:
    # the features of ``features(sentence)`` the model knows, each at its first place, in that order
    # (the order of the sums below): a word's own features looked up once per model
    found: dict[int, tuple[int, int]] = {}
    vocabulary = model.vocabulary
    prev, prev_start = "^", 0
    for m in _WORD.finditer(_fold(sentence)):
        tok, a, b = m.group(), m.start(), m.end()
        word, grams = model.word_features(tok)
        pair = vocabulary.get("b " + prev + " " + tok)
        if word is not None:
            found.setdefault(word, (a, b))
        if pair is not None:
            found.setdefault(pair, (prev_start, b))
        for k in grams:
            found.setdefault(k, (a, b))
        prev, prev_start = tok, a
    for name, a, b in lexicon_features(sentence, language, lexicon_dir):
        k = vocabulary.get(name)
        if k is not None and k not in found:
            found[k] = (a, b)
    scale = 1.0 / math.sqrt(len(found)) if found else 0.0
    probabilities = []
    for coef, intercept in zip(model.coef, model.intercept):
        z = intercept + scale * sum(map(coef.__getitem__, found))
        probabilities.append(1.0 / (1.0 + math.exp(-z)))
    return Reading(tuple(probabilities), (model.coef[0], found, scale, sentence))


def _evidence_words(
    figures: tuple[float, ...], found: dict[int, tuple[int, int]], scale: float, sentence: str
) -> tuple[AskedWords, ...]:
    """The words of the sentence by the weight (towards asking figures) of the features they carry;
    a feature of several words (a pair, a lexicon phrase) counts for each of them."""
    weight: dict[tuple[int, int], float] = {}
    words_in: dict[tuple[int, int], list[tuple[int, int]]] = {}  # the words of a span, found once
    for k, span in found.items():
        spans = words_in.get(span)
        if spans is None:
            spans = words_in[span] = [m.span() for m in _WORD.finditer(sentence, *span)]
        for word in spans:
            weight[word] = weight.get(word, 0.0) + scale * figures[k]
    top = sorted(((w, span) for span, w in weight.items() if w > 0), reverse=True)[:EVIDENCE_WORDS]
    return tuple(AskedWords(a, b, sentence[a:b], round(w, 3)) for w, (a, b) in top)


def _where(setting: str) -> tuple[str, int] | None:
    """The file ``Settings.asks_model`` names and its modification time (a model retrained into the
    same file is read again): "" the shipped ``qa_align/models/asks.json`` (None, the lexicon alone,
    where that file is not there), "lexicon" none, else the path of a model (a ``ConfigError`` when
    there is none)."""
    if setting == LEXICON_ONLY:
        return None
    path = Path(setting) if setting else MODEL_PATH
    try:
        return str(path), modelfiles.mtime_ns(path)
    except FileNotFoundError:
        if setting:
            AsksModel.load(path)  # raises, naming the file and the command that trains one
        _say_missing(str(path))
        return None


@lru_cache(maxsize=1)
def _say_missing(path: str) -> None:
    log.info("no question-reading model at %s: what a question asks is read from the lexicon", path)


@lru_cache(maxsize=4)
def _load(path: str, mtime: int) -> AsksModel:
    return AsksModel.load(path)


def load_model(setting: str = "") -> AsksModel | None:
    """The model ``Settings.asks_model`` names (``_where``), or None for the lexicon alone."""
    where = _where(setting)
    return _load(*where) if where else None


def read(sentence: str, language: str, setting: str = "", lexicon_dir: str | None = None) -> Reading | None:
    """``load_model(setting)``'s reading of ``sentence`` (None when there is no model)."""
    where = _where(setting)
    return _read_with(where, sentence, language, lexicon_dir) if where else None


# how far the score ``_read`` sums may stand from ``_LanguageModel.bounds``' (the same weights, summed in
# another order): far more than the rounding of either sum, far less than any weight
_ROUNDING = 1e-6


def may_rate(
    sentence: str,
    language: str,
    reading: str,
    setting: str = "",
    *,
    at_least: float | None = None,
    below: float | None = None,
) -> bool:
    """Whether ``read(sentence, language, setting)`` may rate ``sentence`` as ``reading`` with probability
    ``at_least`` or more (or ``below``, below it), told cheaply from the sentence's words
    (``_LanguageModel.bounds``): False only where it cannot, as where there is no reading (no model, a
    language it does not know, an empty sentence). A rule that reads a probability against a threshold
    asks here first and reads the model only where the answer is True: its decisions are those it would
    make reading every sentence."""
    where = _where(setting)
    bounds = _bounds_with(where, sentence, language) if where else None
    if bounds is None:
        return False
    low, high = bounds[READINGS.index(reading)]
    if at_least is not None and _probability(high + _ROUNDING) >= at_least:
        return True
    return below is not None and _probability(low - _ROUNDING) < below


def _probability(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-score))


@lru_cache(maxsize=4096)
def _bounds_with(
    where: tuple[str, int], sentence: str, language: str
) -> tuple[tuple[float, float], ...] | None:
    return _load(*where).bounds(sentence, language)


def prime(sentences: Iterable[str], language: str, setting: str = "") -> None:
    """The bounds (``may_rate``) of many question ``sentences`` worked out at once (a chunk of
    documents' units, ``document_rules.map_chunk``) and kept (``_LanguageModel.bounds_of``): ``may_rate``
    finds them there, one sentence at a time, the same numbers. Nothing to do without a model or for a
    language it does not know."""
    where = _where(setting)
    model = _load(*where)._languages.get(language) if where else None
    if model is not None:
        model.bounds_of([s for s in sentences if s.strip()])


@lru_cache(maxsize=4096)
def _read_with(
    where: tuple[str, int], sentence: str, language: str, lexicon_dir: str | None
) -> Reading | None:
    return _load(*where).read(sentence, language, lexicon_dir)


# ---------------------------------------------------------------- training


@dataclass(frozen=True)
class LabelledQuestion:
    id: str
    source: str
    doc_id: str
    language: str
    text: str
    asks_figures: bool
    asks_breakdown: bool
    stratum: str = ""  # how it was drawn (``corpus/asks/README.md``): A, B or C

    @property
    def group(self) -> str:
        return f"{self.source}/{self.doc_id}"


def load_labelled(paths: Sequence[str | Path]) -> list[LabelledQuestion]:
    """Labelled question sentences from JSON Lines files (``id``, ``source``, ``doc_id``,
    ``language``, ``text``, ``asks_figures``, ``asks_breakdown``; ``stratum`` optional)."""
    rows: list[LabelledQuestion] = []
    for path in map(Path, paths):
        if not path.is_file():
            raise ConfigError(f"no labelled question sentences at {path}")
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                    rows.append(
                        LabelledQuestion(
                            str(obj["id"]),
                            str(obj["source"]),
                            str(obj["doc_id"]),
                            str(obj["language"]),
                            str(obj["text"]),
                            bool(obj["asks_figures"]),
                            bool(obj["asks_breakdown"]),
                            str(obj.get("stratum", "")),
                        )
                    )
                except (KeyError, TypeError, ValueError) as e:
                    raise ConfigError(f"{path}:{n}: not a labelled question sentence ({e})") from e
    return rows


MIN_DF = 2  # a feature seen in fewer training sentences is left out
C_GRID = (2.0, 8.0, 32.0, 128.0, 512.0)  # inverse regularisation strengths tried inside the training folds
FOLDS = 5


def _matrix(feature_sets: Sequence[set[str]], vocabulary: dict[str, int]):
    import numpy as np
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for i, fs in enumerate(feature_sets):
        ks = sorted({vocabulary[f] for f in fs if f in vocabulary})
        for k in ks:
            rows.append(i)
            cols.append(k)
            vals.append(1.0 / math.sqrt(len(ks)))
    return csr_matrix((np.array(vals), (rows, cols)), shape=(len(feature_sets), len(vocabulary)))


def _vocabulary(feature_sets: Sequence[set[str]]) -> dict[str, int]:
    from collections import Counter

    df = Counter(f for fs in feature_sets for f in fs)
    return {f: k for k, f in enumerate(sorted(f for f, n in df.items() if n >= MIN_DF))}


def _fit(feature_sets: Sequence[set[str]], y: Sequence[bool], c: float, weights: Sequence[float]):
    from sklearn.linear_model import LogisticRegression

    vocabulary = _vocabulary(feature_sets)
    if len(set(y)) < 2:
        raise ConfigError("a reading needs labelled sentences of both kinds to learn from")
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(_matrix(feature_sets, vocabulary), list(y), sample_weight=list(weights))
    return vocabulary, model


def _weights(strata: Sequence[str], shares: dict[str, float]) -> list[float]:
    """Each sentence's weight: its stratum's count among all question sentences (``shares``) over
    its count among those drawn, scaled to a mean of 1, so that the model's probabilities are those of
    sentences as they come; 1 each without ``shares``."""
    from collections import Counter

    drawn = Counter(strata)
    if not shares or any(s not in shares for s in drawn):
        return [1.0] * len(strata)
    raw = [shares[s] / drawn[s] for s in strata]
    mean = sum(raw) / len(raw)
    return [w / mean for w in raw]


def _held_out(
    feature_sets: Sequence[set[str]],
    y: Sequence[bool],
    groups: Sequence[str],
    c: float,
    weights: Sequence[float],
):
    """Probabilities of every sentence from models trained on the folds (grouped by document) without it."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    out = np.zeros(len(y))
    folds = GroupKFold(n_splits=min(FOLDS, len(set(groups))))
    for train, test in folds.split(np.zeros(len(y)), y, groups):
        vocabulary, model = _fit(
            [feature_sets[i] for i in train], [y[i] for i in train], c, [weights[i] for i in train]
        )
        out[test] = model.predict_proba(_matrix([feature_sets[i] for i in test], vocabulary))[:, 1]
    return out


def _choose_c(
    feature_sets: Sequence[set[str]], y: Sequence[bool], groups: Sequence[str], weights: Sequence[float]
) -> float:
    """The regularisation of best held-out log loss, weighted (folds grouped by document)."""
    from sklearn.metrics import log_loss

    losses = {
        c: log_loss(
            list(y),
            _held_out(feature_sets, y, groups, c, weights),
            sample_weight=list(weights),
            labels=[False, True],
        )
        for c in C_GRID
    }
    return min(losses, key=losses.__getitem__)


def _figures(
    y: Sequence[bool], p: Sequence[float], strata: Sequence[str], shares: dict[str, float], t: float
) -> dict:
    """Precision, recall and F1 at threshold ``t`` over the sentences as drawn, per stratum, and
    weighted by each stratum's share of all question sentences (``shares``): the estimate for
    question sentences as they come."""
    out: dict = {}

    def counts(keep: Sequence[int]) -> tuple[int, int, int, int]:
        tp = sum(1 for i in keep if y[i] and p[i] >= t)
        fp = sum(1 for i in keep if not y[i] and p[i] >= t)
        fn = sum(1 for i in keep if y[i] and p[i] < t)
        return tp, fp, fn, len(keep)

    def prf(tp: float, fp: float, fn: float) -> dict:
        precision = tp / (tp + fp) if tp + fp else None
        recall = tp / (tp + fn) if tp + fn else None
        f1 = 2 * precision * recall / (precision + recall) if precision and recall else None
        return {"precision": _r(precision), "recall": _r(recall), "f1": _r(f1)}

    everything = range(len(y))
    tp, fp, fn, n = counts(everything)
    out["drawn"] = {"sentences": n, "positives": tp + fn, **prf(tp, fp, fn)}
    weighted = [0.0, 0.0, 0.0]
    for s in sorted(set(strata)):
        keep = [i for i in everything if strata[i] == s]
        tp, fp, fn, n = counts(keep)
        out[f"stratum {s}"] = {"sentences": n, "positives": tp + fn, **prf(tp, fp, fn)}
        share = shares.get(s, 0.0)
        weighted = [w + share * v / n for w, v in zip(weighted, (tp, fp, fn))]
    if shares:
        out["weighted"] = prf(*weighted)
    return out


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 3)


def train(
    rows: Sequence[LabelledQuestion],
    shares: dict[str, dict[str, float]] | None = None,
    lexicon_dir: str | None = None,
) -> AsksModel:
    """A model of every language of ``rows``: per reading, the regularisation chosen by held-out log
    loss (folds grouped by document), the model fitted on all of them; the figures of the model card
    (``meta``) from held-out probabilities at 0.5. ``shares``: per language, each stratum's count among
    all question sentences: each sentence weighs as many as its stratum stands for (``_weights``), and
    the figures are given weighted too."""
    languages = {}
    meta: dict = {"sentences": len(rows), "languages": {}}
    for lang in sorted({r.language for r in rows}):
        mine = [r for r in rows if r.language == lang]
        feature_sets = [{f for f, _, _ in features(r.text, lang, lexicon_dir)} for r in mine]
        groups = [r.group for r in mine]
        strata = [r.stratum for r in mine]
        share = (shares or {}).get(lang, {})
        weights = _weights(strata, share)
        coefs, intercepts = [], []
        vocabulary: dict[str, int] = _vocabulary(feature_sets)
        card: dict = {"sentences": len(mine), "documents": len(set(groups))}
        for reading in READINGS:
            y = [getattr(r, reading) for r in mine]
            c = _choose_c(feature_sets, y, groups, weights)
            held = _held_out(feature_sets, y, groups, c, weights)
            _, model = _fit(feature_sets, y, c, weights)
            coefs.append(tuple(float(w) for w in model.coef_[0]))
            intercepts.append(float(model.intercept_[0]))
            card[reading] = {
                "C": c,
                "positives": sum(y),
                "at 0.5": _figures(y, held, strata, share, 0.5),
            }
            log.info("%s %s: C=%s, held-out %s", lang, reading, c, card[reading]["at 0.5"]["drawn"])
        languages[lang] = _LanguageModel(vocabulary, tuple(coefs), tuple(intercepts))
        meta["languages"][lang] = card
    return AsksModel(languages, meta)


def held_out_probabilities(
    rows: Sequence[LabelledQuestion],
    reading: str,
    shares: dict[str, dict[str, float]] | None = None,
    lexicon_dir: str | None = None,
) -> list[float]:
    """Each sentence's probability of ``reading`` from a model trained without its document's folds
    (one language at a time; the regularisation chosen as ``train`` chooses it)."""
    out = [0.0] * len(rows)
    for lang in sorted({r.language for r in rows}):
        index = [i for i, r in enumerate(rows) if r.language == lang]
        feature_sets = [{f for f, _, _ in features(rows[i].text, lang, lexicon_dir)} for i in index]
        y = [getattr(rows[i], reading) for i in index]
        groups = [rows[i].group for i in index]
        weights = _weights([rows[i].stratum for i in index], (shares or {}).get(lang, {}))
        held = _held_out(feature_sets, y, groups, _choose_c(feature_sets, y, groups, weights), weights)
        for i, p in zip(index, held):
            out[i] = float(p)
    return out
