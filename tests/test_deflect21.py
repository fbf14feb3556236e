"""deflection in competence statements no entry reached before (helper deflect21, 2026-12-04): the member
sent on in the passive ("wordt doorverwezen naar de minister van Binnenlandse Zaken") or in person ("kunt u
zich wenden tot"), the matter under another's responsibility ("valt onder de verantwoordelijkheid van
justitie"), the level competent with the verb first ("zijn echter de gewesten bevoegd"); in English
independence with the article ("independent of the Government"), concerns sent to a body ("should be raised
with"), the decision left to a body with its verb ("are for regional leaders to take") and data held by
another ("should be held locally by councils")."""

from .test_deflect16 import be_flags, uk_flags


def test_the_member_sent_on_to_another_minister_in_the_passive_is_a_deflection():
    # be-kamer 189902 (dev-be35): the split by origin asked is sent to the minister of the Interior
    flags = be_flags(
        "Nationaliteitsverwervingen.\n\n 1. Hoeveel vreemdelingen verwierven de Belgische nationaliteit, "
        "volgens hun land van herkomst?",
        "Voor de indeling van nationaliteitsverwervingen naar andere parameters dan in functie van de aard van de "
        "procedure, zoals de nationaliteit van afkomst, wordt doorverwezen naar de minister van Binnenlandse "
        "Zaken, onder wiens bevoegdheid het beheer van het rijksregister valt.",
    )
    assert "deflection" in flags["1"]


def test_the_member_told_to_turn_to_the_initiators_is_a_deflection():
    # be-kamer 193228 1 (dev-be32): the visitor count asked is for Test-Aankoop or Google to give
    flags = be_flags(
        "Website.\n\n 1. Hoeveel bezoekers telde de website sinds de lancering?",
        "De website is heel didactisch opgevat. Voor cijfers over het aantal bezoekers en de kostprijs van het "
        "onderhoud kunt u zich wenden tot Test-Aankoop of Google.",
    )
    assert "deflection" in flags["1"]


def test_punishment_under_the_responsibility_of_justice_is_a_deflection():
    # be-kamer 188408 3 (dev-be13, relabelled readings23): the punishment asked about is Justice's matter
    flags = be_flags(
        "Kinderpornografie.\n\n 1. Hoe werkt de politie samen om de daders op te sporen en te bestraffen?",
        "De afdeling Child Abuse wordt in kennis gesteld via ICSE. De bestraffing van de daders van seksueel "
        "misbruik van minderjarigen valt onder de verantwoordelijkheid van justitie.",
    )
    assert "deflection" in flags["1"]


def test_the_regions_competent_with_the_verb_first_is_a_deflection():
    # be-kamer 186586 4 (dev-be14, relabelled readings23): building the carpool lanes is the regions' part
    flags = be_flags(
        "Carpooling.\n\n 1. Welke maatregelen neemt u om carpoolstroken in te voeren?",
        "Het verkeersbord C5 met de vermelding 'Uitgezonderd 2+ of 3+' werd ingevoerd. Voor de concrete aanleg "
        "van deze voor carpooling voorbehouden rijstroken zijn echter de gewesten bevoegd.",
    )
    assert "deflection" in flags["1"]


def test_an_own_responsibility_described_is_no_deflection():
    # the words of the new entries about the minister's own part hand nothing over
    flags = be_flags(
        "Controles.\n\n 1. Hoeveel controles werden er in 2016 uitgevoerd?",
        "In 2016 werden er 125 controles uitgevoerd door mijn administratie. Die controles vallen onder mijn "
        "bevoegdheid en worden jaarlijks geevalueerd.",
    )
    assert "deflection" not in flags["1"]


def test_decisions_for_regional_leaders_to_take_is_a_deflection():
    # uk-commons 1881366 (dev-uk34): funding for specific organisations is left to regional leaders
    flags = uk_flags(
        "To ask the Secretary of State for Housing, Communities and Local Government, what assessment she has "
        "made of the impact of the Local Growth Fund on the capacity of the voluntary sector.",
        "We acknowledge the pressures facing the voluntary and community sectors. Decisions about funding for "
        "specific organisations and interventions are for regional leaders to take in line with their local "
        "priorities.",
    )
    assert "deflection" in flags


def test_decisions_made_independent_of_the_government_is_a_deflection():
    # uk-commons 1902297 (dev-uk4): the BBC's savings are its own decisions
    flags = uk_flags(
        "To ask the Secretary of State for Culture, Media and Sport, what discussions she has had with the BBC "
        "on the proposed job losses at BBC Scotland.",
        "The BBC is a vital national institution. The BBC is delivering significant savings, which requires "
        "difficult decisions to be made independent of the Government.",
    )
    assert "deflection" in flags


def test_a_dispute_to_be_raised_with_acas_is_a_deflection():
    # uk-commons 1847214 (dev-uk13): disputes of locum pharmacists are sent to ACAS
    flags = uk_flags(
        "To ask the Secretary of State for Health and Social Care, what steps he is taking to support locum "
        "pharmacists who lost income.",
        "Any dispute between staff or employed locum pharmacists and a pharmacy business should be raised with "
        "the Advisory, Conciliation, and Arbitration Service which has powers to provide arbitration and binding "
        "decisions in such matters.",
    )
    assert "deflection" in flags


def test_the_reason_for_a_decision_is_no_deflection():
    # "is for" with no body and verb after it names no one the matter is left to
    flags = uk_flags(
        "To ask the Secretary of State for Education, how much funding has been allocated to breakfast clubs "
        "in 2025-26.",
        "The Department has allocated £80 million to breakfast clubs in 2025-26. This funding is for schools "
        "in the early adopter scheme.",
    )
    assert "deflection" not in flags
