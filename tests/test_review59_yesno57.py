"""review59: yesno57 readings no test of test_yesno57 held (each reverted by hand, the tests passed): the clause before a hedge
read only for a yes or no word of its own, and `_available_of`'s strict match. Expected flags from reading
(checked on a `git archive yesno57` copy: pass; each mutation fails one)."""

from __future__ import annotations

from qa_align.settings import Settings

from .conftest import flags_by_unit, uk_doc

RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")


def _uk(question: str, answer: str) -> list[str]:
    return flags_by_unit(uk_doc(question, answer, doc_id=59001), RULE_ONLY)["1"]


REOPEN_Q = (
    "To ask the Secretary of State for Transport, whether she plans to reopen the rural bus routes in Cumbria that "
    "closed in 2023."
)


def test_the_clause_before_a_hedge_restating_the_matter_is_no_yes_or_no():
    # the clause before the hedge ("The rural bus routes in Cumbria that closed in 2023") says the words asked but
    # no yes or no: whether she plans to reopen them is left open
    for answer in (
        "The rural bus routes in Cumbria that closed in 2023 are kept under review.",
        "The reopening of rural bus routes in Cumbria that closed in 2023 is a matter for the local transport "
        "authority, which will set out its plans in due course.",
    ):
        assert _uk(REOPEN_Q, answer) == ["yes_no_unanswered"]


RISK_Q = (
    "To ask the Secretary of State for Defence, if he will publish his Department's most recent risk assessment "
    "of the Ajax programme."
)


def test_another_thing_found_on_gov_uk_is_no_yes_to_publishing_the_assessment_asked():
    # the assessment process, not the risk assessment of the Ajax programme asked (yesno57's 1803511, the reason
    # the match is strict)
    answer = "Further information on the assessment process can be found on Gov.uk."
    assert _uk(RISK_Q, answer) == ["yes_no_unanswered"]
    # the risk assessment itself said available: the yes
    answer = "The most recent risk assessment of the Ajax programme is publicly available on Gov.uk."
    assert _uk(RISK_Q, answer) == []
