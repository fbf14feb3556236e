"""holding on a process still underway and on a decision left to work still to be done ("will be considered
once"); "will consider" and "is assessing" alone are no deferral (holding13). Real UK answers from
../shared/data (development sets and outside them), expected flags written by hand."""

from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def holding_of(question: str, answer: str) -> bool:
    doc = uk_record({"id": 1, "questionText": question, "answerText": answer}, "t")
    (sp,) = score_document(doc, SETTINGS)
    return any(f.name == "holding" for f in sp.flags)


def test_a_process_still_underway_is_holding():
    # uk-commons 1898070 (dev-uk14): the process the representations concern has not concluded
    assert holding_of(
        "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what representations she "
        "has made to members of the Assembly of States Parties to the International Criminal Court on reports that "
        "the findings of an independent judicial panel into allegations concerning the Prosecutor are being "
        "disregarded.",
        "<p>The UK fully supports the independence of the International Criminal Court (ICC). The ICC's internal "
        "process to address the allegations of misconduct against the Prosecutor is still underway. That process "
        "follows Terms of Reference agreed by the ICC Bureau.</p>",
    )


def test_a_standing_inspection_that_is_assessing_is_no_deferral():
    # uk-commons 1900410 (outside the labelled sets): the inspectorate's regular assessment describes its
    # work; nothing asked is put off ("is assessing" is no cue)
    assert not holding_of(
        "To ask the Secretary of State for Health and Social Care, what steps he is taking to ensure that local "
        "authorities meet their duties under the Care Act 2014.",
        "<p>The Care Quality Commission (CQC) is assessing how local authorities in England are meeting the full "
        "range of their duties under Part 1 of the Care Act 2014.</p>",
    )


def test_decisions_considered_once_the_responses_are_analysed_are_holding():
    # uk-commons 1876157 (last sentence): whether exemptions are considered is left to the consultation
    assert holding_of(
        "To ask the Secretary of State for Energy Security and Net Zero, whether any mitigations or exemptions are "
        "being considered for shipping routes to the Crown Dependencies.",
        "<p>The Government recognise that some of these communities rely heavily on shipping. Policy decisions "
        "will be considered once consultation responses have been fully analysed and considered by the UK ETS "
        "Authority.</p>",
    )


def test_a_procedure_that_will_consider_is_no_deferral():
    # uk-commons 1800994 (outside the labelled sets): how a case is handled, nothing asked put off
    assert not holding_of(
        "To ask the Secretary of State for Work and Pensions, whether existing Personal Independence Payment "
        "claimants of pension age with a planned award review will be required to score at least four points in "
        "one daily living activity in order to maintain their award.",
        "<p>Upon notification of a change, a Case Manager will consider what further action might be required to "
        "ensure the claimant is receiving the correct level of support.</p>",
    )


def test_a_review_held_every_year_is_no_deferral():
    # uk-commons 1885914 (shortened): a review done each year is standing practice, nothing is put off
    assert not holding_of(
        "To ask the Secretary of State for Education, whether she has made an assessment of the adequacy of "
        "funding for Service pupils.",
        "<p>Over £26 million of targeted funding was allocated in 2025/26 through the Service Pupil Premium. "
        "The department reviews the Service Pupil Premium annually.</p>",
    )
