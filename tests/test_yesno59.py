"""The unit gate of ``yes_no_unanswered`` (yesno59; ``Settings.yes_no_gate_model``, ``rules.answers.yes_no_gate_reading``,
``models/yes-no-gate.md``): a unit the word tests read as left open is read once more over the unit (the share of
the asked words the answer takes up, the number of closed questions, a hedge cue, numbered segments, the answer's
length, the language; a gate file may also read the answer sentence nearest the question by character n-grams),
and the flag is dropped under the gate's threshold. Real answers of the
development sets (be-kamer 188522, dev-be60, the yes said in other words; 185562, reference-dev, the neighbouring
matter said in place of the yes or no) and hand-written gate files of one feature (``conftest.model_file``);
expected flags written by hand from reading the answers by LABELS.md."""

import pytest

from qa_align.errors import ConfigError
from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc, model_file

TIMING_Q = (
    "Solidariteitsbijdrage hoogste pensioenen. \n\n De zogenaamde solidariteitsbijdrage van de hoogste "
    "pensioenen werd ingevoerd in 1993 tijdens de crisis van begin jaren 90. In 2008 werd de bijdrage van "
    "de middelste pensioenen afgeschaft, maar die op de hoogste pensioenen is nog steeds in voege. U "
    "heeft gezegd dat u deze bijdrage volgend jaar met een kwart wil laten zakken en ze uiteindelijk "
    "volledig wil afschaffen. 1. Hoever staat het hier mee?2. Hanteert u nog steeds deze timing?3. "
    "Waaraan is een eventuele vertraging te wijten voor het verlagen of afschaffen van de "
    "solidariteitsbijdrage?"
)
TIMING_A = (
    "1. tot 3. In antwoord op zijn vragen, heb ik de eer het geachte lid het volgende mee te delen.De wet "
    "van 30 maart 1994 houdende sociale bepalingen heeft, met het oog op het behoud van een financieel "
    "evenwicht op het gebied van de sociale zekerheid en meer bepaald de sector van de pensioenen, een "
    "solidariteitsbijdrage ten laste van de gepensioneerden ingevoerd. Deze solidariteitsbijdrage "
    "schommelt tussen 0 en 2 %, al naargelang de hoogte van het totale brutobedrag en de hiermee verband "
    "houdende overschrijding van de grenzen die door de wet zijn vastgelegd (verschil tussen "
    '"alleenstaand" en "met gezinslast").Ik heb steeds gepleit voor een volledige afschaffing van de '
    "solidariteitsbijdrage op de pensioenen, of het nu de wettelijke pensioenen betreft of de aanvullende "
    "pensioenkapitalen. De gepensioneerden hebben reeds gedurende hun hele actieve leven bijgedragen. De "
    "inhoudingen op hun pensioen komen in werkelijkheid neer op de eis dat ze een tweede keer "
    "bijdragen.In 2008 heeft er al een eerste vermindering plaatsgevonden van de "
    "solidariteitsbijdrage.Tijdens het laatste begrotingsconclaaf werd er een nieuwe stap gezet. Op mijn "
    "initiatief heeft de Regering heeft inderdaad beslist de solidariteitsbijdrage, die wordt ingehouden "
    "op het totale brutobedrag van de pensioenen, renten en sommige aanvullende voordelen, geleidelijk af "
    "te bouwen, vanaf 1 januari 2019, om een vermindering te bereiken van 25 %.Momenteel blijft deze "
    "timing dus onveranderd."
)
ROO_Q = (
    "Door Refugee Assist beheerd centrum te Couvin. \n\n Aanvankelijk werd die vennootschap gedurende een hele tijd "
    "geleid door Peter De Roo, gewezen federaal regeringscommissaris voor de opvang van asielzoekers. 1. Hoe "
    "verklaart u het verschil in dagforfait tussen Refugee Assist en de andere centra? Hoe werden die bedragen "
    "berekend?2. Hebben leden van uw kabinet of uzelf Peter De Roo ontmoet?3. Hoeveel centra worden er nog door "
    "Refugee Assist beheerd? Welke samenwerkingsprojecten zitten er nog in de pijplijn?"
)
ROO_A = (
    "1. In het kader van deze overheidsopdracht, geplaatst op basis van dwingende spoed, werd de opening van "
    "opvangplaatsen inderdaad aan Refugee Assist (en aan anderen) gegund.De inschrijvers werden uitgenodigd een "
    "prijs voor te stellen rekening houdend met het bestek en specifieke technische bepalingen, waardoor een vast "
    "en gelijkaardig niveau van prestaties verzekerd werd voor alle centra. 2. Het kabinet heeft contact gehad met "
    "alle grote opvangoperatoren. 3. Er wordt geen centrum meer beheerd door deze operator. Er is geen toekomstige "
    "samenwerking meer voorzien."
)


