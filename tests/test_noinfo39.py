"""The information said not to be given (helper noinfo39, 2026-12-05): "unable to provide", "not able to
provide", "cannot provide", "not systematically" and the Dutch data lag "beschikbaar zullen zijn" in
`[cues] no_information` and `lacking`, so read only beside a word of data or where the cue classifier reads
missing data, and not beside a reason for withholding (`withheld_reasons`, refusals added). The answers are
quoted from the records named; the readers' flags are those of `corpus/gold`."""

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit, uk_doc

SETTINGS = Settings(rules=("no_information",), answered_model="none")


def uk_flags(question: str, answer: str) -> set[str]:
    return set(flags_by_unit(uk_doc(question, answer), SETTINGS)["1"])


def test_unable_to_provide_reliable_figures_is_missing_data():
    # uk-commons 1821284 (dev-uk11): the readers' no_information for the health and disability categories
    flags = uk_flags(
        "To ask the Secretary of State for Work and Pensions, what information her Department holds on the "
        "completion rate for the Universal Credit optional equality questions on the (a) ethnic sub-group, (b) "
        "whether the respondent meets the definition of disability under the Equality Act 2010 and (c) whether "
        "the respondent has (i) health conditions and (ii) illnesses which affect them in specified ways, in the "
        "latest period for which data is available.",
        "The health and disability questions were only introduced in December 2023, and it will take time for a "
        "sufficient proportion of the total UC caseload to respond, before any meaningful analysis is possible. "
        "Consequently, the department is currently unable to provide reliable figures on responses to the health "
        "and disability questions gathered through the equality questionnaire.",
    )
    assert "no_information" in flags


def test_not_able_to_provide_information_is_missing_data():
    # uk-commons 1807968 (dev-uk28): the readers' no_information
    flags = uk_flags(
        "To ask the Secretary of State for Education, what estimate she has made of the contribution from the "
        "apprenticeship levy to level 7 apprenticeships provided by (a) schools, (b) other bodies in the "
        "education sector and (c) bodies in the children’s social care sector.",
        "The funding for apprenticeship training comes from the annual protected apprenticeship budget agreed at "
        "Spending Reviews. Although closely linked, this is distinct from the total levy income collected and the "
        "funds in employer accounts. The department is therefore not able to provide information about how "
        "individual levy contributions link to the amount of the budget that is spent supporting level 7 "
        "apprenticeships in specific bodies.",
    )
    assert "no_information" in flags


def test_cannot_provide_a_breakdown_is_missing_data_for_a_closed_question_too():
    # uk-commons 1752494 (dev-uk29): a closed question ("whether ... are classified as"), the readers'
    # no_information for the costs said not to be given (a lexicon phrase counts for a closed question)
    flags = uk_flags(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, whether livery expenditures are "
        "classified as (a) essential and (b) non-essential modifications; and how these classifications are "
        "determined.",
        "All vehicles owned by the Environment Agency have Chapter 8 markings to comply with Department for "
        "Transport codes of practice. The Environment Agency cannot provide a breakdown of the costs of applying "
        "chapter 8 markings and logos. The Environment Agency does not have a specific budget allocated solely "
        "for vehicle branding.",
    )
    assert "no_information" in flags


def test_a_refusal_for_commercial_sensitivity_is_no_missing_data():
    # guard (passes on 9ffdc66 too): uk-commons 1702401 (dev-uk8), readers: breakdown_missing and figures_missing,
    # no no_information ("nothing said of the data not being held", corpus/gold/README.md)
    flags = uk_flags(
        "To ask the Secretary of State for Business and Trade, if he will provide a breakdown of the €200 million "
        "of UK content by the (a) sectors and (b) nature of (i) goods and (ii) services.",
        "The largest share of the UK content goes to supporting jobs where a UK company is responsible for "
        "construction and project management of associated facilities for the INEOS Project One site. The "
        "Department for Business and Trade are unable to provide further details about contracts already awarded "
        "for reasons of commercial sensitivity.",
    )
    assert "no_information" not in flags


def test_unable_to_provide_what_is_no_data_is_no_missing_data():
    # guard (passes on 9ffdc66 too): uk-commons 1663057 (not labelled), a running commentary declined: no word of
    # data in the sentence
    flags = uk_flags(
        "To ask the Secretary of State for the Home Department, how many people from Afghanistan who were "
        "resettled to the UK under the (a) ARAP and (b) ACRS remain in a bridging hotel after their notice to quit "
        "date has passed because they have not found alternative accommodation as of 13 October 2023.",
        "The statutory homelessness system provides a safety net, and no family will be left without a roof over "
        "their head. We are unable to provide a running commentary on bridging accommodation occupation.",
    )
    assert "no_information" not in flags


def be_flags(question: str, answer: str) -> dict[str, set[str]]:
    return {n: set(f) for n, f in flags_by_unit(be_doc(question, answer), SETTINGS).items()}


def test_year_figures_that_will_be_available_later_are_a_data_lag():
    # be-kamer 191771 (dev-be22): unit 1, the readers' no_information (the 2016 figures not yet compiled), the
    # answer's tables left as their placeholders
    flags = be_flags(
        "De bommeldingen in 2016. 1. Kan u voor 2016 meedelen hoeveel bommeldingen er waren, opgesplitst per "
        "gemeente (top 25) en in totaal?2. Kunnen deze gegevens ook worden bezorgd volgens de bestemming/plaats "
        "(station, openbare dienstverlening, enz.)?",
        "1. Onderstaande tabel bevat het aantal door de politiediensten geregistreerde feiten inzake "
        '"bommelding", zoals geregistreerd in de ANG op basis van de processen-verbaal, op zowel gemeentelijk '
        "niveau (onder de vorm van een top 25) als op nationaal niveau voor de volledige jaren 2012-2015 en de "
        "eerste drie kwartalen van 2016. Met betrekking tot de cijfers van het jaar 2016 dien ik u mee te delen dat "
        "de jaarcijfers, zoals gebruikelijk, na kwaliteits- en volledigheidscontroles, mits goedkeuring en "
        "vrijgave, eind juni 2017 beschikbaar zullen zijn.2016201716674-3-2245-nl-fr-1\n"
        "      2. De tabel hieronder toont het aantal door de politiediensten geregistreerde feiten inzake "
        '"bommelding", met een opsplitsing naar de bestemmingen-plaats, voor de volledige jaren 2012-2015 en de '
        "eerste drie kwartalen van 2016 op nationaal niveau.2016201716674-3-2245-nl-fr-2",
    )
    assert "no_information" in flags["1"]


def test_a_refusal_to_make_individuals_identifiable_is_no_missing_data():
    # guard (passes on 9ffdc66 too): uk-commons 1752933 (not labelled), read outside the labelled sets: a refusal,
    # which carries no flag of its own
    flags = uk_flags(
        "To ask the Minister for the Cabinet Office, if he will list each of the (a) job titles and (b) associated "
        "unit of the Senior Civil Service roles that were not open to external candidates.",
        "We are unable to provide a more detailed breakdown without individuals potentially being identifiable.",
    )
    assert "no_information" not in flags
