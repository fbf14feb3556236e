"""holding on later answers left to another minister, on more information or decisions still to come,
and no holding on the next statistical release, a standing practice, a report of what was done, a
wider plan beside the answer or a time named by its condition to a question that asks when (issue 17:
holding that holds on unseen documents); real answers from ../shared/data, expected flags written by
hand."""

from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from tests.test_holding4 import SETTINGS
from tests.test_holding4 import holding_of as uk_holding_of


def holding_of(question: str, answer: str, language: str = "en") -> bool:
    """Whether ``holding`` flags the answer: a UK record as ``test_holding4`` reads it, or a Belgian one."""
    if language == "en":
        return uk_holding_of(question, answer)
    record = {"doc_id": "1", "question": f"Onderwerp.\n\n {question}", "answer": answer, "department": "D"}
    (sp,) = score_document(be_record({**record, "date_tabled": "2017-01-31"}, "t"), SETTINGS)
    return any(f.name == "holding" for f in sp.flags)


def test_an_answer_that_another_minister_will_give_is_holding():
    # be-kamer 185927: the answer is put off to the Prime Minister's answer still to come
    assert holding_of(
        "Zou u mij, nu die deadline verstreken is, voor uw bevoegdheden de concrete maatregelen en acties kunnen "
        "oplijsten die uit die aanbevelingen zijn voortgekomen?",
        "Ik deel het geachte lid mee dat het antwoord op deze vraag zal worden gegeven door de eerste minister "
        "(vraag nr. 208 van 31 januari 2017).",
        language="nl",
    )


def test_a_global_answer_another_minister_will_provide_is_holding():
    # be-kamer 185332: the answer for the department is left to the Foreign Minister's answer to come
    assert holding_of(
        "Op welke wijze heeft u dit schrijven geimplementeerd en gecommuniceerd naar de overheidsdiensten en/of "
        "instellingen waarover u het gezag uitvoert?",
        "Een globaal antwoord voor de Federale Overheidsdienst Buitenlandse Zaken, Buitenlandse Handel en "
        "Ontwikkelingssamenwerking zal worden verstrekt door de vice-eerste minister en minister van Buitenlandse "
        "Zaken en Europese zaken.",
        language="nl",
    )


def test_the_next_release_of_the_statistics_is_no_deferral():
    # uk-commons 1741392: the date of the next quarterly release, beside the published tables pointed to
    assert not holding_of(
        "To ask the Secretary of State for the Home Department, how many asylum claims her Department has granted "
        "to people fleeing Afghanistan in the latest period for which data is available.",
        "<p>Data on initial decisions on asylum claims by nationality can be found in table Asy_D02 of the "
        "asylum and resettlement detailed datasets. The latest data relates to the year ending June 2024. Data "
        "for the year ending September 2024 will be published on 28 November 2024.</p>",
    )


def test_an_assessment_made_on_an_ongoing_basis_is_no_deferral():
    # uk-commons 1823507: a standing practice, nothing asked is left pending
    assert not holding_of(
        "To ask the Secretary of State for Defence, what recent assessment his Department has made of the "
        "resilience of supply chains supporting the construction and maintenance of defence infrastructure.",
        "<p>MOD uses SCRIPT; a Supply Chain Resilience Intelligent Performance Tool, designed to map and monitor "
        "the resilience of the Defence supply chain. The tool allows the department to assess and assure the "
        "resilience of the supply chain on an ongoing basis.</p>",
    )


def test_findings_considered_and_a_response_deposited_are_no_deferral():
    # uk-commons 1896963: what was done, in the past tense; nothing promised or pending
    assert not holding_of(
        "To ask the Secretary of State for Work and Pensions, with reference to the Parliamentary and Health "
        "Service Ombudsman report on changes to women's State Pension age, if he will make an assessment of the "
        "potential economic impact on 1950s-born women in Hartlepool.",
        "<p>The Government carefully considered the findings of the Ombudsman's report on the communication of "
        "changes to women's State Pension age, and a detailed response including an Equality Analysis has been "
        "deposited in the House Library.</p>",
    )


