"""Two readings of how Belgian answers are numbered (helper pairing27, session 25), on the shapes
of be-kamer records: an unnumbered question answered in numbered parts is served by every part,
labelled as written (`190114`: "1. Ja." / "2. Brugge (een persoon), ..."); a unit no head answers
between two heads is served by the segment before it (`188321`: "1." and "3." to three
questions, the readers' grouped answer). Expected values read off the text."""

from qa_align.align import align
from qa_align.segment import segment_answer
from qa_align.textclean import inline_lines

from .conftest import vlaams_pairs


def _pairs(question: str, answer: str) -> list[tuple[str, str]]:
    return vlaams_pairs(question, answer, "Mandatarissen op het kabinet")


def test_an_unnumbered_question_answered_in_numbered_parts_is_served_by_every_part():
    # be-kamer 190114: the question's two sentences, the yes and the municipalities, answered "1." and "2."
    question = (
        "Maken er openbare en/of gemeentelijke mandatarissen deel uit van het personeel van uw kabinet? "
        "Zo ja, wat is voor elk van hen de gemeente waar de betrokkene dat mandaat uitoefent?\n"
    )
    answer = (
        "1. Ja.\n"
        "2. Brugge (een persoon), Brussel-Stad (een persoon) en Celles (een persoon). Elk van de betrokken "
        "personen oefent een mandaat van gemeenteraadslid uit.\n"
    )
    assert _pairs(question, answer) == [("1", "1;2")]


def test_an_unnumbered_question_keeps_an_answer_whose_numbers_do_not_open_it():
    # a figure or a sentence before the first number: the answer is not numbered ("*")
    part = segment_answer(
        inline_lines("De cijfers zijn de volgende. 1. Brugge: twee personen. 2. Gent: een persoon."), ()
    )
    assert [s.label for s in part.segments] == ["*"]


def test_a_grouped_head_opening_an_unnumbered_questions_answer_is_its_label():
    # be-kamer 188592: "1. en 2. De organisatie van bpost valt niet samen met de administratieve grenzen."
    part = segment_answer(
        inline_lines("1. en 2. De organisatie van bpost valt niet samen met de administratieve grenzen."), ()
    )
    assert [s.label for s in part.segments] == ["1-2"]


QUESTIONS = """1. Hoeveel klachten ontving u over de toepassing van de gedragscode?
2. Wat was de top vijf van de inbreuken?
3. Hoeveel bedrijven hebben de gedragscode ondertussen reeds getekend?
"""


def test_a_unit_between_two_heads_is_served_by_the_segment_before_it():
    # be-kamer 188321: "1." gives the complaints and then the incidents per year, there is no "2.", "3." follows
    answer = (
        "1. Hieronder het aantal klachten dat ontvangen werd door het Ketenoverleg. In 2011 werden vier "
        "incidenten gemeld over een eenzijdige wijziging van de contractvoorwaarden.\n"
        "3. In het geval van ABS, Boerenbond en UNIZO geldt de handtekening van de voorzitter voor alle leden.\n"
    )
    assert _pairs(QUESTIONS, answer) == [("1", "1"), ("2", "1"), ("3", "3")]


def test_a_unit_after_the_last_head_is_still_served_by_none():
    # be-kamer 188767: answers 1 to 3 to four questions, nothing on the fourth (missing_answer)
    answer = (
        "1. Hieronder het aantal klachten dat ontvangen werd door het Ketenoverleg.\n"
        "2. De meeste inbreuken betroffen een eenzijdige wijziging van de contractvoorwaarden.\n"
    )
    assert _pairs(QUESTIONS, answer) == [("1", "1"), ("2", "2"), ("3", "")]


def test_a_paragraph_sign_read_as_a_question_mark_is_no_head():
    # be-kamer 192183 (shortened): the Chamber's text has "?" for "§", so "(artikelen 10/2, ? 2, 10/8, ? 2)"
    # inside a sentence is no head "2."; the unnumbered answer serves all three units as one whole
    from qa_align.readers.be_kamer import read_record

    rec = dict(
        doc_id="t",
        question=(
            "Afwezigheden.\n\n 1. Bevestigt u de uitleg van de nota?\n 2. Hoe wordt het begrip afwezigheid "
            "bepaald?\n 3. Worden deeltijdse werknemers benadeeld?"
        ),
        answer=(
            "Ik bevestig de uitleg die werd verstrekt in een nota van mijn diensten over afwezigheden en "
            "evaluatie. Artikel 2, 19? van het koninklijk besluit definieert het concept werkdag, met name voor "
            "stages (artikelen 10/2, ? 2, 10/8, ? 2), die uitdrukkelijk vermeld worden in werkdagen. Een "
            "deeltijdse arbeidsregeling verlengt de evaluatieperiode niet."
        ),
        department="D",
        date_tabled="2017-03-01",
    )
    pairs = [(p.question.n, p.answer_no) for p in align(read_record(rec, "t"))]
    assert [n for n, _ in pairs] == ["1", "2", "3"]
    assert len({a for _, a in pairs}) == 1 and pairs[0][1] not in ("", "2")
