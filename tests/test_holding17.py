"""holding on four more Dutch forms of the asked matter put off (holding17): waiting on results ("wachten wij op
de resultaten van de werken die nu lopen voordat wij met deze studie van start gaan"), work and studies awaited
("worden afgewacht om te oordelen of ..."), the matter being examined by whoever says it ("Wij onderzoeken
momenteel nog in welke mate ..."), details still to be fixed ("moeten nog worden bepaald", "ligt nog niet definitief vast"); and a deferral word in a sentence
of standing practice ("wordt regelmatig overleg ingepland ... over lopende dossiers", "zullen blijven
informeren"), which defers nothing.
Real be-kamer answers from ../shared/data, shortened; expected flags written by hand from reading them."""

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def holding_of(question: str, answer: str) -> bool:
    (sp,) = score_document(be_doc(question, answer), SETTINGS)
    return any(f.name == "holding" for f in sp.flags)


def test_waiting_on_the_results_before_the_study_is_holding():
    # be-kamer 186354 unit 1 (dev-be18, shortened): the labels study is put off until running work ends
    assert holding_of(
        "De auteurs pleiten voor een etikettering van de producten in functie van het risico dat ze inhouden voor "
        "de biodiversiteit. Welke politieke analyse verbindt u aan die studie en aan dat voorstel?",
        "De studie waarvan u gewag maakt, past helemaal in deze aanpak. Inderdaad, ik wens een studie te laten "
        "uitvoeren van de internationale labels om na te gaan of ze rekening houden met de biodiversiteit. Om "
        "dubbel werk te vermijden en complementariteit te verzekeren, wachten wij op de resultaten van de werken "
        "die nu lopen voordat wij met deze studie van start gaan.",
    )


def test_work_and_studies_awaited_before_judging_is_holding():
    # be-kamer 187327 unit 4 (dev-be15, shortened): further initiatives wait on a working group and studies
    assert holding_of(
        "Welke initiatieven heeft u genomen om deze beweringen uit te klaren en scherp te stellen?",
        "Binnen de FOD Justitie werd een werkgroep Familierechtbank opgericht. De werkzaamheden van deze "
        "werkgroep en enkele studies worden afgewacht om te oordelen of er al dan niet verdere wetgevende "
        "initiatieven kunnen worden genomen.",
    )


def test_the_asked_matter_examined_by_those_who_answer_is_holding():
    # be-kamer 187257 unit 6 (no labelled set, shortened): the amount asked hangs on whether the state is bound,
    # which is still being examined
    assert holding_of(
        "Welk bedrag zou in voorkomend geval ten laste zijn van de federale Staat? Op welk jaar en op welke "
        "begroting zou die betaling worden geboekt?",
        "Er werd tot nu toe geen enkele politieke beslissing genomen. Wij onderzoeken momenteel nog in welke mate "
        "de federale overheden door deze verbintenis gebonden zijn.",
    )


def test_details_still_to_be_fixed_are_holding():
    # be-kamer 189624 unit 4 (dev-be18): the support asked about is still being examined, its details open
    assert holding_of(
        "In welke mate zal u rekening kunnen houden met de aanbevelingen van de Vrouwenraad? Welke bijkomende "
        "maatregelen kunnen er voor die doelgroep op het vlak van huisvesting en werkgelegenheid genomen worden?",
        "Ik zal me onder meer laten inspireren door het Kortrijkse project Brugfiguren. De bijzonderheden van een "
        "dergelijke ondersteuning moeten nog worden bepaald.",
    )


def test_a_budget_not_yet_fixed_is_holding():
    # be-kamer 191602 unit 1 (no labelled set, shortened): the budget asked is not yet definitively fixed
    assert holding_of(
        "Wat zijn de budgettaire enveloppen om dat initiatief te ondersteunen?",
        "Het budget dat hiervoor vanuit FOD Binnenlandse Zaken wordt voorzien ligt nog niet definitief vast.",
    )


def test_regular_consultation_on_running_files_is_no_deferral():
    # be-kamer 185329 unit 2 (dev-be17, shortened): how files are handled, a standing practice; nothing asked is
    # put off
    assert not holding_of(
        "Welke dossiers werden in dat verband in de tweede jaarhelft van 2016 door de administraties onder uw "
        "gezag onder uw aandacht gebracht?",
        "De principebeslissingen worden altijd voorgelegd aan de betrokken verantwoordelijke die, op zijn beurt, "
        "mij informeert. Bovendien wordt regelmatig overleg ingepland tussen de verantwoordelijke en het kabinet "
        "over lopende dossiers.",
    )


def test_ministers_going_on_informing_each_other_puts_off_no_time():
    # be-kamer 188826 unit 2 (dev-be13): "zullen blijven informeren" is what goes on; the when is answered by the
    # discussion being closed for this legislature
    assert not holding_of(
        "Wanneer zal het nationale alcoholplan handen en voeten krijgen?",
        "Op de laatste Thematische Vergadering Drugs van de IMC Volksgezondheid is afgesproken dat de Ministers "
        "elkaar actief zullen blijven informeren over de acties die zij nemen. De discussie over een alcoholplan "
        "tijdens deze legislatuur is afgesloten.",
    )
