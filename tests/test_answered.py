"""Whether a unit is answered at all (``qa_align.answered``, ``Settings.answered_model``): the
readings the model weighs, the gate it puts on ``yes_no_unanswered`` and ``generic``, its model
file refused when malformed, and the cut ``scripts/train_answered.py`` chooses. The models here
are written by hand with one feature each; expected values from reading question and answer."""

from __future__ import annotations

import math

import numpy as np
import pytest

from qa_align.errors import ConfigError
from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .conftest import model_file
from .test_generic3 import SMALL_BOATS, TALK

QUESTION = (
    "To ask the Secretary of State for Transport, whether he will publish the report on rural bus services."
)
# no yes or no, no negation, nothing deferred: the shared-word rule leaves the yes or no open
OPEN = "The Department has received the report and thanks the authors."
CUTS = {"yes_no_unanswered": 0.5, "generic": 0.5}


def _flags(question: str, answer: str, model: str, rules=("yes_no_unanswered",)):
    doc = uk_record({"id": 1, "questionText": question, "answerText": f"<p>{answer}</p>"}, "t")
    settings = Settings(
        rules=rules, yes_no_model="none", answered_model=model, recycled_across_documents=False
    )
    (sp,) = score_document(doc, settings)
    return {f.name: f for f in sp.flags}


def test_a_unit_read_as_answered_gets_no_yes_no_flag(tmp_path):
    # "english" weighs +10: a UK answer is answered (p 0.99 against the cut 0.5), the flag goes
    answered = model_file(tmp_path, "english", 10.0, cuts=CUTS)
    assert "yes_no_unanswered" not in _flags(QUESTION, OPEN, answered)
    # weighing -10 it is not (p 0.01): the flag stands, with the evidence it has without the gate
    unanswered = model_file(tmp_path, "english", -10.0, cuts=CUTS)
    gated, alone = _flags(QUESTION, OPEN, unanswered), _flags(QUESTION, OPEN, "none")
    assert gated["yes_no_unanswered"] == alone["yes_no_unanswered"]


def test_each_flag_has_its_own_cut(tmp_path):
    # p 0.99: under a cut of 1.01 for generic it stands, the yes or no gated at 0.5 goes
    model = model_file(tmp_path, "english", 10.0, cuts={"yes_no_unanswered": 0.5, "generic": 1.01})
    rules = ("generic", "yes_no_unanswered")
    got = _flags(SMALL_BOATS, TALK, model, rules)
    assert "generic" in got
    assert "yes_no_unanswered" not in got
    assert "generic" in _flags(SMALL_BOATS, TALK, "none", rules)
    (tmp_path / "both").mkdir()  # another file: models are cached by path
    everything = model_file(tmp_path / "both", "english", 10.0, cuts=CUTS)
    assert "generic" not in _flags(SMALL_BOATS, TALK, everything, rules)


def test_the_readings_of_a_closed_question_answered_no(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    from choose_cue_thresholds import FAST
    from train_answered import readings

    from qa_align.answered import ANSWERED_FEATURES

    doc = uk_record(
        {"id": 1, "questionText": QUESTION, "answerText": "<p>No. The report will not be published.</p>"}, "t"
    )
    _, seen = readings([doc], Settings().replace(**FAST, answered_model="none"))
    (got,) = seen.values()
    assert set(got) == set(ANSWERED_FEATURES)
    assert got["sentences"] == pytest.approx(math.log1p(2))
    assert got["words"] == pytest.approx(math.log1p(7))  # "No." and six words
    assert got["english"] == 1.0
    assert got["closed"] == 1.0
    assert got["plain_reply"] == 1.0  # opens with "No."
    assert got["yn_polar_first"] == 1.0
    assert got["tables"] == 0.0 and got["figure_share"] == 0.0
    # the question's content words "publish" and "report" stand in the answer, "rural", "bus" and
    # "services" do not: taken up in part
    assert 0.0 < got["taken_share"] < 1.0


def test_a_model_file_without_a_cut_for_each_flag_is_refused(tmp_path):
    from qa_align.answered import answered_model

    only_one = model_file(tmp_path, "english", 10.0, cuts={"generic": 0.5})
    with pytest.raises(ConfigError, match=r"answered_model: .* no cut for each of"):
        answered_model(only_one, "learned")
    bad = tmp_path / "bad.json"
    bad.write_text('{"features": ["english"], "mean": [0.0]}', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"answered_model: .*bad\.json is no model file"):
        answered_model(str(bad), "learned")
    unknown = model_file(tmp_path, "yes_no_unanswered", 1.0, cuts=CUTS)  # the gated flag's own decision
    with pytest.raises(ConfigError, match=r"unknown features"):
        answered_model(unknown, "learned")
    with pytest.raises(ConfigError, match=r"answered_model: .* not found"):
        answered_model(str(tmp_path / "absent.json"), "learned")


def test_the_cut_of_best_f1_and_the_higher_of_equals(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    from train_answered import best_cut

    # four flagged units: two right (p 0.1, 0.2), two wrong (p 0.6, 0.9); a fifth right one unflagged.
    # A flag goes where p reaches the cut. No gate (1.01) or 0.95: F1 2*2/(3+4) = 0.57; 0.65 to 0.9
    # take the 0.9 away (2*2/(3+3) = 0.67); 0.6 down to 0.3, the lowest cut, take both wrong ones
    # and no right one (2*2/(3+2) = 0.8): the highest of those is 0.6
    truth = np.array([True, True, False, False, True])
    rule = np.array([True, True, True, True, False])
    prob = np.array([0.1, 0.2, 0.6, 0.9, 0.5])
    assert best_cut(truth, rule, prob) == 0.6


def test_a_named_model_file_is_part_of_the_run_cache_key(tmp_path):
    from qa_align.runcache import named_files

    model = model_file(tmp_path, "english", 10.0, cuts=CUTS)
    # the file's path, size and time stand in the key: a model retrained into the same path is seen
    assert any(s.startswith(f"{model}\0") for s in named_files(Settings(answered_model=model)))


def test_a_model_fitted_on_closed_questions_gates_only_them(tmp_path):
    # "what assessment she has made" asks no yes or no: the policy talk is generic whatever a model
    # fitted on closed questions reads; a model of every unit takes it away (p 0.99)
    asked = SMALL_BOATS.replace("whether she will make an assessment", "what assessment she has made")
    answer = f"{TALK} Its work led to 300 arrests this year."
    (tmp_path / "closed").mkdir()
    closed = model_file(tmp_path / "closed", "english", 10.0, cuts=CUTS, population="closed")
    assert "generic" in _flags(asked, answer, closed, ("generic",))
    every = model_file(tmp_path, "english", 10.0, cuts=CUTS, population="all")
    assert "generic" not in _flags(asked, answer, every, ("generic",))
    # to the closed question itself the closed model reads as the other does
    assert "generic" not in _flags(SMALL_BOATS, TALK, closed, ("generic",))


def test_a_cut_above_one_reads_nothing(tmp_path, monkeypatch):
    import qa_align.answered as answered

    def unread(ctx):
        raise AssertionError("read where no cut can be reached")

    monkeypatch.setattr(answered, "answered_features", unread)
    model = model_file(tmp_path, "english", 10.0, cuts={"yes_no_unanswered": 1.01, "generic": 1.01})
    assert "yes_no_unanswered" in _flags(QUESTION, OPEN, model)
