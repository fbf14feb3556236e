"""Coverage of figures and breakdowns asked (issue 17, item 4), the cases the helper "cover4"
read: questions and answers written by hand after real ones; expected values written out from
reading them."""

from pathlib import Path

from qa_align.analyze import analyze_answer, analyze_question
from qa_align.coverage import asked, coverage
from qa_align.segment import inline_parts
from qa_align.types import AnswerSegment, Question


def _unit(text: str) -> Question:
    return inline_parts(Question(start=0, end=len(text), text=text))


def _coverage(question: str, answer: str, language: str = "en"):
    unit = _unit(question)
    seg = AnswerSegment(start=0, end=len(answer), text=answer)
    return coverage(unit, analyze_question(unit, language), (analyze_answer(seg, language),), language)


# the lettered parts ask when, the roman ones nested after them what the count is split into
NESTED = (
    "when those measures will (a) be implemented and (b) come into effect; and how many "
    "(i) households and (ii) landowners would receive the discount."
)


def test_roman_parts_of_a_count_after_lettered_parts_that_ask_none():
    unit = _unit(NESTED)
    a = asked(unit, analyze_question(unit, "en"), "en")
    assert [p.label for p in a.parts] == ["i", "ii"]


def test_roman_parts_left_unanswered_are_gaps():
    answer = (
        "The scheme is planned to go live once regulations have been laid. Eligibility will be set out later."
    )
    assert [str(g) for g in _coverage(NESTED, answer).gaps if g.kind == "part"] == [
        "part (i): no answer",
        "part (ii): no answer",
    ]


def test_lettered_parts_of_a_count_stay_the_parts():
    question = "how many (a) households and (b) landowners, (i) in England and (ii) in Wales, received it"
    unit = _unit(question)
    a = asked(unit, analyze_question(unit, "en"), "en")
    assert [p.label for p in a.parts] == ["a", "b"]


def test_an_amount_in_dollars_is_money():
    question = "Kan u een raming geven van de totale kostprijs van de volledige opleiding per piloot?"
    answer = "De volledige opleiding duurt 18 maanden en de kostprijs bedraagt ongeveer 1,3 miljoen dollar."
    cov = _coverage(question, answer, "nl")
    assert "1,3 miljoen" in [f.text for f in cov.given.money]


def test_an_amount_in_euro_is_money_in_english():
    cov = _coverage("what the cost of the programme was", "The programme cost 4.5 million euro in 2023.")
    assert "4.5 million" in [f.text for f in cov.given.money]


def _periods_of(text: str, language: str = "nl") -> list[tuple[str, int, int]]:
    from qa_align.coverage import _patterns, _periods

    return [(x.kind, x.first, x.last) for x in _periods(text, _patterns(language, None))]


def test_a_parliamentary_session_cited_is_no_period_asked():
    text = (
        "In uw antwoord op mijn vraag nr. 193 (Schriftelijke vragen en antwoorden, Kamer, 2015-2016, nr. 54) "
        "verzekerde u dat. Kunt u een overzicht geven van de jaarlijkse opbrengst sinds 2010?"
    )
    assert _periods_of(text) == [("since", 2010, 0)]
    assert _periods_of("zoals gezegd in zitting 2016-2017, hoeveel waren het er?") == []
    # four-digit years: without the session's name "2019-2021" would be a period asked
    assert _periods_of("as set out in HC 1234, Session 2019-2021, how many were there", "en") == []


def test_the_years_of_a_session_cited_list_no_years():
    # "2016 en 2017" stand in the citation: no years asked
    assert _periods_of("zoals gezegd in zitting 2015-2016 en 2017, hoeveel waren het er?") == []


def test_a_period_that_an_opener_heads_after_the_chamber_is_asked():
    # "de Kamer" is the addressee here, not a document's session: "van ... tot", "tussen ... en" open a period
    assert _periods_of("Kunt u de Kamer van 2015 tot 2020 per jaar meedelen hoeveel dossiers er waren?") == [
        ("range", 2015, 2020)
    ]
    assert _periods_of("Hoeveel klachten ontving de Kamer tussen 2015 en 2020?") == [("range", 2015, 2020)]
    assert _periods_of("how many bills were introduced in each session between 2015 and 2020", "en") == [
        ("range", 2015, 2020)
    ]


