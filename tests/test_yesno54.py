"""yes_no_unanswered (helper yesno54): a step said taken, in the verb of a Dutch closed question that asks of
what is or was, on a word it asks, is the yes the readers read (``answers._takes_step_of``; `nl.toml` ``[answer] step_auxiliaries``,
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


def test_the_aircraft_recertified_is_the_yes_to_recertification():
    # be-kamer 192922 1 (dev-be97): the B757s "werden door de Duitse overheden gehercertificeerd", the yes
    # to other specifications through recertification; answered, no flag
    question = (
        "Klopt het dat vliegtuigen van DHL via de hercertificiering andere specificaties kunnen krijgen zonder "
        "grote verbouwingen?"
    )
    answer = (
        "De Boeing B757-toestellen van DHL waarvan sprake werden door de Duitse overheden gehercertificeerd."
    )
    assert "yes_no_unanswered" not in _flags(question, answer)


def test_a_step_taken_does_not_say_what_will_be_done():
    # the same step to a question on what will be done: the next step is not said (step_not_leads "zult")
    question = "Zult u uw diensten laten onderzoeken hoe zo'n vergissing kon worden begaan?"
    assert "yes_no_unanswered" in _flags(question, STEP)


def test_a_step_on_another_matter_leaves_it_open():
    # a step taken that is not the one asked does not reach it, whatever words it shares ("De Europese en
    # internationale besprekingen ... Bovendien werd de Overeenkomst ... herzien", be-kamer 186283 7)
    answer = "De directie van de federale politie heeft het probleem van de vergissing besproken."
    question = "Heeft u uw diensten laten onderzoeken hoe zo'n vergissing kon worden begaan?"
    assert "yes_no_unanswered" in _flags(question, answer)
