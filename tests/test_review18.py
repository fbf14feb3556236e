"""Review of session 18's change (helper review18): where the sentence splitter decides that a
full stop after a capital letter ends a sentence, yes_no_unanswered reads two sentences; a
hand-over names an answer by a question's record number, not by a law's article."""

from qa_align import text as text_layer
from qa_align.analyze import analyze_answer
from qa_align.rules.answers import _names_text
from qa_align.types import AnswerSegment

from .conftest import be_doc
from .test_yesno17 import TRANSFERS, _flags, without_plain_statements

# "fase B." before "De overige diensten ...": "De" opens no surname here (no capital follows it),
# so the splitter ends the sentence after "B." (``[text] name_particles``)
AFTER_A_LETTER = (
    "De FOD Economie heeft de zesde staatshervorming volledig uitgevoerd, op fase B. De overige "
    "diensten werken verder aan hun eigen opdrachten."
)


def test_a_sentence_ended_after_a_capital_letter_is_two_for_the_splitter():
    assert [s for _, _, s in text_layer.sentences(AFTER_A_LETTER, "nl")] == [
        "De FOD Economie heeft de zesde staatshervorming volledig uitgevoerd, op fase B.",
        "De overige diensten werken verder aan hun eigen opdrachten.",
    ]


def test_yes_no_reads_the_splitters_two_sentences_not_one(tmp_path):
    # two sentences, the second about other services: the one-sentence reading of a plain
    # statement does not apply (as ``test_yesno17``'s two sentences), whatever letter ends the first;
    # the first, a plain statement of the matter asked, is still the no the labellers read of 193207 1
    # (implied34, ``answers._states_plainly_of``: before it, the flag stood)
    assert _flags(be_doc("1. " + TRANSFERS, "1. " + AFTER_A_LETTER))["1"] == set()
    # without that reading, the two sentences still read as two (the splitter's reading this test is for;
    # review36): the flag stands as it did at 0d8a1b9
    without = without_plain_statements(tmp_path)
    assert _flags(be_doc("1. " + TRANSFERS, "1. " + AFTER_A_LETTER), without)["1"] == {"yes_no_unanswered"}


# a reference cue the cue classifier reads as a hand-over names a text only by a record number
# ("vraag nr. 213", ``[answer] numbered_records``), as ``test_xref18`` reads a hand-over: a law's
# article after it ("krachtens artikel 5 van de wet") names no answer to go to
HANDED = "Er wordt verwezen naar de staatssecretaris voor Asiel en Migratie"


def _names(sentence: str) -> bool:
    analysis = analyze_answer(AnswerSegment(0, len(sentence), sentence), "nl")
    (cue,) = [c for c in analysis.cues if c.kind == "cross_reference"]
    assert "handover" in analysis.reading(cue)
    return _names_text(analysis, cue)


def test_a_hand_over_names_a_question_by_its_record_number_not_a_law_by_its_article():
    assert _names(HANDED + " (vraag nr. 213 van 13 februari 2017).")
    assert not _names(HANDED + ", bevoegd krachtens artikel 5 van de wet van 15 december 1980.")