def test_a_period_of_two_years_is_still_asked():
    assert _periods_of("Hoeveel dossiers waren er in de periode 2015-2016?") == [("range", 2015, 2016)]


def test_a_part_whose_own_marker_says_no_data_is_not_given():
    question = "how many businesses attended the (a) export licencing and (b) finance for export sessions"
    # the words of (a) stand in a sentence with a figure, of something else
    answer = (
        "a) export licencing – No information available.\n"
        "b) finance for export – 11 attended live, and the export licencing guide was read 40 times."
    )
    assert [str(g) for g in _coverage(question, answer).gaps if g.kind == "part"] == ["part (a): no answer"]


def test_a_figure_on_a_compound_of_what_is_counted_speaks_of_it():
    question = "Hoeveel klachten werden er in 2016 ontvangen?"
    assert _coverage(question, "Er werden 45 bewonersklachten geregistreerd.", "nl").given.on_topic
    assert not _coverage(
        question, "Er werden 45 dossiers geregistreerd door de diensten.", "nl"
    ).given.on_topic


def test_english_words_are_no_compounds():
    question = "how many visions were recorded in 2016"
    assert not _coverage(question, "There were 45 televisions sold by the shops.").given.on_topic


def test_a_figure_on_a_word_that_begins_or_ends_the_counted_one_is_off_topic():
    # "home" begins "homeless", "part" begins "partnerships": other words, not their inflection
    assert not _coverage(
        "how many homeless people were housed in 2023", "There were 45 home visits by officials."
    ).given.on_topic
    assert not _coverage(
        "how many partnerships were signed in 2023", "Officials took part in 45 meetings with stakeholders."
    ).given.on_topic
    # the word said is shorter than the compound asked: houses, not hospitals; "tot op heden"
    # is no irregularity
    assert not _coverage(
        "Hoeveel ziekenhuizen werden er in 2016 geopend?",
        "Er werden 45 huizen gebouwd door de maatschappij.",
        "nl",
    ).given.on_topic
    assert not _coverage(
        "Hoeveel onregelmatigheden werden er vastgesteld?",
        "Tot op heden werden 45 controles uitgevoerd door de inspectie.",
        "nl",
    ).given.on_topic
    # the plural of what is counted speaks of it
    assert _coverage("how many homes were built in 2023", "There were 45 new homes completed.").given.on_topic


def _promised(answer: str, language: str = "en", lexicon_dir: str | None = None) -> bool:
    from qa_align.coverage import annex_promised

    seg = AnswerSegment(start=0, end=len(answer), text=answer)
    return annex_promised(
        (analyze_answer(seg, language, lexicon_dir, cue_model="lexicon"),), language, lexicon_dir
    )


def test_an_annex_still_to_come_is_read_by_the_one_list_of_future_forms():
    # "going to", "voornemens": future forms of [cues] future, the list cross_reference reads too
    assert _promised("A copy of the report is going to be placed in the Library of the House.")
    assert not _promised("A copy of the report has been placed in the Library of the House.")
    assert _promised("De minister is voornemens de tabel als bijlage bij dit antwoord te voegen.", "nl")
    assert not _promised("De tabel is als bijlage bij dit antwoord gevoegd.", "nl")


def test_a_lexicon_with_the_old_promise_words_is_warned_of(tmp_path, caplog):
    from qa_align.lexicon import load_lexicon

    text = (Path(__file__).resolve().parents[1] / "qa_align" / "lexicons" / "en.toml").read_text(
        encoding="utf-8"
    )
    (tmp_path / "en.toml").write_text(
        text.replace("[coverage]\n", '[coverage]\npromise_words = ["will"]\n', 1), encoding="utf-8"
    )
    with caplog.at_level("WARNING"):
        load_lexicon("en", str(tmp_path))
    assert "promise_words is no longer read" in caplog.text
