"""Attribution of an unnumbered answer's sentences by their words (issue 17 item 2; attrib21): the
long word of a fixed phrase that works as a preposition ("ten gevolge", "in verband met") names no
matter, yet it gives a sentence to the unit whose question holds a word of the same six letters.
The question and answer quoted from be-kamer 186451 (dev-be26); the unit the sentence concerns
written by hand as a reader reads it. attrib21 tried leaving such phrases out of the words of
sentences and questions: the sentence below then reaches unit 2 (and dev-be26 187002's "er geen
verband bestaat tussen de minder goede scores en een geografisch isolement" leaves question 3's "in
verband met handhygiene"), but no flag of the development sets
gained and dev-be23 189202 lost its tie ("In het kader van de werkzaamheden met betrekking tot de
herziening van het verkeersreglement ..." went to unit 1 alone, yes_no_unanswered +2 false): dropped
(README, "Sentence attribution"), so the test is strict xfail."""

import pytest

from qa_align.settings import Settings

from .conftest import be_sentence_units

SETTINGS = Settings(rules=("deflection",), recycled_across_documents=False)

# be-kamer 186451: two questions, one unnumbered answer (its opening and its closing sentence)
FLU_QUESTION = (
    "Medisch-economische kosten van de griep.\n\n"
    "Elk jaar worden duizenden mensen in ons land getroffen door griep. "
    "1. a) Wat zijn de medisch-economische kosten van de griep? b) Wat is de impact op het ziekteverzuim in "
    "onze bedrijven?c) Wat zijn de financiele gevolgen voor de sociale zekerheid?d) Beschikt u over een raming "
    "van de kosten voor ambulante medische verzorging?"
    "2. Welke maatregelen hebt u in overleg met de deelgebieden genomen om de medisch-economische impact van "
    "de griep in ons land in te perken?"
)
FLU_ANSWER = (
    "Gebaseerd op informatie uit 2011-2012 worden de gezondheidszorgkosten voor griep wat betreft de ambulante "
    "zorg geraamd op jaarlijks 15-18 miljoen euro gemiddeld en 7-12 miljoen euro in hospitaalzorg, dus circa "
    "22-30 miljoen euro in totaal. Tot slot wens ik er op te wijze dat ten gevolge de zesde staatshervorming "
    "het initiatiefrecht tot het organisatie van preventiecampagnes inzake de volksgezondheid toekomt aan de "
    "deelstaatoverheden."
)
REMIT = "Tot slot wens ik er op te wijze dat ten gevolge de zesde staatshervorming"


@pytest.mark.xfail(strict=True, reason='"ten gevolge" meets "financiele gevolgen" of question 1')
def test_the_remit_of_the_regions_reaches_the_question_on_their_measures():
    # "... toekomt aan de deelstaatoverheden" answers question 2, on the measures taken "in overleg met de
    # deelgebieden"; "ten gevolge" (owing to) does not make it the "financiele gevolgen" of question 1
    assert "2" in be_sentence_units(FLU_QUESTION, FLU_ANSWER, REMIT, SETTINGS)