def yes_no(doc, **settings):
    """The unit number and flag of each ``yes_no_unanswered`` flag of ``doc``."""
    s = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, **settings)
    return [
        (sp.pair.question.n, f)
        for sp in score_document(doc, s)
        for f in sp.flags
        if f.name == "yes_no_unanswered"
    ]


def test_the_yes_said_in_other_words_loses_its_flag():
    # "2. Hanteert u nog steeds deze timing?" - a grouped "1. tot 3." that ends "Momenteel blijft deze timing dus
    # onveranderd.": the yes, in words no word test reads (the readers: answered); the gate reads a numbered
    # answer with no hedge whose two sentences the unit is given take up two of the three words it asks, and
    # drops the flag
    doc = be_doc(TIMING_Q, TIMING_A)
    assert [n for n, _ in yes_no(doc, yes_no_gate_model="none")] == ["2"]
    assert yes_no(doc) == []


def test_a_neighbouring_matter_keeps_its_flag_and_the_gate_says_what_it_weighed(tmp_path):
    # "Hebben leden van uw kabinet of uzelf Peter De Roo ontmoet?" - "Het kabinet heeft contact gehad met alle grote
    # opvangoperatoren.": whether the cabinet met the man is left open (the readers' flag, reference-dev); the
    # shipped gate reads the unit whole and names what it weighed, the question its evidence
    doc = be_doc(ROO_Q, ROO_A)
    ((n, flag),) = yes_no(doc)
    assert n == "2"
    assert [(doc.text[e.start : e.end], e.part) for e in flag.evidence] == [
        ("Hebben leden van uw kabinet of uzelf Peter De Roo ontmoet?", "question")
    ]
    assert "the unit gate keeps it" in flag.reason and "weighs most" in flag.reason
    # a gate that reads the nearest sentence (one of ``char_best``, flagging where it is low) names that sentence
    # with its offsets in the document
    ((_, read),) = yes_no(doc, yes_no_gate_model=model_file(tmp_path, "char_best", -10.0))
    assert [(doc.text[e.start : e.end], e.part) for e in read.evidence] == [
        ("Hebben leden van uw kabinet of uzelf Peter De Roo ontmoet?", "question"),
        ("Het kabinet heeft contact gehad met alle grote opvangoperatoren.", "answer"),
    ]
    # without the gate the flag is the word tests' alone
    ((_, plain),) = yes_no(doc, yes_no_gate_model="none")
    assert "gate" not in plain.reason


def test_the_character_ngrams_meet_a_noun_and_its_participle():
    # "opleiding" (the question's noun) and "opgeleid" (the answer's participle) share no word but share "leid";
    # the gate reads the nearest sentence by the n-grams, which a word of the question alone does not reach
    from qa_align.align import align
    from qa_align.rules.answers import yes_no_gate_reading
    from qa_align.rules.context import DocContext

    doc = be_doc(
        "Opleiding van gebruikers. \n\n Zal er een opleiding georganiseerd worden voor de gebruikers?",
        "De toepassing werd in maart in dienst genomen. Elke medewerker werd opgeleid in het najaar.",
    )
    settings = Settings(recycled_across_documents=False, yes_no_gate_model="none")
    ctx = DocContext(doc, align(doc, settings), settings)
    assert len(ctx.pairs) == 1
    pc = ctx.context(0)
    (first,) = pc.question.closed  # read by the gate as the rule hands it a closed question
    assert first.text == "Zal er een opleiding georganiseerd worden voor de gebruikers?"
    reading = yes_no_gate_reading(pc, first)
    assert reading.sentence[1].text == "Elke medewerker werd opgeleid in het najaar."
    assert reading.features["char_best"] > 0
    assert reading.features["word_best"] == 0.0  # no word of the question in it
    assert reading.features["best_first"] == 0.0
    assert reading.features["english"] == 0.0


def test_a_gate_of_one_feature_drops_by_it(tmp_path):
    # a gate that drops the Belgian units (weight against ``english`` being 0) drops 185562 2's flag; one that
    # drops the English units keeps it
    doc = be_doc(ROO_Q, ROO_A)
    assert yes_no(doc, yes_no_gate_model=model_file(tmp_path, "english", 10.0)) == []
    assert [n for n, _ in yes_no(doc, yes_no_gate_model=model_file(tmp_path, "english", -10.0))] == ["2"]


def test_a_named_gate_that_is_missing_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="yes_no_gate_model"):
        yes_no(be_doc(ROO_Q, ROO_A), yes_no_gate_model=str(tmp_path / "absent.json"))
