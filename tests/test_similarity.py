"""Embedding backends (offline), the on-disk cache, similarity and identifiability."""

from __future__ import annotations

import numpy as np
import pytest

from qa_align import embed, score_pairs
from qa_align.embed import CachedBackend, Embedder, get_backend, register_backend
from qa_align.errors import ConfigError
from qa_align.settings import Settings
from qa_align.similarity import _pair_dots, passages, similarities

from .conftest import CORPUS, CYBER

UK = CORPUS / "uk-commons" / "written-questions-sample.jsonl"


def _norms(m) -> np.ndarray:
    m = m.toarray() if hasattr(m, "toarray") else np.asarray(m)
    return np.linalg.norm(m, axis=1)


@pytest.mark.parametrize("model", ["tfidf", "tfidf+char", "use", "minilm"])
def test_backends_give_unit_rows_offline(model, monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("QA_ALIGN_CACHE", str(tmp_path))
    texts = [
        "Hoeveel verbetertrajecten zijn er intussen opgestart?",
        "Sinds de start maakten 321 ondernemingen gebruik van de verbetertrajecten.",
        "The Government has no plans to publish the framework.",
    ]
    backend = get_backend(model).fit(texts)
    m = backend.embed(texts)
    assert m.shape[0] == 3
    assert np.allclose(_norms(m), 1.0, atol=1e-3)


class Counting(Embedder):
    name = "counting"

    def __init__(self):
        self.seen: list[str] = []

    def embed(self, texts):
        self.seen.extend(texts)
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32) / np.sqrt(
            np.array([[len(t) ** 2 + 1.0] for t in texts], dtype=np.float32)
        )


def test_cache_keeps_embeddings_between_runs(tmp_path):
    inner = Counting()
    first = CachedBackend(inner, tmp_path).embed(["a b", "c", "a b"])
    assert inner.seen == ["a b", "c"]  # a repeated text is embedded once
    again = CachedBackend(inner, tmp_path).embed(["c", "d e f"])  # a new run, the same folder
    assert inner.seen == ["a b", "c", "d e f"]
    assert np.allclose(first[1], again[0])


class Lengths(Embedder):
    """A backend from outside the package: a text's length and one, as a unit row."""

    def embed(self, texts):
        rows = np.array([[len(t), 1.0] for t in texts])
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_a_backend_registered_outside_the_package_is_found_by_name(monkeypatch):
    monkeypatch.setattr(embed, "_BACKENDS", dict(embed._BACKENDS))
    register_backend("lengths")(Lengths)
    assert "lengths" in embed.backend_names()
    backend = get_backend("lengths", cache=False)
    assert isinstance(backend, Lengths)
    # "ab" is (2, 1) / sqrt(5), "abcd" (4, 1) / sqrt(17): cosine 9 / sqrt(85)
    assert backend.embed(["ab", "abcd"]) @ backend.embed(["abcd"])[0] == pytest.approx([9 / 85**0.5, 1.0])


def test_a_plug_in_backend_is_found_through_its_entry_point(tmp_path, monkeypatch):
    (tmp_path / "qa_align_plugin_test.py").write_text(
        "import numpy as np\n"
        "from qa_align.embed import Embedder\n"
        "class Ones(Embedder):\n"
        "    def embed(self, texts):\n"
        "        return np.ones((len(texts), 4)) / 2\n",
        encoding="utf-8",
    )
    info = tmp_path / "qa_align_plugin_test-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: qa-align-plugin-test\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[qa_align.embedders]\nones = qa_align_plugin_test:Ones\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert "ones" in embed.backend_names()
    assert get_backend("ones", cache=False).embed(["a", "b c"]).tolist() == [[0.5] * 4] * 2


def test_an_unknown_backend_is_an_error_naming_the_registered_ones(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ConfigError) as err:
        get_backend("no-such-embedder-anywhere")
    assert "'no-such-embedder-anywhere'" in str(err.value)
    assert "minilm, tfidf, tfidf+char, use" in str(err.value)


