"""Two readings of what settles a Dutch closed question (helper yesno26).

A negative appraisal of what a closed question asks is the minister's no (helper yesno26, ``[answer]
declines``: "niet opportuun", "weinig opportuun", "niet aangewezen", "niet wenselijk", "geen sprake van"):
"Een inkorting van de termijnen lijkt niet opportuun" answers "Gaat u een initiatief nemen om deze termijnen
te verkorten?" (``LABELS.md``: a clear "no" is an answer). The appraisal must speak of what was asked: one of
another matter leaves the question open. Real be-kamer answers (189923, 186102, labelled in dev-be37),
shortened; the expected verdicts written out from reading them and the readers' notes.

A unit that asks only whether the minister knows of a matter ("Bent u op de hoogte van die studie?", every
closed question holding a ``[question] awareness_asks`` phrase) is settled by a sentence that says he knows
or not (``[answer] knowing_replies``: "Mijn kabinet werd hierover gebrieft door de administratie"): knowing
of the matter asked about is the yes (``corpus/gold/README.md``, 188595 1). Real be-kamer units: 191743 1
(dev-be37), 192088 1 (dev-be19), 189775 3 (unlabelled, read for the audit)."""

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False)


def left_open(question: str, answer: str) -> bool:
    (sp,) = score_document(be_doc(question, answer), SETTINGS)
    return any(f.name == "yes_no_unanswered" for f in sp.flags)


def test_shortening_judged_not_opportune_is_a_no():
    # be-kamer 189923 1: the readers read "lijkt niet opportuun" with its reason as the no; the procedure
    # described around it ("worden afgewacht", "wordt momenteel voorbereid") says neither
    assert not left_open(
        "Gaat u een initiatief nemen om deze termijnen te verkorten?",
        "De meest recente publicaties van vacante plaatsen van gerechtsdeurwaarders werden gepubliceerd in het "
        "Belgisch Staatsblad van 10 juni 2016. Deze procedure is momenteel nog lopende. Alle termijnen opgenomen "
        "in het artikel betreffen termijnen van orde, op de termijn van kandidaatstelling na. De voordrachten van "
        "de benoemingscommissies worden afgewacht. Gegeven de recente wetswijzigingen betreffende de "
        "benoemingsprocedure lijken deze termijnen lang, maar niet onredelijk te zijn. Een inkorting van de "
        "termijnen lijkt niet opportuun. Een volgende publicatie van vacante plaatsen van gerechtsdeurwaarders "
        "wordt momenteel voorbereid.",
    )


def test_uniformising_judged_of_little_use_is_a_no():
    # be-kamer 186102 1: "weinig opportuun" of the uniformising asked
    assert not left_open(
        "Wordt er overwogen om de kwalificatie van smaad en belediging jegens politieagenten te uniformeren?",
        "Bij die twee inbreuken moeten dus verschillende bestanddelen aanwezig zijn. In die context lijkt een "
        "uniformisering van die twee wettelijke systemen weinig opportuun aangezien zij aan zeer uiteenlopende "
        "voorwaarden zijn onderworpen.",
    )


def test_an_appraisal_of_another_matter_leaves_the_question_open():
    # be-kamer 186102 2 (flagged by the readers): the higher fines asked are not what is judged
    assert left_open(
        "Wordt er overwogen om de boetes te verhogen?",
        "In die context lijkt een uniformisering van die twee wettelijke systemen weinig opportuun aangezien "
        "zij aan zeer uiteenlopende voorwaarden zijn onderworpen.",
    )


def test_a_briefing_on_the_study_is_the_yes_to_knowing_of_it():
    # be-kamer 191743 1: the readers read the briefing as the yes
    assert not left_open(
        "Bent u op de hoogte van die studie?",
        "Mijn kabinet werd hierover gebrieft door de administratie. De International Polar Foundation (IPF) heeft "
        "eveneens bevestigd dat dergelijke plannen enkele jaren geleden ooit uitgewerkt zijn.",
    )


def test_knowing_settles_nothing_of_a_further_closed_question():
    # be-kamer 192088 1 (flagged by the readers): the knowing is said, whether the services were told to
    # support the project is not
    assert left_open(
        "Bent u op de hoogte van dit project? Zo ja, lijkt het u een nuttig project en hebt u uw diensten "
        "opgedragen om de verwezenlijking op elke nuttige manier te steunen?",
        "Ik heb met veel aandacht kennisgenomen van dit project, aangezien ik uitgenodigd was, aanwezig was en ook "
        "een toelichting heb mogen geven. Ik apprecieer de inspanningen die gedaan worden vanuit de balies ten "
        "zeerste. Het geeft aan dat ook de advocatuur volop de weg van de digitalisering van Justitie is ingeslagen.",
    )


def test_knowing_named_of_others_asks_no_awareness():
    # be-kamer 189775 3: "op de hoogte" of the OCMW's in a clause of the question, not asked of the minister;
    # "op de hoogte gebracht" in the answer is the public prosecutor's
    assert left_open(
        "Wordt de noodzakelijke opvolging van die veroordeelden niet doorgeschoven naar de diensten van de OCMW's "
        "zonder dat die evenwel volledig op de hoogte zijn van die dossiers?",
        "Het openbaar ministerie staat in voor de controle en voor het toezicht op de inachtneming van de "
        "voorwaarden en wordt door de politie en/of het justitiehuis op de hoogte gebracht wanneer de zaken een "
        "ongunstige wending nemen. De politiediensten zijn belast met de controle op de inachtneming van de "
        "opgelegde verbodsvoorwaarden. De justitiehuizen zorgen voor de opvolging van de gebodsvoorwaarden.",
    )
