"""Attribution of a grouped or unnumbered answer's missing-data sentence that no unit takes by its words,
order or range (issue 17 item 2; attrib28): it goes to the units that ask what data would answer (figures,
a data word, a yes or no, or an item of a list a shared opening ending in a colon asks), not to the units
that ask for measures, lessons or a comparison, where some units of the segment ask data and some do not.
Expected values from the readers' labels: be-kamer 187824 (dev-be19: "De statistische gegevensbank ...
laat het momenteel niet toe van hierover betrouwbare statistieken te genereren" is `no_information` for the
average term and its evolution, units 1 and 2; units 4 and 5, the comparison with other EU countries and
the measures, are left unanswered, no missing data), be-kamer 188363 (dev-be28: "Mijn diensten beschikken
hieromtrent niet over enige cijfers" is not `no_information` for the symptoms, the initiatives or the other
options, units 3, 4 and 6) and be-kamer 185821 (dev-be20: the list after "Kunt u meedelen, voor de jongste
vijf jaar:" asks data in every item, and the readers flag all five `no_information`)."""

from qa_align.document_rules import score_document
from qa_align.settings import Settings

from .conftest import be_doc, be_sentence_units

SETTINGS = Settings(rules=("no_information",), recycled_across_documents=False)


def _no_information(question: str, answer: str) -> set[str]:
    """The units of a Belgian record flagged ``no_information``."""
    pairs = score_document(be_doc(question, answer), SETTINGS)
    return {sp.pair.question.n for sp in pairs if any(f.name == "no_information" for f in sp.flags)}


# be-kamer 187824 (dev-be19): five numbered questions, one unnumbered answer
TERMS_QUESTION = (
    "Strafuitvoeringstermijnen. \n\n 1. Wat is de gemiddelde strafuitvoeringstermijn in ons land?2. Hoe is "
    "deze termijn  gedurende de voorbije vijf jaar (indien mogelijk de voorbije tien jaar) geevolueerd in elk "
    "gerechtelijk arrondissement van het land? Kunt u ook aangeven hoeveel straffen niet binnen een termijn "
    "van twee jaar werden uitgevoerd?3. Welke poiltieke lessen trekt u uit deze cijfers?4. Hoe verhoudt ons "
    "land zich ten opzichte van de andere EU-landen op dit vlak?5. Welke maatregelen hebt u genomen om de "
    "termijnen te verkorten?"
)
TERMS_ANSWER = (
    "De statistische gegevensbank van het College van Procureurs-generaal laat het momenteel niet toe van "
    "hierover betrouwbare statistieken te genereren.Er wordt evenwel opgemerkt dat personen die veroordeeld "
    "worden onder de banden van een aanhoudingsmandaat (voorlopige hechtenis) meteen hun straf in uitvoering "
    "krijgen. Ze gaan dan over van voorlopig gehechten naar veroordeelden in detentie.Voor niet aangehouden "
    "personen beveelt het openbaar ministerie de tenuitvoerlegging van de definitief geworden straf binnen "
    "enkele weken tot enkele maanden."
)

# be-kamer 188363 (dev-be28): six numbered questions, one unnumbered answer (the preamble cut short)
BOREOUT_QUESTION = (
    "Bore-out. \n\n In de arbeidswereld groeit de bewustwording rond een ziekte waarvan het bestaan al enige "
    "tijd bekend is: het gaat om bore-out, een syndroom gekenmerkt door professionele uitputting als gevolg "
    "van verveling. Net als burn-out verdient ook dit arbeidsgerelateerde gezondheidsprobleem onze aandacht. "
    "1. Naar verluidt zou in Frankrijk meer dan 30 % van de werknemers aan een bore-out lijden. Wat is de "
    "situatie in ons land? 2. Lopen er door de regering gefinancierde studies om dat syndroom nader te "
    "bestuderen? 3. Kunt u ons meer vertellen over de symptomen en gedragingen die kenmerkend zijn voor een "
    "bore-out? 4. Welke initiatieven werden of worden er genomen om dat fenomeen in te dammen? 5. Komen er "
    "sensibiliseringsstructuren en -campagnes om die personen te helpen om voor hun situatie uit te komen? "
    "6. In tegenstelling tot burn-out wordt bore-out vooralsnog niet als beroepsziekte erkend. Welke andere "
    "mogelijkheden staan er open voor werknemers met een bore-out?"
)
BOREOUT_ANSWER = (
    "Mijn diensten beschikken hieromtrent niet over enige cijfers. Burn-out, noch Bore-out, worden momenteel "
    "erkend als diagnoses. Deze materie overschrijdt evenwel mijn bevoegdheden als minister van "
    'Volksgezondheid, daar dit behoort tot het domein "Welzijn op het werk", wat de bevoegdheid is van de FOD '
    "Werkgelegenheid, Arbeid en Sociaal Overleg. U kunt uw vragen richten aan de bevoegde minister terzake."
)

# be-kamer 185821 (dev-be20): five list items after a shared opening ending in a colon, one unnumbered answer
RELEASES_QUESTION = (
    "Het vrijlaten van verdachten door procedurefouten. \n\n Recentelijk is een persoon, verdacht van "
    "kindermoord, noodgedwongen vrijgelaten omdat het aanhoudingsbevel te laat werd overgemaakt. Jammer genoeg "
    "gebeuren dergelijke feiten nog regelmatig.Kunt u meedelen, voor de jongste vijf jaar:1. het aantal "
    "vrijlatingen van verdachten ingevolge procedurefouten, zo mogelijk uitgesplitst per jaar en per hof van "
    "beroep;2. welke procedurefouten gemaakt werden en hun aantal;3. of in die dossiers een onderzoek naar de "
    "verantwoordelijkheid voor de procedurefout opgestart werd;4. het aantal tuchtonderzoeken dat in "
    "voorkomend geval door de tuchtrechtelijk bevoegde instanties opgestart is;5. de tuchtstraffen die in "
    "voorkomend geval uitgesproken zijn?"
)
RELEASES_ANSWER = (
    "De gegevensbank van het College van procureurs-generaal bevat geen gegevens over de reden tot vrijlating "
    "van aangehouden verdachten. Er kunnen hierover dus geen cijfergegevens worden aangereikt."
)


def test_missing_statistics_are_not_the_comparison_or_the_measures():
    units = be_sentence_units(TERMS_QUESTION, TERMS_ANSWER, "De statistische gegevensbank", SETTINGS)
    assert {"1", "2"} <= set(units)
    assert not {"4", "5"} & set(units)


def test_no_information_not_on_the_comparison_or_the_measures():
    flagged = _no_information(TERMS_QUESTION, TERMS_ANSWER)
    assert {"1", "2"} <= flagged
    assert not {"4", "5"} & flagged


def test_no_figures_held_is_not_the_answer_on_symptoms_initiatives_or_options():
    assert not {"3", "4", "6"} & _no_information(BOREOUT_QUESTION, BOREOUT_ANSWER)


def test_a_list_asked_under_one_opening_keeps_the_missing_data_for_every_item():
    # a guard (it passes on a816156 too): the list condition of ``_asks_data`` keeps every item's flag, which the
    # reading without it lost (README, attrib28's tried and dropped: 185821 3 and 5)
    assert _no_information(RELEASES_QUESTION, RELEASES_ANSWER) == {"1", "2", "3", "4", "5"}
