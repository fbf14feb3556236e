"""speed51: the question-reading model's bounds (``asks.may_rate``) worked out a chunk of documents'
question sentences at a time (``asks.prime``, ``analyze.prime_questions``, ``document_rules.map_chunk``):
the same bits as one sentence at a time and as 25df97e's loop, and the same map results."""

from __future__ import annotations

import itertools
import math
from itertools import chain
from operator import itemgetter

import pytest

from qa_align import asks, cues
from qa_align import text as text_layer
from qa_align.document_rules import map_chunk
from qa_align.pipeline import iter_documents
from qa_align.settings import Settings
from qa_align.types import Document

from .conftest import CORPUS, SHARED, needs_shared
from .test_speed50 import _same_as_one_at_a_time as same_as_speed50


def _documents(per_source: int) -> list[Document]:
    """The corpus's documents and the first ``per_source`` UK and Belgian records, as a run reads them."""
    paths = [CORPUS / "uk-commons", CORPUS / "be-kamer", CORPUS / "vlaams-parlement"]
    out = [d for d in iter_documents(paths) if isinstance(d, Document)]
    if SHARED.is_dir():
        for folder in ("uk-commons", "be-kamer-2017"):
            read = (d for d in iter_documents([SHARED / folder]) if isinstance(d, Document))
            out += itertools.islice(read, per_source)
    return out


def _question_sentences(documents: list[Document]) -> dict[str, list[str]]:
    """Every question unit's sentences as ``analyze_question`` cuts them, by language, each once."""
    out: dict[str, dict[str, None]] = {}
    for d in documents:
        lang = d.metadata.language
        for unit in d.question.units:
            for _, _, text in text_layer.sentences(unit.text, lang):
                if text.strip():
                    out.setdefault(lang, {})[text] = None
    return {lang: list(s) for lang, s in out.items()}


def _fresh_models() -> None:
    """The question-reading model and the cue model loaded again: nothing kept from an earlier test."""
    asks._load.cache_clear()
    asks._bounds_with.cache_clear()
    cues._load.cache_clear()


def _bounds_before(model, sentence: str) -> tuple[tuple[float, float], ...]:
    """25df97e's ``_LanguageModel.bounds``, written out: numpy's sum of a column gather, then a loop."""
    toks = asks._WORD.findall(asks._fold(sentence))
    own = list(map(model.word_features, toks))
    keys = set(map(itemgetter(0), own))
    keys.update(chain.from_iterable(map(itemgetter(1), own)))
    keys.update(map(model._pairs.get, zip(["^", *toks], toks)))
    keys.discard(None)
    n = len(keys)
    totals = model._coef_array[:, list(keys)].sum(axis=1).tolist()
    out = []
    for total, intercept, (greatest, least) in zip(totals, model.intercept, model._lexicon_sums, strict=True):
        high = max((total + w) / math.sqrt(n + k) if n + k else 0.0 for k, w in enumerate(greatest))
        low = min((total + w) / math.sqrt(n + k) if n + k else 0.0 for k, w in enumerate(least))
        out.append((intercept + low, intercept + high))
    return tuple(out)


@pytest.fixture(scope="module")
def sentences() -> dict[str, list[str]]:
    return _question_sentences(_documents(200))


@needs_shared  # (review53: the corpus alone has 8 English question sentences, fewer than asked)
def test_bounds_of_many_sentences_are_those_of_each_alone_and_of_the_loop_before(sentences):
    _fresh_models()
    model = asks.load_model("")
    assert model is not None
    for lang, texts in sentences.items():
        lm = model._languages.get(lang)
        if lm is None:
            continue
        assert len(texts) > 20, lang
        together = lm.bounds_of(texts)
        lm._bounds.clear()
        alone = []
        for t in texts:
            alone.append(lm.bounds(t))
            lm._bounds.clear()
        before = [_bounds_before(lm, t) for t in texts]
        # bit for bit (float ==, and the same repr): no bound moved, so no ``may_rate`` either
        assert together == alone == before, lang
        assert repr(together) == repr(before)


def test_a_sentence_without_a_known_feature_is_bounded_as_before():
    _fresh_models()
    lm = asks.load_model("")._languages["en"]
    # no word: the score is the intercept, the lexicon's features may add up to all of theirs (no 0 / 0)
    text = "?!"
    (low, high), _ = lm.bounds_of([text, "How much did it cost?"])[0]
    assert (low, high) == _bounds_before(lm, text)[0]
    assert low <= lm.intercept[0] < high


def test_priming_keeps_the_bounds_may_rate_reads(sentences):
    _fresh_models()
    texts = sentences["en"][:50]
    asks.prime(texts + ["   "], "en")
    lm = asks.load_model("")._languages["en"]
    assert set(texts) <= set(lm._bounds) and "   " not in lm._bounds
    kept = {t: lm._bounds[t] for t in texts}
    for t in texts:
        asks.may_rate(t, "en", "asks_figures", at_least=0.5)
    assert all(lm._bounds[t] is kept[t] for t in texts)  # found, not worked out again
    asks.prime(texts, "xx")  # a language the model does not know: nothing
    asks.prime(texts, "en", asks.LEXICON_ONLY)  # no model: nothing


@needs_shared  # (review53: the corpus alone has 8 English question sentences, fewer than asked)
def test_bounds_kept_are_forgotten_past_the_bound(monkeypatch, sentences):
    _fresh_models()
    monkeypatch.setattr(asks, "_BOUNDS_KEPT", 10)
    lm = asks.load_model("")._languages["en"]
    texts = sentences["en"][:25]
    first = lm.bounds_of(texts[:8])
    more = lm.bounds_of(texts[8:25])
    assert len(lm._bounds) == 17
    assert first + more == [_bounds_before(lm, t) for t in texts]


def test_map_chunk_primes_the_question_sentences_of_its_pairs():
    _fresh_models()
    documents = [d for d in _documents(0) if d.metadata.language == "en"][:5]
    assert documents
    map_chunk(documents, Settings())
    lm = asks.load_model("")._languages["en"]
    units = {p.question.text for d in documents for p in _aligned(d)}
    wanted = {t for u in units for _, _, t in text_layer.sentences(u, "en") if t.strip()}
    assert wanted and wanted <= set(lm._bounds)


def _aligned(document: Document):
    from qa_align.align import align

    return align(document, Settings())


def _same_as_one_at_a_time(documents: list[Document]) -> None:
    same_as_speed50(documents, fresh=_fresh_models)
    # the chunk's bounds were worked out together before its documents' rules read them
    kept = {lang: set(asks.load_model("")._languages[lang]._bounds) for lang in ("en", "nl")}
    for d in documents:
        lang = d.metadata.language
        assert {
            t for p in _aligned(d) for _, _, t in text_layer.sentences(p.question.text, lang) if t.strip()
        } <= kept[lang]


def test_a_chunk_of_the_corpus_maps_as_its_documents_one_at_a_time():
    _same_as_one_at_a_time(_documents(0))


@needs_shared
def test_a_chunk_of_real_records_maps_as_its_documents_one_at_a_time():
    documents = _documents(64)
    assert len(documents) > 128
    _same_as_one_at_a_time(documents)
