"""generic57: the unit model reads what the answer says on the question's object and beside it
(``generic_units.question_object``, ``object_weights``, ``object_features``), refitted on the labels brought to
settle53 (``scripts/train_generic.py --until dev-uk107``), and a refusal vetoed (``only_withheld``). Expected
values from reading question and answer: which words are the object, which sentence names something, holds a
figure or takes up no word of the object, and the readers' labels of reference-dev 1783845 (`generic`: "General
overview of the five People Missions; recommendation 38 ... never addressed") and dev-uk83 1794359 (partial, no
flag: the Board meeting co-chaired with Brazil named)."""

from __future__ import annotations

import dataclasses
import gzip
import json
import math

import numpy as np
import pytest

from qa_align.generic_units import GENERIC_FEATURES, GENERIC_MODEL, OBJECT_FEATURES

from .conftest import SHARED, model_file, uk_doc
from .conftest import generic_flags as _flags
from .test_generic19 import MAS_Q, RIFLES_A, RIFLES_Q

# reference-dev 1783845: the Answer referred to and the Review it was on are no part of what is asked
PEOPLE_Q = (
    "To ask the Secretary of State for Defence, pursuant to the Answer of 30 January 2025 to Question 20673 on "
    "Haythornthwaite Review of Armed Forces Incentivisation, whether his Department plans to implement "
    "recommendation 38 to apply a five-step approach that combines innovative, risk-taking engagement online with "
    "real-life opportunities."
)
PEOPLE_OBJECT = (
    "whether his Department plans to implement recommendation 38 to apply a five-step approach that combines "
    "innovative, risk-taking engagement online with real-life opportunities."
)
# dev-uk83 1794359 (partial, no flag): the press release, its title and date are the reference
METHANE_Q = (
    "To ask the Secretary of State for Energy Security and Net Zero, with reference to the Climate and Clean Air "
    "Coalition's press release entitled United Kingdom Elected as co-chair of the Climate and Clean Air Coalition, "
    "highlighting ambitious agenda to tackle super pollutants, published 21 February, 2025, what recent discussions "
    "he has had with his Brazilian counterpart on country-level\xa0methane\xa0action plans."
)
METHANE_A = (
    "<p>The UK and Brazil recently co-chaired the first Climate and Clean Air Coalition (CCAC) Board meeting of "
    "2025. Taking ambitious action on methane remains a key focus for the CCAC and the UK and Brazil are working "
    "closely together on this shared objective, including ahead of COP30.</p>"
)
# a sentence on another matter: a programme named and a figure, no word of recommendation 38's object
OTHER = "The Armed Forces Recruitment Programme will recruit 5,000 more personnel."
# a sentence on the object: every content word of it
ON = (
    "We plan to implement recommendation 38 and apply the five-step approach, which combines innovative, "
    "risk-taking engagement online with real-life opportunities."
)


def _read(question: str, answer: str, read):
    """``read(ctx)`` of the one unit of a Commons record, as the ``generic`` rule sees it."""
    from qa_align.pipeline import score_document
    from qa_align.rules import RULES, registry
    from qa_align.settings import Settings

    seen = []

    def record(ctx):
        seen.append(read(ctx))
        return iter(())

    registry()
    rule = RULES["generic"]
    RULES["generic"] = dataclasses.replace(rule, func=record)
    try:
        score_document(
            uk_doc(question, answer), Settings(rules=("generic",), recycled_across_documents=False)
        )
    finally:
        RULES["generic"] = rule
    (value,) = seen
    return value


def test_the_object_leaves_out_the_addressee_and_a_reference_frame():
    from qa_align.generic_units import question_object

    assert _read(PEOPLE_Q, f"<p>{OTHER}</p>", question_object) == PEOPLE_OBJECT
    # the addressee's own comma ("Environment, Food and Rural Affairs") is no end of it
    assert _read(MAS_Q, f"<p>{OTHER}</p>", question_object).startswith("what steps he has taken to ensure")
    assert _read(METHANE_Q, METHANE_A, question_object) == (
        "what recent discussions he has had with his Brazilian counterpart on country-level\xa0methane\xa0action plans."
    )


