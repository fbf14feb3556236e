"""The Belgian Chamber reader on real records; expected values read off the records."""

import json

import pytest

from qa_align import read
from qa_align.pipeline import score_document
from qa_align.readers import read_paths
from qa_align.readers.be_kamer import read_record
from qa_align.textclean import inline_lines

from .conftest import CORPUS

SAMPLE = CORPUS / "be-kamer" / "questions-sample.jsonl"


@pytest.fixture(scope="module")
def docs():
    return {d.doc_id: d for d in read(SAMPLE)}


def test_run_together_numbering_is_split(docs):
    d = docs["184501"]
    assert d.source == "be-kamer"
    assert [u.n for u in d.question.units] == ["1", "2", "3"]
    assert d.question.units[0].text == (
        "Wat was de precieze oorzaak van de technische problemen? Hadden ze voorkomen kunnen worden, en zo ja, hoe?"
    )
    assert d.question.units[2].text.startswith("Doen er zich vaak dergelijke technische incidenten voor?")
    assert d.question.preamble.text.startswith("Op maandag 19 december 2016 kondigde de NMBS")
    assert [s.label for s in d.answer.segments] == ["1", "2", "3"]
    assert d.answer.segments[0].text == "De noodrem werd geactiveerd; het ging om kwaad opzet."
    u = d.question.units[1]
    assert d.text[u.start : u.end].startswith("Zou er voor dergelijke situaties")


def test_metadata(docs):
    m = docs["184501"].metadata
    assert m.subject == "Lijn Brussel-Luxemburg. - Technisch incident."
    assert m.date == "2017-01-04"
    assert m.questioner == "Burton, Emmanuel"
    assert m.minister.startswith("Minister van Mobiliteit")
    assert "NMBS" in m.themes


def test_grouped_answer_with_dotted_numbers(docs):
    d = docs["184509"]
    assert [u.n for u in d.question.units] == ["1", "2", "3"]
    assert d.question.units[2].text.startswith("Welke ''praktischere' oplossing")
    assert [(s.label, s.numbers) for s in d.answer.segments] == [("1-3", (1, 2, 3))]
    pairs = [sp.pair for sp in score_document(d)]
    assert [(p.answer_no, p.method) for p in pairs] == [("1-3", "group")] * 3


def test_table_placeholders_are_tables_that_stood_there(docs):
    d = docs["184504"]
    segs = {s.label: s for s in d.answer.segments}
    assert [t.header for t in segs["2"].tables] == [("2016201713921-3-1861-nl-fr-1",)]
    assert [t.header[0][-1] for t in segs["4"].tables] == ["2", "3", "4", "5", "6"]
    assert all(t.placeholder for t in segs["4"].tables)
    t = segs["2"].tables[0]
    assert d.text[t.start : t.end] == "2016201713921-3-1861-nl-fr-1"


def test_unanswered_record_is_reported_with_its_id():
    problems = [p for p in read_paths([SAMPLE]) if not hasattr(p, "metadata")]
    assert [(p.doc_id, p.reason) for p in problems] == [
        ("184505", "no answer (the question was not answered)")
    ]


def test_bad_lines_are_reported_and_the_rest_read(tmp_path):
    path = tmp_path / "q.jsonl"
    good = SAMPLE.read_text(encoding="utf-8").splitlines()[0]
    path.write_text("{not json\n" + good + "\n[1, 2]\n", encoding="utf-8")
    results = list(read_paths([path]))
    assert [getattr(r, "doc_id", None) for r in results if hasattr(r, "metadata")] == ["184501"]
    reasons = [r.reason for r in results if not hasattr(r, "metadata")]
    assert reasons[0].startswith("line 1: not JSON") and reasons[1] == "line 3: not a JSON object"


def test_record_without_answer_field_value():
    rec = json.loads(SAMPLE.read_text(encoding="utf-8").splitlines()[0])
    rec["answer"] = "   "
    with pytest.raises(Exception, match="no answer"):
        read_record(rec, "x.jsonl")


def test_inline_lines_break_only_after_a_sentence_end():
    text = "kosten van het toezicht?3. Welke oplossing? In 2. fase en artikel 3. De rest"
    lines = [ln.text for ln in inline_lines(text)]
    assert lines == ["kosten van het toezicht?", "3. Welke oplossing? In 2. fase en artikel 3. De rest"]


def _record(question: str, answer: str) -> dict:
    return {
        "doc_id": "t",
        "question": question,
        "answer": answer,
        "department": "D",
        "date_tabled": "2017-01-01",
    }


Q3 = "Onderwerp.\n\n 1. Eerste vraag?2. Tweede vraag?3. Derde vraag?"


