"""yes_no_unanswered (helper yesno54): a step said taken on what a Dutch closed question asks of what is or
was is the yes the readers read (``answers._takes_step_of``; `nl.toml` ``[answer] step_auxiliaries``,
``[question] step_not_leads``; `corpus/gold/README.readings.md`, settle44 kind 1: the step reaches the
thing asked). A question on what will be done is not settled by a step taken.

Real text, the records named; the expected readings written out from the readers' labels."""

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")

STEP = (
    "De directie van de internationale politiesamenwerking van de federale politie heeft het probleem "
    "onderzocht."
)


def _flags(question: str, answer: str) -> list[str]:
    return flags_by_unit(be_doc(question, answer, doc_id="191737"), RULE_ONLY)["1"]


def test_the_problem_examined_is_the_yes_to_having_it_examined():
    # be-kamer 191737 1 (dev-be62): "De directie ... heeft het probleem onderzocht", answered, no flag
    question = "Heeft u uw diensten laten onderzoeken hoe zo'n vergissing kon worden begaan?"
    assert "yes_no_unanswered" not in _flags(question, STEP)


def test_measures_taken_are_the_yes_to_taking_measures():
    # be-kamer 190952 1 (dev-be22): "Neemt u maatregelen?" - the measures taken, answered, no flag
    answer = (
        "Intussen werden de volgende maatregelen genomen om de werkdruk te verminderen: we werken waar "
        "mogelijk samen met de organisatie Passwerk."
    )
    assert "yes_no_unanswered" not in _flags("Neemt u maatregelen?", answer)


def test_a_step_taken_does_not_say_what_will_be_done():
    # the same step to a question on what will be done: the next step is not said (step_not_leads "zult")
    question = "Zult u uw diensten laten onderzoeken hoe zo'n vergissing kon worden begaan?"
    assert "yes_no_unanswered" in _flags(question, STEP)


def test_a_step_on_another_matter_leaves_it_open():
    # a step taken that shares no word with what was asked does not reach it
    answer = "De directie van de federale politie heeft een nieuwe verantwoordelijke aangesteld."
    question = "Heeft u uw diensten laten onderzoeken hoe zo'n vergissing kon worden begaan?"
    assert "yes_no_unanswered" in _flags(question, answer)
