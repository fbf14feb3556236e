"""The learned decision of ``holding`` (``Settings.holding_model``, ``rules.answers``): a model
file read lazily, its features read from the question and the answer (``holding_reading``), the
rule on the deferral cues as the fallback. The models here are written by hand with one feature
each, so that the flag shows what the feature reads; expected values from reading the question and
answer."""

import os
from pathlib import Path

import pytest

from qa_align.errors import ConfigError
from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .conftest import be_doc, model_file

QUESTION = "To ask the Secretary of State for Transport, how many rural bus routes were withdrawn in 2023."


def _flag(answer: str, model: str, question: str = QUESTION, cue_model: str = "learned"):
    doc = uk_record({"id": 1, "questionText": question, "answerText": f"<p>{answer}</p>"}, "t")
    (sp,) = score_document(doc, Settings(rules=("holding",), holding_model=model, cue_model=cue_model))
    return next((f for f in sp.flags if f.name == "holding"), None)


def test_a_promise_to_publish_is_read_in_the_deferring_sentence(tmp_path):
    # "will" and "publish" in one sentence: a promise; the evidence is that sentence
    model = model_file(tmp_path, "promise", 10.0)
    flag = _flag(
        "Figures for 2023 are being compiled. The Department will publish them in the spring.", model
    )
    assert flag is not None
    assert "promise" in flag.reason
    assert [e.text for e in flag.evidence] == ["The Department will publish them in the spring."]
    # "will" without a verb that promises a text or an answer: no promise
    assert _flag("The Department will remain committed to rural buses.", model) is None


def test_a_condition_in_the_deferring_sentence_is_read(tmp_path):
    # "if" before the promise: a condition put on it
    model = model_file(tmp_path, "conditional", 10.0)
    assert _flag("If the review finds a gap, we will publish further guidance.", model) is not None
    assert _flag("We will publish further guidance after the review.", model) is None


def test_a_past_tense_in_the_deferring_sentence_is_read(tmp_path):
    model = model_file(tmp_path, "past", 10.0)
    assert _flag("The review was published last year.", model) is not None
    assert _flag("The review is published every year.", model) is None


def test_the_rule_decides_without_a_model():
    # "none": the rule on the deferral cues ("will publish ... in due course", something to come)
    assert _flag("The Department will publish the figures in due course.", "none") is not None
    assert _flag("In 2023, 14 rural bus routes were withdrawn.", "none") is None


def test_a_named_model_that_is_missing_or_reads_unknown_features_is_an_error(tmp_path):
    # the setting is named in the message: the user set holding_model
    with pytest.raises(ConfigError, match="holding_model: .* not found"):
        _flag("Officials are considering the matter.", str(tmp_path / "absent.json"))
    with pytest.raises(ConfigError, match=r"holding_model: .* unknown features \['sunshine'\]"):
        _flag("Officials are considering the matter.", model_file(tmp_path, "sunshine", 1.0))


# the rule flags it ("will publish ... in due course"); a model that flags only where no promise
# is read ("promise" weighed -10) does not
DEFERS = "The Department will publish the figures in due course."


def test_a_model_fitted_with_another_cue_model_is_left_to_the_rule(tmp_path, monkeypatch):
    from qa_align.rules import answers

    fitted = model_file(tmp_path, "promise", -10.0, cue_model="learned")
    assert _flag(DEFERS, fitted) is None  # the model decides in a run like the one it was fitted in
    # the shipped model in a lexicon-only run: its p_* features would all read 0; the rule decides
    monkeypatch.setattr(answers, "HOLDING_MODEL", Path(fitted))
    assert _flag(DEFERS, "", cue_model="learned") is None
    assert _flag(DEFERS, "", cue_model="lexicon") is not None
    # a model named in the settings: refused, naming the setting and what it was fitted with
    with pytest.raises(ConfigError, match=r"holding_model: .* fitted with cue_model 'learned'"):
        _flag(DEFERS, fitted, cue_model="lexicon")


def test_a_malformed_model_file_is_an_error_naming_the_setting_and_the_file(tmp_path):
    bad = tmp_path / "cut.json"
    bad.write_text('{"features": ["promise"], "mean": [0.0], "sca', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"holding_model: .*cut\.json is no model file"):
        _flag(DEFERS, str(bad))
    bad.write_text('{"features": ["promise"], "mean": [0.0]}', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"holding_model: .*cut\.json is no model file"):
        _flag(DEFERS, str(bad))