def test_pair_dots_are_the_sums_of_the_row_products():
    import scipy.sparse as sp

    # rows stored out of column order, as a fitted TF-IDF stores them
    x = sp.csr_matrix(
        (
            np.array([0.6, 0.8, 0.5, 0.5, 0.5, 0.5, 1.0], dtype=np.float32),
            np.array([3, 0, 2, 1, 0, 3, 40], dtype=np.int32),
            np.array([0, 2, 6, 7]),
        ),
        shape=(3, 41),
    )
    # row 0 with row 1: 0.6 * 0.5 + 0.8 * 0.5; row 1 with itself: 1; row 2 with row 0: nothing shared
    dots = _pair_dots(x, np.array([0, 1, 2, 0]), x, np.array([1, 1, 0, 2]))
    assert dots.tolist() == pytest.approx([0.7, 1.0, 0.0, 0.0])
    rng = np.random.default_rng(0)
    y = sp.random(300, 5000, density=0.05, format="csr", dtype=np.float32, random_state=1)
    y.data = rng.random(y.nnz).astype(np.float32)
    shuffled = y.copy()
    for i in range(y.shape[0]):  # each row's entries in another order
        lo, hi = y.indptr[i], y.indptr[i + 1]
        order = rng.permutation(hi - lo)
        shuffled.indices[lo:hi], shuffled.data[lo:hi] = y.indices[lo:hi][order], y.data[lo:hi][order]
    shuffled.has_sorted_indices = False
    for m in (y, shuffled):
        r, c = rng.integers(0, 300, 25_000), rng.integers(0, 300, 25_000)  # enough for two threads
        # to the last bit what scipy gives, whichever way it walks the rows
        assert np.array_equal(_pair_dots(m, r, m, c), np.asarray(m[r].multiply(m[c]).sum(axis=1)).ravel())


def test_pair_dots_need_no_linux_call_to_count_the_cores(monkeypatch):
    """Where ``os.sched_getaffinity`` does not exist (macOS, Windows) the pairs are still compared on
    the cores ``workers.available_cores`` counts, not stopped by an AttributeError (mech23 found it)."""
    import os

    import scipy.sparse as sp

    monkeypatch.delattr(os, "sched_getaffinity", raising=False)
    rng = np.random.default_rng(0)
    m = sp.random(50, 400, density=0.1, format="csr", dtype=np.float32, random_state=2)
    r, c = rng.integers(0, 50, 25_000), rng.integers(0, 50, 25_000)  # enough for two threads
    assert np.array_equal(_pair_dots(m, r, m, c), np.asarray(m[r].multiply(m[c]).sum(axis=1)).ravel())


def test_character_counts_are_scikit_learns_hashed_counts():
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import HashingVectorizer

    texts = [
        "De minister  antwoordt:\tde minister antwoordt niet.",
        "THE Hon. Member\n\nthe hon. member",
        "",
        "a",
        "Ærø  ÆRØ İstanbul",
    ]
    chars = embed._HashedChars(min_df=1)
    # counted twice, the second time from the words already met
    for _ in range(2):
        mine = sp.vstack(list(chars._counts(chars.bags(texts))), format="csr")
        hashed = HashingVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), n_features=2**20, alternate_sign=False, norm=None,
            dtype=np.float32,
        ).transform(texts)  # fmt: skip
        assert np.array_equal(mine.indptr, hashed.indptr)
        assert np.array_equal(mine.indices, hashed.indices)
        assert np.array_equal(mine.data, hashed.data)


def _same_rows(mine, theirs) -> None:
    assert type(mine) is type(theirs) and mine.shape == theirs.shape
    for part in ("indptr", "indices", "data"):  # the same entries in the same stored order
        assert getattr(mine, part).dtype == getattr(theirs, part).dtype
        assert np.array_equal(getattr(mine, part), getattr(theirs, part))


