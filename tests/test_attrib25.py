"""Attribution of a grouped or unnumbered answer's sentence that speaks for the segment (a missing-data, pointer
or hand-over cue) with no signal of its own (issue 17 item 2; attrib25). What the readers read, written by hand
from their labels of be-kamer records of dev-be35 and dev-be40: such a sentence standing between a sentence of
one unit and a later sentence of a unit further on, in the questions' order, concerns the units from the one
to the other, not the units before or after them; one that names the question as a whole ("De tabellen bij het
antwoord op deze vraag ...") concerns every unit wherever it stands."""

from qa_align.settings import Settings

from .conftest import be_sentence_units

SETTINGS = Settings(rules=("deflection", "cross_reference"), recycled_across_documents=False)

# be-kamer 185904 (dev-be35): three questions, one unnumbered answer
BANKS_QUESTION = (
    "Investeringen in de vervaardiging van kernwapens door banken die in Belgie actief zijn. (MV 15634) \n\n "
    "Op 8 december 2016 heeft PAX Nederland een rapport gepubliceerd over de financiering van de sector van de "
    "nucleaire bewapening, dat op de website http://www.dontbankonthebomb.com/ geraadpleegd kan worden. De "
    "resultaten van de Belgische banken en de buitenlandse banken die in Belgie actief zijn ogen niet fraai. Zo "
    "zou KBC tussen januari 2013 en 2016 via de financiering van de Britse dienstverlener Serco, de "
    "meerderheidsaandeelhouder van AWE-ML, 117 miljoen dollar in de sector geinvesteerd hebben. Die joint "
    "venture beheert het UK Atomic Weapons Establishment, dat het Britse kernwapenarsenaal ontwerpt, "
    "produceert en onderhoudt.BNP Paribas Fortis (met 9 miljard dollar in dezelfde periode), ING (457 miljoen "
    "dollar) en Deutsche Bank (3,7 miljard dollar) zouden ook boter op het hoofd hebben.Over het algemeen "
    "nemen die investeringen de vorm aan van leningen en uitgiften van aandelen en obligaties.Dat "
    "investeringsbeleid van banken die in Belgie actief zijn is volledig in strijd met de verbintenissen die "
    "Belgie op het stuk van nucleaire ontwapening en non-proliferatie is aangegaan. 1. Draagt u kennis van dat "
    "verslag van PAX? Kloppen de cijfers die erin vermeld worden?2. Welke maatregelen zal u nemen om de "
    "betrokken bankinstellingen ervan te overtuigen hun beleid aan te passen opdat het zou aansluiten bij de "
    "verbintenissen die Belgie is aangegaan? 3. Heeft Belfius - zelfs onrechtstreeks - in die sector "
    "geinvesteerd? Welke bepalingen werden er in de beheersovereenkomst van die bank, die voor 100% in handen "
    "van de Staat is, opgenomen om dergelijke investeringen te voorkomen?"
)
BANKS_ANSWER = (
    "Ik heb geen specifieke opmerkingen noch commentaren over het rapport waarnaar u verwijst.De toezichthouder "
    "- in casu de Europese Centrale Bank (ECB) voor de banken die u opnoemt - moet zich ervan vergewissen dat de "
    "banken werken binnen de grenzen van het bestaande wettelijk en reglementair kader zonder zich te mengen in "
    "het beheer ervan. Het is niettemin een feit dat het reglementair kader waaraan de banken zich moeten "
    "houden, bepaalt dat ze over een compliancefunctie moeten beschikken, niet alleen om zich te vergewissen van "
    "de naleving van de wettelijke en reglementaire bepalingen maar eveneens van de bepalingen gedefinieerd door "
    "de banken zelf om hun reputatierisico te beheren. De banken hebben dus de verplichting om hun "
    "reputatierisico te beheren zoals het hoort. Dit houdt de vereiste in om niet betrokken te raken bij "
    "programmafinanciering die hen schade zou kunnen berokkenen omdat de wettelijke voorschriften of hun eigen "
    "deontologische code niet wordt nageleefd. Het is aan de toezichthouder om er zich van te vergewissen dat de "
    "compliancefuncties goed werken binnen de banken.Wat Belfius betreft, is het aan de directieorganen om het "
    "beleid van deze bank te definieren binnen de grenzen die ik net heb besproken. Belfius bezit geen aandelen "
    'van fabrikanten van kernwapens. In deze context kan ik u eveneens zeggen dat Belfius de "Equator '
    'Principles" heeft ondertekend die een kader vormen voor het risicobeheer en dat werd ontwikkeld door de '
    "financiele instellingen voor alles in verband met de milieu- en maatschappelijke risico's van projecten. "
    "Deze principes zijn dus een minimale norm om te komen tot maatschappelijk verantwoorde beslissingen."
)

