"""The unit gate of ``holding`` (holding58; ``Settings.holding_gate_model``, ``rules.answers.gate_reading``,
``models/holding-gate.md``): the deferral sentences the rule keeps for a unit are read once more over the unit,
by the sentence-level decision's probability of the likeliest and the share of the question's content words the
answer takes up, and the flag is dropped under the gate's threshold. Real answers of the development sets whose
deferral stands beside what was answered (uk-commons 1894412, dev-uk76; 1872395, dev-uk91) and hand-written gate
files of one feature (``conftest.model_file``), so that the flag shows what the feature reads; expected flags
written by hand from reading the answers by LABELS.md and the guide (corpus/gold/README.readings.md, `holding`)."""

import pytest

from qa_align.errors import ConfigError
from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import model_file, uk_doc


def holding_flags(doc, **settings):
    (sp,) = score_document(doc, Settings(rules=("holding",), recycled_across_documents=False, **settings))
    return [f for f in sp.flags if f.name == "holding"]


BEAGLES_Q = (
    "To ask the Secretary of State for Science, Innovation and Technology, what assessment she has made of the "
    "consistency between the number of beagles licensed for use in scientific experiments approved by the Home "
    "Office between January and December 2025 and the Government's Replacing Animals in Science strategy "
    "published in November 2025."
)
BEAGLES_A = (
    "No assessment has been made of the of the consistency between the number of beagles licensed for use in "
    "scientific experiments approved by the Home Office between January and December 2025 and the Government's "
    "Replacing Animals in Science strategy. The Labour Manifesto commits to partnering with scientists, industry "
    "and civil society as we work towards the phasing out of animal testing. It is not yet possible to replace "
    "all animal use due to the complexity of biological systems and regulatory requirements for their use. Any "
    "work to phase out animal testing must be science-led, in lock step with partners."
)
SUDS_Q = (
    "To ask the Secretary of State for Housing, Communities and Local Government, what steps his Department is "
    "taking to monitor the implementation of (a) the national standards for sustainable drainage systems and (b) "
    "updated planning policy, including what data it will collect on (i) compliance and (ii) adoption and "
    "maintenance arrangements."
)
SUDS_A = (
    "<p>The government is committed to securing the delivery of high-quality sustainable drainage systems to help "
    "manage flood risk and adapt to the effects of climate change.</p><p>The National Planning Policy Framework "
    "(NPPF) makes clear that developments of all sizes are expected to make use of sustainable drainage techniques "
    "where the development could have drainage impacts. National Planning Guidance indicates that local planning "
    "authorities should be satisfied that all Sustainable Drainage Systems (SuDS) have clear maintenance and "
    "adoption arrangements in place for the lifetime of a development.</p><p>We are currently consulting on a new "
    "NPPF that includes clearer, more ‘rules-based’ policies for decision-making. The consultation includes a "
    "proposed new requirement for SuDS to be designed in accordance with the National Standards for SuDS published "
    "last year. It will remain open for responses until 10 March 2026 and can be found on gov.uk here.</p><p>"
    "Responsibility for the implementation of national planning policy lies with local planning authorities, as "
    "does the monitoring of compliance with planning permissions.</p><p>We are also exploring how to improve the "
    "adoption of public amenities, including SuDS, on freehold estates. For further details, I refer the hon. "
    "Member to the Written Ministerial Statement made on 18 December 2025 (HCWS1210).</p>"
)
BUS_Q = "To ask the Secretary of State for Transport, how many rural bus routes were withdrawn in 2023."
DEFERS = "The Department will publish the figures in due course."


def test_a_clear_no_beside_a_not_yet_is_no_holding():
    # dev-uk76 1894412: "No assessment has been made ..." is the answer; "It is not yet possible to replace all
    # animal use" is the state of things beside it, nothing asked is put off. The rule keeps the "not yet"; the
    # gate reads the answer taking up the question's words and drops it
    doc = uk_doc(BEAGLES_Q, BEAGLES_A)
    assert holding_flags(doc, holding_gate_model="none")  # the rule alone
    assert holding_flags(doc) == []


def test_a_consultation_beside_the_steps_given_is_no_holding():
    # dev-uk91 1872395: the steps asked are placed with the local planning authorities; the consultation on a
    # new NPPF "currently" running is a neighbouring matter, not the monitoring asked put off
    doc = uk_doc(SUDS_Q, SUDS_A)
    assert holding_flags(doc, holding_gate_model="none")
    assert holding_flags(doc) == []


def test_a_deferral_that_is_the_whole_answer_keeps_its_flag_and_evidence():
    # the figures asked are put off, and nothing else is said: holding, its deferral words the evidence, with
    # their offsets in the document
    doc = uk_doc(BUS_Q, DEFERS)
    (flag,) = holding_flags(doc)
    assert [e.text for e in flag.evidence] == ["in due course"]
    assert doc.text[flag.evidence[0].start : flag.evidence[0].end] == "in due course"


def test_the_gate_reads_the_share_of_the_question_the_answer_takes_up(tmp_path):
    # "answer_share" weighed -10: an answer of none of the asked words reads p ~ 1, one that takes them all up
    # p ~ 0, under the threshold 0.5
    gate = model_file(tmp_path, "answer_share", -10.0)
    assert holding_flags(uk_doc(BUS_Q, DEFERS), holding_gate_model=gate)
    answered = "In 2023, 14 rural bus routes were withdrawn. " + DEFERS
    assert holding_flags(uk_doc(BUS_Q, answered), holding_gate_model="none")
    assert holding_flags(uk_doc(BUS_Q, answered), holding_gate_model=gate) == []


def test_the_gate_reads_nothing_without_the_sentence_model(tmp_path):
    # a gate that drops every flag (p 0.5 below a threshold over 1) is not read with holding_sentences_model
    # "none": the rule's tests decide alone
    gate = model_file(tmp_path, "english", 0.0, threshold=1.01)
    doc = uk_doc(BUS_Q, DEFERS)
    assert holding_flags(doc, holding_gate_model=gate) == []
    assert holding_flags(doc, holding_gate_model=gate, holding_sentences_model="none")


def test_a_named_gate_that_is_missing_or_reads_unknown_features_is_an_error(tmp_path):
    doc = uk_doc(BUS_Q, DEFERS)
    with pytest.raises(ConfigError, match="holding_gate_model: .* not found"):
        holding_flags(doc, holding_gate_model=str(tmp_path / "absent.json"))
    with pytest.raises(ConfigError, match=r"holding_gate_model: .* unknown features \['sunshine'\]"):
        holding_flags(doc, holding_gate_model=model_file(tmp_path, "sunshine", 1.0))


def test_the_shipped_gate_reads_the_gate_features():
    import json

    from qa_align.rules import answers

    model = json.loads(answers.GATE_MODEL.read_text(encoding="utf-8"))
    assert tuple(model["features"]) == answers.GATE_FEATURES
    assert 0.0 < model["threshold"] < 1.0
