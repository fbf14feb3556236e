"""The learned decision of ``yes_no_unanswered`` (``Settings.yes_no_model``, ``rules.answers``):
a model file read lazily, its features read from the question and the answer, the rule as the
fallback. The models here are written by hand with one feature each, so that the flag shows
what the feature reads; expected values from reading the question and answer."""

import pytest

from qa_align.errors import ConfigError
from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .conftest import model_file

QUESTION = (
    "To ask the Secretary of State for Transport, whether he will publish the report on rural bus services."
)


def _flag(answer: str, model: str):
    doc = uk_record({"id": 1, "questionText": QUESTION, "answerText": f"<p>{answer}</p>"}, "t")
    (sp,) = score_document(doc, Settings(rules=("yes_no_unanswered",), yes_no_model=model))
    return next((f for f in sp.flags if f.name == "yes_no_unanswered"), None)


def test_a_negation_beside_the_asked_verb_is_read(tmp_path):
    # "not" two words before "publish": the model flags only where no negation stands near
    model = model_file(tmp_path, "negation_near", -10.0)
    assert _flag("The Department does not publish reports of that kind.", model) is None
    flag = _flag("The Department has received the report and thanks the authors.", model)
    assert flag is not None
    assert "negation_near" in flag.reason
    # the question sentence and the answer sentence the decision read
    assert [e.part for e in flag.evidence] == ["question", "answer"]
    assert flag.evidence[1].text == "The Department has received the report and thanks the authors."


def test_a_negation_far_from_what_was_asked_is_not_near(tmp_path):
    # "not" stands six words from "report": not the asked verb negated
    model = model_file(tmp_path, "negation_near", -10.0)
    assert _flag("The report, which the Department has read closely, does not cover buses in towns.", model)


def test_the_rule_decides_without_a_model(tmp_path):
    # "none" and an absent default file: the shared-word rule ("There are no plans to publish
    # the report": a no)
    doc = uk_record(
        {"id": 1, "questionText": QUESTION, "answerText": "<p>There are no plans to publish the report.</p>"},
        "t",
    )
    (sp,) = score_document(doc, Settings(rules=("yes_no_unanswered",), yes_no_model="none"))
    assert not sp.flags


def test_a_named_model_that_is_missing_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        _flag("Officials are considering the matter.", str(tmp_path / "absent.json"))


def test_a_model_with_a_feature_the_rule_does_not_read_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="unknown features"):
        _flag("Officials are considering the matter.", model_file(tmp_path, "sunshine", 1.0))