# be-kamer 189996 (dev-be40): four items of one question, one unnumbered answer and the closing annex note
CONSULTANCY_QUESTION = (
    "Inschakelen van studie- en consultancybureaus. \n\n De regering en de FOD's, agentschappen en ministeries "
    "die ervan afhangen, doen regelmatig een beroep op studie- en consultancybureaus.Kunt u een overzicht "
    "verstrekken met daarin de volgende gegevens met betrekking tot uw kabinet, voor deze regeerperiode:1. de "
    "studie- en consultancybureaus waaraan een opdracht werd toevertrouwd;2. de bedragen die voor elk van die "
    "opdrachten werden betaald;3. de aard van de gevraagde dienst;4. de gevolgde selectieprocedure?"
)
CONSULTANCY_ANSWER = (
    "De hieronder vermelde tabel bevat alle opdrachten, die door mijn beleidscel of deze van mijn voorganger "
    "gevraagd werden en toegekend zijn geworden aan studie- en consultancybureaus sinds het begin van deze "
    "legislatuur, met name sinds 11 oktober 2014.De tabellen bij het antwoord op deze vraag zijn het geachte "
    "Kamerlid rechtstreeks toegestuurd. Gezien het louter documentaire karakter ervan worden zij niet in het "
    "Bulletin van Vragen en Antwoorden opgenomen maar liggen zij ter inzage bij de griffie van de Kamer van "
    "volksvertegenwoordigers (dienst Parlementaire Vragen)."
)


def test_a_remit_named_between_two_units_sentences_is_not_the_first_units():
    # the readers flag deflection on units 2 and 3 (what the banks must do is for the supervisor and Belfius's
    # boards to see to), not on unit 1, which asks whether the minister knows the PAX report and its figures
    units = be_sentence_units(BANKS_QUESTION, BANKS_ANSWER, "Het is aan de toezichthouder", SETTINGS)
    assert "1" not in units
    assert {"2", "3"} <= set(units)


def test_the_annex_note_for_the_question_as_a_whole_concerns_every_unit():
    # the readers flag cross_reference on all four items: the tables sent to the member answer each of them
    units = be_sentence_units(
        CONSULTANCY_QUESTION, CONSULTANCY_ANSWER, "De tabellen bij het antwoord", SETTINGS
    )
    assert set(units) == {"1", "2", "3", "4"}


# review31: ``attribute._between`` where it must give nothing (every unit's then), decided by its contract
def test_between_gives_nothing_where_the_answer_leaves_the_questions_order():
    from qa_align.attribute import _between

    ns = ("1", "2", "3", "4")
    in_order = [(("2",), "words", False), ((), "all", False), (("4",), "words", False)]
    assert _between(in_order, 1, ns, set()) == ("2", "3", "4")
    backwards = [(("4",), "words", False), ((), "all", False), (("2",), "words", False)]
    assert _between(backwards, 1, ns, set()) == ()
    named = [(("1",), "named", True), (("2",), "words", False), ((), "all", False), (("4",), "words", False)]
    assert _between(named, 2, ns, set()) == ()
    closing = [(("2",), "words", False), ((), "all", False)]
    assert _between(closing, 1, ns, set()) == ()
    # a pointer's sentence spread to every unit is no signal: the next one before it is read
    spread = [
        (("1",), "words", False),
        (("3",), "words", False),
        ((), "all", False),
        (("4",), "words", False),
    ]
    assert _between(spread, 2, ns, {1}) == ("1", "2", "3", "4")
