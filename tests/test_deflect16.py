"""deflection on answers the rules were not tuned on (helper deflect16, 2026-12-02): a remit named
in other words ("een lokale bevoegdheid", "een zaak is van", "is an independent organisation",
"queries ... should be directed to", "made locally by", "ultimately up to local authorities"), and
the minister's own remit ("de instellingen onder mijn bevoegdheid"), which hands nothing over."""

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit, flags_of, uk_doc

SETTINGS = Settings(rules=("deflection",), recycled_across_documents=False)


def be_flags(question: str, answer: str) -> dict[str, list[str]]:
    return flags_by_unit(be_doc(question, answer), SETTINGS)


def uk_flags(question: str, answer: str) -> list[str]:
    return flags_of(uk_doc(question, answer), SETTINGS)


def test_a_local_remit_with_the_verb_last_is_a_deflection():
    # be-kamer 187341 2 (dev-be19): the choice of the weapon is the local police zones' matter
    flags = be_flags(
        "Tasers.\n\n 1. Hoeveel politiezones doen er mee?2. Welk taserpistooltype werd voor de tests gekozen?",
        "1. Er zijn 14 betrokken zones. 2. De politieacademie heeft beslist om stroomstootwapens van het merk "
        "Taser type X2 aan te kopen. Ik wil er evenwel op wijzen dat de keuze van het type bewapening en de "
        "aankoop ervan een lokale bevoegdheid blijft en een zaak is van de lokale budgetten.",
    )
    assert flags["1"] == []
    assert flags["2"] == ["deflection"]


def test_a_matter_said_to_be_a_local_remit_is_a_deflection():
    # be-kamer 191261 5
    flags = be_flags(
        "GAS-boetes.\n\n 1. Zal u de gemeenten verplichten om deze boetes op te leggen?",
        "Uit het antwoord op vorige vraag blijkt duidelijk dat dit een lokale bevoegdheid is.",
    )
    assert flags["1"] == ["deflection"]


def test_the_ministers_own_remit_hands_nothing_over():
    # be-kamer 185331 1 (dev-be10): the cue classifier read a hand-over in this sentence
    flags = be_flags(
        "Brief van de eerste minister.\n\n 1. Werd de brief van de eerste minister aan de administraties bezorgd?",
        "De inhoud van de brief van de heer eerste minister werd aan de administraties gecommuniceerd en de "
        "instellingen onder mijn bevoegdheid.",
    )
    assert flags["1"] == []


def test_a_question_not_under_the_ministers_remit_is_still_a_deflection():
    # be-kamer 187507: "niet" denies the own remit
    flags = be_flags(
        "Zelfstandigen.\n\n 1. Hoeveel zelfstandigen gingen in 2016 failliet?",
        "Deze parlementaire vraag valt niet onder mijn bevoegdheden, maar behoort tot die van mijn collega, "
        "de heer Willy Borsus, minister van Middenstand.",
    )
    assert flags["1"] == ["deflection"]


def test_an_independent_organisation_is_a_deflection():
    # uk-commons 1731538 (dev-uk23)
    assert uk_flags(
        "To ask the Secretary of State for Health and Social Care, if he will make an assessment of the "
        "potential implications for his Department's policies of the report by the Kings Fund entitled Royal "
        "College of Physicians Independent learning review.",
        "<p>The Royal College of Physicians is an independent organisation, and they have responded to the "
        "review by The Kings Fund that they commissioned.</p>",
    ) == ["deflection"]


def test_queries_directed_to_another_body_are_a_deflection():
    # uk-commons 1919168 (dev-uk19)
    assert uk_flags(
        "To ask the Secretary of State for Transport, how much funding has been allocated to progress the "
        "Liverpool Street Station redevelopment scheme; and if she will set out who is funding that work.",
        "<p>The Liverpool Street Redevelopment scheme is being promoted by Platform 4 on a commercial basis. "
        "Any specific queries regarding this scheme should be directed to Platform 4.</p>",
    ) == ["deflection"]


def test_complaints_directed_to_a_hospital_are_no_deflection():
    # uk-commons 1702262: it tells how complaints go, beside the answer that none were received
    assert (
        uk_flags(
            "To ask the Secretary of State for Health and Social Care, how many complaints NHS England have "
            "received relating to the adequacy of bowel care in the last 12 months.",
            "<p>NHS England has not received any direct complaints relating to the adequacy of bowel care in the "
            "last 12 months. Complaints about clinical care should be directed to the hospital providing the care, "
            "which would be able to conduct the necessary investigations.</p>",
        )
        == []
    )


def test_decisions_made_locally_and_choices_up_to_local_authorities_are_a_deflection():
    # uk-commons 1918648 (dev-uk20) and 1804321 (dev-uk23)
    assert uk_flags(
        "To ask the Secretary of State for Health and Social Care, what steps he is taking to ensure that the "
        "move to sustainable contracting supports the cost of hospice delivery.",
        "<p>This approach is intended to support the long-term sustainability of the sector. Decisions on "
        "funding and service design will continue to be made locally by ICBs, in line with their statutory "
        "responsibilities.</p>",
    ) == ["deflection"]
    assert uk_flags(
        "To ask the Secretary of State for Education, whether she plans to increase the number of core SEND units.",
        "<p>The department has published allocations for £740 million high needs capital funding. Local "
        "authorities are free to choose to spend this across the 0-25 age range and it is ultimately up to "
        "local authorities to determine how to best prioritise their funding.</p>",
    ) == ["deflection"]


def test_sentencing_in_individual_cases_left_to_the_judiciary_is_no_deflection():
    # uk-commons 1873459 (dev-uk20): a remark after the figures asked, which its readers do not flag
    assert (
        uk_flags(
            "To ask the Secretary of State for Justice, how many people were convicted or cautioned for an "
            "indictable offence and did not receive an immediate custodial sentence in each of the past 5 years.",
            "<p>The information requested is provided in the attached excel table.</p><p>Sentencing in individual "
            "cases is a matter for the independent judiciary. When deciding what sentence to impose, courts must "
            "consider the circumstances of the case.</p>",
        )
        == []
    )


def test_a_bill_that_falls_to_the_members_of_parliament_is_a_deflection():
    # be-kamer 188824 3: the member's question on a bill falls to the members of parliament
    flags = be_flags(
        "Wetsvoorstel.\n\n 1. Vallen de ziekenhuizen onder deze instellingen?2. Staat u achter het vermelde wetsvoorstel?",
        "1. Neen, de ziekenhuizen vallen er niet onder. 2. Aangezien het een wetsvoorstel betreft, komt het toe "
        "aan de volksvertegenwoordigers om zich uit te spreken, en niet zozeer aan de regering.",
    )
    assert flags["1"] == []
    assert flags["2"] == ["deflection"]
