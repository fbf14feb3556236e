"""Review of session 18's change (helper review18): where the sentence splitter decides that a
full stop after a capital letter ends a sentence, the rules read two sentences."""

from qa_align import text as text_layer

from .conftest import be_doc
from .test_yesno17 import TRANSFERS, _flags

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


def test_yes_no_reads_the_splitters_two_sentences_not_one():
    # two sentences, the second about other services: the one-sentence reading of a plain
    # statement does not apply (as ``test_yesno17``'s two sentences), whatever letter ends the first
    assert _flags(be_doc("1. " + TRANSFERS, "1. " + AFTER_A_LETTER))["1"] == {"yes_no_unanswered"}
