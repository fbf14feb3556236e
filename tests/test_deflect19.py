"""deflection in words no entry reached before (helper deflect19, 2026-12-03): the level named with an
adverb ("Health is predominately devolved"), the body's own choice in other words ("it is ultimately for
them to allocate ...", "it is for them to decide when and how they use the powers"), a commercial matter
for a company ("decisions on opening and closing branches are a commercial issue for banks"), and the
member asked to put the question to another with the verb last ("Ik verzoek u om uw vraag aan mijn
collega van Financien te stellen")."""

from .test_deflect16 import be_flags, uk_flags


def test_health_said_to_be_predominately_devolved_is_a_deflection():
    # uk-commons 1883284 (dev-uk30): whether Welsh patients can use the fund is left to the devolved
    # administrations, whose budgets it is "ultimately for them" to allocate
    flags = uk_flags(
        "To ask the Secretary of State for Health and Social Care, whether travel fund for children and young "
        "people included in the National Cancer Plan for England will be available to any young cancer patients "
        "in Wales, in particular those who receive their cancer treatment in hospitals in England.",
        "Health is predominately devolved. Devolved administrations receive funding through the Barnett Formula, "
        "and it is ultimately for them to allocate, prioritise, and manage their budgets.",
    )
    assert "deflection" in flags


def test_branch_closures_said_to_be_a_commercial_issue_for_banks_is_a_deflection():
    # uk-commons 1655903 (dev-uk30): the access to banking asked about is placed with the banks
    flags = uk_flags(
        "To ask the Chancellor of the Exchequer, what steps he is taking to ensure adequate access to banking "
        "services in Gosport constituency in the next five years.",
        "The Government believes that all customers, wherever they live, should have appropriate access to "
        "banking services. Nonetheless, decisions on opening and closing branches are a commercial issue for "
        "banks and building societies. The Government does not intervene in these decisions or make direct "
        "assessments of these branch networks.",
    )
    assert "deflection" in flags


def test_enforcement_left_to_the_planning_authorities_is_a_deflection():
    # uk-commons 1815500: the timely enforcement asked about is left to the local planning authorities
    flags = uk_flags(
        "To ask the Secretary of State for Housing, Communities and Local Government, what steps she is taking "
        "to ensure timely enforcement action in cases of alleged planning breaches.",
        "Planning enforcement is at the discretion of local planning authorities and it is for them to decide "
        "when and how they use the powers available to them depending on the circumstances of any given case.",
    )
    assert "deflection" in flags


def test_the_member_asked_to_put_the_question_to_a_colleague_is_a_deflection():
    # be-kamer 192841: the controls and their results are for the minister of Finance to give
    flags = be_flags(
        "Controles op de postsector.\n\n 1. Welke resultaten werden er bij de controles op de postsector "
        "behaald?",
        "De controles op de postsector worden voornamelijk uitgevoerd op initiatief van de douane- en "
        "accijnsdiensten. Ik verzoek u om uw vraag aan mijn collega van Financien te stellen om een meer "
        "gedetailleerd beeld te krijgen van dit type controle en van de resultaten ervan.",
    )
    assert "deflection" in flags["1"]


def test_proceeds_that_fall_to_the_budget_are_no_deflection():
    # be-kamer 187504 3: "toekomt aan de" names where the sale's proceeds go, not who answers
    # ("toekomt aan de" was tried and left out of the lexicon)
    flags = be_flags(
        "Verbeurdverklaring van voertuigen.\n\n 1. Welke voertuigen kunnen ter beschikking worden gesteld van "
        "andere overheidsdiensten?",
        "Voertuigen kunnen ter beschikking worden gesteld van andere overheidsdiensten via een administratieve "
        "overdracht. Alleen voertuigen die voor verkoop aan de Patrimoniumdiensten werden overgedragen en "
        "waarvan de verkoopopbrengst toekomt aan de rijksmiddelenbegroting komen hiervoor in aanmerking.",
    )
    assert "deflection" not in flags["1"]
