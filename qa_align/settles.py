"""What a learned reading of whether one answer sentence settles a closed question reads of a
pair: the features of the pairs of ``corpus/yesno/pairs.jsonl`` and ``corpus/settles/round1.jsonl``
(read by ``qa_align.readers.labels.read_settles_pairs``) that ``scripts/train_settles.py`` fits
and measures. Not used by ``yes_no_unanswered``: held out, the reading takes away as many right
flags as false ones (model card: ``models/settles.md``), so no model file is shipped.

A pair's features (``pair_features``) are the sentence's words, word pairs and word parts with
the lexicon's cue lists that match it (``cues.features``, as the cue classifier reads a
sentence), the negations and affirmations of the sentence and of the question
(``[answer] negations`` / ``affirmations``), a plain "Yes" / "No" first, the share of the closed
question's content words the sentence takes up, a negation beside such a word, a figure and the
sentence's place in the answer."""

from __future__ import annotations

import math
from functools import lru_cache

from .cues import features as sentence_features
from .cues import fold
from .lexicon import load_lexicon
from .text import WORD


def _content(words: list[str]) -> set[str]:
    """The question's content words on their first five letters (words of five letters or more)."""
    return {w[:5] for w in words if len(w) >= 5 and not w.isdigit()}


@lru_cache(maxsize=4)
def _lists(language: str, lexicon_dir: str | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lex = load_lexicon(language, lexicon_dir)
    return (
        frozenset(fold(w) for w in lex.negations),
        frozenset(fold(w) for w in lex.affirmations),
        frozenset(fold(w) for w in lex.plain_replies),
    )


def pair_features(
    closed: str, sentence: str, language: str, index: int = 0, lexicon_dir: str | None = None
) -> dict[str, float]:
    """The features of the pair (``closed`` question, answer ``sentence``), the ``index``-th
    sentence of the unit's answer: names to values, as ``DictVectorizer`` reads them."""
    negations, affirmations, plain = _lists(language, lexicon_dir)
    out: dict[str, float] = dict.fromkeys(
        sentence_features(sentence, language=language, lexicon_dir=lexicon_dir), 1.0
    )
    q_words = WORD.findall(fold(closed))
    s_words = WORD.findall(fold(sentence))
    asked = _content(q_words)
    said = [w[:5] for w in s_words]
    shared = asked & set(said)
    share = len(shared) / len(asked) if asked else 0.0
    out["x share"] = share
    out["x shared_any"] = float(bool(shared))
    out["x shared_two"] = float(len(shared) >= 2)
    s_neg = any(w in negations for w in s_words)
    q_neg = any(w in negations for w in q_words)
    out["x s_neg"] = float(s_neg)
    out["x q_neg"] = float(q_neg)
    out["x both_neg"] = float(s_neg and q_neg)
    out["x s_aff"] = float(any(w in affirmations for w in s_words))
    out["x plain"] = float(bool(s_words) and s_words[0] in plain)
    # a negation up to three words before a word the question asked ("was not consulted")
    out["x neg_near_asked"] = float(
        any(
            w in negations and any(v[:5] in shared for v in s_words[i + 1 : i + 4])
            for i, w in enumerate(s_words)
        )
    )
    out["x figure"] = float(any(c.isdigit() for c in sentence))
    out["x first"] = float(index == 0)
    out["x index"] = math.log1p(index)
    out["x words"] = math.log1p(len(s_words))
    if q_words:
        out["q " + q_words[0]] = 1.0  # "whether", "heeft", "is": what kind of closed question
    return out
