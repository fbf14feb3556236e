"""holding on forms of a deferral no cue read before (holding29): a decision still to come, the passive future of
deciding in the singular ("A final decision on these programmes will be taken following the outcome of this
process"); an examination asked of officials ("I have asked my officials to investigate this"). Real answers from
../shared/data, shortened; expected flags written by hand from reading them."""

from qa_align.settings import Settings

from .conftest import flagged, uk_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def test_a_final_decision_still_to_be_taken_is_holding():
    # uk-commons 1691247 (dev-uk47, labelled holding): the policy asked is put off to a decision still to come
    doc = uk_doc(
        "To ask the Secretary of State for Health and Social Care, what assessment she has made of the implications "
        "for her policies of the Joint Committee on Vaccination and Immunisation's statement of 1 September 2023 on "
        "a respiratory syncytial virus immunisation programme for infants and older adults.",
        "<p>Officials across the Department, the UK Health Security Agency, and NHS England are continuing to "
        "develop options and plans based on the Joint Committee on Vaccination and Immunisation's advice, regarding "
        "expanded respiratory syncytial virus (RSV) immunisation programmes to protect infants and older adults.</p>"
        "<p>As part of this work, the Government is engaging the market on its requirements for products that would "
        "enable RSV programmes to be implemented. A final decision on these programmes will be taken following the "
        "outcome of this process.</p>",
    )
    assert flagged(doc, "holding", SETTINGS)


def test_a_decision_taken_and_stated_is_no_deferral():
    # realistic: the decision was taken and is the answer; nothing is put off
    doc = uk_doc(
        "To ask the Secretary of State for Transport, whether the Government plans to reopen the Ashington line.",
        "<p>A decision on the Ashington line was taken in March 2024. The line reopened to passengers on 15 "
        "December 2024.</p>",
    )
    assert not flagged(doc, "holding", SETTINGS)


def test_officials_asked_to_investigate_it_is_holding():
    # uk-commons 1854754 (outside the labelled sets, read in holding29's audit; review30: the answer of 1673955 this
    # test first held is flagged at c4e1fbb by its second sentence, "I will then personally assess them", so it did
    # not test the phrase): when the minister will reply is put off to an investigation asked of officials
    doc = uk_doc(
        "To ask the Secretary of State for Business and Trade, when he plans to respond to the correspondence of 24 "
        "June, 1 August and 15 September 2025 from the hon. Member for Tooting relating to case reference RA69084.",
        "<p>The Department aims to respond to correspondence in 15 working days. The case from 24 June was "
        "transferred to the Ministry of Housing, Communities and Local Government to answer, who accepted in error. "
        "This case has now been passed back to DBT and I have asked my officials to investigate this. I apologise "
        "for the delay.</p>",
    )
    assert flagged(doc, "holding", SETTINGS)


def test_officials_who_reviewed_it_report_no_deferral():
    # realistic: the review asked of officials is done and its finding is the answer
    doc = uk_doc(
        "To ask the Secretary of State for Defence, how many Atomic Weapons Establishment files his Department "
        "holds on nuclear test veterans.",
        "<p>Officials reviewed the archive in 2023. The Department holds 150 such files.</p>",
    )
    assert not flagged(doc, "holding", SETTINGS)
