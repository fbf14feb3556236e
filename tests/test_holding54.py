"""holding on three general forms of an answer put off that no cue read (holding54): the Dutch minister's
promise to keep the member informed ("Ik hou u op de hoogte van de verdere evolutie"), the English asked
matter that "will not be known until" an event to come, and the English answer promised "when" work still
to be done "is complete". Real answers of ../shared/data (be-kamer 186364 of dev-be97; uk-commons 1882309
and 1664044, outside the labelled sets, from the README's holding54 draw), shortened; the expected flags are
written by hand from reading them by LABELS.md."""

from qa_align.lexicon import load_lexicon
from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc, uk_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def holding_of(doc) -> bool:
    (sp,) = score_document(doc, SETTINGS)
    return any(f.name == "holding" for f in sp.flags)


def test_the_dutch_promise_to_keep_the_member_informed_is_holding():
    # be-kamer 186364 2 (dev-be97, shortened): the decree asked not amended yet, the procedure to be done
    # again, and the minister promises to report on it: labelled holding
    assert holding_of(
        be_doc(
            "Werd het koninklijk besluit met betrekking tot de vereisten voor het veiligheidspersoneel gewijzigd, "
            "zodat het NMBS-personeel met een veiligheidsfunctie de procedures kan beheersen inzake de "
            "seininrichtingen van Infrabel?",
            "Overlegvergaderingen met beide ondernemingen hebben het mogelijk gemaakt om een ontwerp van koninklijk "
            "besluit te finaliseren. Het zo voor de tweede maal gewijzigde ontwerp van koninklijk besluit moet echter "
            "opnieuw worden voorgelegd aan het advies van de Gewesten en van de Raad van State. De procedure moet "
            "dus worden overgedaan. Ik hou u op de hoogte van de verdere evolutie in dit dossier.",
        )
    )


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
    # (+1 / +4) and "when * has concluded" (a standing procedure among its 4 answers) stay out
    en = set(load_lexicon("en").cue_list("holding"))
    nl = set(load_lexicon("nl").cue_list("holding"))
    assert {"not be known until", "when * is complete", "when * are complete"} <= en
    assert "when * has concluded" not in en
    assert {"hou u * op de hoogte", "ik * op de hoogte hou"} <= nl
    assert {"hou u * op de hoogte"} <= set(load_lexicon("nl").cue_list("to_come"))
    assert not {"is nog niet gekend", "zijn nog niet gekend", "op basis van de resultaten"} & nl