def test_word_rows_are_scikit_learns():
    from sklearn.feature_extraction.text import TfidfVectorizer

    fitted = [
        "De minister antwoordt niet. De minister zwijgt.",
        "The Hon. Member asked; the hon. member was answered.",
        "",
        "De minister van Justitie antwoordt.",
        "the member asked the minister",
        "x",  # no word of two letters
        "minister minister minister antwoordt de",
        "zwijgt De",  # words met before, in another order: a pair first met here
    ]
    for min_df in (1, 2):
        vectorizer = TfidfVectorizer(sublinear_tf=True, min_df=min_df, ngram_range=(1, 2), dtype=np.float32)
        theirs = vectorizer.fit_transform(fitted)
        words = embed._Words(min_df)
        mine = words.fit_transform(fitted)
        # scikit-learn keeps each row's entries in the order their terms were first met in the
        # batch, not by column: the same order gives sums to the last bit
        assert not theirs.has_sorted_indices
        _same_rows(mine, theirs)
        assert np.array_equal(words._tfidf.idf_, vectorizer.idf_)
        # words and pairs in the vocabulary, unknown words, pairs across texts that must not count, empty texts
        texts = [
            "De minister antwoordt, de MINISTER antwoordt.",
            "",
            "asked",
            "the member the member zwijgt x",
            "minister",
        ]
        for _ in range(2):  # the second time from the words already met
            mine, theirs = words.transform(texts), vectorizer.transform(texts)
            assert mine.nnz > 0
            _same_rows(mine, theirs)


def test_word_rows_of_a_batch_without_words_are_refused_as_scikit_learn_does():
    with pytest.raises(ValueError, match="empty vocabulary"):
        embed._Words(1).fit_transform(["x", "", "1 2 3"])
    with pytest.raises(ValueError, match="no terms remain"):
        embed._Words(2).fit_transform(["aa bb", "cc dd"])


def test_passages_cut_long_answers():
    text = " ".join(f"Zin nummer {k} heeft precies zeven woorden." for k in range(40))
    parts = passages(text, "nl", max_words=80)
    # 7 words a sentence: 11 sentences (77 words) a passage, so 11 + 11 + 11 + 7
    assert [p.count(".") for p in parts] == [11, 11, 11, 7]
    assert " ".join(parts) == text


def test_similarity_and_identifiability():
    scored, _ = score_pairs([UK, CYBER])
    values = similarities(scored, get_backend("tfidf"), k=50, seed=0)
    assert all(v is None or 0.0 <= v <= 1.0 for pair in values for v in pair)
    sims = {(sp.document.doc_id, sp.pair.question.n): v for sp, v in zip(scored, values)}
    # the UK answer with the figures per area is far more specific to its question than an unrelated answer
    assert sims[("1917479", "1")][0] > 0.2
    assert sims[("1917479", "1")][1] == 1.0  # its own answer beats every other drawn
    # the same draw with the same seed
    assert values == similarities(scored, get_backend("tfidf"), k=50, seed=0)


def test_cli_model_fills_the_columns(tmp_path):
    import pandas as pd

    from qa_align.cli import main

    out = tmp_path / "s.csv"
    assert main(["score", str(UK), "--all", "-o", str(out), "-q", "--model", "tfidf"]) == 0
    df = pd.read_csv(out)
    assert df["similarity"].notna().all() and df["identifiability"].notna().all()
    assert Settings().similarity_model == "tfidf+char"  # on by default
    assert main(["score", str(UK), "--all", "-o", str(out), "-q", "--model", "none"]) == 0
    df = pd.read_csv(out)
    assert df["similarity"].isna().all() and df["identifiability"].isna().all()


