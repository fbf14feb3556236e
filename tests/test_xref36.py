"""cross_reference for a sentence that says a body publishes data or a report on the matter, or where it stands
(xref36; readings36's settled reading: "a sentence saying a body publishes data or a report on the matter asked"
is cross_reference, even beside an answer; a source named for the answer's own figures is not); and an earlier
answer, reply or response named as what the sentence repeats ("As set out in my earlier response"). Real answers
from ../shared/data; expected flags written by hand from reading them."""

import pytest

from qa_align.settings import Settings

from .conftest import flagged, uk_doc

SETTINGS = Settings(rules=("cross_reference",), recycled_across_documents=False)

# (question, answer, cross_reference expected): each a uk-commons record, its set and reading in the comment
CASES = [
    # uk-commons 1656718 (dev-uk60, a set the change was not tuned on; labelled cross_reference: "Details of these meetings
    # are published on the Cabinet Office website on a quarterly basis" points to a published source for the meeting)
    pytest.param(
        (
            "To ask the Secretary of State for the Home Department, with reference to the meeting of the Minister"
            " for Crime, Policing and Fire with the Youth Endowment Fund on 16 March 2023, whether they discussed"
            " (a) the role of the appropriate adult for children detained in police custody, (b) legal advice for"
            " children detained in police custody and (c) opportunities to divert children from entering police "
            "custody."
        ),
        (
            "<p>The Home Office works closely with the Youth Endowment Fund on a wide range of issues, "
            "specifically aimed at reducing serious violence.</p><p>Home Office Ministers and officials have "
            "meetings with a wide variety of international partners, as well as organisations and individuals in "
            "the public and private sectors, as part of the process of policy development and delivery. Details "
            "of these meetings are published on the Cabinet Office website on a quarterly basis.</p><p>Children "
            "should only be detained by police when absolutely necessary, and the number of children arrested by "
            "the police is declining. In the 10 years from 2011/12 to 2021/22, the number of children aged 10-17 "
            "arrested by the police fell by 67%. Children aged 10-17 accounted for 8% of all arrests in the "
            "latest year, compared with 14% in 2011/12.</p><p>Children detained in police custody must be "
            "provided with an appropriate adult. The Home Office part funds the National Association of "
            "Appropriate Adults (NAAN), which supports organisations providing appropriate adult services to "
            "young people and vulnerable adults in police custody.</p><p>The Home Office is a member of the "
            "steering group for the recent Nuffield Foundation-funded research project “Examining the impact of "
            "PACE on the detention and questioning of young suspects”, and the follow-up project, “Children in "
            "police custody: piloting a ‘Child First’ approach”.</p>"
        ),
        True,
        id="meeting_details_published_on_a_website_point_there",
    ),
    # uk-commons 1845722 (dev-uk58, a set the change was not tuned on; labelled cross_reference: "Links to previous slaughter
    # sector surveys are available here", the link's address in the record's HTML)
    pytest.param(
        (
            "To ask the Secretary of State for Environment, Food and Rural Affairs, what information her "
            "Department holds on the prevalence of non-stun slaughter for Halal meat production in each year "
            "since 2015; and whether she has received representations from relevant stakeholders on animal "
            "welfare standards."
        ),
        (
            "<p>UK data regarding the number or proportion of animals slaughtered using the halal method without "
            "prior stunning is not collected.</p><p> </p><p>The Food Standards Agency carries out a periodic "
            "slaughter sector survey in England and Wales, which started in 2011. Links to previous slaughter "
            'sector surveys are available <a href="https://www.food.gov.uk/business-guidance/animal-welfare" '
            'target="_blank">here</a>.</p><p> </p><p>The Department has regular engagement with stakeholders on '
            "animal welfare standards.</p>"
        ),
        True,
        id="links_available_here_point_to_published_surveys",
    ),
    # uk-commons 1915282 (dev-uk27; labelled cross_reference: "The Ombudsman publishes a range of performance information on
    # their website" points to a published source for the waiting time asked)
    pytest.param(
        (
            "To ask the Secretary of State for Housing, Communities and Local Government, what the longest period"
            " was that a complaint had been awaiting allocation for assessment by the Local Government and Social"
            " Care Ombudsman on the latest date for which figures are available."
        ),
        (
            "<p>The Local Government and Social Care Ombudsman is operationally independent of central "
            "government, and the Ombudsman is accountable directly to Parliament for the use of their "
            "investigatory powers.</p><p> </p><p>The Department does not routinely collect performance "
            "information or make specific assessments about the Ombudsman’s handling of complaints. The Ombudsman"
            " publishes a range of performance information on their website.</p><p> </p><p>The Department "
            "maintains a sponsorship relationship with the Ombudsman, through which a range of corporate and "
            "operational matters are regularly discussed. However, the consideration and handling of complaints "
            "are operational matters for the Ombudsman. Decisions relating to the Ombudsman’s staffing and use of"
            " resources are also matters for the Ombudsman.</p>"
        ),
        True,
        id="a_body_that_publishes_performance_information_points_there",
    ),
    # uk-commons 1851998 (dev-uk43; labelled cross_reference: "Ofcom publishes details on the enforcement action it takes on its
    # website" points elsewhere for the enforcement asked)
    pytest.param(
        (
            "To ask the Secretary of State for Science, Innovation and Technology, whether Ofcom has enforced the"
            " obligation on in-scope generative-AI search services that they carry out child access assessments "
            "as required by section 36 of the Online Safety Act 2023."
        ),
        (
            "<p>AI services that allow users to share content with one another or that search live websites to "
            "provide results are regulated under the Online Safety Act.</p><p>In-scope services are required to "
            "assess the risk of harm to users from illegal content on their services and implement measures to "
            "mitigate this risk. Where services are likely to be accessed by children, they will also need to "
            "risk assess for content harmful to children and take action to protect children from harmful "
            "content.</p><p>Ofcom has a range of robust enforcement powers to ensure compliance with the Act. "
            "Ofcom publishes details on the enforcement action it takes on its website.</p>"
        ),
        True,
        id="a_regulator_that_publishes_details_of_enforcement_points_there",
    ),
    # uk-commons 1673205 (dev-uk2+dev-uk3; labelled without cross_reference: "These are published annually by Government in
    # Agriculture in the United Kingdom" names the source of the imports in the table given (passes before and after))
    pytest.param(
        (
            "To ask the Secretary of State for Environment, Food and Rural Affairs, if he will (a) make an "
            "estimate of the level of rapeseed imports in each year since 2013 and (b) commission research on the"
            " potential impact of restrictions on the use of neonicotinoids on the level of rapeseed imports."
        ),
        (
            "<p>The details requested for imports of oilseed rape dated back to 2013 can be seen in the below "
            'table. These are published annually by Government in Agriculture in the United Kingdom, <a href="htt'
            'ps://assets.publishing.service.gov.uk/media/64ad4ac0c933c10012f9e10a/AUK-Chapter7-13jul23.ods" '
            'target="_blank">the data set</a> can be found under Table 7.5 Oilseed rape production, value, supply'
            " and use.</p><p> </p><p>Units 1,000 tonnes</p><p> </p><table><tbody><tr><td><p> </p></td><td><p>2013"
            "</p></td><td><p>2014</p></td><td><p>2015</p></td><td><p>2016</p></td><td><p>2017</p></td><td><p>2018"
            "</p></td><td><p>2019</p></td><td><p>2020</p></td><td><p>2021</p></td><td><p>2022</p></td></tr><tr><t"
            "d><p>Total imports</p></td><td><p>117</p></td><td><p>87</p></td><td><p>87</p></td><td><p>63</p></td>"
            "<td><p>345</p></td><td><p>206</p></td><td><p>354</p></td><td><p>503</p></td><td><p>926</p></td><td><"
            "p>811</p></td></tr></tbody></table><p> </p><p>Oilseeds are internationally traded commodities. "
            "Subsequently, their supply chains are dynamic and responsive to global market developments in price "
            "and availability. Our fantastic British farmers are world-leaders and carefully plan their planting "
            "to respond to market developments, suit the weather, their soil type, and their long-term agronomic "
            "strategy including pest and disease management.</p><p> </p><p>Together with the devolved "
            "administrations, Defra has established the UK Agricultural Market Monitoring Group (UKAMMG) to "
            "monitor and assess the impact of market developments across the UK. It monitors UK agricultural "
            "markets including price, supply, inputs, trade and recent developments, enabling it to provide "
            "forewarning of any atypical market movements.</p>"
        ),
        False,
        id="the_source_of_a_table_given_is_no_pointer",
    ),
    # uk-commons 1890807 (dev-uk63, a set the change was not tuned on; labelled cross_reference: "As set out in my earlier
    # response" points to the earlier answer)
    pytest.param(
        (
            "To ask the Secretary of State for the Home Department, pursuant to the Answer of 20 January 2026 to "
            "Question 104873, what additional steps her Department is taking beyond existing licensing‑authority "
            "and police powers to prevent glassware attacks; whether she is considering any new enforceable "
            "national measures; and what assessment she has made of the effectiveness of current Home Office‑led "
            "actions in reducing such incidents."
        ),
        (
            "<p>As set out in my earlier response, the police have a responsibility to protect the public by "
            "detecting and preventing crime, including violent crime within the nighttime economy. They already "
            "have a wide range of powers to do this effectively, including those provided under the Prevention of"
            " Crime Act 1953 in relation to the possession and use of offensive weapons.</p><p>The Home Office "
            "keeps existing powers under review and would consider any new or emerging evidence as "
            "appropriate.</p>"
        ),
        True,
        id="as_set_out_in_my_earlier_response_points_to_it",
    ),
    # uk-commons 1835787 (dev-uk59, a set the change was not tuned on; labelled cross_reference: "as noted in the answer of 8
    # September" points to the earlier answer, the one the question cites)
    pytest.param(
        (
            "To ask the Secretary of State for Transport, pursuant to the Answer of 8 September 2025 to Question "
            "71256 on Railways: Automation, if she will make it her policy to link government investment to "
            "conditions on greater take-up of automated train operation technology."
        ),
        (
            "<p>The Government is committed to investing in a modern railway that is reliable for passengers and "
            "supports economic growth for taxpayers. This has included investment in automated train operation in"
            " recent years, as noted in the answer of 8 September, on schemes such as Thameslink and the "
            "Elizabeth Line, and I would expect this to continue to be a consideration for future investment "
            "where it can drive efficiency and improved performance for the railway.</p>"
        ),
        True,
        id="as_noted_in_the_answer_of_a_date_points_to_it",
    ),
]


@pytest.mark.parametrize("question, answer, expected", CASES)
def test_points_elsewhere(question, answer, expected):
    assert flagged(uk_doc(question, answer), "cross_reference", SETTINGS) is expected
