"""breakdown_missing (breakdown54). Lettered parts right after a split word ("by (a) service and (b) rank", a word of
``[coverage] split_by``, an article at most between), a count cue or a figure request before them in the clause, are
the values of the split asked: ``coverage._parts_of_count`` reads them as parts of the figures (``_Patterns.split_parts``),
so an answer that gives none of them leaves the breakdown missing (LABELS.md: "(a) ... (b) ..." categories; flags are
independent of the reason). The first text is uk-commons 1688226's own (dev-uk84, flagged so by its readers); the first
test fails on 98eba134 (checked on a ``git archive 98eba134`` copy with this file added), the guards pass on both:
parts after "by" with no figure asked before them (the agent of a verb), and the split given in the answer's own table."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import uk_doc

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _flags(question: str, answer: str, doc_id: int) -> dict[str, str]:
    (sp,) = score_document(uk_doc(question, answer, doc_id=doc_id), SETTINGS)
    return {f.name: f.reason for f in sp.flags}


# uk-commons 1688226
SURVEY = (
    "To ask the Secretary of State for Defence, if he will publish data from the UK Regular Armed Forces Continuous "
    "Attitude Survey illustrating the Impact of Service life on family and personal life as a factor influencing "
    "intentions to leave, by (a) service and (b) rank."
)
SURVEY_ANSWER = (
    "<p>The Armed Forces Continuous Attitude Survey (AFCAS) includes a breakdown of this factor by Service and split "
    "into Officers and Other Ranks/Rates in Section 12, Table 8 of the Annex B Reference tables: "
    '<a href="https://www.gov.uk/government/statistics/armed-forces-continuous-attitude-survey-2023">'
    "https://www.gov.uk/government/statistics/armed-forces-continuous-attitude-survey-2023</a></p><p> </p>"
    "<p>Responses are weighted by rank and Service. This accounts for bias caused by disproportionate stratified "
    "sampling and differing levels of response so results are representative of our Regular Armed Forces. We do not "
    "currently provide a breakdown of AFCAS results by the specific ranks in the Armed Forces. This is due, in part, "
    "to smaller response numbers being potentially less robust and disclosive.</p><p> </p>"
)


def test_parts_after_by_are_a_split_not_given():
    flags = _flags(SURVEY, SURVEY_ANSWER, 1688226)
    assert "breakdown_missing" in flags
    assert "part (a)" in flags["breakdown_missing"] and "part (b)" in flags["breakdown_missing"]


def test_parts_after_by_with_no_figure_asked_are_no_split():
    question = (
        "To ask the Secretary of State for Defence, what steps he is taking to support veterans affected by (a) "
        "hearing loss and (b) post-traumatic stress disorder."
    )
    answer = "<p>The Government is committed to supporting veterans through the Veterans' Strategy Action Plan.</p>"
    assert "breakdown_missing" not in _flags(question, answer, 54001)


def test_parts_after_by_given_in_a_table():
    question = (
        "To ask the Secretary of State for Justice, how many prison officers left the service in 2023, "
        "by (a) grade and (b) region."
    )
    answer = (
        "<p>The number of prison officers who left in 2023 is set out below.</p>"
        "<table><tr><th>Grade</th><th>Leavers</th></tr><tr><td>Band 3</td><td>1,200</td></tr>"
        "<tr><td>Band 4</td><td>300</td></tr></table>"
        "<table><tr><th>Region</th><th>Leavers</th></tr><tr><td>North West</td><td>400</td></tr>"
        "<tr><td>London</td><td>350</td></tr></table>"
    )
    assert "breakdown_missing" not in _flags(question, answer, 54002)
