"""cross_reference on Belgian answers (helper xref17, 2026-12-02): a pointer to another text in an
unnumbered answer serving several units answers each of them, not the one unit that shares one
word with the text it names (``attribute``'s ``pointers``)."""

from qa_align.attribute import attribute
from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc

RULES = ("cross_reference", "deflection")


def flags_of(question: str, answer: str, cue_model: str = "lexicon") -> dict[str, list[str]]:
    settings = Settings(rules=RULES, recycled_across_documents=False, cue_model=cue_model)
    return {
        sp.pair.question.n: sorted({f.name for f in sp.flags})
        for sp in score_document(be_doc(question, answer), settings)
    }


# be-kamer 184921 (dev-be16): the whole answer is one pointer; it shares "antwoord" with unit 2 alone
GULEN_Q = (
    "Diyanet.\n\n 1. Is dat inlichtingenwerk, als het werkelijk wordt uitgevoerd, conform de Belgische "
    "wetgeving?2. Biedt het Europese niveau een gecoordineerd antwoord met betrekking tot dit dossier?3. "
    "Beschikken de personen in Belgie die zich door die maatregelen bedreigd voelen, over middelen om "
    "daartegen bezwaar aan te tekenen?"
)
GULEN_A = (
    "Er wordt verwezen naar het reeds gegeven antwoord op de vragen vanwege de heren De Roover en "
    "Dewinter, naar aanleiding van de plenaire vergadering van 15 december 2016 (Integraal Verslag, "
    "Kamer, 2016-2017, CRIV 54 PLEN 144)."
)


def test_a_pointer_only_answer_points_elsewhere_for_every_unit():
    flags = flags_of(GULEN_Q, GULEN_A)
    assert {n: "cross_reference" in f for n, f in flags.items()} == {"1": True, "2": True, "3": True}


# be-kamer 185350 (dev-be18): the title of the minister whose answer is pointed to names the
# "Noordzee" of the second question
SHIPS_Q = (
    "Sleepoperaties.\n\n 1. Houdt die sleepmethode geen risico in voor ons milieu? Welk wettelijke kader "
    "is er van toepassing op die activiteit?2. Zijn er, meer in het algemeen, de voorbije twintig jaar "
    "op de Noordzee schepen vergaan in het kader van sleepoperaties?"
)
SHIPS_A = (
    "De vraag die u mij stelt, valt onder bevoegdheid van de minister van Energie, Leefmilieu en "
    "Duurzame Ontwikkeling.Ik verwijs de geachte lid dan ook naar het antwoord van de minister van "
    "Energie, Leefmilieu en Duurzame Ontwikkeling op zijn vraag nummer 413 van 19 januari 2017 en van de "
    "staatssecretaris voor Bestrijding van de sociale fraude, Privacy en Noordzee."
)


def test_a_word_of_the_text_pointed_to_does_not_take_the_pointer_from_the_other_unit():
    flags = flags_of(SHIPS_Q, SHIPS_A)
    assert "cross_reference" in flags["1"]
    assert "cross_reference" in flags["2"]


def test_a_pointer_that_shares_two_words_with_one_unit_stays_that_units():
    # two words of unit 2 alone ("kosten", "herstellingen") in the pointer's sentence give it to unit 2
    question = (
        "Vandalisme.\n\n 1. Hoeveel daders van vandalisme werden op heterdaad betrapt?2. Wat was de totale "
        "kostprijs van de herstellingen en de kosten voor de reiniging?"
    )
    answer = (
        "De daders worden door Securail betrapt en aan de politie overgedragen.Voor de kosten van de "
        "herstellingen verwijs ik naar mijn antwoord op de vraag nr. 1204."
    )
    flags = flags_of(question, answer)
    assert "cross_reference" not in flags["1"]
    assert "cross_reference" in flags["2"]


def test_attribute_gives_a_pointer_sentence_to_all_units_with_one_shared_word():
    from .conftest import be_doc as make

    doc = make(GULEN_Q, GULEN_A)
    seg = doc.answer.segments[0]
    units = doc.question.units
    start = seg.text.index("wordt verwezen naar")
    without = attribute(seg, units, "nl")
    with_pointer = attribute(seg, units, "nl", pointers=[start])
    assert without.sentences[0].units == ("2",)
    assert with_pointer.sentences[0].units == ("1", "2", "3")


def test_an_annex_pointer_beside_the_segments_own_table_points_elsewhere():
    # be-kamer 190607: a table of visits per year stands in the text; the detail per hospital asked is
    # "in bijlage", and the document's closing note says the annexes went to the member directly
    question = (
        "Gebruik van de spoeddienst.\n\n 1. Hoe is het gebruik van de spoeddienst de voorbije vijf jaar in "
        "ons land geevolueerd? Kunt u de cijfers opsplitsen per ziekenhuis en per jaar?2. Welke maatregelen "
        "hebt u genomen om druktepieken op de spoedafdeling te vermijden?"
    )
    answer = (
        "1. U vindt hieronder de evolutie van het aantal bezoeken aan de spoedgevallendienst op basis van de "
        "laatst gekende gegevens.2016201716232-7-1589-nl-fr\n      U vindt in bijlage het detail per "
        "ziekenhuis.De bijlagen bij het antwoord op deze vraag zijn het geachte Kamerlid rechtstreeks "
        "toegestuurd. Gezien het louter documentaire karakter ervan worden zij niet in het Bulletin van "
        "Vragen en Antwoorden opgenomen maar liggen zij ter inzage bij de griffie van de Kamer van "
        "volksvertegenwoordigers (dienst Parlementaire Vragen). 2. Er werden maatregelen genomen om de "
        "huisartsenwachtposten beter bekend te maken."
    )
    flags = flags_of(question, answer)
    assert "cross_reference" in flags["1"]


def test_a_table_word_beside_the_segments_own_table_points_to_that_table():
    # "zie tabel" in a segment that holds a table points to it, annex note or not (be-kamer 190607's
    # words with the annex sentence left out)
    question = (
        "Gebruik van de spoeddienst.\n\n 1. Hoe is het gebruik van de spoeddienst de voorbije vijf jaar in "
        "ons land geevolueerd?2. Welke maatregelen hebt u genomen om druktepieken te vermijden?"
    )
    answer = (
        "1. De evolutie van het aantal bezoeken aan de spoedgevallendienst staat in de tabel."
        "2016201716232-7-1589-nl-fr\n      De bijlagen bij het antwoord op deze vraag zijn het geachte "
        "Kamerlid rechtstreeks toegestuurd. 2. Er werden maatregelen genomen om de huisartsenwachtposten "
        "beter bekend te maken."
    )
    flags = flags_of(question, answer)
    assert "cross_reference" not in flags["1"]


def test_the_infinitive_pointer_is_a_lexicon_pointer():
    # be-kamer 185044: "verwijzen" where the lexicon had only "verwijs * naar * antwoord"
    flags = flags_of(
        "Dienstwagens.\n\n 1. Hoeveel dienstwagens heeft uw kabinet?",
        "Ik moet het geachte lid verwijzen naar mijn antwoord op zijn parlementaire vraag nr. 1620 van "
        "1 september 2016 (Vragen en Antwoorden, Kamer, 2016-2017, nr. 86).",
    )
    assert "cross_reference" in flags["1"]
