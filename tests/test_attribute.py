"""Attributing the sentences of a segment that serves several units, and the pairing and
flags that rest on it. Documents written here; expected units and flags written by hand."""

import pytest

from qa_align.align import align
from qa_align.attribute import attribute, lead_numbers
from qa_align.pipeline import score_document
from qa_align.readers.vlaams import read_text
from qa_align.settings import Settings
from qa_align.textclean import inline_lines

from .conftest import be_doc

HEAD = """SCHRIFTELIJKE VRAAG
nr. 7
van AN PEETERS
datum: 3 maart 2024
aan JAN JAMBON
VLAAMS MINISTER VAN FINANCIËN
Scholen en stations
{question}
JAN JAMBON
VLAAMS MINISTER VAN FINANCIËN
ANTWOORD
op vraag nr. 7 van 3 maart 2024
van AN PEETERS
{answer}
"""

THREE = """De renovatie van scholen en stations loopt vertraging op.
1. Hoeveel scholen in Limburg kregen een renovatiesubsidie?
2. Wanneer wordt de fietsenstalling van het station van Hasselt vernieuwd?
3. Welke asbestsanering plant het gemeentebestuur in de sporthal?
"""

RULES = ("missing_answer", "deflection", "holding", "cross_reference", "figures_missing", "no_information")
SETTINGS = Settings(rules=RULES, recycled_across_documents=False)


def doc(answer: str, question: str = THREE):
    return read_text(HEAD.format(question=question, answer=answer), "test.txt", "test")


def flags(d) -> dict[str, list[str]]:
    return {sp.pair.question.n: sorted({f.name for f in sp.flags}) for sp in score_document(d, SETTINGS)}


def pairing(d) -> dict[str, str]:
    return {p.question.n: p.answer_no for p in align(d)}


def test_a_sentence_naming_a_unit_concerns_that_unit_alone():
    d = doc(
        "1 tot 3. In Limburg kregen 14 scholen een renovatiesubsidie. Voor vraag 2 verwijs ik naar de "
        "minister van Mobiliteit. De asbestsanering in de sporthal is gepland voor 2025."
    )
    (seg,) = d.answer.segments
    said = attribute(seg, d.question.units, "nl")
    assert [s.units for s in said.sentences] == [("1",), ("2",), ("3",)]
    assert [s.how for s in said.sentences] == ["words", "named", "words"]


def test_a_sentence_about_no_unit_in_particular_concerns_all():
    d = doc(
        "1 tot 3. Ik dank het geachte lid voor de vraag. In Limburg kregen 14 scholen een renovatiesubsidie."
    )
    said = attribute(d.answer.segments[0], d.question.units, "nl")
    assert said.sentences[0].units == ("1", "2", "3")
    assert said.sentences[0].how == "all"


def test_a_sentence_between_two_of_the_same_unit_concerns_it():
    d = doc(
        "In Limburg kregen 14 scholen een renovatiesubsidie. Dat is meer dan vorig jaar. "
        "Nog 3 scholen in Limburg wachten op de subsidie. De sporthal wordt in 2025 van asbest gesaneerd."
    )
    said = attribute(d.answer.segments[0], d.question.units, "nl")
    assert [(s.units, s.how) for s in said.sentences] == [
        (("1",), "words"),
        (("1",), "order"),
        (("1",), "words"),
        (("3",), "words"),
    ]


def test_a_deflection_for_one_unit_of_a_grouped_answer_flags_that_unit_only():
    # LABELS.md: "Voor vraag 3 verwijs ik naar de minister van Financiën" is deflection on unit 3
    d = doc(
        "1 tot 3. In Limburg kregen 14 scholen een renovatiesubsidie. De fietsenstalling van het station "
        "van Hasselt wordt in 2025 vernieuwd. Voor vraag 3 verwijs ik naar mijn collega van Binnenlandse Zaken."
    )
    assert flags(d) == {"1": [], "2": [], "3": ["deflection"]}


