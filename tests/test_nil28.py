"""figures_missing, breakdown_missing (nil28): a zero word up to three words before the noun a count counts
within or of (the word after a ``[coverage] count_holders`` word in the count's clause: "in each dispute",
"telt deze dienst") says there is none of it, and so nothing to count ("There is currently no industrial
dispute within DSIT", dev-uk18 1754034); a sentence that names data stays a claim that data are not held."""

from __future__ import annotations

from qa_align.analyze import analyze_answer, analyze_question
from qa_align.coverage import coverage
from qa_align.segment import inline_parts
from qa_align.types import AnswerSegment, Question

# dev-uk18 1754034 (its readers: no breakdown_missing, no figures_missing, the counts moot)
DISPUTES = (
    "To ask the Secretary of State for Science, Innovation and Technology, what industrial disputes are ongoing "
    "within (a) their Department and (b) each of the arm's length bodies connected to their Department; how many "
    "(i) staff and (ii) contractors are involved in each dispute; what the form of industrial action is in each "
    "dispute; which recognised trade union is involved in each dispute; and what steps he plans to take to end "
    "each dispute."
)
NO_DISPUTE = (
    "There is currently no industrial dispute within DSIT or any of its Arm's Length Bodies (ALBs). No Trade "
    "Union has a current mandate for industrial action in DSIT or its ALBs."
)
# dev-be41 186817 3 (its readers: "'Er bestaat geen specifieke dienst' ('train the trainers'; the staff count moot)")
SERVICE = "Welke specifieke politiedienst verstrekt deze opleidingen? Hoeveel personen telt deze dienst?"
NO_SERVICE = (
    "Er bestaat geen specifieke dienst op het niveau van de politiediensten. De opleiding wordt gegeven door de "
    "trainers van de politiescholen."
)


def _zeros(question: str, answer: str, language: str, year: int) -> list[str]:
    unit = inline_parts(Question(start=0, end=len(question), text=question))
    segment = AnswerSegment(start=0, end=len(answer), text=answer)
    cov = coverage(
        unit, analyze_question(unit, language), (analyze_answer(segment, language),), language, year=year
    )
    return [z.text for z in cov.given.zeros]


def test_no_dispute_answers_how_many_staff_in_each_dispute():
    assert any("no industrial dispute" in z for z in _zeros(DISPUTES, NO_DISPUTE, "en", 2024))


def test_no_service_answers_how_many_people_the_service_counts():
    assert any("geen specifieke dienst" in z for z in _zeros(SERVICE, NO_SERVICE, "nl", 2017))


def test_no_data_on_the_disputes_is_no_zero():
    # a claim that data are not held, though it names the disputes: no zero of them
    answer = "No central data is held on the staff involved in each industrial dispute."
    assert _zeros(DISPUTES, answer, "en", 2024) == []


def test_a_zero_of_another_noun_is_no_zero_of_the_holder():
    # none of something the count is not within: the staff count stays asked
    answer = "There is currently no agreement on pay within DSIT or any of its Arm's Length Bodies."
    assert _zeros(DISPUTES, answer, "en", 2024) == []
