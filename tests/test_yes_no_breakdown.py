"""Where a closed question stands in its unit (``answers.yes_no_features``' ``opens_open``) and
where the rule's flags of ``yes_no_unanswered`` fall (``scripts/choose_yes_no.py --breakdown``).
Questions after Tweede Kamer 01b2bcad (unit 2) and made-up units; expected values written out
from reading them."""

import pytest

from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .conftest import model_file


def _flagged(question: str, tmp_path, weight: float = -10.0, uk: bool = False) -> bool:
    """Whether a model that reads ``opens_open`` alone flags the unit (weight -10: only where the
    unit opens with its closed question; +10: only where an open question comes first)."""
    settings = Settings(
        rules=("yes_no_unanswered",),
        yes_no_model=model_file(tmp_path, "opens_open", weight),
        recycled_across_documents=False,
    )
    if uk:
        answer = "<p>Waiting times are monitored closely by NHS England.</p>"
        doc = uk_record({"id": 1, "questionText": question, "answerText": answer}, "t")
    else:
        rec = {
            "doc_id": "1",
            "question": f"Onderwerp.\n\n 1. {question}",
            "answer": "Nederland is sinds jaren een substantiële humanitaire donor in Jemen.",
            "department": "D",
            "date_tabled": "2024-01-01",
        }
        doc = be_record(rec, "t")
    (sp,) = score_document(doc, settings)
    return any(f.name == "yes_no_unanswered" for f in sp.flags)


def test_an_open_question_before_the_closed_one_is_read(tmp_path):
    # the open "Hoe reageren ...?" comes first, the closed "Is er bereidheid ...?" after it
    question = (
        "Hoe reageren Nederland en de Europese Unie op deze oproep? Is er bereidheid om meer humanitaire hulp "
        "te bieden?"
    )
    assert not _flagged(question, tmp_path)
    assert _flagged(question, tmp_path, weight=10.0)


def test_a_closed_question_first_is_not_read_as_opening_open(tmp_path):
    # the closed question first, the open one ("Zo ja, welke?", "Hoeveel ...?") after it
    assert _flagged("Is er bereidheid om meer humanitaire hulp te bieden? Zo ja, hoeveel?", tmp_path)
    assert _flagged("Is er bereidheid om meer humanitaire hulp te bieden?", tmp_path)
    assert not _flagged("Is er bereidheid om meer humanitaire hulp te bieden?", tmp_path, weight=10.0)


def test_a_uk_question_without_question_marks_is_read_clause_by_clause(tmp_path):
    # one sentence, no "?": the open "what assessment" before "whether", and the reverse
    opens_open = (
        "To ask the Secretary of State for Health and Social Care, what assessment he has made of waiting times "
        "in A&E; and whether he will publish the data."
    )
    assert _flagged(opens_open, tmp_path, weight=10.0, uk=True)
    assert not _flagged(opens_open, tmp_path, uk=True)
    opens_closed = (
        "To ask the Secretary of State for Health and Social Care, whether he will publish the data on waiting "
        "times in A&E; and what assessment he has made of them."
    )
    assert _flagged(opens_closed, tmp_path, uk=True)
    assert not _flagged(opens_closed, tmp_path, weight=10.0, uk=True)


def test_a_uk_question_word_after_another_comma_opens_a_relative_clause(tmp_path):
    # "which recommends ..." after "with reference to the report ...,": a relative clause; the unit
    # asks "whether" first, a closed question
    relative = (
        "To ask the Secretary of State for Transport, with reference to the report published in March, which "
        "recommends rail electrification, whether she plans to electrify the line."
    )
    assert _flagged(relative, tmp_path, uk=True)
    assert not _flagged(relative, tmp_path, weight=10.0, uk=True)
    # a question word right after the addressee's comma, one word allowed before it: open
    reason = (
        "To ask the Secretary of State for Transport, for what reason the line was not electrified; and whether "
        "she plans to electrify it."
    )
    assert _flagged(reason, tmp_path, weight=10.0, uk=True)


def test_the_breakdown_counts_units_labels_and_flags(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    from choose_yes_no import Closed, breakdown

    units = [
        # label, labelled yes/no, flagged, hedged answer, opens open
        Closed("answered", False, True, False, True),
        Closed("answered", False, False, False, False),
        Closed("not_answered", True, True, True, False),
        Closed("partial", True, False, True, True),
        Closed("not_answered", True, True, False, False),
    ]
    assert breakdown(units) == [
        ("all", 5, 3, 3, 2),
        ("label answered", 2, 0, 1, 0),
        ("label not_answered", 2, 2, 2, 2),
        ("label partial", 1, 1, 0, 0),
        ("answer hedged", 2, 2, 1, 1),
        ("answer plain", 3, 1, 2, 1),
        ("opens open, answer plain", 1, 0, 1, 0),
        ("opens open, answer hedged", 1, 1, 0, 0),
        ("opens closed", 3, 2, 2, 2),
    ]


def test_the_breakdown_gives_each_sets_plain_answers(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    from choose_yes_no import Closed, breakdown

    units = [
        # label, labelled yes/no, flagged, hedged answer, opens open, labelled set
        Closed("answered", False, True, False, False, "dev-be"),
        Closed("not_answered", True, True, False, False, "dev-be"),
        Closed("not_answered", True, True, True, False, "dev-be"),
        Closed("answered", False, True, False, False, "dev-be7"),
        Closed("partial", True, False, False, True, "dev-be7"),
    ]
    # after the groups of every unit: per set, in order of first appearance, its plain answers
    # (dev-be: two, one labelled, both flagged, one truly; dev-be7: two, one labelled, one flagged falsely)
    assert breakdown(units)[-2:] == [
        ("answer plain, dev-be", 2, 1, 2, 1),
        ("answer plain, dev-be7", 2, 1, 1, 0),
    ]


def test_a_test_set_is_never_added(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    from choose_yes_no import _named_set

    assert _named_set("dev-be7=corpus/gold/dev-be7.jsonl") == ("dev-be7", ["corpus/gold/dev-be7.jsonl"])
    with pytest.raises(SystemExit, match="test set"):
        _named_set("ref=../shared/labels/reference-test.jsonl")
    with pytest.raises(SystemExit, match="expected NAME=FILE"):
        _named_set("corpus/gold/dev-be7.jsonl")
