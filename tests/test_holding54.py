"""holding on two general English forms of the asked matter put off that no cue read (holding54): the asked
figure or matter that "will not be known until" an event to come, and the answer promised "when" work still
to be done "is complete". Real uk-commons answers of ../shared/data outside the labelled sets (1882309,
1664044, the README's holding54 draw), shortened; the expected flags are written by hand from reading them by
LABELS.md. The Dutch forms tried (a promise to keep the member informed, "nog niet gekend", "op basis van de
resultaten") stay out of the lexicon."""

from qa_align.lexicon import load_lexicon
from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import uk_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def holding_of(doc) -> bool:
    (sp,) = score_document(doc, SETTINGS)
    return any(f.name == "holding" for f in sp.flags)


def test_the_number_asked_not_known_until_later_is_holding():
    # uk-commons 1882309 (shortened): the number of exits asked is put off to the end of the exercise
    assert holding_of(
        uk_doc(
            "To ask the Secretary of State for Defence, how many civil service redundancies within his Department "
            "he plans to achieve through a) the targeted voluntary exit scheme and b) additional redundancies.",
            "Applications for the voluntary exit scheme closed on 23 January 2026. This exercise is ongoing and the "
            "number of exits will not be known until later in the year.",
        )
    )


def test_information_shared_when_the_work_is_complete_is_holding():
    # uk-commons 1664044: the timeline, cost and estimate asked are put off to planning still under way
    assert holding_of(
        uk_doc(
            "To ask the Secretary of State for Transport, what his Department's timeline is for works to complete "
            "the electrification of the North Wales mainline; and what the estimated cost is for the "
            "electrification of that line.",
            "The Government has announced its commitment to fund the electrification of the North Wales Mainline "
            "within the £36 billion Network North programme. We are undertaking detailed delivery planning on a "
            "project-by-project basis and will share further information when that work is complete.",
        )
    )


def test_the_forms_are_lexicon_entries_and_the_forms_tried_and_left_are_not():
    # "is nog niet gekend" (+2 right / +3 false over the development sets), "op basis van de resultaten"
    # (+1 / +4), the Dutch promise to keep the member informed (one document each) and "when * has concluded"
    # (a standing procedure among its 4 answers) stay out
    en = set(load_lexicon("en").cue_list("holding"))
    nl = set(load_lexicon("nl").cue_list("holding"))
    assert {"not be known until", "when * is complete", "when * are complete"} <= en
    assert "when * has concluded" not in en
    left = {
        "is nog niet gekend",
        "zijn nog niet gekend",
        "op basis van de resultaten",
        "hou u * op de hoogte",
    }
    assert not left & nl
