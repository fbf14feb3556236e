"""holding on two Dutch forms of the asked matter put off (holding15): a decision or analysis that can
come only after something still to come ("kunnen pas vastgelegd worden in functie van de
regeringsbeslissing", "kan pas binnen enkele maanden geanalyseerd worden"), and "te voorbarig", the
sibling of "te vroeg om"; and what they leave alone ("de pas geboren kinderen ... bepaald"). Real
be-kamer answers from ../shared/data outside the labelled sets, shortened; expected flags written by hand
from reading them."""

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def holding_of(question: str, answer: str) -> bool:
    (sp,) = score_document(be_doc(question, answer), SETTINGS)
    return any(f.name == "holding" for f in sp.flags)


def test_an_effect_that_can_be_analysed_only_in_some_months_is_holding():
    # be-kamer 189373 unit 3 (shortened): the total effect on the patient's bill asked is put off
    assert holding_of(
        "Kan u uit het voorschriftgedrag of de verkoopcijfers opmaken wat het totaaleffect is op de factuur van de "
        "patient?",
        "Het is zeker niet de bedoeling om de factuur van deze besparingsmaatregelen af te wentelen op de patienten. "
        "Het uiteindelijk effect op de patientenfactuur kan uiteraard pas binnen enkele maanden geanalyseerd worden "
        "en is bovendien ook afhankelijk van de vrijwillige prijsdalingen die voorgesteld zullen worden.",
    )


def test_a_list_fixed_only_after_a_harmonisation_is_holding():
    # be-kamer 193067 unit 2 (shortened): which platforms, hence the money asked, waits for the plans
    assert holding_of(
        "Hoeveel geld is er nodig voor de verhoging van de perrons in alle Vlaamse stations?",
        "De lijst met de perrons die in de komende jaren zullen worden verhoogd, zal pas worden vastgelegd na de "
        "harmonisatie van de meerjareninvesteringsplannen van de twee bedrijven.",
    )


def test_costs_too_early_to_give_are_holding():
    # be-kamer 189956 unit 2 (shortened): the costs asked are not given until the invoices are in
    assert holding_of(
        "Hoeveel kosten dergelijke uitzettingen en wat zijn de voornaamste bestemmingen?",
        "Het is nog te voorbarig de kosten van de verwijderingen nu reeds mee te delen aangezien nog niet alle "
        "facturen ontvangen werden. Dit is de top 20 van de bestemming naar waar verwijderd werd.",
    )


def test_newborn_children_named_by_the_old_rules_is_no_deferral():
    # be-kamer 187541 (shortened): "pas geboren" is "newborn", and "bepaald door de vroegere bepalingen" a
    # rule in force: nothing is put off ("pas * bepaald" is not a cue)
    assert not holding_of(
        "Hoeveel keer werd in 2016 gebruik gemaakt van de mogelijkheid om aan pasgeboren kinderen de familienaam "
        "van de moeder te geven?",
        "Indien er reeds eerder andere kinderen uit dezelfde moeder en vader geboren zijn, wordt de naam van de pas "
        "geboren kinderen of geadopteerde kinderen bepaald door de vroegere bepalingen van het Burgerlijk Wetboek.",
    )
