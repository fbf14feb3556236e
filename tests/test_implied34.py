"""A plain Dutch answer (no deferral, hand-over, pointer, missing data or policy talk in any sentence) whose
first or second statement holds two of the words the closed question asks, and no modal or future verb of
`[answer] plain_statement_modals`, states the matter asked in the indicative; the yes or no follows from it,
as the readers read it (helper implied34, `answers._states_plainly_of`). A statement of what must, can or
will be is no such statement, and English has no such list (there such statements stand beside right flags
four times in five over the development sets).

Real text, the record named at each test; the expected readings written out from reading them."""

import pytest

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit, uk_doc

RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")

# (question, answer, whether the yes or no stays open), each from reading the record
CASES = {
    # be-kamer 192741 unit 1 (dev-be21): "is zeer eenvoudig" is the no to "complex" (the readers: answered)
    "a state denied in other words": (
        "Bent u zich ervan bewust dat de aanvraag van federale doelgroepverminderingen complex is?",
        "De aanvraag van federale doelgroepverminderingen bij de Rijksdienst voor Sociale Zekerheid (RSZ) is "
        "zeer eenvoudig. Er is geen aparte procedure. De rechthebbende werkgever of zijn mandataris (erkend "
        "sociaal secretariaat of sociale dienstverrichter) dient enkel de verminderingscodes in te vullen in de "
        "driemaandelijkse multifunctionele aangifte (DmfA).",
        False,
    ),
    # be-kamer 185666 unit 3 (dev-be29): the agreements asked, concluded in 2015 (answered)
    "the act asked stated as done": (
        "Hebt u bilaterale overeenkomsten op het nationale niveau gesloten om de migratiestroom naar Belgie te "
        "reguleren?",
        "In 2015 heb ik bilaterale samenwerkingsovereenkomsten gesloten met Nigeria, Rwanda en Togo. In 2016 werd "
        "met succes opnieuw onderhandeld over een bestaand onderhandelingsprotocol met Guinee. Een overeenkomst is "
        "ondertekend met Marokko over samenwerking op het gebied van veiligheid, inclusief samenwerking inzake "
        "vingerafdrukidentificatie van illegaal verblijvende personen. Met Somalie is een samenwerkingsovereenkomst "
        "over de terugkeer van illegalen ondertekend. Op 1 februari 2017 is een samenwerkingsovereenkomst inzake "
        "migratie ondertekend met Kameroen, en in april werd een intentieverklaring ondertekend met de regeringen "
        "in Bagdad en Erbil. Onderhandelingen met Algerije, Ivoorkust en Senegal zijn aan de gang.",
        False,
    ),
    # be-kamer 186268 unit 3 (dev-be12): who must meet before the mandate ends says nothing of whether the
    # procedure has started (the readers: yes_no_unanswered); "moeten" keeps the statement from settling it
    "what must be done": (
        "Werd de procedure voor de vervanging van de heer Dewatripont reeds gestart?",
        "Overeenkomstig artikel 23.2 van de organieke wet van de Nationale Bank van Belgie worden de leden van "
        "het directiecomite van de Nationale Bank door de Koning benoemd op de voordracht van de Regentenraad "
        "van de Nationale Bank. Deze Regentenraad formuleert haar voorstel op basis van een advies van het "
        "benoemings- en remuneratiecomite van de Nationale Bank. Het zijn dus de bevoegde organen daarvan die "
        "moeten bijeenkomen om de nodige adviezen te formuleren voordat het mandaat van de heer Dewatripont op "
        "17 mei 2017 afloopt.",
        True,
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_plain_statement(case):
    question, answer, left_open = CASES[case]
    flagged = "yes_no_unanswered" in flags_by_unit(be_doc(question, answer), RULE_ONLY)["1"]
    assert flagged is left_open


def test_english_plain_statement_is_not_read_so():
    # uk-commons 1830343 (dev-uk52): the schemes' role stated, no assessment of the regime (the readers:
    # yes_no_unanswered); two asked words in a plain statement settle nothing in English
    question = (
        "To ask the Secretary of State for Housing, Communities and Local Government, if she will make an "
        "assessment of the adequacy of the licensing regime for Houses in multiple occupation in (a) identifying "
        "and (b) addressing potential conflicts of interest involving public contract holders."
    )
    answer = (
        "It is important that private rented properties are safe, well-maintained, and properly managed. Houses "
        "in Multiple Occupation (HMO) licensing schemes play a crucial role in achieving this. Local authorities "
        "have robust powers to ensure landlords of HMOs comply with all relevant regulations."
    )
    assert "yes_no_unanswered" in flags_by_unit(uk_doc(question, answer), RULE_ONLY)["1"]