def test_a_grouped_unit_without_a_sentence_of_its_own_keeps_the_segment():
    # "1 en 2." answers both units even when every sentence speaks of unit 1's words
    d = doc(
        "1 en 2. Dat valt onder de bevoegdheid van mijn collega voor de scholen in Limburg.\n3. Geen asbestsanering gepland.",
        question=THREE,
    )
    said = attribute(d.answer.segments[0], d.question.units[:2], "nl")
    assert said.concerns("1") and said.concerns("2")
    assert flags(d)["2"] == ["deflection"]


def test_a_closing_promise_is_holding_and_a_mid_answer_pointer_a_cross_reference():
    question = "Verkeersveiligheid.\n\n Welke maatregelen neemt u om de verkeersveiligheid rond scholen te verbeteren?"
    answer = (
        "Er werden 40 nieuwe zebrapaden aangelegd. Zoals vermeld in het antwoord op vraag nr. 191 loopt "
        "ook een campagne. De politiezones voeren extra controles uit. Over de resultaten van de evaluatie zal "
        "ik u later informeren."
    )
    (sp,) = score_document(be_doc(question, answer), SETTINGS)
    assert sorted({f.name for f in sp.flags}) == ["cross_reference", "holding"]


def test_flags_are_independent_no_information_with_figures_and_breakdown_missing():
    # LABELS.md: not held centrally after "how many ... (a) ... (b) ..." is all three
    from qa_align.readers.uk_commons import read_record as uk_record

    doc_ = uk_record(
        {
            "id": 1,
            "questionText": "To ask the Secretary of State for Justice, how many prisoners were released in "
            "error in each of the last five years (a) by region and (b) by prison.",
            "answerText": "The information requested is not held centrally and could be obtained only at "
            "disproportionate cost.",
        },
        "t",
    )
    settings = Settings(
        rules=("no_information", "figures_missing", "breakdown_missing"), recycled_across_documents=False
    )
    (sp,) = score_document(doc_, settings)
    assert sorted({f.name for f in sp.flags}) == ["breakdown_missing", "figures_missing", "no_information"]


def test_lead_numbers_only_at_the_start_of_a_sentence():
    assert lead_numbers(
        "Wat de vragen 2, 3 en 4 betreft, verwijs ik naar de eerste minister.", [1, 2, 3, 4]
    ) == (
        2,
        3,
        4,
    )
    assert lead_numbers("Zoals ik reeds zei in het antwoord op vraag 2 is dat niet zo.", [1, 2, 3]) == ()
    assert lead_numbers("Voor vraag 7 verwijs ik naar de minister.", [1, 2, 3]) == ()


# ------------------------------------------------------------------------- pairing (item 7)


def test_an_unnumbered_opening_and_a_sentence_naming_the_other_units():
    # modelled on be-kamer 190775: the last sentence of an unnumbered answer answers 2 to 3
    d = doc(
        "In Limburg kregen 14 scholen een renovatiesubsidie. Wat de vragen 2 en 3 betreft, verwijs ik het "
        "geachte lid naar het antwoord van de minister van Mobiliteit."
    )
    assert pairing(d) == {"1": "*", "2": "2-3", "3": "2-3"}
    pairs = align(d)
    assert pairs[1].segments[0].text.startswith("Wat de vragen 2 en 3 betreft")
    assert pairs[0].segments[0].text == "In Limburg kregen 14 scholen een renovatiesubsidie."


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a range head after the numbered answers serves those units too
        (
            "1. In Limburg kregen 14 scholen een renovatiesubsidie.\n2. De fietsenstalling wordt in 2025 "
            "vernieuwd.\n3. De sporthal wordt in 2026 gesaneerd.\n1. tot 3. De budgetten staan in de begroting.",
            {"1": "1;1-3", "2": "2;1-3", "3": "3;1-3"},
        ),
        # a single head right after its group heads an answer of its own (be-kamer 185454)
        (
            "1. In Limburg kregen 14 scholen een renovatiesubsidie.\n2 en 3. De fietsenstalling en de sporthal "
            "worden bekeken.\n3. Indien nodig wordt een asbestsanering gepland.",
            {"1": "1", "2": "2-3", "3": "2-3;3"},
        ),
        # a numbered list inside an answer stays text
        (
            "1. In Limburg kregen 14 scholen een renovatiesubsidie:\n1. Genk\n2. Hasselt\n2. De fietsenstalling "
            "wordt in 2025 vernieuwd.\n3. De sporthal wordt in 2026 gesaneerd.",
            {"1": "1", "2": "2", "3": "3"},
        ),
    ],
)
def test_heads_that_repeat_numbers_already_answered(answer, expected):
    assert pairing(doc(answer)) == expected


