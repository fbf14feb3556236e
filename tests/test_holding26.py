"""holding on a standing practice of announcing or publishing (holding26): "details of the Prime Minister's
official engagements will be announced in the usual way" is the rule for every such matter, no later answer
promised ("a standing phrase, no holding", the readers of dev-uk26 1870184 and dev-uk28 1722910); with a time
set for the matter itself ("in due course") the promise stands. Real uk-commons answers from ../shared/data,
some shortened; expected flags written by hand from reading them."""

from qa_align.settings import Settings

from .conftest import flagged, uk_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def holding_of(question: str, answer: str) -> bool:
    return flagged(uk_doc(question, answer), "holding", SETTINGS)


def test_engagements_announced_in_the_usual_way_are_no_deferral():
    # dev-uk28 1722910: the whole answer is the standing line on the Prime Minister's engagements
    assert not holding_of(
        "To ask the Minister for the Cabinet Office, if the Prime Minister will meet JK Rowling to discuss (a) the "
        "rights of women and (b) transgender issues.",
        "As was the practice under the previous Administration, details of the Prime Minister’s official "
        "engagements will be announced in the usual way.",
    )


def test_travel_confirmed_in_the_usual_way_is_no_deferral():
    # dev-uk26 1870184 (shortened): the standing line on the Prime Minister's travel beside general policy
    assert not holding_of(
        "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, whether the proposed "
        "visit to China later this month is planned to be proceeded with irrespective of the outcome of His "
        "Majesty’s Government’s determination of the planning application for China’s new embassy.",
        "This Government is taking a consistent, long term and strategic approach to managing the UK’s relations "
        "with China. The Prime Minister's travel will be confirmed in the usual way.",
    )


def test_meetings_published_in_line_with_the_practice_of_administrations_are_no_deferral():
    # dev-uk15 1778712 (shortened): the transparency publication is a standing practice, not a promise
    assert not holding_of(
        "To ask the Secretary of State for Housing, Communities and Local Government, whether special advisers "
        "have had meetings with Arden Strategies that are not in scope of transparency requirements.",
        "In line with the practice of successive administrations, details of external meetings held by Special "
        "Advisers will be published in line with the requirements set out in guidance.",
    )


def test_details_announced_in_the_usual_way_in_due_course_are_holding():
    # dev-uk33 1825744: the whole answer; "in due course" sets the matter a time of its own: a later answer
    assert holding_of(
        "To ask the Secretary of State for Housing, Communities and Local Government, whether her Department plans "
        "to cover the costs in full for the provision of statutory obligations by councils for children resettled "
        "within a local authority in the Ukrainian resettlement scheme by the end of this Parliament.",
        "Further details will be announced in the usual way, in due course.",
    )


def test_a_response_in_the_usual_way_in_due_course_is_holding():
    # dev-uk 1868496: yes, later; the response asked is promised
    assert holding_of(
        "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, if she will respond to "
        "the results of the survey conducted by the House of Lords International Relations and Defence Committee "
        "on Chagossian views on the UK-Mauritius Treaty.",
        "We are considering the IRDC findings carefully and will respond in the usual way in due course.",
    )


def test_progress_updates_promised_in_the_first_person_in_the_usual_manner_are_holding():
    # uk-commons 1729451 (outside the labelled sets, shortened): the government's own promise to update
    # Parliament on the target the question asks about; "in the usual manner" does not make it a practice
    assert holding_of(
        "To ask the Secretary of State for Housing, Communities and Local Government, whether her target to "
        "build 1.5 million homes in this Parliament will be measured by housing completions.",
        "We will update Parliament on our progress in the usual manner.",
    )


def test_an_assessment_published_at_a_named_budget_in_the_usual_way_is_holding():
    # uk-commons 1730170 (outside the labelled sets, shortened): the assessment asked about is put off to a
    # Budget on a named date; the time set for it keeps the promise
    assert holding_of(
        "To ask the Chancellor of the Exchequer, on what evidential basis the Government expects increased rates "
        "liabilities to have a limited impact on average school fees per pupil.",
        "Following scrutiny of the Government’s costing by the independent Office for Budget Responsibility, "
        "details of the Government’s assessment of the expected impacts of the removal of charitable rates relief "
        "from private schools in England will be published at the Budget on October 30 in the usual way.",
    )
