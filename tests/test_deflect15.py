"""deflection on Belgian answers (helper deflect15, 2026-12-02): a pointer to another minister's
answer is ``cross_reference`` and not ``deflection`` unless its sentence names a remit
(``corpus/gold/README.md``, reading 6); the member sent on to a minister by name is ``deflection``."""

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc

RULES = ("cross_reference", "deflection")


def flags_of(question: str, answer: str, cue_model: str = "learned") -> dict[str, list[str]]:
    settings = Settings(rules=RULES, recycled_across_documents=False, cue_model=cue_model)
    return {
        sp.pair.question.n: sorted({f.name for f in sp.flags})
        for sp in score_document(be_doc(question, answer), settings)
    }


def test_a_pointer_to_another_ministers_answer_is_no_deflection():
    # be-kamer 186107 (dev-be12): the cue classifier reads a hand-over (0.97) in a sentence that
    # names another minister's answer and no remit
    flags = flags_of(
        "Drones.\n\n 1. Op welke manier worden de evoluties inzake drones binnen uw beleidsdomein opgevolgd?",
        "Ik verwijs naar het antwoord van de minister van Mobiliteit, aan wie de vraag eveneens werd gesteld "
        "(Zie vraag nr. 2114 van 2 februari 2017).",
    )
    assert flags["1"] == ["cross_reference"]


def test_an_answer_still_to_be_given_by_another_minister_is_no_deflection():
    # be-kamer 185867: "Er wordt verwezen naar het antwoord dat zal worden gegeven door de eerste minister"
    flags = flags_of(
        "Ambtenaren.\n\n 1. Wat is de taak van deze ambtenaren?",
        "Er wordt verwezen naar het antwoord dat zal worden gegeven door de eerste minister, aan wie het "
        "geachte lid deze vraag eveneens heeft gesteld (vraag nr. 206 van 30 januari 2017).",
    )
    assert "deflection" not in flags["1"]


def test_the_lexicons_colleague_phrase_before_an_answer_is_a_pointer():
    # be-kamer 189024: "verwijs * naar * collega" of the lexicon, in a sentence naming the colleague's answer
    flags = flags_of(
        "Open data.\n\n 1. Welke initiatieven neemt u inzake open data?",
        "Wat betreft de FOD Economie, K.M.O., Middenstand en Energie verwijs ik u naar het antwoord van mijn "
        "collega, de Minister van Economie, op de vraag nr 1397.",
        cue_model="lexicon",
    )
    assert "deflection" not in flags["1"]


def test_a_pointer_that_names_the_other_ministers_remit_is_a_deflection_too():
    # be-kamer 188481: the remit is named ("onder de bevoegdheid valt") beside the pointer to the answer
    flags = flags_of(
        "Boekhouders.\n\n 1. Hoeveel controles zijn er al geweest bij erkende boekhouders?",
        "Aangezien het Beroepsinstituut van erkende boekhouders en fiscalisten onder de bevoegdheid valt van de "
        "minister van Middenstand, verwijs ik naar het antwoord van 7 april 2017 van mijn collega, minister "
        "Borsus op de vraag nr. 702 van 22 maart 2017.",
    )
    assert flags["1"] == ["cross_reference", "deflection"]


def test_the_member_sent_on_to_a_minister_by_name_is_a_deflection():
    # be-kamer 186008 answer 6: no remit word, no text: the member is sent on to the minister
    flags = flags_of(
        "Antibiotica.\n\n 1. Hoeveel antibiotica worden precies gebruikt per maand?",
        "Aangezien het Federaal agentschap voor geneesmiddelen en gezondheidsproducten de beheerder is van de "
        "databank SANITEL-MED, verwijs ik het geachte lid door naar de minister van Volksgezondheid.",
        cue_model="lexicon",
    )
    assert flags["1"] == ["deflection"]


def test_a_hand_over_of_his_question_as_a_whole_concerns_every_unit():
    # be-kamer 191521 (dev-be10): one unnumbered answer to five questions; "zijn vraag" stands as the
    # eighth word, and the sentence shares words with one question alone (Binnenlandse Zaken)
    flags = flags_of(
        "Authenticiteit.\n\n 1. Welke richtlijnen gelden voor de authenticiteit van documenten?\n\n"
        " 2. Zou die taak ook niet via de minister van Binnenlandse Zaken kunnen gaan?",
        "Ik informeer het geachte lid dat zijn vraag onder de bevoegdheid valt van de vice-eersteminister en "
        "minister van Binnenlandse Zaken, de heer Jan Jambon (Vraag nr. 2324 van 29 juni 2017).",
    )
    assert "deflection" in flags["1"] and "deflection" in flags["2"]
