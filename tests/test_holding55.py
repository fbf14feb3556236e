"""The head reading of ``scripts/holding_link.py`` (holding55): the head noun or verb of what a question
asks, and whether a deferral sentence names it. Expected values written out by reading the questions
(shapes of development units, shortened); the reading is a measure, not a rule: no flag depends on it."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def link(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import holding_link

    return holding_link


def test_question_head_skips_the_addressee_and_the_asking_words(link):
    q = "To ask the Secretary of State for Defence, what steps he plans to take to (a) reform procurement"
    assert link.question_head(q, "en") == ["steps", "plans"]
    q = (
        "To ask the Secretary of State for Education, with reference to her Department's press release, "
        "how much funding will be allocated in (a) 2025"
    )
    assert link.question_head(q, "en") == ["funding", "allocated"]
    q = "To ask the Chancellor of the Exchequer, whether she has made a recent assessment of the scheme"
    assert link.question_head(q, "en", size=1) == ["assessment"]


def test_question_head_in_dutch(link):
    assert link.question_head("Welke maatregelen zal u nemen om deze achterstand weg te werken?", "nl") == [
        "maatregelen",
        "nemen",
    ]
    assert link.question_head("Hoeveel klachten werden de voorbije vijf jaar ingediend?", "nl", size=1) == [
        "klachten"
    ]


def test_holds_head_matches_a_stem_at_a_word_start(link):
    assert link.holds_head(
        "Funding from April 2026 will be subject to the spending review", ["funding", "allocated"]
    ) == ["funding"]
    assert link.holds_head("We will publish the assessments in due course", ["assessment"]) == ["assessment"]
    # a stem inside another word is no match: "reassessed" does not name the assessment asked
    assert link.holds_head("The scheme will be reassessed next year", ["assessment"]) == []


def test_head_reading_as_a_link(link):
    row = {"asked_data": False, "prev_m": [], "head_m": ["funding"]}
    assert link.linked(row, "head")
    assert not link.linked({**row, "head_m": []}, "head")
    assert link.linked({**row, "head_m": [], "prev_m": ["scheme"]}, "head")