def test_an_unnumbered_answer_that_takes_the_units_one_by_one_and_skips_one():
    # modelled on be-kamer 185964: units 1 and 3 get sentences of their own, unit 2 none
    d = doc(
        "In Limburg kregen 14 scholen een renovatiesubsidie. Die scholen dienden hun aanvraag in 2023 in. "
        "De asbestsanering van de sporthal is gepland voor 2026."
    )
    assert pairing(d) == {"1": "*", "2": "", "3": "*"}
    assert flags(d)["2"] == ["missing_answer"]


def test_an_unnumbered_answer_about_one_unit_still_serves_all():
    # one unit spoken of, the others not: the answer may answer them without their words
    d = doc(
        "In Limburg kregen 14 scholen een renovatiesubsidie. Die scholen dienden hun aanvraag in 2023 in."
    )
    assert pairing(d) == {"1": "*", "2": "*", "3": "*"}


def test_a_number_after_a_closing_quote_starts_a_unit():
    # be-kamer 193282: 'erediensten."1. Bent u van plan ...'
    text = 'de wedden der erediensten."1. Bent u van plan om?2. Welke materies?'
    assert [ln.text for ln in inline_lines(text)] == [
        'de wedden der erediensten."',
        "1. Bent u van plan om?",
        "2. Welke materies?",
    ]


def test_a_group_head_run_inline_after_an_unnumbered_opening():
    # an unnumbered opening followed by "2 tot 4." run into its last sentence
    question = "Titel.\n\n 1. Hoeveel scholen kregen subsidie?2. Wanneer komt de stalling?3. Welke sanering?4. Welke kosten?"
    d = be_doc(question, "In Limburg kregen 14 scholen subsidie.2 tot 4. De stalling komt in 2025.")
    assert [s.label for s in d.answer.segments] == ["1", "2-4"]
    assert pairing(d) == {"1": "1", "2": "2-4", "3": "2-4", "4": "2-4"}


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a group head run into the last word of the answer before it (be-kamer 189845, 185521)
        (
            "Zweden, Zwitserland4. en 5. Voor deze vragen",
            ["Zweden, Zwitserland", "4. en 5. Voor deze vragen"],
        ),
        ("van prijsaanduiding6.en 7. Aangezien", ["van prijsaanduiding", "6.en 7. Aangezien"]),
        ("www.x.be/student/nl/2. en 3. Voor het", ["www.x.be/student/nl/", "2. en 3. Voor het"]),
        # a later head run in before a dash, a part letter, or after a per cent sign
        (
            "1. 23 personeelsleden2. - 21 Nederlandstaligen",
            ["1. 23 personeelsleden", "2. - 21 Nederlandstaligen"],
        ),
        ("niet over deze informatie5. a) Het FAVV", ["niet over deze informatie", "5. a) Het FAVV"]),
        ("hetzij 12,5 %4. De Belgische", ["hetzij 12,5 %", "4. De Belgische"]),
        # a decimal number stays whole
        ("versie2.0 is klaar", ["versie2.0 is klaar"]),
    ],
)
def test_a_head_run_into_the_word_before_it(text, lines):
    assert [ln.text for ln in inline_lines(text)] == lines


