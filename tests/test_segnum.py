"""Figures whose thousands the Belgian records cut after the first group ("2015: 1. 600.149")
are no answer numbers; answers that open with a figure still are. Inputs shaped on records of
../shared/data/be-kamer-2017, expected values read off the text."""

from qa_align.segment import segment_answer, segment_question
from qa_align.textclean import inline_lines


def _flat(text: str) -> str:
    """The text with its line breaks (where the inline numbers cut it) read as spaces."""
    return " ".join(text.split())


def _segments(text: str, questions: tuple[int, ...]) -> list[tuple[str, str]]:
    part = segment_answer(inline_lines(text), questions)
    return [(s.label, _flat(s.text)) for s in part.segments]


def test_a_figure_cut_after_its_first_group_is_no_answer_number():
    # be-kamer 189101: answer 3 lists a cost per year, "- 2012: 3. 770.000 euro" being 3.770.000 euro
    text = (
        "1. Het aantal aanvragen wordt niet bijgehouden. 3. De kostprijs bedroeg:- 2011: 1. 940.000 euro;"
        "- 2012: 3. 770.000 euro;- 2013: 4. 000.000 euro. 4. Het is niet duidelijk wat u bedoelt."
    )
    assert _segments(text, (1, 2, 3, 4)) == [
        ("1", "Het aantal aanvragen wordt niet bijgehouden."),
        (
            "3",
            "De kostprijs bedroeg:- 2011: 1. 940.000 euro;- 2012: 3. 770.000 euro;- 2013: 4. 000.000 euro.",
        ),
        ("4", "Het is niet duidelijk wat u bedoelt."),
    ]


def test_a_label_before_a_cut_figure_keeps_it_in_its_answer():
    # be-kamer 188702: "(Belgische bijdrage: 2. 000.000 euro)" inside answer 1, then answer 2
    text = (
        "1. Het programma steunt het microkrediet. (Belgische bijdrage: 2. 000.000 euro)De doelstelling "
        "is het ondernemerschap. 2. De protesten gaan over de economische toestand."
    )
    assert [label for label, _ in _segments(text, (1, 2))] == ["1", "2"]
    assert _segments(text, (1, 2))[0][1].endswith("2. 000.000 euro)De doelstelling is het ondernemerschap.")


def test_a_cut_figure_lower_than_an_answer_number_before_it_is_none():
    # "1. 250.000 euro" while answer 1 stands: not an answer "1." written twice (read in order, it would
    # serve question 2 and hand answer 2 to question 3)
    text = "1. Het budget werd verhoogd. 1. 250.000 euro gaat naar de politie. 2. Neen."
    assert _segments(text, (1, 2, 3)) == [
        ("1", "Het budget werd verhoogd. 1. 250.000 euro gaat naar de politie."),
        ("2", "Neen."),
    ]


def test_an_answer_that_opens_with_a_figure_after_a_sentence_is_still_numbered():
    # be-kamer 187527: "... 357 ontvankelijke dossiers onderzocht. 2. 221 ontvankelijke dossiers sloegen op
    # een weigering ... en in 136 werd een bijpremie gevraagd" (221 + 136 = 357): answer 2 opens with 221
    text = (
        "1. Hiervan werden 357 ontvankelijke dossiers onderzocht. 2. 221 ontvankelijke dossiers sloegen op "
        "een weigering en in 136 werd een bijpremie gevraagd. 3. In 294 dossiers was de beslissing gerechtvaardigd."
    )
    assert _segments(text, (1, 2, 3)) == [
        ("1", "Hiervan werden 357 ontvankelijke dossiers onderzocht."),
        ("2", "221 ontvankelijke dossiers sloegen op een weigering en in 136 werd een bijpremie gevraagd."),
        ("3", "In 294 dossiers was de beslissing gerechtvaardigd."),
    ]


def test_numbered_answers_in_ascending_order_after_a_table_row_still_split():
    # a "1." answer after a row of figures ending in a colon-free line, and answers rising "1." to "3."
    text = "Het aantal verbindingen: 2016: 2.627.580. 1. 121 personen werken er. 2. Neen. 3. Zie hoger."
    assert _segments(text, (1, 2, 3)) == [
        ("intro", "Het aantal verbindingen: 2016: 2.627.580."),
        ("1", "121 personen werken er."),
        ("2", "Neen."),
        ("3", "Zie hoger."),
    ]


def test_a_cut_figure_after_a_year_in_the_question_is_no_unit():
    # be-kamer 185361's figures in a question: "in 2014: 1. 372.622" is no unit 1
    text = (
        "Het aantal verbindingen was in 2014: 1. 372.622 en in 2015: 1. 600.149. 1. Hoeveel waren er in 2016? "
        "2. Welk budget werd gealloceerd?"
    )
    part = segment_question(inline_lines(text))
    assert [u.n for u in part.units] == ["1", "2"]
    assert part.units[0].text == "Hoeveel waren er in 2016?"
    assert part.preamble is not None and _flat(part.preamble.text).endswith("in 2015: 1. 600.149.")


def test_a_cut_figure_stays_on_its_line_of_the_answer_text():
    # be-kamer 185361, the end of its one answer: the figures per year stand on one line with their
    # years, as written, so that "2015:" and "2016:" are read with their figures
    text = "Het aantal verbindingen:2014: 1. 372.622;2015: 1. 600.149;2016: 2. 627.580."
    part = segment_answer(inline_lines(text), (1,))
    assert [(s.label, s.text) for s in part.segments] == [("*", text)]


def test_a_unit_that_opens_with_a_three_digit_count_after_a_colon_keeps_its_head():
    # "250 agenten" is a count and its noun, no figure's thousands: unit 1 starts at "250"
    part = segment_question(
        inline_lines(
            "Ik heb de volgende vragen: 1. 250 agenten zijn vertrokken. Hoeveel worden er vervangen? 2. Wanneer?"
        )
    )
    assert [(u.n, _flat(u.text)) for u in part.units] == [
        ("1", "250 agenten zijn vertrokken. Hoeveel worden er vervangen?"),
        ("2", "Wanneer?"),
    ]
    part = segment_question(
        inline_lines("Mijn vragen: 1. 100 procent van de scholen? 2. Welke regio's? 3. Wanneer?")
    )
    assert [u.n for u in part.units] == ["1", "2", "3"]


def test_an_answer_that_opens_with_a_three_digit_count_after_a_colon_keeps_its_intro():
    part = segment_answer(inline_lines("Antwoord: 1. 250 agenten zijn vertrokken. 2. Volgend jaar."), (1, 2))
    assert [(s.label, _flat(s.text)) for s in part.segments] == [
        ("intro", "Antwoord:"),
        ("1", "250 agenten zijn vertrokken."),
        ("2", "Volgend jaar."),
    ]