def test_a_question_with_no_reference_keeps_all_but_its_addressee():
    from qa_align.generic_units import question_object

    question = "To ask the Secretary of State for Defence, how many rifles are held in dry storage."
    assert _read(question, f"<p>{OTHER}</p>", question_object) == "how many rifles are held in dry storage."


def test_a_sentence_stands_wholly_on_the_object_or_not_at_all():
    from qa_align.generic_units import object_weights
    from qa_align.rules.asked import said_words

    def weights(ctx):
        return object_weights(ctx, [said_words(ON, ctx), said_words(OTHER, ctx)])

    # every word of the object, then none ("Armed Forces" is the reference's, not the object's)
    assert _read(PEOPLE_Q, f"<p>{OTHER}</p>", weights) == [1.0, 0.0]


def test_the_object_readings_of_an_answer_on_another_matter():
    from qa_align.generic_units import generic_features

    off = _read(PEOPLE_Q, f"<p>{OTHER}</p>", generic_features)
    both = _read(PEOPLE_Q, f"<p>{OTHER} {ON}</p>", generic_features)
    assert set(OBJECT_FEATURES) <= set(GENERIC_FEATURES) and set(OBJECT_FEATURES) <= set(off)
    # one sentence on another matter: no specific on the object, a name and a figure beside it
    assert off["object_specific"] == 0.0
    assert off["names_on_object"] == 0.0
    assert off["names_off_object"] == pytest.approx(math.log1p(1))  # "Armed Forces Recruitment Programme"
    assert off["figures_off_object"] == pytest.approx(math.log1p(1))  # 5,000, in a sentence off the object
    # whatever the classifier reads of it, all its general terms stand off the object
    assert off["general_off_object"] == pytest.approx(off["general_mass"])
    # the sentence on the object adds a specific on it, no name, its figure (38) on the object, nothing general off it
    assert both["object_specific"] > 0.0
    assert (both["names_on_object"], both["names_off_object"]) == (0.0, pytest.approx(math.log1p(1)))
    assert both["figures_off_object"] == pytest.approx(math.log1p(1))
    assert both["general_off_object"] == pytest.approx(off["general_off_object"], abs=1e-9)


def test_a_refusal_is_vetoed_before_the_model(tmp_path, caplog):
    # a model that reads every English unit as generic (p 0.99): the refusal is left alone, and the veto logged
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    with caplog.at_level("DEBUG", logger="qa_align.rules.answers"):
        assert "generic" not in _flags(RIFLES_Q, RIFLES_A, flagging)
    assert "only a refusal to give what was asked ('I am withholding this information" in caplog.text
    # a general line beside the refusal: the answer is not only a refusal, the model decides
    beside = RIFLES_A.replace("</p>", " The Army remains committed to its people.</p>")
    assert "generic" in _flags(RIFLES_Q, beside, flagging)


def test_the_model_s_flag_names_the_object_asked(tmp_path):
    # the model flags alone (the rule reads no talk in a sentence on another matter): its reason names three words
    # of the object, none of the addressee ("Defence") nor of the reference ("Haythornthwaite", "Review")
    flagging = model_file(tmp_path, "english", 10.0, language="en")
    reason = _flags(PEOPLE_Q, f"<p>{OTHER}</p>", flagging)["generic"].reason
    named = [w.strip("'") for w in reason.split("the object asked: ")[1].split(";")[0].split(", ")]
    assert len(named) == 3
    assert set(named) <= {
        "implement", "recommendation", "apply", "five", "step", "approach", "combines", "innovative", "risk",
        "taking", "engagement", "online", "real", "life", "opportunities", "plans",
    }  # fmt: skip


