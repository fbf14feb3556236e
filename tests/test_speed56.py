"""Sentences read again by the same map worker (speed56): ``scripts/count_repeats.py`` counts, over
documents dealt to the workers in chunks as the map stage deals them, the answer and question
sentences (and segments, units) whose text (with its language) the same worker met before, within a
least-recently-used window of distinct texts and without one, and those repeated sentences whose own
segment is not itself a repeat (what a cache of sentences would add to the caches kept per segment
text). The expected counts are worked by hand from the given documents. Every test fails on
f231a705 (no such script)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest


def _script():
    path = Path(__file__).resolve().parent.parent / "scripts" / "count_repeats.py"
    spec = importlib.util.spec_from_file_location("count_repeats_speed56", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _split(text: str, language: str) -> list[str]:
    return text.split(". ")


def test_chunks_dealt_to_the_workers_in_turn():
    script = _script()
    assert [script.worker_of(k, 2, 64) for k in (0, 63, 64, 127, 128, 200)] == [0, 0, 1, 1, 0, 1]
    assert [script.worker_of(k, 3, 2) for k in range(8)] == [0, 0, 1, 1, 2, 2, 0, 0]
    assert {script.worker_of(k, 1, 64) for k in range(500)} == {0}


def test_the_window_forgets_the_least_recently_used_past_its_bound():
    kept = _script().Kept(2)
    assert [kept.met(t) for t in ("a", "b", "a", "c")] == [False, False, True, False]
    # "b" was the least recently used when "c" came in ("a" was met again after it)
    assert list(kept.texts) == ["a", "c"]
    assert kept.met("b") is False and list(kept.texts) == ["c", "b"]
    assert kept.met("a") is False  # forgotten when "b" came back
    unbounded = _script().Kept(None)
    assert [unbounded.met(t) for t in [str(i) for i in range(1000)] + ["0"]].count(True) == 1


def test_repeats_counted_per_worker_per_language_and_beside_their_segment():
    script = _script()
    items = [
        ("en", ("A. B",), ("Q1",)),  # worker 0
        ("en", ("A. C",), ("Q1",)),  # worker 1: "A" and "Q1" met before in the corpus, not here
        ("en", ("A. D",), ("Q2. Q1",)),  # worker 0: "A" again in its worker, its segment new
        ("en", ("A. C",), ()),  # worker 1: the whole segment again
        ("nl", ("A. B",), ()),  # worker 0: the same words in another language: nothing repeats
    ]
    out = script.count(items, _split, jobs=2, chunk=1, kept=4096, windows=(1, 2, None))
    assert out["a_passages"] == 5 and out["a_passages_worker"] == 1 and out["a_passages_corpus"] == 1
    assert out["a_sentences"] == 10 and out["a_chars"] == 10
    assert out["a_sentences_corpus"] == 4  # "A" in the 2nd, 3rd and 4th, "C" in the 4th
    # worker 0 met A, B / A, D / nl A, B; worker 1 met A, C / A, C
    assert out["a_all"] == 3 and out["a_all_chars"] == 3  # A (3rd), A and C (4th)
    assert out["a_all_new"] == 1  # the 3rd's "A": the 4th's segment is itself a repeat
    # a window of one text holds the worker's last sentence only: "B" when the 3rd's "A" comes,
    # "C" when the 4th's "A" comes, then that "A" when its "C" comes: nothing repeats within it
    assert out["a_1"] == 0 and out["a_1_new"] == 0
    # two texts: worker 0 holds "A", "B" when the 3rd comes, worker 1 "A", "C" when the 4th comes
    assert out["a_2"] == 3 and out["a_2_new"] == 1
    assert out["q_passages"] == 3 and out["q_passages_worker"] == 0 and out["q_passages_corpus"] == 1
    assert out["q_sentences"] == 4 and out["q_sentences_corpus"] == 2  # "Q1" in the 2nd and the 3rd
    assert out["q_all"] == 1 and out["q_all_new"] == 1  # the 3rd's "Q1", in worker 0, its unit new


def test_the_segments_window_bounds_what_counts_as_a_repeated_segment():
    script = _script()
    items = [("en", ("X. Y",), ()), ("en", ("Z",), ()), ("en", ("X. Y",), ())]
    near = script.count(items, _split, jobs=1, chunk=64, kept=2, windows=(None,))
    far = script.count(items, _split, jobs=1, chunk=64, kept=1, windows=(None,))
    assert near["a_passages_worker"] == 1 and near["a_all"] == 2 and near["a_all_new"] == 0
    # kept 1: "Z" pushed "X. Y" out, so its sentences count as new beside the segments' cache
    assert far["a_passages_worker"] == 0 and far["a_all"] == 2 and far["a_all_new"] == 2


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_map_s_own_sentence_split_is_counted(language):
    script = _script()
    text = "The first sentence. The second one is here."
    assert script.split_sentences(text, language) == ["The first sentence.", "The second one is here."]
