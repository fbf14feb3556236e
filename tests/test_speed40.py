"""The similarity fit's words split and numbered with less Python per word (speed40): scikit-learn's
token pattern as a pattern that tests no word boundary (``embed._WORD``), and each word's id looked
up in C, only new words numbered in Python (``embed._numbered``). The words, their ids and so the
fitted rows stay those of before, to the bit."""

from __future__ import annotations

import random

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from qa_align import embed

# texts whose words a boundary test could cut otherwise: letters of other scripts and with
# combining marks, digits, underscores, one-letter words, apostrophes, hyphens, signs and emoji
_TEXTS = [
    "De minister antwoordt niet. De minister zwijgt.",
    "The Hon. Member's answer (HL1234) of 12.5% to £3,000,000 on 1/2/2024 — see para_3.",
    "Ça coûte 3 € ; l'État n'a pas répondu à la question nº 7.",
    "Die Straße, Äpfel und Öl: naïve café, résumé, ﬁnancial, İstanbul.",
    "Ελληνικά κείμενα, русский текст, 日本語のテキスト, עברית, العربية.",
    "a b c d x y z 1 2 3 _ __ a_ _b a1 1a",
    "e\u0301te\u0301 (combining accents), zero\u200bwidth, non\u00a0breaking, tab\tand\nnewline",
    "emoji 👍🏽 between words🙂words, ①②③ circled, ½ ¾ fractions, ²³ superscripts, ٣٤ digits",
    "",
    "   ",
    "co-operation, e-mail, state-of-the-art; don't, won't, it's; A.B.C. and U.K.",
]


def _scikit_learns_words(text: str) -> list[str]:
    spec = TfidfVectorizer(ngram_range=(1, 2))
    return spec.build_tokenizer()(spec.build_preprocessor()(text))


def test_words_are_those_of_scikit_learns_token_pattern():
    words = embed._Words(1)
    for text in _TEXTS:
        assert words._tokenize(words._preprocess(text)) == _scikit_learns_words(text), text
    # every character of the Basic Multilingual Plane beside letters, alone and in runs
    chars = "".join(map(chr, range(0x20, 0x3000)))
    for step in (1, 2, 3, 7):
        text = " ".join(chars[i : i + step] for i in range(0, len(chars), step))
        assert words._tokenize(words._preprocess(text)) == _scikit_learns_words(text)
    assert words._tokenize(words._preprocess(chars)) == _scikit_learns_words(chars)


def _setdefault_ids(texts: list[list[str]], known: dict[str, int]) -> list[list[int]]:
    """What the fit did before: each word's id, a new word given the next."""
    return [[known.setdefault(w, len(known)) for w in words] for words in texts]


def test_numbered_gives_the_ids_of_setdefault_in_the_same_order():
    rng = random.Random(40)
    vocabulary = [f"w{k}" for k in range(60)]
    texts = [[rng.choice(vocabulary) for _ in range(rng.randrange(0, 25))] for _ in range(300)]
    texts += [[], ["new", "new", "old", "new2", "new"], ["w1"] * 5]
    start = {"old": 0, "w3": 1}
    theirs_known = dict(start)
    theirs = _setdefault_ids(texts, theirs_known)
    mine_known = dict(start)
    mine = [embed._numbered(words, mine_known, mine_known.get) for words in texts]
    assert mine == theirs
    # the same words in the same order: the ids are given as the words first stand
    assert list(mine_known.items()) == list(theirs_known.items())


def test_the_fitted_rows_of_unusual_texts_are_scikit_learns():
    for min_df in (1, 2):
        vectorizer = TfidfVectorizer(sublinear_tf=True, min_df=min_df, ngram_range=(1, 2), dtype=np.float32)
        fitted = _TEXTS + _TEXTS[::-1][:5]
        theirs = vectorizer.fit_transform(fitted)
        words = embed._Words(min_df)
        mine = words.fit_transform(fitted)
        for part in ("indptr", "indices", "data"):
            assert np.array_equal(getattr(mine, part), getattr(theirs, part))
        later = ["co-operation, don't Ça coûte", "emoji words🙂 ½ fractions", "a_ _b 12.5% HL1234 日本語"]
        mine, theirs = words.transform(later), vectorizer.transform(later)
        assert mine.nnz > 0
        for part in ("indptr", "indices", "data"):
            assert np.array_equal(getattr(mine, part), getattr(theirs, part))


def test_the_character_bags_number_their_words_as_they_first_stand():
    chars = embed._HashedChars(1)
    texts = ["the member  the\tmember", "", "Ça coûte ÇA", "the member"]
    ids, ends = chars.bags(texts)
    assert list(chars._words) == ["the", "member", "ça", "coûte"]
    assert ids.tolist() == [0, 1, 0, 1, 2, 3, 2, 0, 1]
    assert ends.tolist() == [0, 4, 4, 7, 9]
    more, _ = chars.bags(["new member ça", "new"])
    assert more.tolist() == [4, 1, 2, 4]
    assert chars._grams.shape[0] == 5
