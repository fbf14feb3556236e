"""The rows stage's work read once (speed46): the batch rules' keys of a held result are pickled apart
from its pairs (``Held.keyed``), so that the keys stage loads them alone; the score's features read
their names once per tuple of names (``scoring._plan``), and whether the deferral cue is read in a
language once per block of pairs (``scoring._deferral_read``, in the block's cache)."""

from __future__ import annotations

import dataclasses
import math
import pickle

import pytest

from .conftest import uk_doc


def test_a_held_results_keys_load_without_its_pairs(cyber_doc):
    from qa_align.document_rules import Held, Packed, hold, map_document
    from qa_align.settings import Settings

    result = map_document(cyber_doc, Settings())
    held = hold(Packed(cyber_doc), result, texts=True)
    assert isinstance(held, Held) and result.keys
    # the keys stage reads the keys alone: pairs that would not load are not read for them
    broken = dataclasses.replace(held, sent=b"not a pickle")
    assert broken.keys() == result.keys
    rules, pairs = pickle.loads(held.sent)
    assert rules == result.rules and len(pairs) == len(result.pairs)
    again = held.result()
    assert again.pairs == result.pairs and again.rules == result.rules and again.keys == result.keys


def test_a_result_without_batch_keys_holds_the_one_empty_pickle(cyber_doc):
    from qa_align.document_rules import Packed, hold, map_document
    from qa_align.rules import get_rules
    from qa_align.settings import Settings

    settings = Settings()
    rules = [r for r in get_rules(settings.rules) if r.batch is None]
    result = map_document(cyber_doc, settings, rules)
    held = hold(Packed(cyber_doc), result)
    other = hold(Packed(cyber_doc), result)
    assert held.keys() == {} and held.keyed is other.keyed  # one bytes object for every such result
    assert held.result().pairs == result.pairs


def _reference(sp, names: tuple[str, ...], cache: dict) -> list[float]:
    """The feature row as 957aecb's ``features`` built it, kept here whole (a dictionary of the
    values, every name looked up in it), so that the planned row is checked against the reading it
    replaced, not against itself; the per-feature helpers are the module's."""
    from qa_align import scoring

    flags = {f.name for f in sp.flags}
    answer = sp.pair.answer_text
    answer_words = len(answer.split())
    question_words = len(sp.pair.question.text.split())
    served = scoring.units_served(sp)
    overlap: list[tuple[float, float]] = []

    def shared(k: int) -> float:
        if not overlap:
            overlap.append(scoring.stem_overlap(sp, cache))
        return overlap[0][k]

    values = {
        "flags": lambda: float(sum(f"flag:{f}" in names for f in flags)),
        "answer_words_log": lambda: math.log1p(answer_words),
        "answer_tables": lambda: float(sum(len(s.tables) for s in sp.pair.segments)),
        "question_words_log": lambda: math.log1p(question_words),
        "similarity": lambda: float("nan") if sp.similarity is None else sp.similarity,
        "identifiability": lambda: float("nan") if sp.identifiability is None else sp.identifiability,
        "evidence_log": lambda: math.log1p(
            sum(len(f.evidence) for f in sp.flags if f"flag:{f.name}" in names)
        ),
        "answer_figures_log": lambda: math.log1p(scoring._figures(answer, cache)),
        "length_ratio_log": lambda: math.log1p(answer_words) - math.log1p(question_words),
        "units_served": lambda: float(served),
        "words_per_unit_log": lambda: math.log1p(answer_words / served) if served else 0.0,
        "attributed_share": lambda: scoring.attributed_share(sp, cache),
        "question_overlap": lambda: shared(0),
        "answer_focus": lambda: shared(1),
        "own_sentences_log": lambda: math.log1p(scoring.unit_counts(sp, cache)[3]),
        "question_requests": lambda: scoring.question_requests(sp.pair.question.text),
        "assessment_unmet": lambda: scoring.assessment_unmet(sp, cache),
        "cue_free_share": lambda: scoring.cue_free_share(sp, cache),
        "deferral_found": lambda: scoring.deferral_found(sp, cache),
    }
    row = []
    for name in names:
        kind, _, what = name.partition(":")
        if kind == "flag":
            row.append(float(what in flags))
        elif kind == "method":
            row.append(float(sp.pair.method == what))
        elif kind == "language":
            row.append(float(sp.document.metadata.language == what))
        else:
            row.append(values[name]())
    return row


def test_the_features_planned_once_are_read_name_by_name(cyber_doc):
    # a guard (passes on 957aecb too): the row of every pair, with the shipped model's names and with
    # a few flags and no method, equals the row as 957aecb's ``features`` built it (``_reference``)
    from qa_align.pipeline import score_document
    from qa_align.scoring import features, load_model
    from qa_align.settings import Settings

    scored = [
        *score_document(cyber_doc, Settings()),
        *score_document(
            uk_doc("What assessment has he made of flood defences?", "We will publish it."), Settings()
        ),
    ]
    assert any(sp.flags for sp in scored)
    some = ("flags", "evidence_log", "flag:missing_answer", "flag:deflection", "language:en", "units_served")
    for names in (load_model().names, some):
        got = [features(sp, names, {}) for sp in scored]
        want = [_reference(sp, names, {}) for sp in scored]
        assert [[x if x == x else "nan" for x in r] for r in got] == [
            [x if x == x else "nan" for x in r] for r in want
        ]
    with pytest.raises(KeyError):
        features(scored[0], ("no such feature",))


def test_the_plan_of_a_tuple_of_names():
    from qa_align.scoring import _plan

    known, plan = _plan(("flag:generic", "method:whole", "language:nl", "flags", "flag:holding"))
    assert known == {"generic", "holding"}
    assert plan == (
        ("flag", "generic"),
        ("method", "whole"),
        ("language", "nl"),
        ("value", "flags"),
        ("flag", "holding"),
    )
    assert _plan(("flags",)) is _plan(("flags",))


def test_whether_the_deferral_cue_is_read_is_kept_for_the_block():
    from qa_align.cues import CUES
    from qa_align.pipeline import score_document
    from qa_align.scoring import deferral_found
    from qa_align.settings import Settings

    (sp,) = score_document(
        uk_doc("When will the review be published?", "It will be published in due course."), Settings()
    )
    counts = list(sp.cue_counts)
    counts[2 + CUES.index("deferral")] = 1
    sp = dataclasses.replace(sp, cue_counts=tuple(counts))
    cache: dict = {}
    assert deferral_found(sp, cache) == 1.0  # English: the rules read the deferral cue
    assert cache[("deferral read", "en")] is True
    # what the block's cache says is what the other pairs of the block read
    assert deferral_found(sp, {("deferral read", "en"): False}) == 0.0
    assert deferral_found(sp) == 1.0
