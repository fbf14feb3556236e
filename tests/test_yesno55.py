"""yes_no_unanswered (helper yesno55): what the word tests read as a yes that the readers do not.

- English "already" past the answer's opening says a step on the surrounding matter, not the yes
  (`en.toml` ``[answer] opening_affirmations``; `corpus/gold/README.readings.md`, settle44 kind 1): "I have
  already committed to a publicly advertised application process for members of the Advisory Group" to
  whether the group will include alleged members of paramilitary organisations (dev-uk42 1842123 1, the
  readers' label: not_answered, holding, yes_no_unanswered).
- A Dutch closed question that opens with "Is" / "Zijn" and holds no participle asks a state or a view,
  which a step taken does not say (`nl.toml` ``[question] step_state_leads``; review56's low 2).
- An adverb of a participle's form ("voordien", "ondertussen") is no step taken (`nl.toml` ``[answer]
  participle_not``; review56's low 3).

The expected readings are the readers' label (the first) and `LABELS.md`'s (the closed question left
open where no sentence says yes or no), written out by hand."""

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit, uk_doc

RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")


def test_already_past_the_opening_is_a_step_not_the_yes():
    # dev-uk42 1842123 1: the record's question and answer as stored
    question = (
        "To ask the Secretary of State for Northern Ireland, with reference to paragraph 20 of the Explanatory "
        "Notes to the Northern Ireland Troubles Bill, whether the statutory advisory group that will provide an "
        "opportunity for the voices of victims and survivors of the Troubles to be heard will include alleged "
        "members of paramilitary organisations."
    )
    answer = (
        "The Northern Ireland Troubles Bill requires appointments to the Victims and Survivors Advisory Group to "
        "be made following consultation with relevant individuals, in order to inform the appointments process. "
        "I will publish details of who will be consulted. I have already committed to a publicly advertised "
        "application process for members of the Advisory Group."
    )
    flags = flags_by_unit(uk_doc(question, answer, doc_id=1842123), RULE_ONLY)["1"]
    assert "yes_no_unanswered" in flags


def test_already_in_the_opening_still_says_the_yes():
    # the guard: "has already been published" first is the yes to "if he will publish" it (dev-uk40 1725704 1,
    # answered, no flag)
    question = (
        "To ask the Secretary of State for Northern Ireland, if he will publish the letter from Sir Iain "
        "Livingstone on the discovery of new documents relevant to Operation Kenova."
    )
    answer = (
        "The letter addressed to me from Sir Iain Livingstone regarding the discovery of new documents relevant "
        "to Operation Kenova has already been published on the Operation Kenova website."
    )
    flags = flags_by_unit(uk_doc(question, answer, doc_id=1725704), RULE_ONLY)["1"]
    assert "yes_no_unanswered" not in flags


def _be(question: str, answer: str) -> list[str]:
    return flags_by_unit(be_doc(question, answer, doc_id="t55"), RULE_ONLY)["1"]


FILLER = "Ik dank u voor uw vraag. Het dossier volgt de gewone procedure. "


def test_a_view_asked_is_not_settled_by_a_step_taken():
    # "Zijn ... bruikbaar volgens u?" asks a view; "werden gebruikt" meets "bruikbaar" but says no view
    question = "Zijn de resultaten van deze studie over de alimentatie bruikbaar volgens u voor het beleid?"
    answer = FILLER + "De resultaten van de studie werden door de administratie gebruikt."
    assert "yes_no_unanswered" in _be(question, answer)


def test_an_adverb_of_a_participles_form_is_no_step():
    # "Voordien" meets "voordracht" past the prefix but is an adverb ("before that"): no step was said taken
    question = "Heeft u de voordracht van de kandidaat voor de raad van bestuur van de NMBS goedgekeurd?"
    answer = FILLER + "Voordien heeft de raad de kandidaat besproken."
    assert "yes_no_unanswered" in _be(question, answer)
