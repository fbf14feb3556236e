"""Where the rule decides ``generic`` (Dutch units: no unit model reads them), its flag stands only
where the cue classifier reads the unit's answer sentences as general terms on average
(``Settings.generic_rule_min_general``, 0.40; ``generic_units.reads_specific``): one phrase of
policy talk beside the facts the readers take as the answer is not general statements in place of
the specifics (generic49)."""

from __future__ import annotations

from .conftest import be_doc

# be-kamer 188344 (dev-be57), the record's three questions and answers; the readers label unit 3
# answered, no flag: the inspection's practice is the measure asked, "bijzondere aandacht" beside it
# is the rule's one phrase of policy talk
INSPECTION_Q = (
    "E-commerce. - Prijsafwijkingen. Op internet stoot men geregeld op websites die bedrieglijk hoge "
    "referentieprijzen opgeven om nepkortingen te kunnen aanbieden. 1. Wat hebben de inspecties "
    "opgeleverd die uw administratie op dat gebied heeft uitgevoerd? 2. Hoeveel inbreuken werden er de "
    "voorbije vijf jaar vastgesteld en hoe is dat aantal in die periode geevolueerd? 3. Welke maatregelen "
    "hebt u getroffen om dat fenomeen een halt toe te roepen?"
)
INSPECTION_A = (
    "1. De Economische Inspectie heeft, in de afgelopen vijf jaar, 113 meldingen ontvangen betreffende "
    "prijsonregelmatigheden in de sector van de online handel. Deze meldingen hebben geleid tot tien "
    "controles, drie processen-verbaal van waarschuwing en drie pro justitia's. 2. Overzicht van de "
    "vastgestelde inbreuken: zie tabel. 3. Wanneer de Economische Inspectie een website waarop online "
    "handel wordt gedreven controleert, wordt deze in zijn geheel nagekeken op de naleving van alle "
    "wettelijke bepalingen waarvoor de Economische Inspectie bevoegd is. Naast de klassieke controle van "
    "de vermeldingen betreffende de prijs, wordt er bijzondere aandacht besteed aan de controle van "
    "prijsverlagingen wanneer dit gerechtvaardigd lijkt."
)
# be-kamer 192733 (dev-be25) unit 2: the readers flag `generic` ("otherwise general intentions")
INTENTIONS_Q = (
    "Discriminatie op grond van geloof. Naar verluidt zou de discriminatie op grond van geloof toenemen. "
    "1. Wat is uw standpunt hieromtrent? 2. Welke maatregelen zult u nemen om die situatie te verbeteren?"
)
INTENTIONS_A = (
    "1. Discriminatie op het werk uit zich op verschillende manieren zowel van werkgeverszijde als van "
    "werknemerszijde. 2. Eerst en vooral heb ik me geengageerd om een gedurfde politiek te voeren met het "
    "oog op het verbeteren van de diversiteit door middel van een interfederaal actieplan tegen racisme. "
    "Ik zal een aantal politieke maatregelen van het federale niveau oplijsten om de diversiteit te "
    "promoten. Ik wil aan mijn collega's van de federale regering een engagement vragen om via een "
    "doorgedreven politieke wil een einde te maken aan discriminatie via een politiek waar iedereen "
    "kansen krijgt en ze kan grijpen. Dit plan zal maatregelen combineren van de kabinetten en de "
    "federale regering, waarbij promotie van de diversiteit en de strijd tegen het racisme centraal staan."
)


def _generic_units(doc, caplog, **settings) -> tuple[list[str], str]:
    """The units of ``doc`` that ``generic`` flags, and what it logged at debug level."""
    from qa_align.pipeline import score_document
    from qa_align.settings import Settings

    chosen = Settings(rules=("generic",), recycled_across_documents=False, **settings)
    caplog.clear()
    with caplog.at_level("DEBUG", logger="qa_align.rules.answers"):
        units = sorted(
            sp.pair.question.n
            for sp in score_document(doc, chosen)
            if any(f.name == "generic" for f in sp.flags)
        )
    return units, caplog.text


def test_one_phrase_of_talk_beside_the_measure_given_is_not_generic(caplog):
    doc = be_doc(INSPECTION_Q, INSPECTION_A)
    units, logged = _generic_units(doc, caplog, generic_rule_min_general=0.4)
    assert "3" not in units
    assert "generic of unit 3 not raised: the classifier reads its sentences as specific" in logged
    # the rule alone (the reading off) flags the unit on its one phrase of talk
    units, logged = _generic_units(doc, caplog, generic_rule_min_general=0.0)
    assert "3" in units
    assert "not raised" not in logged


def test_general_intentions_the_classifier_reads_as_general_stay_flagged(caplog):
    units, logged = _generic_units(be_doc(INTENTIONS_Q, INTENTIONS_A), caplog, generic_rule_min_general=0.4)
    assert "2" in units
    assert "generic of unit 2 not raised" not in logged
    # a cut above the classifier's mean of general terms over the unit's sentences takes it off
    units, _ = _generic_units(be_doc(INTENTIONS_Q, INTENTIONS_A), caplog, generic_rule_min_general=0.99)
    assert "2" not in units


def test_without_the_classifier_the_rule_decides_alone(caplog):
    from qa_align.settings import LEXICON_ONLY

    doc = be_doc(INSPECTION_Q, INSPECTION_A)
    units, logged = _generic_units(doc, caplog, cue_model=LEXICON_ONLY, generic_rule_min_general=0.4)
    assert "3" in units
    assert "not raised" not in logged
