"""speed50: the map stage a chunk of documents at a time (``document_rules.map_chunk``), the cue
classifier run once over the sentences of a chunk's answers (``analyze.prime_answers``,
``cues.prime``): the same results as ``map_document`` one document at a time."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from qa_align import cues
from qa_align.analyze import analyze_answer, answer_cues
from qa_align.document_rules import compact, map_chunk, map_document
from qa_align.pipeline import iter_documents
from qa_align.settings import Settings
from qa_align.types import Document

from .conftest import CORPUS, SHARED, needs_shared


def _corpus_documents() -> list[Document]:
    paths = [CORPUS / "uk-commons", CORPUS / "be-kamer", CORPUS / "vlaams-parlement"]
    return [d for d in iter_documents(paths) if isinstance(d, Document)]


def _shared_documents(per_source: int) -> list[Document]:
    """The first ``per_source`` records of the UK and the Belgian files, as a run reads them."""
    out: list[Document] = []
    for folder in ("uk-commons", "be-kamer-2017"):
        read = (d for d in iter_documents([SHARED / folder]) if isinstance(d, Document))
        out += itertools.islice(read, per_source)
    return out


def _fresh_classifier() -> None:
    """The cue model loaded again: no sentence's probabilities kept from an earlier test."""
    cues._load.cache_clear()


def _same_as_one_at_a_time(documents: list[Document], fresh=_fresh_classifier) -> None:
    """``map_chunk`` of ``documents`` against ``map_document`` of each, ``fresh`` (the models whose kept
    readings a run reuses, loaded again) before each pass."""
    settings = Settings()
    fresh()
    alone = [compact(map_document(d, settings)) for d in documents]
    fresh()
    chunked = [compact(r) for r in map_chunk(documents, settings)]
    assert len(chunked) == len(documents)
    # every pair's flags (with their evidence and probabilities), share, counts, cue counts and unmet
    for d, a, c in zip(documents, alone, chunked, strict=True):
        assert a == c, d.doc_id


def test_a_chunk_of_the_corpus_maps_as_its_documents_one_at_a_time():
    documents = _corpus_documents()
    assert len(documents) >= 10
    _same_as_one_at_a_time(documents)


@needs_shared
def test_a_chunk_of_real_records_maps_as_its_documents_one_at_a_time():
    _same_as_one_at_a_time(_shared_documents(64))


def _segment_inputs(documents: list[Document]) -> dict[str, list[list[tuple[str, tuple[str, ...]]]]]:
    """By language, each answer segment's sentences as ``classify`` scores them."""
    from qa_align.analyze import _sentence_cues

    out: dict[str, list] = {}
    for d in documents:
        lang = d.metadata.language
        for s in d.answer.segments:
            out.setdefault(lang, []).append(
                cues.classify_inputs(_sentence_cues(s.text, lang, None), answer_cues(s.text, lang))
            )
    return out


def test_a_sentences_probabilities_are_the_same_bits_scored_alone_or_with_a_chunks():
    _same_bits(_corpus_documents(), 20)


@needs_shared
def test_real_records_sentences_probabilities_are_the_same_bits_scored_alone_or_together():
    _same_bits(_shared_documents(200), 1000)


def _same_bits(documents: list[Document], least: int) -> None:
    by_language = _segment_inputs(documents)
    assert set(by_language) == {"en", "nl"}
    for lang, segments in by_language.items():
        # two models loaded apart, neither keeping what the other scored
        alone = cues.CueClassifier.load(cues._shipped())
        together = cues.CueClassifier.load(cues._shipped())
        each = [alone.probabilities_of_read(s, lang) for s in segments if s]
        flat = [x for s in segments for x in s]
        assert len(flat) > least
        all_at_once = together.probabilities_of_read(flat, lang)
        expected = np.concatenate(each)
        assert all_at_once.shape == expected.shape
        assert np.array_equal(all_at_once.view(np.int64), expected.view(np.int64))


def test_the_rows_sums_are_those_of_one_accumulate_a_row():
    """``_probabilities``' sums by ``bincount`` against e49f3f7's loop, written out here: each row's
    terms added one after the other (guard: the same on e49f3f7)."""
    lm = cues.CueClassifier.load(cues._shipped()).models["en"]
    sentences = [(s, ()) for seg in _segment_inputs(_corpus_documents())["en"] for s, _ in seg]
    ind, counts = lm.batch_columns(sentences)
    got = lm._probabilities(ind, counts)
    flat, data, counts = lm._flat_weights(ind, counts)
    terms = data[:, None] * lm.coef[flat]
    z = np.zeros((len(counts), lm.coef.shape[1]))
    start = 0
    for row, n in enumerate(counts.tolist()):
        if n:
            z[row] = np.add.accumulate(terms[start : start + n], axis=0)[-1]
            start += n
    expected = 1.0 / (1.0 + np.exp(-(z + lm.intercept)))
    assert np.array_equal(got.view(np.int64), expected.view(np.int64))


def test_primed_segments_are_not_scored_again(monkeypatch):
    from qa_align.analyze import prime_answers

    _fresh_classifier()
    uk = [d for d in _corpus_documents() if d.metadata.language == "en"]
    segments = [s for d in uk for s in d.answer.segments]
    prime_answers([s.text for s in segments], "en")

    def refused(self, sentences):
        raise AssertionError(f"scored again: {sentences[:1]}")

    monkeypatch.setattr(cues._LanguageModel, "batch_columns", refused)
    for s in segments:
        analyze_answer(s, "en")  # every sentence's probabilities found kept
    # a segment not primed is scored (the check above can fail)
    with pytest.raises(AssertionError, match="scored again"):
        analyze_answer(type(segments[0])(0, 44, "Quite unheard of sentence zqxw for the test."), "en")


def test_a_language_without_a_cue_model_is_left_to_classify():
    # nothing scored, nothing raised: ``classify`` says so when the document is read
    cues.prime([("Une phrase.", ())], "fr", "")


def test_prime_scores_at_most_prime_sentences_at_once(monkeypatch):
    monkeypatch.setattr(cues, "PRIME_SENTENCES", 3)
    _fresh_classifier()
    sizes: list[int] = []
    plain = cues._LanguageModel.batch_columns

    def counted(self, sentences):
        sizes.append(len(sentences))
        return plain(self, sentences)

    monkeypatch.setattr(cues._LanguageModel, "batch_columns", counted)
    inputs = [(f"Sentence number {w} of the chunk.", ()) for w in ("one", "two", "three", "four", "five")]
    cues.prime(inputs, "en", "")
    assert sizes == [3, 2]