def test_a_unit_named_by_its_place():
    # be-kamer 184682, 190217: "Wat uw derde vraag betreft", "uw laatste vraag". A place writes no
    # number: the readers label such an answer unnumbered (be-kamer 192731, "Voor de derde vraag
    # ...", is "*" for its three units), and the part that names the unit serves it
    d = doc(
        "In Limburg kregen 14 scholen een renovatiesubsidie. De fietsenstalling wordt in 2025 vernieuwd. "
        "Wat uw derde vraag betreft, de sporthal wordt in 2026 gesaneerd."
    )
    pairs = align(d)
    assert [p.answer_no for p in pairs] == ["*", "*", "*"]
    assert [p.answer_text for p in pairs] == [
        "In Limburg kregen 14 scholen een renovatiesubsidie. De fietsenstalling wordt in 2025 vernieuwd.",
        "In Limburg kregen 14 scholen een renovatiesubsidie. De fietsenstalling wordt in 2025 vernieuwd.",
        "Wat uw derde vraag betreft, de sporthal wordt in 2026 gesaneerd.",
    ]
    d = doc(
        "In Limburg kregen 14 scholen een renovatiesubsidie. Wat uw laatste vraag betreft, die behoort tot de "
        "bevoegdheid van het gemeentebestuur."
    )
    assert pairing(d) == {"1": "*", "2": "*", "3": "*"}
    assert flags(d)["3"] == ["deflection"]
    assert "deflection" not in flags(d)["1"]
    # be-kamer 184961: "In antwoord op uw vragen 1 tot en met 6 ... In antwoord op uw zevende vraag"
    d = doc(
        "In antwoord op uw vragen 1 en 2 verwijs ik naar de tabel in bijlage. In antwoord op uw derde vraag "
        "kan ik meedelen dat de sporthal in 2026 wordt gesaneerd."
    )
    assert pairing(d) == {"1": "1-2", "2": "1-2", "3": "3"}


def test_an_answer_that_opens_on_one_unit_and_goes_on_to_the_others_is_unnumbered():
    # be-kamer 185792: "Wat uw eerste vraag betreft ..." opens an answer that then answers 2 and 3
    # without naming them: they are not left unanswered
    d = doc(
        "Wat uw eerste vraag betreft, in Limburg kregen 14 scholen een renovatiesubsidie. De fietsenstalling "
        "van het station wordt in 2025 vernieuwd. De asbestsanering van de sporthal volgt in 2026."
    )
    assert pairing(d) == {"1": "*", "2": "*", "3": "*"}
    d = doc(
        "Wat vraag 1 betreft, in Limburg kregen 14 scholen een renovatiesubsidie. De stalling volgt in 2025."
    )
    assert pairing(d) == {"1": "*", "2": "*", "3": "*"}


def test_a_range_of_numbers_inside_a_sentence_is_no_head():
    assert [ln.text for ln in inline_lines("In 2015 waren er 2 tot 4 scholen. Het waren er 3.")] == [
        "In 2015 waren er 2 tot 4 scholen. Het waren er 3."
    ]


def test_an_answer_sent_to_the_member_directly_gives_its_figures():
    # be-kamer 189886: LABELS.md's settled cases, the answer went to the member unpublished:
    # cross_reference, and no figures_missing for what it holds
    d = be_doc(
        "Medex.\n\n 1. Hoeveel ambtenaren ontvingen in 2012, 2013 en 2014 een beslissing tot vroegtijdig pensioen?",
        "Het antwoord op deze vraag is het geachte Kamerlid rechtstreeks toegestuurd. Gezien het louter "
        "documentaire karakter ervan wordt het niet in het Bulletin van Vragen en Antwoorden opgenomen maar ligt "
        "het ter inzage bij de griffie van de Kamer van volksvertegenwoordigers (dienst Parlementaire Vragen).",
    )
    assert flags(d) == {"1": ["cross_reference"]}


# pairing2


def test_the_other_questions_named_in_a_numbered_answer_are_served_by_it():
    # be-kamer 187966 and 193245: "1. ... 2. ... De andere vragen behoren tot de bevoegdheid van ..."
    # to more questions than heads: the sentence addresses the rest, which are not left unanswered
    d = doc(
        "1. In Limburg kregen 14 scholen een renovatiesubsidie.\n"
        "2. De fietsenstalling van het station van Hasselt wordt in 2025 vernieuwd. De andere vragen "
        "behoren tot de bevoegdheid van de minister van Binnenlandse Zaken.\n"
    )
    assert pairing(d) == {"1": "1", "2": "2", "3": "2"}
    assert flags(d) == {"1": [], "2": [], "3": ["deflection"]}


