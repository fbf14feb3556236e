"""recycled_text: the substance of one answer repeated in another answer of the document."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.rules.overlap import shared_text
from qa_align.settings import Settings
from qa_align.types import AnswerSegment

SETTINGS = Settings(rules=("recycled_text",), score_model="none", similarity_model=None)
RECORD = {"doc_id": "t", "department": "D", "date_tabled": "2017-01-01"}


def _flags(question: str, answer: str) -> dict[str, list[str]]:
    """The reasons of recycled_text per unit of a Belgian record with this question and answer."""
    doc = be_record(dict(RECORD, question=question, answer=answer), "t")
    return {
        sp.pair.question.n: [f.reason for f in sp.flags if f.name == "recycled_text"]
        for sp in score_document(doc, SETTINGS)
    }


def test_a_template_line_that_introduces_different_tables_is_not_recycled():
    # be-kamer 187584: answers 1 and 3 share "De cijfers per provincie van de overtreding in
    # verband met ... vindt u in tabel ..." and point to different tables (1, 2 and 4, 5)
    flags = _flags(
        "Gordeldracht. 1. Hoeveel boetes werden in 2015 en 2016 uitgeschreven voor het niet dragen van een "
        "gordel? 2. Zijn er tendensen naar leeftijd en geslacht? 3. Hoeveel boetes werden in 2015 en 2016 "
        "uitgeschreven voor het niet gebruiken van een kinderzitje?",
        "1. De cijfers per provincie van de overtreding in verband met gordeldracht vindt u in tabel 1. De "
        "cijfers voor de provincie West-Vlaanderen maakt deel uit van tabel 2. 2. Tabel 3 geeft een overzicht "
        "van de overtredingen per leeftijdscategorie en per geslacht. 3. De cijfers per provincie van de "
        "overtreding in verband met kinderzitjes vindt u in tabel 4. De cijfers voor de provincie "
        "West-Vlaanderen maakt deel uit van tabel 5.",
    )
    assert flags == {"1": [], "2": [], "3": []}


def test_a_short_answer_repeated_within_a_long_one_is_not_the_long_ones_substance():
    # be-kamer 188372: answer 3's one sentence stands in answer 1, a fraction of answer 1
    flags = _flags(
        "Desert Falcon. 1. Hoe wordt de transparantie verzekerd? 2. Hoeveel bommen werden er gebruikt?",
        "1. Het onderwerp van de transparantie werd uitvoerig bediscuteerd tijdens de vergadering van de "
        "commissie Defensie van 22 maart 2017. Tijdens de periodieke persconferenties die Defensie organiseert, "
        "geeft ze informatie over het aantal vlieguren, het aantal sorties en acties, het type opdrachten en de "
        "inzetregels. De gevoelige informatie over de bombardementen, het aantal en het type bommen wordt "
        "minstens een keer per maand gecommuniceerd tijdens de vergaderingen van de opvolgingscommissie van de "
        "operaties in het buitenland. 2. Deze gegevens worden gecommuniceerd tijdens de vergaderingen van de "
        "opvolgingscommissie van de operaties in het buitenland.",
    )
    assert flags == {"1": [], "2": []}


def test_two_sentences_repeated_in_two_answers_flag_both():
    repeated = (
        "Het agentschap voert jaarlijks een risicoanalyse uit op alle dossiers van de erkende centra. "
        "Wanneer daarbij tekortkomingen worden vastgesteld, volgt een inspectie ter plaatse binnen de drie "
        "maanden."
    )
    flags = _flags(
        "Controles. 1. Hoe worden de kinderopvangcentra gecontroleerd? 2. Hoe worden de dagcentra "
        "gecontroleerd? 3. Wanneer start de hervorming?",
        f"1. In 2023 werden 412 centra gecontroleerd. {repeated} 2. {repeated} Voor de dagcentra gelden "
        "daarnaast de regels van het decreet van 2019 over de kwaliteit van de zorg, met een eigen "
        "klachtenprocedure voor gebruikers en hun familie. 3. De hervorming start in januari 2025.",
    )
    assert flags["3"] == []
    # 14 + 14 words repeated; answer 1 has 6 more ("In 2023 werden 412 centra gecontroleerd"), the
    # quote is cut at 79 characters
    assert flags["1"] == [
        "2 sentence(s), 28 words (82% of it) also stand in answer 2: "
        "'Het agentschap voert jaarlijks een risicoanalyse uit op alle dossiers van de er…'"
    ]
    # answer 2: 28 + 27 words of its own ("Voor de dagcentra ... familie")
    assert flags["2"][0].startswith("2 sentence(s), 28 words (51% of it) also stand in answer 1")


def test_one_sentence_is_recycled_when_it_is_much_of_both_answers():
    # the cybersecurity document (vlaams-parlement): answers 3 and 5 open on the same long sentence
    # of 35 words, 43% of answer 3 and 40% of answer 5 (test_rules checks the whole document)
    shared = (
        "VLAIO kijkt erop toe dat de acties die uitgevoerd worden door de partners voldoende afgestemd zijn op "
        "de kenmerken van een adequaat cyberveiligheidsbeleid."
    )
    flags = _flags(
        "Cyberveiligheid. 1. Hoe bewaakt VLAIO de kwaliteit? 2. Welke opleidingen zijn er?",
        f"1. {shared} Dit wil zeggen een beleid dat oog heeft voor vijf kernfuncties. 2. {shared} Eenmalig een "
        "pentest uitvoeren zorgt immers niet voor een sterk beleid.",
    )
    assert [len(flags["1"]), len(flags["2"])] == [1, 1]


def test_a_shared_note_on_the_data_before_each_answers_own_figures_is_not_recycled():
    # be-kamer 188365: answers 1 and 2-5 open on the same two sentences on who supplied the data;
    # answer 1 then gives its count, answer 2-5 points to its annexed table
    question = (
        "Overuren brandweer. 1. Welke zones maken gebruik van de regeling? 2. Hoeveel uren werden in 2016 "
        "gepresteerd? 3. Hoeveel personeelsleden maken er gebruik van?"
    )
    note = (
        "Alle zones werden gevraagd om de gegevens aan te leveren. Van de 34 zones hebben er 24 geantwoord."
    )
    rest = (
        f"2. tot 3. {note} Een overzicht van de antwoorden op de vragen 2 en 3 vindt u in de tabel die als "
        "bijlage gaat."
    )
    counted = f"1. {note} Op basis van de antwoorden maken 21 van de 24 zones gebruik van de regeling. {rest}"
    assert _flags(question, counted) == {"1": [], "2": [], "3": []}
    # without a figure of its own, answer 1 is the shared note (10 + 8 words) and 13 words of its own
    uncounted = f"1. {note} Op basis van de antwoorden maken de meeste zones gebruik van de regeling. {rest}"
    flags = _flags(question, uncounted)
    assert [len(flags["1"]), len(flags["2"]), len(flags["3"])] == [1, 1, 1]
    assert flags["1"][0].startswith("2 sentence(s), 18 words (58% of it) also stand in answer 2-3")


def test_shared_text_needs_a_run_of_the_least_words_in_both_segments():
    # recycled_min_block_words is 5: "de cijfers van dit jaar" (5 words) is shared text, found again
    # in the segments' own offsets; "de cijfers van dit" (4 words) is none
    first = AnswerSegment(0, 47, "Hier zijn de cijfers van dit jaar voor Brussel.")
    second = AnswerSegment(0, 39, "Zie de cijfers van dit jaar in tabel 2.")
    (found,) = shared_text([first, second], Settings())
    assert (found.words, found.spans_a, found.spans_b) == (5, ((10, 33),), ((4, 27),))
    assert found.words_a[0] == (10, 12) and found.words_b[-1] == (23, 27)
    third = AnswerSegment(0, 35, "Zie de cijfers van dit voorjaar na.")
    assert shared_text([first, third], Settings()) == []
