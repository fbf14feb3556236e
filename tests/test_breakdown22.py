"""breakdown_missing (breakdown22): lettered parts that each name only a measure of one thing ("the (a) number and
(b) proportion of new teacher sign ups", dev-uk32 1672651) ask two measures of it, not a split of it into parts: a
reader flags `figures_missing` where a measure is not given, never `breakdown_missing` for the parts."""

from __future__ import annotations

from qa_align.analyze import analyze_answer, analyze_question
from qa_align.coverage import asked, coverage
from qa_align.segment import inline_parts
from qa_align.types import AnswerSegment, Question

# dev-uk32 1672651 (its readers: "number and proportion are two measures, not a breakdown by a dimension")
SIGN_UPS = (
    "To ask the Secretary of State for Education, with reference to the Answer of 26 October 2023 to Question 203895 "
    "Teachers: Recruitment, what estimate her Department has made of the (a) number and (b) proportion of new teacher "
    "sign ups that is attributable to the Get Into Teaching advertising campaign."
)
SIGN_UPS_ANSWER = (
    "The campaign also measures the proportion of sign-ups attributed to the advertising campaign, through econometric "
    "modelling. Recent econometric analysis shows that in July 2023, 42% of sign-ups to the Get Into Teaching website "
    "were attributable to paid advertising."
)
# dev-uk18 1799574: two counts of two things, each named in its own part
SCHOOLS = (
    "To ask the Secretary of State for Housing, Communities and Local Government, what data her Department holds on "
    "(a) the number of charitable independent schools which received 20% discretionary business rate relief in "
    "2024-25 and (b) the number of local authorities offering such discretionary rate relief."
)


def _parts(question: str) -> list[str]:
    unit = inline_parts(Question(start=0, end=len(question), text=question))
    return [p.label for p in asked(unit, analyze_question(unit, "en"), "en").parts]


def test_a_number_and_a_proportion_of_one_thing_are_no_parts_of_a_split():
    assert _parts(SIGN_UPS) == []


def test_the_measures_are_still_figures_asked():
    unit = inline_parts(Question(start=0, end=len(SIGN_UPS), text=SIGN_UPS))
    assert asked(unit, analyze_question(unit, "en"), "en").asks_figures


def test_a_proportion_given_without_the_number_leaves_no_part_missing():
    unit = inline_parts(Question(start=0, end=len(SIGN_UPS), text=SIGN_UPS))
    segment = AnswerSegment(start=0, end=len(SIGN_UPS_ANSWER), text=SIGN_UPS_ANSWER)
    cov = coverage(unit, analyze_question(unit, "en"), (analyze_answer(segment, "en"),), "en", year=2023)
    assert [g for g in cov.gaps if g.kind == "part"] == []


def test_two_counts_of_two_things_stay_parts():
    assert _parts(SCHOOLS) == ["a", "b"]


# dev-be31 191102 1 (its readers: "the no, so the 'Zo ja' counts a) to c) are moot")
INSPECTION = (
    "Heeft de Economische Inspectie in 2016 een gelijksoortig onderzoek uitgevoerd? Zo ja, wat zijn de resultaten "
    "hiervan voor 2016? a) Hoeveel processen-verbaal werden er opgesteld? b) Hoeveel overtredingen werden er "
    "vastgesteld?c) Hoeveel ondernemingen hebben een aanvraag tot buitenrechtelijke regeling bij de "
    "Consumentenombudsdienst ingediend?"
)


def _conditional(question: str) -> str:
    unit = inline_parts(Question(start=0, end=len(question), text=question))
    return asked(unit, analyze_question(unit, "nl"), "nl").conditional


def test_parts_that_spell_out_a_follow_up_of_a_yes_are_asked_on_that_yes():
    assert _conditional(INSPECTION) == "yes"


def test_parts_after_a_plain_question_are_asked_whatever_the_reply():
    # the same parts after the closed question alone, no "Zo ja": their counts are asked outright
    question = INSPECTION.replace(" Zo ja, wat zijn de resultaten hiervan voor 2016?", "")
    assert _conditional(question) == ""