def test_the_other_questions_named_after_a_named_part_of_an_unnumbered_answer():
    # be-kamer 191145: "Op vraag 1 verwijs ik u naar ... Voor de andere vragen verwijs ik u naar ..."
    d = doc(
        "Op vraag 1 verwijs ik u naar mijn antwoord op vraag nr. 1381. Voor de andere vragen verwijs ik u "
        "naar de minister van Mobiliteit."
    )
    assert pairing(d) == {"1": "1", "2": "*", "3": "*"}
    # "de volgende vragen" are the ones that follow, not the rest
    d = doc(
        "Op vraag 1 antwoord ik dat 14 scholen een subsidie kregen. De volgende vragen werden aan de "
        "provincie gesteld: wanneer en waar."
    )
    assert pairing(d) == {"1": "*", "2": "*", "3": "*"}


def test_missing_answer_in_an_unnumbered_answer_says_no_sentence_concerns_the_unit():
    # the answer has no numbered segment: "no answer segment is numbered 2" would misread it
    d = doc(
        "In Limburg kregen 14 scholen een renovatiesubsidie. Die scholen dienden hun aanvraag in 2023 in. "
        "De asbestsanering van de sporthal is gepland voor 2026."
    )
    (flag,) = [f for sp in score_document(d, SETTINGS) if sp.pair.question.n == "2" for f in sp.flags]
    # (unserved52: the reason goes on to name the sentences of the units beside it)
    assert flag.reason.startswith("no sentence of the unnumbered answer concerns sub-question 2")


# fixb


def test_other_questions_named_in_an_aside_serve_no_unit_without_a_head():
    # review3 1e: "in antwoord op andere vragen over dit onderwerp" (be-kamer 187762) speaks of other
    # members' questions, not of the rest of this one: question 3 has no answer
    d = be_doc(
        "Dossiers.\n\n 1. Hoeveel dossiers werden behandeld?\n 2. Wijzigt het beleid?\n 3. Hoeveel kost dit?",
        "1. Er werden 120 dossiers behandeld. 2. Zoals reeds vermeld in antwoord op andere vragen over dit "
        "onderwerp, is het beleid ongewijzigd.",
    )
    assert pairing(d) == {"1": "1", "2": "2", "3": ""}
    assert "missing_answer" in flags(d)["3"]


IDLE = """Tijdelijke werkloosheid in de bouw.
1. Hoeveel werknemers in de bouwsector waren in 2016 tijdelijk werkloos?
2. Hoeveel dagen tijdelijke werkloosheid telden die werknemers gemiddeld?
"""
IDLE_ANSWER = (
    "1 en 2. De RVA volgt de tijdelijke werkloosheid in de bouwsector van nabij. Voor de dagen tijdelijke "
    "werkloosheid per werknemer zijn er slechts gegevens beschikbaar vanaf 2017."
)


def test_a_missing_data_sentence_sharing_one_word_with_one_unit_alone_concerns_all():
    # "dagen" is unit 2's alone, but the sentence speaks of the unemployment of the workers that both
    # units ask about: data only from 2017 leaves unit 1's 2016 count without figures as well
    d = doc(IDLE_ANSWER, question=IDLE)
    (seg,) = d.answer.segments
    said = attribute(seg, d.question.units, "nl", common=[seg.text.index("slechts")])
    assert said.sentences[-1].units == ("1", "2")
    # without the cue, the one word shared with unit 2 alone gives it to unit 2
    assert attribute(seg, d.question.units, "nl").sentences[-1].units == ("2",)


def test_a_missing_data_sentence_of_a_grouped_answer_flags_every_unit_it_speaks_for():
    # both units ask a count and get none; the data are missing for both
    both = ["figures_missing", "no_information"]
    assert flags(doc(IDLE_ANSWER, question=IDLE)) == {"1": both, "2": both}


def test_a_missing_data_sentence_with_two_words_of_one_unit_alone_stays_with_it():
    d = doc(
        "1 en 2. In de bouwsector waren in 2016 in totaal 12.400 werknemers tijdelijk werkloos. Er zijn geen "
        "gegevens over het gemiddeld aantal dagen per werknemer.",
        question=IDLE,
    )
    (seg,) = d.answer.segments
    said = attribute(seg, d.question.units, "nl", common=[seg.text.index("geen")])
    assert said.sentences[-1].units == ("2",)