def test_train_writes_a_model_and_its_card(tmp_path):
    from qa_align.evaluate import load_gold
    from qa_align.pipeline import iter_scored
    from qa_align.train import FEATURES, load, predict, train

    from .conftest import ROOT

    gold = [
        g
        for g in load_gold(ROOT / "corpus" / "gold" / "dev.jsonl")
        if g.source in ("vlaams-parlement", "uk-commons")
    ]
    scored = list(
        iter_scored(
            [CYBER, CORPUS / "vlaams-parlement" / "vrg_en_antw.235.pdf", UK],
            Settings(similarity_model="tfidf", score_model="none"),
        )
    )
    # the labelled units among these: 8 Flemish, and the UK records of the sample that are in the set
    report = train(gold, scored, tmp_path / "m.joblib", "qa-align train ...")
    assert set(report["auc"]) >= {"all"} and report["units"] >= 8
    card = (tmp_path / "m.md").read_text(encoding="utf-8")
    assert "ROC AUC" in card and "qa-align train ..." in card
    model = load(tmp_path / "m.joblib")
    probs = predict(model, scored)
    assert len(probs) == len(scored) and all(0.0 <= p <= 1.0 for p in probs)
    # the numbers saved beside the model give what scikit-learn's pipeline gives, NaNs included
    import joblib

    from qa_align.train import LinearModel, features

    assert isinstance(model, LinearModel)
    pipeline = joblib.load(tmp_path / "m.joblib")["model"]
    assert len(FEATURES) == len(pipeline[-1].coef_[0])
    X = np.array([features(sp) for sp in scored], dtype=float)
    X[0, -2:] = np.nan  # similarity and identifiability unknown
    assert np.allclose(model.predict_proba(X), pipeline.predict_proba(X), atol=1e-12)
    # a model file replaced after training is not matched by the stale numbers: loaded itself
    joblib.dump({"model": pipeline, "features": FEATURES, "note": "replaced"}, tmp_path / "m.joblib")
    assert not isinstance(load(tmp_path / "m.joblib"), LinearModel)
    (tmp_path / "bad.joblib").write_bytes(b"not a model")
    assert load(tmp_path / "bad.joblib") is None  # a broken file leaves the score empty, not the batch failed


def test_an_interrupted_embedding_keeps_the_blocks_it_finished(tmp_path, monkeypatch):
    class Counting(Embedder):
        name = "counting-test"

        def __init__(self, fail_after: int | None = None):
            self.seen: list[str] = []
            self.fail_after = fail_after

        def embed(self, texts):
            if self.fail_after is not None and len(self.seen) >= self.fail_after:
                raise KeyboardInterrupt
            self.seen += list(texts)
            return np.eye(8, dtype=np.float32)[[len(t) % 8 for t in texts]]

    monkeypatch.setattr(CachedBackend, "BLOCK", 2)
    texts = ["een", "twee", "drie", "vier", "vijf"]
    first = Counting(fail_after=2)
    with pytest.raises(KeyboardInterrupt):
        CachedBackend(first, tmp_path).embed(texts)
    assert first.seen == ["een", "twee"]  # the first block was embedded, then the run stopped
    second = Counting()
    CachedBackend(second, tmp_path).embed(texts)
    assert second.seen == ["drie", "vier", "vijf"]  # the stored block is not embedded again