def test_heading_run_into_first_item():
    # answer 185334: "FOD Binnenlandse Zaken1. Reeds lang ..."
    d = read_record(
        _record(
            Q3,
            "FOD Binnenlandse Zaken1. Reeds lang voor de brief van 23 juni 2016 werd een methode uitgewerkt. "
            "2. Er werden geen nieuwe zaken aanhangig gemaakt. 3. De dossiers dienden niet voorgelegd te worden.",
        ),
        "x",
    )
    assert [s.label for s in d.answer.segments] == ["intro", "1", "2", "3"]
    assert d.answer.segments[0].text == "FOD Binnenlandse Zaken"
    assert d.answer.segments[1].text.startswith("Reeds lang voor de brief")


def test_opening_that_names_questions_serves_them():
    # answer 186455
    d = read_record(
        _record(
            "Vergeten bankrekeningen.\n\n 1. Wat gebeurt er?2. Welke bedragen?3. Welke maatregelen?4. Hoe zit het?",
            "De antwoorden op de vragen 1, 2 en 3 behoren tot bevoegdheid van mijn collega de minister van Financien. "
            "4. De slapende levensverzekeringscontracten worden geregeld door de wet van 24 juli 2008.",
        ),
        "x",
    )
    assert [(s.label, s.numbers) for s in d.answer.segments] == [("1-3", (1, 2, 3)), ("4", (4,))]


def test_groups_out_of_order():
    # answer 187143: "1., 3. en 5. ... 2. en 4. ..."
    d = read_record(
        _record(
            "Onderwerp.\n\n 1. Een?2. Twee?3. Drie?4. Vier?5. Vijf?",
            "1., 3. en 5. Bijgevoegd de gevraagde cijfers. 2. en 4. De tweetaligheidsattesten worden door Selor toegekend.",
        ),
        "x",
    )
    assert [s.label for s in d.answer.segments] == ["1,3,5", "2,4"]


def test_numbering_that_starts_at_two_leaves_the_opening_to_question_one():
    # answer 190842: unnumbered opening, then "2."
    d = read_record(
        _record(Q3, "De productie van de Koninklijke Munt is gedaald. 2. Via de herstructurering. 3. Neen."),
        "x",
    )
    assert [s.label for s in d.answer.segments] == ["1", "2", "3"]
    assert d.answer.segments[0].text == "De productie van de Koninklijke Munt is gedaald."


def test_number_run_into_a_table_placeholder():
    # answer 186412
    d = read_record(
        _record(
            Q3,
            "1.2016201712522-5-956-nl-fr-1\n      2.2016201712522-5-956-nl-fr-2\n      3. Financiering via het Beliris-begrotingsfonds.",
        ),
        "x",
    )
    assert [s.label for s in d.answer.segments] == ["1", "2", "3"]
    assert [len(s.tables) for s in d.answer.segments] == [1, 1, 0]
    assert d.answer.segments[0].tables[0].placeholder


def test_answer_number_run_into_the_last_word_of_the_previous_answer():
    # answer 187968: "... tien Chinezen3. Het betreft vier visa ..."
    d = read_record(
        _record(
            Q3,
            "1. DVZ heeft in 2016 vier visa toegestaan. 2. Wat de andere religies betreft: top drie: 97 "
            "Amerikanen, 25 Congolezen en tien Chinezen3. Het betreft vier visa voor erkende instellingen.",
        ),
        "x",
    )
    assert [s.label for s in d.answer.segments] == ["1", "2", "3"]
    assert d.answer.segments[1].text.endswith("tien Chinezen")
    assert d.answer.segments[2].text == "Het betreft vier visa voor erkende instellingen."


def test_table_placeholder_run_into_its_caption():
    # answer 192080: the caption's last word and the code lost the space between them
    d = read_record(
        _record(
            Q3,
            "1. Een statistiek over het aantal hernieuwingen van H-kaarten volgens rang van de kaart is niet "
            "beschikbaar. Zoals voorzien door Eurostat vindt u hierbij het totaal aantal vernieuwingen per jaar."
            "Tabel 4: Aantal H-kaarten volgens jaar van vernieuwing2016201716777-16-1191-bil-4",
        ),
        "x",
    )
    (table,) = d.answer.segments[0].tables
    assert table.placeholder
    assert d.text[table.start : table.end] == "2016201716777-16-1191-bil-4"


