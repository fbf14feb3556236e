"""What the question analysis reads (``qa_align.analyze``): the count cues a unit asks, and the
figures of an answer's text. Questions and answers written by hand or shortened from real records
(named); expected values written out from reading them."""

import pytest

from qa_align.analyze import analyze_question, find_figures, pipeline
from qa_align.types import Question


def _counts(text: str, language: str) -> list[str]:
    unit = Question(start=0, end=len(text), text=text)
    return [c.text for c in analyze_question(unit, language).count_cues]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # uk-commons 1890216: the impact is asked, the number is what it bears on
        (
            "To ask the Secretary of State for Housing, what assessment he has made of the potential impact of "
            "proposed changes to policy HC6 in the National Planning Policy Framework on the number of public "
            "houses at risk of conversion or demolition.",
            "en",
            [],
        ),
        # be-kamer 187769: the number is what the measures aim at
        (
            "Zullen er nieuwe maatregelen genomen worden om het aantal diefstallen verder terug te dringen?",
            "nl",
            [],
        ),
        # review6 B7 (be-kamer questions): "omlaag te krijgen", "onder de 17 % te brengen" aim at the number too
        ("Welke maatregelen neemt u om het aantal ongevallen in havengebied omlaag te krijgen?", "nl", []),
        ("Welke acties plant u om het aantal rokers tegen 2018 onder de 17 % te brengen?", "nl", []),
        # a count asked after "om" without an infinitive clause: a count
        ("Zo ja, om hoeveel ambtenaren gaat het?", "nl", ["hoeveel"]),
        # "on the number of" with no impact or effect before it in the clause: a count
        ("To ask the Home Secretary, what data she holds on the number of arrests.", "en", ["the number of"]),
        # the impact in an earlier clause: the count of the next one is asked
        (
            "What impact has the policy had; and how many people were affected by it?",
            "en",
            ["how many"],
        ),
    ],
)
def test_a_count_that_is_the_object_of_an_impact_or_a_measure_is_no_count(text, language, expected):
    assert _counts(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # be-kamer 190219 2: a figure asked with the verb that puts a matter into figures
        ("Is er hierop controle door de douane? Kan u het probleem kwantificeren?", "nl", ["kwantificeren"]),
        # uk-commons 1766283 (shortened): an estimated average asked of a part
        (
            "To ask the Secretary of State, if she will list the (a) tenure types and (b) estimated average grant "
            "subsidy per unit of the 2,800 homes.",
            "en",
            ["estimated average"],
        ),
        # the words of a count without them: no count
        ("Kan u het probleem toelichten?", "nl", []),
    ],
)
def test_a_figure_asked_in_words_other_than_a_question_word(text, language, expected):
    assert _counts(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # uk-commons 1788069 (shortened): the part's label stands inside "the number of"
        (
            "To ask the Minister for the Cabinet Office, what the Government's target is for the (a) number of "
            "civil servants and (b) cost of civil service pay.",
            "en",
            ["the (a) number of"],
        ),
        (
            "Wat is het (a) aantal klachten en (b) hoeveel werden behandeld?",
            "nl",
            ["Wat is het (a) aantal", "hoeveel"],
        ),
        # a label before the count, not inside it: the count as written, once
        ("To ask the Home Secretary, (a) how many arrests were made.", "en", ["how many"]),
    ],
)
def test_a_count_cue_that_a_part_label_interrupts_is_a_count(text, language, expected):
    assert _counts(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # review5 B4: "mee te delen" asks the count; "te Brussel", "te rekenen" after a comma are no purpose
        ("Is het mogelijk om het aantal klachten per provincie mee te delen?", "nl", ["het aantal"]),
        ("Om hoeveel asielzoekers gaat het in het opvangcentrum te Brussel?", "nl", ["hoeveel"]),
        ("Om hoeveel personen gaat het, te rekenen vanaf 2015?", "nl", ["hoeveel"]),
        # the contrast: a change verb after "te" makes the count what a measure aims at
        ("Welke maatregelen neemt u om het aantal klachten te verminderen?", "nl", []),
        # be-kamer 187993 question 2: a comma closes the relative clause, not the purpose
        (
            "Welke concrete acties werden er in die landen ondernomen om het aantal vrouwen die genitaal verminkt "
            "worden, te verminderen?",
            "nl",
            [],
        ),
        # review5 B5: the effect stands in an earlier clause, before a comma
        (
            "To ask the Secretary of State for Health, with reference to the effect of the pandemic, what data he "
            "holds on the number of patients waiting over a year.",
            "en",
            ["the number of"],
        ),
        (
            "To ask the Secretary of State for Health, what assessment he has made of the effect of the pandemic on "
            "waiting lists, and what data he holds on the number of patients waiting.",
            "en",
            ["the number of"],
        ),
        (
            "Wat zijn de gevolgen van deze hervorming, en heeft u zicht op het aantal betrokken ambtenaren?",
            "nl",
            ["het aantal"],
        ),
        # uk-commons 1787674: a comma inside a list does not close the clause of the impact; the estimate is asked
        (
            "To ask the Secretary of State for Work and Pensions, what estimate her Department has made of the "
            "potential impact of the additional funding for employment, health and skills support on the number of "
            "people who will return to work.",
            "en",
            ["what estimate"],
        ),
    ],
)
def test_a_purpose_or_an_effect_is_read_in_the_count_own_phrase(text, language, expected):
    assert _counts(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # review5 B9: a plural reference word before a colon labels the figure after it
        ("Aantal leden: 45.", "nl", ["45"]),
        ("Number of articles: 120.", "en", ["120"]),
        # the contrast: a reference word right before its number, or a placeholder code after a colon
        ("Zie artikel 5 en de tabel:2016201714755.", "nl", []),
    ],
)
def test_a_word_before_a_colon_labels_the_figure_after_it(text, language, expected):
    assert [f.text for f in find_figures(text, language)] == expected


def test_the_question_pipeline_reads_the_lower_case_of_a_new_word():
    # the matchers read a token's text and lower case (the pipeline works out nothing else): words
    # never seen and written in capitals are matched by their lower case
    doc = pipeline("nl").make_doc("Hoeveel Zorgverstrekkers waren er?")
    assert [t.lower_ for t in doc] == ["hoeveel", "zorgverstrekkers", "waren", "er", "?"]
    text = "HOEVEEL ZORGVERSTREKKERS WAREN ER PER PROVINCIE?"
    got = analyze_question(Question(start=0, end=len(text), text=text), "nl")
    assert [c.text for c in got.count_cues] == ["HOEVEEL"]
    assert [d.name for d in got.dimensions] == ["provincie"]
