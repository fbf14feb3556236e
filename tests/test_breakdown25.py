"""breakdown_missing (breakdown25): (1) a table placeholder beside words that name the split its table holds
("De opsplitsing per jaar en per taalrol ziet eruit als volgt:" + code) gives that split, not another one asked
("per Gewest", dev-be35 185363 1 and 2); (2) a sentence that only asks for figures ("Graag de cijfers per jaar.")
right after a follow-up of a yes asks them on that yes ("Heeft u hierover reeds klachten ontvangen? Indien ja,
hoeveel tijdens de laatste drie jaar? Graag de cijfers per jaar.", dev-be35 187582 1): a no needs no split."""

from __future__ import annotations

from qa_align.analyze import analyze_question
from qa_align.coverage import asked
from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.settings import Settings
from qa_align.types import Question

SETTINGS = Settings(rules=("breakdown_missing",), recycled_across_documents=False)


def _nl_flags(question: str, answer: str) -> dict[str, list[str]]:
    rec = dict(doc_id="t", question=question, answer=answer, department="D", date_tabled="2017-04-28")
    return {
        sp.pair.question.n: [f.name for f in sp.flags] for sp in score_document(be_record(rec, "t"), SETTINGS)
    }


def _conditional(question: str) -> str:
    unit = Question(start=0, end=len(question), text=question)
    return asked(unit, analyze_question(unit, "nl"), "nl").conditional


# dev-be35 185363 2
EXAMS = "Hoeveel personen, opgesplitst per Gewest, namen er aan het examen deel?"
CODE = "2016201714217-6-1664-fr-nl-1 2016201714217-6-1664-fr-nl-2"


def test_a_placeholder_introduced_as_another_split_leaves_the_split_asked_missing():
    answer = f"De Federale Wapendienst organiseert jaarlijks twee examens. De opsplitsing per jaar en per taalrol ziet eruit als volgt: {CODE}"
    assert _nl_flags(EXAMS, answer) == {"1": ["breakdown_missing"]}


def test_a_placeholder_introduced_as_the_split_asked_gives_it():
    answer = f"De Federale Wapendienst organiseert jaarlijks twee examens. De opsplitsing per Gewest ziet eruit als volgt: {CODE}"
    assert _nl_flags(EXAMS, answer) == {"1": []}


def test_a_placeholder_whose_words_name_no_split_counts_as_given():
    answer = f"Het aantal deelnemers en geslaagden ziet eruit als volgt: {CODE}"
    assert _nl_flags(EXAMS, answer) == {"1": []}


def test_a_rate_names_no_split_of_the_table():
    # "per persoon" is a rate (`[coverage] split_not`): the words name no split, the table counts as given
    answer = f"De opsplitsing van de kosten per persoon ziet eruit als volgt: {CODE}"
    assert _nl_flags(EXAMS, answer) == {"1": []}


# dev-be35 187582 1
COMPLAINTS = (
    "Heeft u hierover reeds klachten ontvangen? Indien ja, hoeveel tijdens de laatste drie jaar? "
    "Graag de cijfers per jaar."
)


def test_a_request_for_figures_after_a_follow_up_of_a_yes_is_asked_on_that_yes():
    assert _conditional(COMPLAINTS) == "yes"


def test_a_request_for_figures_after_an_open_count_is_asked_whatever_the_reply():
    assert (
        _conditional(
            "Hoeveel klachten werden tijdens de laatste drie jaar ontvangen? Graag de cijfers per jaar."
        )
        == ""
    )


def test_a_no_to_the_yes_the_figures_hang_on_needs_no_split():
    answer = "Mijn administratie heeft de voorbije drie jaar geen klachten ontvangen."
    assert _nl_flags(COMPLAINTS, answer) == {"1": []}