def test_erratum_quoting_the_question_is_segmented_from_its_answer():
    # be-kamer 185492: the answer repeats the question, then "Antwoord1. Ja2. Neen, ..."
    q = (
        "Optimaliseren van de sluitingstijden van slagbomen.\n\n 1. Zijn de sluitingstijden reeds geoptimaliseerd?"
        "2. Zo niet, zijn hier nog technische optimalisaties mogelijk?3. Wanneer staan deze optimalisaties gepland?"
    )
    a = (
        "Erratum:In het bulletin van Vragen en Antwoorden, nr. 119 invoegen op pagina 195, zoals volgt: 1. Zijn de "
        "sluitingstijden reeds geoptimaliseerd?2. Zo niet, zijn hier nog technische optimalisaties mogelijk?3. "
        "Wanneer staan deze optimalisaties gepland?Antwoord1. Ja2. Neen, hier zijn geen optimalisaties meer mogelijk. "
        '3. Er zijn vanuit "seintechnisch oogpunt" geen verbeteringen mogelijk.'
    )
    d = read_record(_record(q, a), "x")
    assert [(s.label, s.text) for s in d.answer.segments] == [
        ("1", "Ja"),
        ("2", "Neen, hier zijn geen optimalisaties meer mogelijk."),
        ("3", 'Er zijn vanuit "seintechnisch oogpunt" geen verbeteringen mogelijk.'),
    ]


@pytest.mark.parametrize(
    ("answer", "segments"),
    [
        # answer 185270: "2016: 1392. Hieronder ..." is the figure 139 and answer 2; answer 184506:
        # "8.256 m22. Dit gebouw ..."
        (
            "1. Het aantal visumaanvragen per jaar:2015: 902016: 1392. Hieronder vindt u het aantal gevallen "
            "per jaar:2016: 573. De totale oppervlakte van het gebouw is 8.256 m2.",
            [
                ("1", "Het aantal visumaanvragen per jaar:2015: 902016: 139"),
                ("2", "Hieronder vindt u het aantal gevallen per jaar:2016: 57"),
                ("3", "De totale oppervlakte van het gebouw is 8.256 m2."),
            ],
        ),
        # answer 192882: "23 brieven2. 99 brieven ..."; answer 188865: "Brussel).- 3. De gegevens ..."
        (
            "1. In 2017: 23 brieven2. 99 brieven waren gericht aan ondernemingen. Dat geldt ook voor Brussel).- "
            "3. De gegevens zijn niet beschikbaar.",
            [
                ("1", "In 2017: 23 brieven"),
                ("2", "99 brieven waren gericht aan ondernemingen. Dat geldt ook voor Brussel).-"),
                ("3", "De gegevens zijn niet beschikbaar."),
            ],
        ),
    ],
)
def test_answer_number_run_into_the_figure_or_word_before_it(answer, segments):
    d = read_record(_record(Q3, answer), "x")
    assert [(s.label, s.text) for s in d.answer.segments] == segments


@pytest.mark.parametrize(
    "answer",
    [
        "1. Ja. 2. De regeling geldt sinds 2013. Daarna volgde een evaluatie.",
        "1. Ja. 2. Het gemiddelde bedraagt 1,23. Meer cijfers zijn er niet.",
    ],
)
def test_a_year_or_a_decimal_before_a_missing_number_is_no_head(answer):
    # "in 2013." and "1,23." end on the 3 of question 3: answer 3 is missing, not hidden there
    d = read_record(_record(Q3, answer), "x")
    assert [s.label for s in d.answer.segments] == ["1", "2"]


def test_a_group_that_names_an_answered_question_again():
    # answer 192725: "1. en 3. ... 2. en 3.- Voor EPIS ..."; 188324: "1., 3. a) en b) ... 2. en 3. c) ..."
    d = read_record(
        _record(
            "Onderwerp.\n\n 1. Een?2. Twee?3. Drie?4. Vier?",
            "1. en 3. De Kansspelcommissie beheert twee databanken. 2. en 3.- Voor EPIS: ja. 4. De kost wordt "
            "gefinancierd door het fonds.",
        ),
        "x",
    )
    assert [(s.label, s.numbers) for s in d.answer.segments] == [
        ("1,3", (1, 3)),
        ("2-3", (2, 3)),
        ("4", (4,)),
    ]
    pairs = [sp.pair for sp in score_document(d)]
    assert [p.answer_no for p in pairs] == ["1,3", "2-3", "1,3;2-3", "4"]


def test_the_reader_finds_a_units_lettered_parts():
    # be-kamer's run-together numbering, "per jaar:a) ... ;b) ...": unit 1 has parts a and b (the
    # readers find them, as segment.inline_parts reads them; coverage takes them from the unit)
    doc = read_record(
        {
            "doc_id": "t",
            "question": "Asielaanvragen.\n\n1. Kan u per jaar meedelen:a) het aantal aanvragen;b) hoeveel "
            "daarvan werden goedgekeurd?2. Wanneer volgt de evaluatie?",
            "answer": "1. Zie tabel. 2. In 2018.",
        },
        "t.jsonl",
    )
    first, second = doc.question.units
    assert first.part_labels == ("a", "b")
    assert [p.text for p in first.parts] == [
        "a) het aantal aanvragen",
        "b) hoeveel daarvan werden goedgekeurd?",
    ]
    assert [doc.text[p.start : p.end] for p in first.parts] == [p.text for p in first.parts]
    assert second.parts == ()
