"""holding on two Dutch forms of the asked matter put off (holding16): waiting for an advice or a proposal
before answering ("We wachten het advies af", "Momenteel wacht ik het voorstel voor 2017 af") and no
position taken yet ("kunnen we hierover nog geen standpunt innemen"); and what they leave alone ("Het valt
af te wachten of ...", what remains to be seen about others; "In plaats van meldingen af te wachten", a way
of working). Real be-kamer answers from ../shared/data, shortened; expected flags written by hand from
reading them."""

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def holding_of(question: str, answer: str) -> bool:
    (sp,) = score_document(be_doc(question, answer), SETTINGS)
    return any(f.name == "holding" for f in sp.flags)


def test_waiting_for_the_advice_asked_about_is_holding():
    # be-kamer 186862 unit 2 (dev-be15, shortened): the Council of State's advice asked for is awaited
    assert holding_of(
        "Is het advies van de RvS voorhanden over het ontwerp koninklijk besluit? Indien ja, wat is het advies van "
        "de RvS op het vlak van de bevoegdheidsinvulling?",
        "De adviesaanvraag aan de Raad van State is gebeurd. We wachten het advies af.",
    )


def test_waiting_for_the_proposal_before_the_list_is_holding():
    # be-kamer 192487 (shortened): the list asked for is made anew each year; this year's awaits a proposal
    assert holding_of(
        "Hoeveel organisaties, per categorie, staan momenteel op deze lijst?",
        "De nieuwste versie van de lijst werd in augustus 2016 goedgekeurd. Momenteel wacht ik het voorstel voor "
        "2017 af.",
    )


def test_no_position_taken_yet_is_holding():
    # be-kamer 184543 unit 1 (dev-be15, shortened): the Belgian position asked for is not yet taken
    assert holding_of(
        "Kan u verklaren wat het Belgische standpunt is inzake de CCCTB?",
        "Zoals tal van andere lidstaten kunnen we hierover nog geen standpunt innemen zonder eerst grondig "
        "onderzoek te doen naar de impact van dit voorstel.",
    )


def test_what_remains_to_be_seen_about_others_is_no_deferral():
    # be-kamer 189495 unit 2 (reference-dev, shortened): "Het valt af te wachten of" says what remains to be
    # seen in another country; nothing asked is put off ("af te wachten" alone is no cue)
    assert not holding_of(
        "Hoe zijn onze betrekkingen met Oezbekistan geevolueerd?",
        "Het economisch verkeer tussen beide landen werd geintensiveerd. Het valt af te wachten of deze positieve "
        "tekenen worden gevolgd door structurele maatregelen die een verandering voor de bevolking inhouden.",
    )


def test_acting_instead_of_waiting_for_reports_is_no_deferral():
    # be-kamer 187032 unit 3 (shortened): "In plaats van meldingen af te wachten" tells how the inspection
    # worked; nothing asked is waited for
    assert not holding_of(
        "Welke maatregelen heeft u genomen tegen het kapen van domeinnamen?",
        "Er werd door de Economische Inspectie hoofdzakelijk proactief opgetreden. In plaats van meldingen af te "
        "wachten over .be- en .eu-domeinnamen, werden namaaksites op deze domeinen actief opgespoord.",
    )
