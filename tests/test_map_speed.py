"""Model files looked up at most once a second (``qa_align.modelfiles``), and what the per-document
stage keeps per text (``text.sentences``, ``coverage._content_in_order``, ``analyze.answer_cues``)
and reads faster (``coverage.shared_words``): the same answers as before, each caller's list its
own, a model retrained into its file read again."""

from __future__ import annotations

import json
import os
import random

import pytest

from qa_align import analyze, coverage, modelfiles, text
from qa_align.pipeline import map_documents
from qa_align.rules.answers import YES_NO_FEATURES, model_file
from qa_align.settings import Settings

from .conftest import model_file as write_model


@pytest.fixture
def clock(monkeypatch):
    """``modelfiles``' clock, standing still until moved (``clock[0] += seconds``)."""
    now = [1000.0]
    monkeypatch.setattr(modelfiles, "_clock", lambda: now[0])
    modelfiles.forget()
    yield now
    modelfiles.forget()


def _rewrite(path: str, threshold: float) -> None:
    """The model at ``path`` retrained into the same file: its threshold changed, its time a second on."""
    before = os.stat(path).st_mtime_ns
    model = json.loads(open(path, encoding="utf-8").read())
    model["threshold"] = threshold
    with open(path, "w", encoding="utf-8") as f:
        json.dump(model, f)
    os.utime(path, ns=(before + 10**9, before + 10**9))


def _threshold(path: str) -> float:
    return model_file(path, None, YES_NO_FEATURES, "yes_no_model", "learned")["threshold"]  # type: ignore[arg-type]


def test_a_file_is_looked_up_once_a_second(tmp_path, clock):
    path = write_model(tmp_path, "negation_near", -10.0, threshold=0.5)
    assert _threshold(path) == 0.5
    _rewrite(path, 0.9)
    clock[0] += modelfiles.CHECK_EVERY / 2
    assert _threshold(path) == 0.5  # looked up half a second ago: not again
    clock[0] += modelfiles.CHECK_EVERY / 2
    assert _threshold(path) == 0.9  # a second on: the retrained file is read


def test_the_next_batch_reads_a_retrained_file(tmp_path, clock):
    path = write_model(tmp_path, "negation_near", -10.0, threshold=0.5)
    assert _threshold(path) == 0.5
    _rewrite(path, 0.9)
    assert _threshold(path) == 0.5  # the same instant
    list(map_documents([], Settings(), []))  # a new batch, at the same instant
    assert _threshold(path) == 0.9


def test_a_missing_file_is_not_kept(tmp_path, clock):
    path = tmp_path / "m.json"
    with pytest.raises(FileNotFoundError):
        modelfiles.mtime_ns(path)
    path.write_text("{}", encoding="utf-8")
    assert modelfiles.mtime_ns(path) == os.stat(path).st_mtime_ns


def test_sentences_kept_per_text_are_new_lists():
    answer = "De kosten bedroegen 5 miljoen euro. Zie ook de bijlage. Meer is er niet."
    first = text.sentences(answer, "nl")
    assert [s for _, _, s in first] == [
        "De kosten bedroegen 5 miljoen euro.",
        "Zie ook de bijlage.",
        "Meer is er niet.",
    ]
    first.clear()  # a caller's list is its own
    assert len(text.sentences(answer, "nl")) == 3


def test_content_words_kept_per_text_are_new_lists():
    stopwords = frozenset({"the", "and"})
    words = coverage._content_in_order("The costs and the 12 benefits of it", stopwords)
    assert words == ["costs", "benefits"]
    words.append("x")
    assert coverage._content_in_order("The costs and the 12 benefits of it", stopwords) == [
        "costs",
        "benefits",
    ]


def _shared_words_before(said: set[str], asked: set[str], stem: int, compounds: bool) -> set[str]:
    """``coverage.shared_words`` as written before it read ``said`` word by word (at 45a85b7)."""
    if not said:
        return set()
    stems = {s[:stem] for s in said}
    heads = {s[:k] for s in said for k in range(4, min(stem, len(s)))}
    tails = {s[-k:] for s in said for k in range(stem, len(s) - 2)} if compounds else set()
    out = set()
    for a in asked:
        if a[:stem] in stems or a in heads or any(a[:-k] in said for k in (1, 2) if len(a) - k >= 4):
            out.add(a)
        elif compounds and a in tails:
            out.add(a)
    return out


