from qa_align.align import align, split_by_content, split_by_name
from qa_align.readers.vlaams import read_text
from qa_align.settings import Settings

HEAD = """SCHRIFTELIJKE VRAAG
nr. 12
van AN PEETERS
datum: 3 maart 2024
aan JAN JAMBON
VLAAMS MINISTER VAN FINANCIËN
Subsidies voor zonnepanelen
{question}
JAN JAMBON
VLAAMS MINISTER VAN FINANCIËN
ANTWOORD
op vraag nr. 12 van 3 maart 2024
van AN PEETERS
{answer}
"""

QUESTION = """De premie voor zonnepanelen werd afgeschaft.
1. Hoeveel aanvragen voor de premie voor zonnepanelen werden ingediend?
2. Welke controles op de installateurs van warmtepompen voert het agentschap uit?
"""


def doc(answer: str, question: str = QUESTION):
    return read_text(HEAD.format(question=question, answer=answer), "test.txt", "test")


def test_numbered_answers_pair_by_number(cyber_doc):
    pairs = align(cyber_doc)
    assert [(p.question.n, p.answer_no, p.method) for p in pairs] == [
        ("1", "1", "number"), ("2", "2", "number"), ("3", "3", "number"),
        ("4", "4", "number"), ("5", "5", "number"),
    ]  # fmt: skip


def test_missing_numbered_answer_pairs_with_nothing():
    d = doc("1. Er werden 1.250 aanvragen ingediend.\n")
    pairs = align(d)
    assert [(p.question.n, p.answer_no, p.method) for p in pairs] == [("1", "1", "number"), ("2", "", "none")]


def test_unnumbered_answer_split_by_content():
    answer = (
        "Voor de premie voor zonnepanelen werden 1.250 aanvragen ingediend.\n"
        "\n"
        "Het agentschap controleert de installateurs van warmtepompen steekproefsgewijs.\n"
    )
    pairs = align(doc(answer))
    assert [(p.question.n, p.answer_no, p.method) for p in pairs] == [
        ("1", "p1", "content"),
        ("2", "p2", "content"),
    ]
    assert pairs[1].segments[0].text.startswith("Het agentschap controleert")


def test_unnumbered_answer_that_cannot_be_split_serves_every_question():
    answer = "Het beleid wordt voortgezet zoals gepland in het regeerakkoord.\n"
    pairs = align(doc(answer))
    assert [(p.question.n, p.answer_no, p.method) for p in pairs] == [
        ("1", "*", "whole"),
        ("2", "*", "whole"),
    ]


def test_split_can_be_switched_off():
    answer = (
        "Voor de premie voor zonnepanelen werden 1.250 aanvragen ingediend.\n\n"
        "Het agentschap controleert de installateurs van warmtepompen steekproefsgewijs.\n"
    )
    d = doc(answer)
    pairs = align(d, Settings(split_unnumbered=False))
    assert {p.method for p in pairs} == {"whole"}
    assert split_by_content(d.question.units, d.answer.segments[0], Settings()) is not None


def test_content_split_keeps_offsets():
    answer = (
        "Voor de premie voor zonnepanelen werden 1.250 aanvragen ingediend.\n\n"
        "Het agentschap controleert de installateurs van warmtepompen steekproefsgewijs.\n"
    )
    d = doc(answer)
    seg = align(d)[1].segments[0]
    assert (
        d.text[seg.start : seg.end]
        == "Het agentschap controleert de installateurs van warmtepompen steekproefsgewijs."
    )


THREE = QUESTION + "3. Wanneer wordt de nieuwe premie ingevoerd?\n"


def test_the_other_questions_are_read_in_a_sentences_first_others_lead_words():
    # be-kamer 191145: "Voor de andere vragen" names the questions not answered yet within the
    # sentence's first five words (``Settings.others_lead_words``): it heads a part serving 2 and 3.
    # Read in its first three words alone ("Voor de andere"), no question is named: the answer
    # opens on question 1 and goes on to the others unnumbered
    answer = (
        "Op vraag 1 verwijs ik u naar mijn antwoord op vraag nr. 1381. Voor de andere vragen verwijs ik u "
        "naar de minister van Mobiliteit."
    )
    d = doc(answer, THREE)
    units, (whole,) = d.question.units, d.answer.segments
    parts = split_by_name(units, whole, "nl", None, Settings().others_lead_words)
    assert [(p.text[:25], p.label, named) for p, named in parts] == [
        ("Op vraag 1 verwijs ik u n", "1", (1,)),
        ("Voor de andere vragen ver", "*", (2, 3)),
    ]
    assert split_by_name(units, whole, "nl", None, 3) is None
    assert [p.answer_no for p in align(d)] == ["1", "*", "*"]
    # then one sentence names a unit, too few to take the units one by one: the whole serves each
    assert [p.answer_no for p in align(d, Settings(others_lead_words=3))] == ["*", "*", "*"]
