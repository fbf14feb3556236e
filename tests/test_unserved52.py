"""An unnumbered answer leaves a unit unanswered (``missing_answer``, no segment) only where it takes
the units one by one in the questions' order and no sentence of it concerns that unit; where it comes
back to an earlier unit, the words that gave its sentences to the others place them loosely, and the
whole serves every unit, as the readers label it (helper unserved52, session 52). The flag names the
sentences of the units beside the one passed over. Texts of be-kamer records of the development sets;
expected values read off the text and the readers' labels."""

from qa_align.align import align
from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc

# be-kamer 191266 (dev-be44): the answer speaks of the workers (unit 2), the royal decrees (unit 1), then
# of the workers again; its last sentence, given to unit 2 by "kwetsbare werknemers", is what the studies
# say (unit 3): the readers serve unit 3 with the whole answer (`*`, answered)
STUDIES_Q = (
    "1. Wat is uw standpunt op dit stuk en hoe vertaalt dit zich in de Belgische besluitvorming?\n"
    "2. Denkt u dat bepaalde kwetsbare groepen meer nood hebben aan gerichte maatregelen dan de andere "
    "werknemers?\n"
    "3. Wat zijn de conclusies van de verslagen en de studies ter zake?\n"
)
STUDIES_A = (
    "Alle werknemers hebben er recht op dat in de onderneming een preventiebeleid wordt gevoerd. De "
    "bescherming voorzien door de welzijnswet wordt aangevuld met regels die opgenomen zijn in een aantal "
    'koninklijke besluiten. De term "kwetsbare werknemer" die thans wordt gebruikt lijkt minder objectief '
    'dan de term "specifieke categorie van werknemers". De studies waarover wij beschikken spreken '
    'overigens nergens over de categorie "kwetsbare werknemers".'
)

# be-kamer 186783 (dev-be12): the website (unit 3), then the full list (unit 1): the answer comes back
# to an earlier unit; the readers serve unit 2 (the table) with the whole answer (`*`)
CABINET_Q = (
    "1. Kunt u de volledige lijst van de medewerkers van uw kabinet meedelen, dus niet alleen de namen van "
    "de medewerkers van uw beleidscel?\n"
    "2. Kunt u die lijst bezorgen in de vorm van een tabel, en van elke medewerker de bevoegdheid en graad "
    "bij uw kabinet vermelden?\n"
    "3. Zult u die informatie integraal op de website van de regering plaatsen? Zo ja, wanneer?\n"
)
CABINET_A = (
    "De sleutelfuncties binnen mijn beleidsorganen zijn reeds bekendgemaakt op de website van de regering, "
    "www.belgium.be. Ik heb aan de FOD Kanselarij van de Eerste Minister opdracht gegeven de volledige "
    "lijst van de leden van mijn beleidsorganen op dezelfde website te publiceren."
)

# reference-dev 185964: the answer speaks of the parketten (unit 1), then of genital mutilation after
# childbirth (unit 3); nothing of the dossiers of the CGVS (unit 2): the readers' [] and missing_answer
CGVS_Q = (
    "1. Hoe komt het dat er zo weinig dossiers bij het parket werden ingediend? Wijst dat volgens u op een "
    "probleem met de opsporing bij het medisch personeel of de scholen?\n"
    "2. Hoeveel dossiers werden er door het CGVS ingediend?\n"
    "3. Hoeveel dossiers hebben er betrekking op practitioners die bij een bevalling een desinfibulatie "
    "hebben moeten uitvoeren en na de bevalling de fout hebben begaan de vrouw te herinfibuleren?\n"
)
CGVS_A = (
    "Van 2009 tot 2013 werden veertien zaken van seksuele verminking geregistreerd in de Belgische "
    "correctionele parketten. Tot dusver zijn inderdaad weinig gevallen bij gerechtelijke autoriteiten "
    "geregistreerd. Het College van procureurs-generaal heeft het initiatief genomen om de "
    "parketmagistraten op te leiden. Bijgevolg zal het college in de komende weken een circulaire "
    "goedkeuren met betrekking tot vrouwelijke genitale verminkingen."
)


def _pairs(question: str, answer: str) -> list[tuple[str, str]]:
    return [(p.question.n, p.answer_no) for p in align(be_doc(question, answer))]


def test_a_unit_after_an_answer_that_comes_back_to_an_earlier_unit_is_served_by_the_whole():
    assert _pairs(STUDIES_Q, STUDIES_A) == [("1", "*"), ("2", "*"), ("3", "*")]


def test_an_answer_that_comes_back_to_an_earlier_unit_serves_every_unit():
    assert _pairs(CABINET_Q, CABINET_A) == [("1", "*"), ("2", "*"), ("3", "*")]


def test_the_flag_of_a_unit_passed_over_names_the_sentences_beside_it():
    doc = be_doc(CGVS_Q, CGVS_A)
    scored = score_document(doc, Settings(rules=("missing_answer",), recycled_across_documents=False))
    flags = {sp.pair.question.n: [f for f in sp.flags if f.name == "missing_answer"] for sp in scored}
    assert not flags["1"] and not flags["3"]
    (flag,) = flags["2"]
    # the last sentence of unit 1 and the first of unit 3, at their offsets in the document's text
    assert [doc.text[e.start : e.end] for e in flag.evidence] == [
        "Het College van procureurs-generaal heeft het initiatief genomen om de parketmagistraten op te leiden.",
        "Bijgevolg zal het college in de komende weken een circulaire goedkeuren met betrekking tot vrouwelijke "
        "genitale verminkingen.",
    ]
    assert all(e.part == "answer" for e in flag.evidence)
    assert "goes from sub-question 1" in flag.reason and "to sub-question 3" in flag.reason