def test_a_promise_to_report_in_the_past_of_an_examination_still_counts():
    # the lexicon's own deferral words beside a past tense still defer: what was asked is still examined
    assert holding_of(
        "To ask the Secretary of State for Transport, what assessment he has made of the safety of e-scooters.",
        "<p>The rental trials were extended in 2023. The safety impacts of e-scooters are being considered and we "
        "will provide an update in due course.</p>",
    )


def test_a_strategy_still_to_come_beside_the_answer_is_no_deferral():
    # uk-commons 1809195: the discussions asked about are given; the strategy to come is a wider plan
    assert not holding_of(
        "To ask the Secretary of State for Science, Innovation and Technology, what discussions he has held with "
        "stakeholders in the life sciences and technology sectors on the potential for artificial intelligence "
        "to support the uptake of non-animal New Approach Methodologies.",
        "<p>The Labour Manifesto includes a commitment to partner with scientists, industry, and civil society. "
        "The Government will publish a strategy to support the development, validation and uptake of "
        "alternative methods later this year. Minister Vallance hosted a roundtable on 05.09.24 with industry "
        "representatives, including discussing the application of AI.</p>",
    )


def test_a_strategy_put_off_to_a_question_on_that_strategy_is_holding():
    # what was asked is the strategy itself: its publication put off is holding
    assert holding_of(
        "To ask the Secretary of State for Energy Security and Net Zero, when he plans to publish the renewed "
        "Hydrogen Strategy.",
        "<p>The renewed Hydrogen Strategy will be published in due course.</p>",
    )


def test_a_bill_introduced_as_parliamentary_time_allows_answers_when():
    # uk-commons 1726215: "when" is answered by the time the answer names, vague as it is
    assert not holding_of(
        "To ask the Secretary of State for Housing, Communities and Local Government, when she plans to bring "
        "forward legislative proposals on renters' rights.",
        "<p>The Bill will be introduced as soon as parliamentary time allows.</p>",
    )


def test_an_application_considered_as_and_when_received_answers_the_timetable():
    # uk-commons 1718260: the timetable asked is the one the answer names: when an application comes
    assert not holding_of(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, what his planned timetable is to "
        "make a decision on whether Planetary Technologies will be granted permission to carry out carbon "
        "sequestration trials.",
        "<p>Planetary Technologies have now informed us that they wish to delay their formal application for "
        "the trial for a period of approximately 6 to 12 months. We will consider a new application as and "
        "when we receive it.</p>",
    )


def test_a_bill_put_off_without_a_time_to_a_question_on_its_content_is_holding():
    # the condition names when, but the question asks what the Bill will contain: that is put off
    assert holding_of(
        "To ask the Secretary of State for Housing, Communities and Local Government, what provisions on "
        "section 21 evictions she plans to include in the Renters' Rights Bill.",
        "<p>Details of the provisions will be set out when the Bill is introduced, as soon as parliamentary "
        "time allows.</p>",
    )


def test_a_topic_kept_under_review_by_a_committee_is_standing_policy():
    # uk-commons 1856477: what the committee found is given; keeping the topic under review is standing
    assert not holding_of(
        "To ask the Secretary of State for Health and Social Care, what assessment his Department has made of "
        "the impact of the consumption of ultra-processed foods on the prevalence of diet-related illnesses.",
        "<p>The Scientific Advisory Committee on Nutrition (SACN) considered the evidence on the impact of "
        "processing on health in 2025. The SACN concluded that the observed associations between higher "
        "consumption of processed foods and adverse health outcomes are concerning. The SACN will keep the "
        "topic of food processing and health under review.</p>",
    )


def test_funding_decisions_still_ongoing_are_holding():
    # uk-commons 1801533: whether the projects conclude is put off to the allocation decisions under way
    assert holding_of(
        "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, whether any UK "
        "Government-funded humanitarian aid projects in Ukraine are scheduled to conclude in 2024.",
        "<p>The UK has provided £477 million in humanitarian support to Ukraine since the start of the "
        "full-scale invasion. Funding allocation decisions for the current financial year are ongoing, which "
        "will prioritise support for those most in need.</p>",
    )