def test_train_reports_held_out_test_sets_in_the_card(tmp_path):
    import json

    from qa_align.evaluate import load_gold
    from qa_align.pipeline import iter_scored
    from qa_align.train import train

    from .conftest import ROOT

    gold_path = ROOT / "corpus" / "gold" / "dev.jsonl"
    flemish = [g for g in load_gold(gold_path) if g.source == "vlaams-parlement"]
    uk = [g for g in load_gold(gold_path) if g.source == "uk-commons"]
    scored = list(
        iter_scored(
            [CYBER, CORPUS / "vlaams-parlement" / "vrg_en_antw.235.pdf", UK],
            Settings(similarity_model="tfidf", score_model="none"),
        )
    )
    # what the held-out set should count, read from the labels themselves
    sample_ids = {sp.document.doc_id for sp in scored if sp.document.source == "uk-commons"}
    labelled = [
        json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    units = [
        u for d in labelled if d["source"] == "uk-commons" and d["doc_id"] in sample_ids for u in d["units"]
    ]
    assert units  # the UK sample holds labelled records
    report = train(
        flemish + uk[:0], scored, tmp_path / "m.joblib", "qa-align train ... --held-out uk", {"uk": uk}
    )
    assert report["units"] == 8  # trained on the Flemish units only
    t = report["tests"]["uk"]
    assert t["units"] == len(units)
    assert t["counts"]["en"]["answered"] == sum(u["label"] == "answered" for u in units)
    card = (tmp_path / "m.md").read_text(encoding="utf-8")
    assert "**Held-out sets**" in card and "| `uk` | en |" in card


def test_joined_rows_written_chunk_by_chunk_are_the_rows_joined_at_once(monkeypatch):
    import scipy.sparse as sp

    monkeypatch.setattr(embed._HashedChars, "_CHUNK", 2)  # several chunks, the last one short
    texts = [
        "De minister antwoordt niet.",
        "The Hon. Member asked the minister.",
        "",
        "De minister van Justitie antwoordt de minister.",
        "the member asked",
    ]
    words = embed._Words(1).fit_transform(texts)
    chars = embed._HashedChars(2)  # some n-grams in one text only: dropped
    bags = chars.bags(texts)
    joined = embed._side_by_side(words, chars, bags, chars.fit_bags(bags))
    at_once = embed.TfidfBackend._join(
        [words, sp.vstack(list(chars.weighted(chars.bags(texts))), format="csr")]
    )
    assert joined.shape == at_once.shape and joined.nnz == at_once.nnz
    for part in ("indptr", "indices", "data"):
        assert np.array_equal(getattr(joined, part), getattr(at_once, part))


def test_identifiability_draws_other_answers_of_the_same_source_only(monkeypatch):
    # four pairs of one source and one of another: units 1 and 2 of d1 share one answer (a grouped
    # answer), which is no other answer for either; the pair of the other source is never drawn
    import threading

    import qa_align.similarity as similarity
    from qa_align.similarity import PairText, text_similarities

    calls = []

    def dots(X, r, Y, c, *args):
        # identifiability's cosines are made in a thread beside the passages (speed41), the questions'
        # rows with the answers' of the same matrix (the passages' blocks, finished in a thread too
        # since speedmem45, are compared with their own rows)
        if threading.current_thread() is not threading.main_thread() and Y is X:
            calls.append((r.tolist(), c.tolist()))
        return np.zeros(len(r))

    monkeypatch.setattr(similarity, "_pair_dots", dots)
    pairs = [
        PairText("uk", "d1", "1", "en", "How many nurses?", "We do not hold the figures."),
        PairText("uk", "d1", "2", "en", "How many doctors?", "We do not hold the figures."),
        PairText("uk", "d2", "1", "en", "When will the road open?", "The road opens in May."),
        PairText("uk", "d3", "1", "en", "Which schools closed?", "Two schools closed."),
        PairText("be", "d4", "1", "nl", "Hoeveel scholen?", "Twee scholen."),
    ]
    values = text_similarities(pairs, get_backend("tfidf"), k=50, seed=0)
    # identifiability's call: each question (rows 0-4) with the answers drawn for it (rows 5-9)
    drawn: dict[int, set[int]] = {}
    assert len(calls) == 1
    for i, j in zip(*calls[-1], strict=True):
        drawn.setdefault(i, set()).add(j - 5)
    assert drawn == {0: {2, 3}, 1: {2, 3}, 2: {0, 1, 3}, 3: {0, 1, 2}}
    assert values[4] == (0.0, None)  # alone in its source: nothing drawn


def test_character_bags_made_in_a_worker_give_the_space_made_in_one_process(monkeypatch):
    monkeypatch.setattr(embed, "_ASIDE_TEXTS", 1)
    monkeypatch.setattr(embed, "_cores", lambda: 2)
    adopted = []
    adopt = embed._HashedChars.adopt
    monkeypatch.setattr(embed._HashedChars, "adopt", lambda self, *a: adopted.append(1) or adopt(self, *a))
    texts = [
        "De minister antwoordt niet op de vraag.",
        "The Hon. Member asked the minister about schools.",
        "",
        "De minister van Justitie antwoordt de minister.",
        "the member asked about  schools\tand hospitals",
        "Hoeveel scholen zijn er?",
    ]
    here = embed.TfidfBackend(chars=True)
    here.processes = 1
    here.fit(texts)
    assert not adopted
    beside = embed.TfidfBackend(chars=True).fit(texts)
    assert adopted
    assert beside._vectorizers[1]._words == here._vectorizers[1]._words
    new = ["de minister en de scholen", "hospitals asked nothing new"]  # known and new words
    for a, b in ((beside._fitted, here._fitted), (beside.embed(new), here.embed(new))):
        assert a.shape == b.shape
        for part in ("indptr", "indices", "data"):
            assert np.array_equal(getattr(a, part), getattr(b, part))
