"""holding on a plain future of considering or reporting on what was asked (holding23): "will consider its
findings", "look forward to continuing to update the House", "will make a ... statement" put the assessment or
the reply asked off to something still to come; a past statement "updating the House" is a pointer and a plan
"expected to be published" beside the answer puts nothing asked off.
Real uk-commons answers from ../shared/data; expected flags written by hand from reading them."""

from .test_holding18 import uk_holding_of


def test_the_reports_findings_still_to_be_considered_put_off_the_assessment_asked():
    # uk-commons 1789505 (no labelled set, the first paragraph): the assessment of the report asked is put off
    # to a consideration of its findings still to come
    assert uk_holding_of(
        "To ask the Secretary of State for Health and Social Care, if he will make an assessment of the potential "
        "implications for his policies of the report by Cancer Research UK entitled Cancer in the UK 2025: "
        "socioeconomic deprivation, published on 21 February 2025.",
        "<p>We welcome Cancer Research UK’s report on socioeconomic deprivation and will consider its findings as "
        "we develop a new National Cancer Plan. As part of this, my Department is working closely with "
        "individuals, professionals and organisations, including Cancer Research UK, to improve outcomes and "
        "address inequalities.</p>",
    )


def test_updates_to_the_house_still_to_come_put_off_the_progress_asked():
    # uk-commons 1822327 (dev-uk34, the whole answer): the readers flag holding on the closing promise
    assert uk_holding_of(
        "To ask the Secretary of State for Defence, with reference to paragraph 37 of the policy paper entitled "
        "Security and defence partnership between the European Union and the United Kingdom of Great Britain and "
        "Northern Ireland, published on 19 May 2025, what recent progress has been made between the EU and the UK "
        "to reinforce information sharing on Foreign Information Manipulation and Interference (a) threat "
        "analysis, (b) reporting and (c) best practices.",
        "<p>The Security and Defence Partnership agreed with the European Union on 19 May is an example of this "
        "Government delivering on our manifesto commitments to strengthen European security, support growth and "
        "reinforce NATO.</p><p>Implementation is progressing. Since May, the Defence Secretary has held "
        "discussions with the European Commissioner for Defence and Space, Andrius Kubilius, where they discussed "
        "our ambition to explore the potential for enhanced UK-EU cooperation under SAFE. The Foreign Secretary "
        "has also held talks with the High Representative for Foreign Affairs and Security Policy, Kaja Kallas on "
        "the geopolitical challenges that face our continent.</p><p>In addition, officials from across "
        "Government continue to hold consultations with their EU counterparts on a range of issues, including but "
        "not limited to Iran, Russia-Ukraine, and tackling irregular migration.</p><p>The Defence Secretary and I "
        "look forward to continuing to update the House on developments. The Defence Secretary’s offer still "
        "stands that he is happy to arrange a discussion with the Member of Parliament for South Suffolk who has "
        "shown such interest in these topics.</p>",
    )


def test_a_past_statement_updating_the_house_is_a_pointer_not_a_deferral():
    # uk-commons 1902333 (no labelled set, the whole answer): a written statement already made
    assert not uk_holding_of(
        "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what progress she has "
        "made with relevant Overseas Territories on developing clear, time-bound action plans to come into line "
        "with UK requirements and international standards on money laundering and transparency.",
        "<p>I refer the Hon Member to the answers I gave on these issues at departmental oral questions on 21 "
        "April, and to my written ministerial statement updating the House on the outcome of discussions at the "
        "Joint Ministerial Council on 13 January (HCWS1237).</p>",
    )


def test_a_plan_expected_to_be_published_beside_the_answer_puts_nothing_off():
    # uk-commons 1806515 (no labelled set, the whole answer): the targeted support is described; the 10-Year
    # Health Plan is a wider plan beside it, not the assessment asked
    assert not uk_holding_of(
        "To ask the Secretary of State for Health and Social Care, what assessment his Department has made of the "
        "potential impact of (a) long-term funding for and (b) targeted support on (i) levels of (i) "
        "cardiovascular disease and (ii) associated health inequalities.",
        "<p>The Government is committed to tackling the biggest killers, such as cardiovascular disease (CVD). To "
        "deliver on the Government’s ambition to reduce premature deaths from heart disease and stroke by 25% in "
        "the next 10 years, we are working closely with NHS England to understand both the scale of the challenge "
        "and the opportunities for progress across the prevention, treatment, and management of CVD and "
        "associated health inequalities.</p><p>We are providing targeted support through recent changes to the "
        "Quality and Outcomes Framework in 2025/26, where £198 million has been repurposed to target CVD "
        "prevention. Knowing that prevention is better than treatment, we have also raised the upper threshold of "
        "CVD indicators in order to stimulate performance gains and improve CVD outcomes for patients.</p><p>"
        "Furthermore, the Government continues to invest in the NHS Health Check programme, a core component of "
        "England’s CVD prevention programme, and in the development of the new NHS Health Check Online service. "
        "By providing a more convenient, accessible services, we will free up primary care capacity to target "
        "resources towards underserved groups.</p><p>The Government has committed to develop a 10-Year Health "
        "Plan to deliver a National Health Service fit for the future, expected to be published in summer "
        "2025.</p>",
    )