@pytest.mark.parametrize("stem", [2, 4, 5, 6, 8])
@pytest.mark.parametrize("compounds", [False, True])
def test_shared_words_as_before(stem, compounds):
    # words made of few letters, so that beginnings, endings and inflections meet often
    rng = random.Random(stem * 2 + compounds)
    met = 0
    for _ in range(3000):
        said = {
            "".join(rng.choice("abe") for _ in range(rng.randint(1, 12))) for _ in range(rng.randint(0, 8))
        }
        asked = {
            "".join(rng.choice("abe") for _ in range(rng.randint(1, 12))) for _ in range(rng.randint(0, 5))
        }
        got = coverage.shared_words(said, asked, stem, compounds)
        assert got == _shared_words_before(said, asked, stem, compounds), (said, asked)
        met += bool(got)
    assert met > 100


def test_shared_words_of_the_docstring():
    assert coverage.shared_words({"bewonersklachten"}, {"klachten"}, 5, True) == {"klachten"}
    assert coverage.shared_words({"bewonersklachten"}, {"klachten"}, 5, False) == set()
    assert coverage.shared_words({"laboratorium"}, {"labo"}, 5, False) == {"labo"}
    assert coverage.shared_words({"site"}, {"sites"}, 5, False) == {"sites"}
    assert coverage.shared_words({"home"}, {"homeless"}, 5, False) == set()
    assert coverage.shared_words({"heden"}, {"onregelmatigheden"}, 5, True) == set()


def test_answer_cues_kept_per_text_and_scope_are_new_lists():
    answer = "Neen. Ik verwijs naar mijn antwoord op vraag nr. 12. Die gegevens zijn niet beschikbaar."
    first = analyze.answer_cues(answer, "nl")
    kinds = [c.kind for c in first]
    # "niet" is also a word of deflect16's [cues] own_remit_not (a remit the sentence denies)
    assert kinds == [
        "cross_reference",
        "pointer_texts",
        "data_words",
        "lacking",
        "no_information",
        "own_remit_not",
    ]
    first.clear()  # a caller's list is its own
    assert [c.kind for c in analyze.answer_cues(answer, "nl")] == kinds
    # each scope matched on its own, the same text kept apart
    assert [(c.text, c.kind) for c in analyze.answer_cues(answer, "nl", opening=True)] == [
        ("Neen", "polarity")
    ]


def test_cue_evidence_reads_the_columns_just_scored(monkeypatch):
    """``_LanguageModel.evidence`` takes a sentence's columns from the segment
    ``sentence_probabilities`` scored last (kinds the model does not read left out of the key),
    and its evidence is what it finds reading the sentence anew."""
    from qa_align.cues import CUES, LEXICON_KINDS, load_model

    model = load_model("")
    lm = model._model("en")
    sentences = [
        "The information requested is not held centrally and could be obtained only at disproportionate cost.",
        "We will write to the hon. Member shortly with the figures for 2022.",
        "I refer the hon. Member to the answer I gave on 3 May 2021 to Question 12345.",
    ]
    kinds = [tuple(c.kind for c in analyze.answer_cues(s, "en")) + ("number_word",) for s in sentences]
    assert any(k in LEXICON_KINDS for ks in kinds for k in ks)  # the sentences hold lexicon cues
    cues = list(range(len(CUES)))
    monkeypatch.setattr(lm, "_last", ({}, *lm._last[1:]))  # (lows52: the three set as one tuple)
    anew = [lm.evidence(s, cues, model.lexicon, None, "en", 3) for s in sentences]
    monkeypatch.setattr(lm, "_seen", {})
    lm.sentence_probabilities(list(zip(sentences, kinds, strict=True)))
    for s, ks in zip(sentences, kinds, strict=True):
        assert lm.scored_columns(s, tuple(k for k in ks if k in LEXICON_KINDS)).tolist() == lm.columns(s, ks)

    def unread(*args):
        raise AssertionError("the columns were read again")

    monkeypatch.setattr(lm, "columns", unread)
    assert [lm.evidence(s, cues, model.lexicon, None, "en", 3) for s in sentences] == anew
