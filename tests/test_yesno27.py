"""A closed question's proposition stated negated in its own words is the no (helper yesno27,
``rules.answers._denies_of``).

``LABELS.md``: a clear "no" is an answer. An answer sentence that holds a negation, the verb the
closed question asks with (the first content word after the clause's auxiliary, a light verb left
for its object: "make an assessment", "take steps") and two more of the words it asks, and is no
pointer, hand-over or deferral, says that no: "whether redress is available to applicants whose
applications have not been decided within 12 months" - "Redress is not available to applicants
whose applications have not been decided within twelve months." Real uk-commons answers (1748563,
1837901 labelled in dev-uk48; 1727587 in dev-uk45; 1676436 in dev-uk48), the expected verdicts
written out from reading them and the readers' notes."""

from qa_align.settings import Settings

from .conftest import flagged, uk_doc

SETTINGS = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False)


def left_open(question: str, answer: str) -> bool:
    return flagged(uk_doc(question, answer), "yes_no_unanswered", SETTINGS)


def test_redress_said_not_available_is_the_no():
    # uk-commons 1748563: the readers read the 28 days as the maximum time and "Redress is not available ..."
    # as a clear no to the second closed question
    assert not left_open(
        "To ask the Secretary of State for Health and Social Care, whether there is a maximum time within which "
        "applications for NHS Continuing Healthcare funding to NHS Dorset must be actioned; and whether redress "
        "is available to applicants whose applications have not been decided within 12 months.",
        "<p>Statutory guidance and assurance regimes are in place in respect of NHS Continuing Healthcare (CHC) "
        "so that people are assessed and receive care in a timely way. NHS CHC guidance sets the expectation "
        "that the overall assessment and eligibility decision-making process should, in most cases, not exceed "
        "28 calendar days from when the integrated care board (ICB) receives a positive NHS CHC Checklist, or "
        "other notice of potential eligibility, to the eligibility decision being made. To support this, NHS "
        "England's assurance standard requires ICBs to ensure that in more than 80% of referrals for standard "
        "NHS CHC, the eligibility decision should be made within 28 days of this notification.</p><p>An "
        "individual should not be left without appropriate support while they await the outcome of the NHS CHC "
        "assessment and decision-making process. Redress is not available to applicants whose applications have "
        "not been decided within twelve months. If, however, an individual is unhappy with how their "
        "application has been handled, they can make a complaint to the relevant ICB. If an individual remains "
        "dissatisfied with the ICB's response, they can make a complaint to the Parliamentary and Health "
        "Service Ombudsman.</p>",
    )


def test_no_assessment_needed_is_the_no_to_making_one():
    # uk-commons 1837901: "No formal assessment is therefore needed" with its reason, a clear no
    assert not left_open(
        "To ask the Secretary of State for the Home Department, if she will make an assessment of the potential "
        "merits of extending the use of this capability from Bedfordshire to the tri-force area that includes "
        "Hertfordshire and Cambridgeshire.",
        "<p>The Home Office has funded the roll-out of ten live facial recognition (LFR) vans to seven host "
        "police forces, with Bedfordshire Police being one of those forces. Access to the LFR vans is available "
        "to all forces including Hertfordshire and Cambridgeshire, subject to operational need and local "
        "decision-making.</p><p>No formal assessment is therefore needed by the government as the capability "
        "is already available to those forces should they choose to deploy it.</p>",
    )


def test_a_negated_sentence_on_another_action_leaves_the_steps_open():
    # uk-commons 1727587 (flagged by the readers): "does not meet its duties" and "take action" are not a no
    # to taking the steps asked; "take" is a light verb, the steps are what is asked
    assert left_open(
        "To ask the Secretary of State for Education, whether she plans to take steps to improve accountability "
        "processes for the parents of children that access SEND provision in schools.",
        "<p>Ofsted and Care Quality Commission commenced a strengthened local inspection framework in January "
        "2023, which places a greater emphasis on the outcomes being achieved for children and young people.</p>"
        "<p>Where a council does not meet its duties, the department can take action that prioritises children's "
        "needs and supports local areas to bring about rapid improvement.</p>",
    )


def test_a_statement_of_the_matter_without_a_negation_is_no_no():
    # uk-commons 1676436 (flagged by the readers): ongoing discussions with "political leadership" are not
    # said to be with the counterpart and the banks asked about; nothing is negated
    assert left_open(
        "To ask the Minister of State, Foreign, Commonwealth and Development Office, whether he has had recent "
        "discussions with (a) his counterpart in the Falkland Islands government and (b) banks in the UK on the "
        "provision of banking services to people on the Falkland Islands.",
        "<p>The UK Government has ongoing discussions with political leadership in the Falkland Islands across "
        "a range of issues affecting the Islands, including the provision of banking services. Banking services "
        "on the Falkland Islands are regulated by the Falkland Islands Government as a self-governing UK Overseas "
        "Territory.</p>",
    )


def test_a_negation_of_another_word_does_not_deny_the_assessment():
    # uk-commons 1715553 (unlabelled, read for the audit): "no" bears on "immediate changes", not on the
    # assessment asked; whether one was made is left open, the options still being considered
    assert left_open(
        "To ask the Secretary of State for Work and Pensions, whether he has (a) made an assessment of the "
        "potential impact of proposed reforms to Personal Independence Payment on the mental wellbeing of people "
        "who become ineligible as a result of those changes and (b) had recent discussions with the Secretary of "
        "State for Health and Social Care on the adequacy of availability of Government-funded mental health "
        "services.",
        "<p>Modernising Support for Independent Living: The Health and Disability Green Paper looks at different "
        "options to reshape the current welfare system so that we can provide better targeted support to those "
        "who need it most. We are considering these options through our 12-week consultation which was "
        "published on Monday 29 April and will close on Monday 22 July at 11:59pm. Further analysis of these "
        "options will consider potential impacts on claimants with different health conditions.</p><p>There "
        "will be no immediate changes to PIP, or to health assessments. All scheduled PIP assessments and "
        "payments will proceed as normal, and claimants should continue to engage as usual and provide any "
        "necessary information or updates regarding their circumstances.</p><p>The Government is committed to "
        "continuing to expand and transform NHS mental health care so that more people can access the support "
        "they need.</p>",
    )