def test_when_answered_with_a_report_to_come_and_no_time_is_holding():
    # be-kamer 186963 3: the time of the first results is put off to reports still to be written
    assert holding_of(
        "Wanneer worden de eerste resultaten over de doeltreffendheid van die technologie verwacht?",
        "In totaal zijn voor Belgie 56 toestellen aangekocht. Een trimestrieel evaluatieverslag ter zake zal "
        "worden opgesteld.",
        language="nl",
    )


def test_when_answered_with_the_season_is_no_deferral():
    # the time asked is named: the results are expected in the autumn
    assert not holding_of(
        "Wanneer worden de eerste resultaten over de doeltreffendheid van die technologie verwacht?",
        "In totaal zijn voor Belgie 56 toestellen aangekocht. De eerste resultaten zullen in het najaar "
        "beschikbaar zijn.",
        language="nl",
    )


def test_a_when_inside_a_clause_asks_no_time():
    # uk-commons 1884685-like: "relied upon when permitting" asks for evidence, not a time
    assert not holding_of(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, what evidence the Environment "
        "Agency relied upon when permitting the continued operation of the Stanlow refinery.",
        "<p>The Environment Agency assessed the derogation against known pollutants. The operator will "
        "continue to report its emissions to the Environment Agency.</p>",
    )


def test_a_year_in_another_sentence_names_no_time_for_the_report_to_come():
    # review10 B5 (be-kamer 186963 3, its first sentence dated): the year is of the purchase, not of the
    # results asked; the report to come names no time
    assert holding_of(
        "Wanneer worden de eerste resultaten over de doeltreffendheid van die technologie verwacht?",
        "In 2016 zijn voor Belgie 56 toestellen aangekocht. Een trimestrieel evaluatieverslag ter zake zal "
        "worden opgesteld.",
        language="nl",
    )


def test_a_when_that_opens_a_condition_asks_no_time():
    # review10 B5: "when an appeal is lodged, how long it takes" asks how long, on a condition
    assert not holding_of(
        "To ask the Secretary of State for Work and Pensions, how many claimants have appealed against a "
        "decision; and, when an appeal is lodged, how long it takes to be heard.",
        "<p>The Department will continue to support claimants through this process.</p>",
    )


def test_a_standing_policy_puts_off_no_time_asked():
    # review10 B5: keeping the scheme under review is a standing practice, no time put off
    assert not holding_of(
        "To ask the Secretary of State for Transport, when he plans to change the concessionary fares scheme.",
        "<p>We will keep the concessionary fares scheme under review.</p>",
    )


def test_a_when_asked_of_the_past_is_answered_by_a_time_anywhere():
    # uk-commons 1781738 (shortened): the date of the last audit is given; the audits to come are beside it
    assert not holding_of(
        "To ask the Secretary of State for the Home Department, when the last audit of Marshall BioResources "
        "was undertaken by the Animals in Science Regulation Unit.",
        "<p>The last audit occurred in April 2024.</p><p>Each establishment that holds dogs will be audited at "
        "least once every year.</p>",
    )


def test_a_time_named_for_the_work_to_come_answers_when():
    # be-kamer 185742 (shortened): the bill is to be finalised in 2017; the attention promised names no time
    assert not holding_of(
        "Tegen wanneer mogen we hieromtrent een initiatief verwachten?",
        "Bij de hervorming zal uiteraard de nodige aandacht worden besteed aan de VSO. De werkzaamheden zullen "
        "in de vorm van een voorontwerp worden gefinaliseerd in de loop van 2017.",
        language="nl",
    )


def test_a_review_published_as_and_when_ready_names_no_time():
    # review10 B6: "as and when it is ready" names no time: the publication asked is put off
    assert holding_of(
        "To ask the Secretary of State for Health and Social Care, when she will publish the review of dental "
        "contracts.",
        "<p>The review will be published as and when it is ready.</p>",
    )


def test_the_asked_matter_put_off_to_a_strategy_is_holding():
    # review10 B7: the steps asked are put off to the strategy still to come
    assert holding_of(
        "To ask the Secretary of State for Health and Social Care, what steps he is taking to reduce waiting times "
        "for autism assessments for children.",
        "<p>We will set out the steps we will take to reduce waiting times for autism assessments in the "
        "forthcoming autism strategy, which will be published later this year.</p>",
    )