def test_a_model_file_rewritten_is_read_again(tmp_path):
    path = tmp_path / "model.json"
    Path(model_file(tmp_path, "promise", -10.0)).rename(path)
    assert _flag(DEFERS, str(path)) is None
    Path(model_file(tmp_path, "promise", 10.0)).rename(path)
    os.utime(path, ns=(path.stat().st_mtime_ns + 10**9,) * 2)  # a later time, whatever the clock's grain
    assert _flag(DEFERS, str(path)) is not None


def test_a_pointer_beside_work_under_way_is_a_cross_reference_whatever_holding_reads():
    # tweede-kamer 1b650dd7 answer 2 (its pointer sentence): "Zoals aangegeven in mijn brief aan uw
    # Kamer" points to a letter; that talks are under way ("vinden momenteel ... gesprekken plaats",
    # read as a deferral) does not take the pointer away: each flag reads the sentence on its own
    # (issue 17 item 3)
    doc = be_doc(
        "Onderwerp.\n\n 1. Kunt u toelichten hoe is ingezet op gezondheidszorg en bescherming van minderjarige "
        "ongedocumenteerden bij de inzet van technische assistentie?",
        "Zoals aangegeven in mijn brief aan uw Kamer vinden momenteel binnen de werkgroep Onderlinge regeling "
        "Vreemdelingenketen (ORVK) gesprekken plaats over de verdere samenwerking op diverse beleidsonderwerpen.",
    )
    (sp,) = score_document(doc, Settings(rules=("cross_reference",), recycled_across_documents=False))
    assert [f.name for f in sp.flags] == ["cross_reference"]


def _cross_reference(answer: str, question: str = QUESTION) -> bool:
    doc = uk_record({"id": 1, "questionText": question, "answerText": f"<p>{answer}</p>"}, "t")
    (sp,) = score_document(doc, Settings(rules=("cross_reference",), recycled_across_documents=False))
    return any(f.name == "cross_reference" for f in sp.flags)


def test_a_text_still_to_be_published_is_no_cross_reference():
    # the classifier reads a pointer in each ("set out in", "available", "online", "report",
    # "guidance"), but each of those words stands in a clause of the future: the text is not
    # there to go to yet
    assert not _cross_reference(
        "Further details will be set out in the Department's annual report, which will be available on "
        "gov.uk later this year."
    )
    assert not _cross_reference(
        "Statistics for 2023 will be published in the Annual Bus Statistics report in March, which will be "
        "available online."
    )
    assert not _cross_reference("The updated guidance will be available on GOV.UK shortly.")


def test_a_text_there_to_go_to_beside_a_future_form_is_a_cross_reference():
    # uk-commons 1780245: the guidance is available now (a clause of its own, in brackets)
    assert _cross_reference(
        "When a full electoral review of a newly established authority is carried out, the LGBCE will follow "
        "its guidance (which is available on its website), and the electoral review process includes a "
        "local consultation."
    )
    # be-kamer 185927: the question named by its number is there to go to
    doc = be_doc(
        "Onderwerp.\n\n 1. Welke maatregelen neemt de regering?",
        "Ik deel het geachte lid mee dat het antwoord op deze vraag zal worden gegeven door de eerste minister "
        "(vraag nr. 208 van 31 januari 2017).",
    )
    (sp,) = score_document(doc, Settings(rules=("cross_reference",), recycled_across_documents=False))
    assert [f.name for f in sp.flags] == ["cross_reference"]


def _analysis(text: str, language: str):
    from qa_align.analyze import analyze_answer
    from qa_align.types import AnswerSegment

    return analyze_answer(AnswerSegment(start=0, end=len(text), text=text), language, cue_model="lexicon")


def test_the_learned_decisions_own_lists_are_matched_only_when_asked():
    text = (
        "If the review finds a gap, we will publish further guidance. The last review was published in 2020."
    )
    analysis = _analysis(text, "en")
    # not among the cues every rule's lookups scan
    assert not {"promise_verbs", "conditionals", "past_tense"} & {c.kind for c in analysis.cues}
    # found when the learned decision asks for them
    assert [c.text for c in analysis.cue("conditionals")] == ["If"]
    assert [c.text for c in analysis.cue("promise_verbs")] == ["publish", "published"]
    assert [c.text for c in analysis.cue("past_tense")] == ["was"]


def test_both_and_and_a_time_are_no_condition():
    # "zowel ... als" joins two subjects; "when" of a time
    assert (
        _analysis("Zowel de minister als de staatssecretaris zullen het rapport publiceren.", "nl").cue(
            "conditionals"
        )
        == ()
    )
    assert (
        _analysis("The figures will be published when the review ends in March.", "en").cue("conditionals")
        == ()
    )
