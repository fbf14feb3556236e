"""holding on two Dutch forms of deferral no cue read before (holding27): a matter still to be examined or
settled more closely ("nader onderzocht", "nog nader": "de concrete pistes en werkwijzen vallen dus nog nader
te bekijken"), and an examination asked of a body ("vragen * te onderzoeken", "gevraagd * te onderzoeken").
Real be-kamer answers from ../shared/data, shortened; expected flags written by hand from reading them."""

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def holding_of(question: str, answer: str) -> bool:
    (sp,) = score_document(be_doc(question, answer), SETTINGS)
    return any(f.name == "holding" for f in sp.flags)


def test_ways_still_to_be_looked_at_more_closely_are_holding():
    # be-kamer 190830 unit 1 (dev-be25, labelled holding): whether and how the barracks can pass to the fire
    # zone is left to ways still to be examined
    assert holding_of(
        "De regering heeft beslist om de kazerne van de Civiele Bescherming in Liedekerke te sluiten. Vanuit "
        "deze gemeente wordt nu de wens geopperd om deze kazerne in te kantelen in de brandweerzone. Acht u "
        "dergelijke optie mogelijk, en zo ja, hoe ziet u dat concreet? Zo neen, waarom niet?",
        "Wanneer de kazerne van Liedekerke niet langer wordt gebruikt door de Civiele Bescherming, liggen de "
        "uiteindelijke beslissing over en de afhandeling voor het terrein en de gebouwen bij de Regie der "
        "Gebouwen. Mogelijk bestaan er juridische opties om een bepaalde terbeschikkingstelling of overdracht "
        "uit te voeren, maar de concrete pistes en werkwijzen vallen dus nog nader te bekijken.",
    )


def test_a_possibility_left_to_a_closer_examination_is_holding():
    # be-kamer 184545 unit 1 (dev-be39, labelled holding; the question shortened): whether the years worked
    # can count is left to the administration's examination still to come
    assert holding_of(
        "Het criterium van de 45 gewerkte jaren laat toe om vroeger dan 65 jaar op pensioen te gaan. Bent u "
        "bereid om ook het aantal gewerkte jaren mee te nemen voor het gunstige belastingregime van de tweede "
        "pensioenpijler?",
        "De lengte van de loopbaan is hierbij nooit een criterium geweest. Aangezien de fiscale "
        "inkomensstatistieken geen gegevens bevatten over het aantal loopbaanjaren op individuele basis, is het "
        "momenteel technisch niet mogelijk om ook het aantal gewerkte jaren mee te nemen in de definitie van "
        "wettelijke pensioenleeftijd. Niettemin zal ik aan mijn administratie vragen om nader te onderzoeken of "
        "het in rekening brengen van het aantal gewerkte jaren haalbaar is.",
    )


def test_figures_given_with_a_past_zodra_are_no_deferral():
    # realistic: the figures asked are given; a past sentence of a procedure puts nothing off
    assert not holding_of(
        "Hoeveel aanvragen werden in 2016 ingediend?",
        "In 2016 werden 1.245 aanvragen ingediend. Zodra een aanvraag volledig was, werd ze binnen de maand "
        "behandeld.",
    )


def test_an_examination_asked_and_reported_is_no_deferral():
    # realistic: the administration was asked to examine the matter and its finding is given
    assert not holding_of(
        "Hoeveel dossiers werden in 2016 door de dienst geweigerd?",
        "Ik heb mijn administratie gevraagd dit te onderzoeken. Uit dat onderzoek blijkt dat in 2016 12 "
        "dossiers werden geweigerd.",
    )
