"""holding on three more Dutch forms of the asked matter still to be examined or settled (holding18): a matter
"ter studie", an evaluation still to come of an open question ("zal geevalueerd worden of ..."), a point to be
taken up in talks still to come ("zal zeker worden meegenomen in de besprekingen"); English consultation
responses still being analysed; an evaluation that describes a standing plan ("zal regelmatig geevalueerd
worden"), which puts nothing off; and a plain not yet of a decision to a question whether it was taken yet, which
is the answer, unlike a study not yet finished or a not yet beside a revision still to come.
Real be-kamer and uk-commons answers from ../shared/data, shortened; expected flags written by hand from reading
them."""

from qa_align.settings import Settings

from .conftest import be_doc, flagged, uk_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def holding_of(question: str, answer: str) -> bool:
    return flagged(be_doc(question, answer), "holding", SETTINGS)


def uk_holding_of(question: str, answer: str) -> bool:
    return flagged(uk_doc(question, answer), "holding", SETTINGS)


def test_a_matter_under_study_is_holding():
    # be-kamer 190871 unit 1 (no labelled set, shortened): whether Elsenborn's tasks go to a private partner is
    # still being studied by the Defence staff
    assert holding_of(
        "Kunt u bevestigen dat Defensie in Elsenborn taken zal uitbesteden? Zo ja, waarin voorziet het "
        "Defensieplan voor de militairen in de kazerne van Elsenborn wier taken zouden worden uitbesteed?",
        "Dit is ook van toepassing voor de kampen van Defensie. Men denkt er inderdaad aan om met het kamp "
        "Elsenborn te beginnen. Dit is ter studie bij de Defensiestaf.",
    )


def test_an_evaluation_still_to_come_of_whether_more_is_needed_is_holding():
    # be-kamer 184729 unit 2 (no labelled set of units, shortened): when the database could be adapted is left to
    # an evaluation still to come
    assert holding_of(
        "Op welke termijn zou een aanpassing van de databank mogelijk zijn, zoals beschreven in de vorige vraag?",
        "De activiteit van traiteur of eetgelegenheid, en de risico's gelinkt aan deze activiteit blijven dezelfde. "
        "In functie van de toekomstige uitvoeringsmodaliteiten van bovenvermelde wet zal geevalueerd worden of "
        "verdere aanpassingen noodzakelijk zijn.",
    )


def test_a_point_to_be_taken_up_in_talks_still_to_come_is_holding():
    # be-kamer 185803 unit 3 (dev-be13, shortened): whether an independent body checks the algorithms is left to
    # the talks still to come
    assert holding_of(
        "Zou men er niet op moeten toezien dat de broncodes van die algoritmes voor de ingebruikname van de "
        "zelfrijdende auto verplicht worden nagekeken door een onafhankelijk orgaan?",
        "Over de principes zal overeenstemming moeten worden bereikt met de overheden en het is inderdaad een "
        "mogelijkheid om ze te laten nakijken door een gespecialiseerde instantie. Dit element zal zeker worden "
        "meegenomen in de besprekingen binnen de hogervermelde organen.",
    )


def test_an_evaluation_that_describes_a_standing_plan_is_no_deferral():
    # be-kamer 187986 unit 4 (no labelled set, shortened): the recommendations were signed and will be evaluated
    # regularly, a plan described; nothing asked is put off
    assert not holding_of(
        "Welke bijkomende maatregelen zal u nemen om VW en D'Ieteren aan te zetten om hun klanten hun wagen te "
        "laten binnen brengen?",
        "Die aanbevelingen werden ondertekend op 13 januari 2017, ter gelegenheid van de opening van het 95ste "
        "autosalon. De toepassing van deze aanbevelingen zal regelmatig geevalueerd worden.",
    )


def test_consultation_responses_still_being_analysed_are_holding():
    # uk-commons 1854626 (no labelled set, shortened): guidance on furnished homes waits on the analysis of the
    # consultation responses
    assert uk_holding_of(
        "To ask the Secretary of State for Housing, Communities and Local Government, whether he will encourage "
        "local authorities to utilise furnished tenancies in their social housing stock to provide a safe and "
        "stable environment for those who are leaving homelessness.",
        "We consulted earlier this year on a reformed Decent Homes Standard for the social and private rented "
        "sectors. It proposed that the Government develop best practice guidance for all landlords including "
        "providing information about where tenants in need can access help on furniture provision. The "
        "consultation has now closed, and responses are being analysed.",
    )


def test_a_plain_not_yet_to_a_question_whether_it_was_decided_yet_is_no_deferral():
    # be-kamer 192083 unit 1 (reference-dev): "no decision yet" is itself the answer to "was a decision taken
    # yet?"; nothing is put off
    assert not holding_of(
        "Werd er al een definitieve beslissing genomen over de verhuizing van het Wetenschappelijk Instituut "
        "Volksgezondheid? Wat is het tijdpad voor de overbrenging van de activiteiten?",
        "Er werd tot op de dag van vandaag nog geen beslissing genomen omtrent de verhuis. Het einde van de werken "
        "op de nieuwe site van Anderlecht - Erasmus Zuid wordt geschat op midden 2022 (zonder onvoorziene "
        "omstandigheden).",
    )


def test_a_not_yet_beside_a_revision_still_to_come_is_holding():
    # be-kamer 192083 unit 2 (reference-dev, shortened): no decision yet on the price, and the estimates are to
    # be revised later: the value asked is put off
    assert holding_of(
        "Wat is de regering van plan met de site in Ukkel? Zal de site worden verkocht? Zo ja, wat is het "
        "tijdpad? Is er al een raming van de waarde van het terrein?",
        "De site te Ukkel zal op termijn dus verkocht worden. Gelet op timing van de werken uit te voeren op de "
        "site Erasmus, is er in dit stadium nog geen beslissing over het bedrag van de verkoop, noch over het "
        "proces. De schattingen in de nota aan de Ministerraad van 4 april 2014 zijn niet meer relevant en zullen "
        "te gepasten tijde herzien worden.",
    )


def test_a_study_not_yet_finished_to_a_question_whether_it_was_done_yet_is_holding():
    # be-kamer 184562 unit 2 (no labelled set, shortened): the study asked about is still running, its conclusions
    # are still to come
    assert holding_of(
        "Heeft u al een onderzoek gedaan naar de toepassingsproblemen van de fiscale 80 %-regel, zoals ook werd "
        "aangekondigd in uw beleidsnota van 12 november 2015? Indien ja, wat zijn de conclusies en welke "
        "maatregelen worden hier vooropgesteld?",
        "Het onderzoek naar de problemen bij de toepassing van de 80 %-regel is nog niet afgerond. Bij elke "
        "denkoefening rond de 80 %-regel moet nu ook rekening worden gehouden met de nieuwe tweedepijlerstelsels "
        "die de regering wil invoeren voor zelfstandigen zonder vennootschap en werknemers.",
    )