def test_the_shipped_file_is_the_refit_on_the_labels_brought_to_settle53():
    from qa_align import labelsets

    model = json.loads(GENERIC_MODEL.read_text(encoding="utf-8"))
    order = list(labelsets.DEVELOPMENT_SETS)
    assert model["trained_on"] == order[: order.index("dev-uk107") + 1]
    assert set(OBJECT_FEATURES) <= set(model["features"])
    assert (model["C"], model["threshold"], model["closed_threshold"], model["recency"]) == (
        0.01,
        0.18,
        0.3,
        1.0,
    )


def test_the_shipped_model_leaves_a_meeting_named_on_the_object():
    # the Board meeting the UK and Brazil co-chaired, and their working together on methane: the discussion asked
    # named, no general lines in place of it (the file of generic54 flagged it, p 0.34 against its 0.30)
    assert "generic" not in _flags(METHANE_Q, METHANE_A, "")


def _record(doc_id: int) -> dict:
    with gzip.open(SHARED / "uk-commons" / "written_questions.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith(f'{{"id": {doc_id},'):
                return json.loads(line)
    raise LookupError(doc_id)


@pytest.mark.skipif(not (SHARED / "uk-commons").exists(), reason="needs ../shared/data")
def test_the_shipped_model_flags_the_overview_of_the_people_missions():
    # reference-dev 1783845: the five Missions, their programmes, figures and dates, and recommendation 24, never
    # recommendation 38 or its five-step approach; the refit of generic56 read it under its cut
    record = _record(1783845)
    assert record["questionText"] == PEOPLE_Q
    flag = _flags(record["questionText"], record["answerText"], "")["generic"]
    # where the rule flags too its reason stands: words of the object the answer never says (read in it: "apply",
    # "step", "combines", "innovative", "risk", "online", "life", "opportunities" and "plans" stand nowhere in it;
    # "recommendation", "approach", "five", "real" do, of other matters)
    never = {w.strip(" ')") for w in flag.reason.split("never: ")[1].split(",")}
    assert never and never <= {
        "apply", "step", "combines", "innovative", "risk", "online", "life", "opportunities", "plans",
    }  # fmt: skip


def test_held_out_folds_keep_each_group_whole():
    from .conftest import script

    groups = np.array(["a", "a", "b", "c", "c", "d", "e", "e", "f", "g"])
    with script("generic_held_out") as held:
        folds = held.folds_of(groups, seed=1)
    assert len(folds) == 5
    tested = np.concatenate([test for _, test in folds])
    assert sorted(tested.tolist()) == list(range(10))  # every unit held out once
    for train, test in folds:
        assert not set(groups[train]) & set(groups[test])


def test_held_out_decides_as_the_tool_does():
    from types import SimpleNamespace

    from .conftest import script

    # four units: one the model does not read (the rule flagged it), an open one at p 0.20, a closed one at
    # p 0.25, one vetoed at p 0.90; cuts 0.18 open, 0.30 closed
    units = [SimpleNamespace(key=k) for k in ("dutch", "open", "closed", "vetoed")]
    data = {
        "units": units,
        "features": {"open": {"closed": 0.0}, "closed": {"closed": 1.0}, "vetoed": {"closed": 0.0}},
        "extras": {},
        "shipped": {},  # no short answer, no answered gate (generic58)
    }
    m = {
        "served": np.array([False, True, True, True]),
        "rule": np.array([True, False, False, False]),
        "veto": np.array([False, False, False, True]),
    }
    with script("generic_held_out") as held:
        flag = held.decided(data, np.array([np.nan, 0.20, 0.25, 0.90]), m, 0.18, 0.30)
    assert flag.tolist() == [True, True, False, False]


def test_the_cache_keeps_what_the_readings_are_made_of():
    from .conftest import script

    with script("train_generic") as train_generic:
        raw = _read(PEOPLE_Q, f"<p>{OTHER} {ON}</p>", train_generic.raw_reading)
    assert raw["q"] == PEOPLE_Q
    assert [s["t"] for s in raw["sents"]] == [OTHER, ON]
    assert [s["fig"] for s in raw["sents"]] == [True, True]  # 5,000; the 38 of "recommendation 38"
    assert all(0.0 <= s["cues"]["general"] <= 1.0 for s in raw["sents"])
