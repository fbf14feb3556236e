"""holding on two general English forms of the asked matter put off that no cue read (holding53): no
decision taken yet ("No decision has yet been made on ..."), and the matter put to a review or process
still to come ("... will be considered as part of this review"). Real uk-commons answers from
../shared/data outside the labelled sets (the draw of the README's holding53 paragraph), shortened;
expected flags written by hand from reading them by LABELS.md."""

from qa_align.lexicon import load_lexicon
from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import uk_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def holding_of(question: str, answer: str) -> bool:
    (sp,) = score_document(uk_doc(question, answer), SETTINGS)
    return any(f.name == "holding" for f in sp.flags)


def test_no_decision_yet_on_the_proportion_asked_is_holding():
    # uk-commons 1842541: the share of manufacture asked waits for a decision still to come
    assert holding_of(
        "To ask the Secretary of State for Defence, what proportion of the manufacture of drones will take place "
        "in (a) the United Kingdom and (b) Ukraine.",
        "No decision has yet been made on the proportion of manufacturing to be conducted in the UK and in Ukraine.",
    )


def test_no_decision_yet_on_including_the_analysis_asked_is_holding():
    # uk-commons 1813938 (shortened): whether the assessment asked goes into the report is still to be decided
    assert holding_of(
        "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, whether he plans to make "
        "an assessment in the six monthly report on Hong Kong of the potential impact of declining public access "
        "to the ombudsman archives.",
        "No decision has yet been made on whether to include analysis on the ombudsman archives and company, land, "
        "and court records in Hong Kong.",
    )


def test_funding_considered_as_part_of_a_review_is_holding():
    # uk-commons 1915850 (shortened): whether the funding is renewed is put to the review
    assert holding_of(
        "To ask the Secretary of State for Health and Social Care, whether he plans to renew or extend the DHSC "
        "Stem Cell Programme funding of £400,000 per year for the recruitment of stem cell donors.",
        "The Department is undertaking a review of the stem cell transplantation pathway. Donor recruitment and "
        "retention will be considered as part of this review.",
    )


def test_training_considered_as_part_of_design_work_is_holding():
    # uk-commons 1918181 (shortened): the training asked is put to design work still to come
    assert holding_of(
        "To ask the Secretary of State for Environment, Food and Rural Affairs, what training will be given to "
        "border officials to enforce the government's proposed ban on imports of hunting trophies.",
        "The detail of arrangements such as training for border officials and checks at cargo and passenger "
        "terminals will be considered as part of that design work.",
    )


def test_the_forms_are_lexicon_entries_and_the_plain_not_yet_is_not():
    # "yet to be decided" on the very thing asked is a plain not yet (reading 4): over the development sets
    # it gained 0 right for 3 false, so it stays out
    holding = load_lexicon("en").cue_list("holding")
    assert {"no decision * yet been", "will be considered as part of"} <= set(holding)
    assert "yet to be decided" not in holding
