"""What a count counts: a count cue that is the object of an assessment or of a measure asks no
figure, and a figure counts as given only where its sentence names what the count counts.
Questions and answers written by hand or shortened from real records (named); expected values
written out from reading them."""

import pytest

from qa_align.analyze import analyze_question
from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings
from qa_align.types import Question

SETTINGS = Settings(rules=("breakdown_missing", "figures_missing"), recycled_across_documents=False)


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


def _uk_flags(question: str, answer: str) -> list[str]:
    (sp,) = score_document(
        uk_record({"id": 1, "questionText": question, "answerText": answer}, "t"), SETTINGS
    )
    return [f.name for f in sp.flags]


def test_a_figure_of_another_thing_does_not_give_the_count():
    # uk-commons 1844041 (shortened): nine months is the definition of a completed order and 27,800 the
    # orders placed; neither is the average time lag asked
    flags = _uk_flags(
        "To ask the Secretary of State for Transport, what the average time lag is between an order and "
        "the payment of a grant.",
        "<p>A completed order is defined as logged on the grant portal and delivered to the customer within "
        "nine calendar months. As of 23 October, a provisional total of over 27,800 Electric Car Grant orders "
        "have been placed since launch.</p>",
    )
    assert flags == ["figures_missing"]


def test_a_figure_in_a_sentence_that_names_the_counted_thing_gives_the_count():
    # the same question, answered: "time lag" named beside the figure
    flags = _uk_flags(
        "To ask the Secretary of State for Transport, what the average time lag is between an order and "
        "the payment of a grant.",
        "<p>The average time lag between an order and the payment of its grant was 41 days in 2025.</p>",
    )
    assert flags == []


def test_a_share_of_another_budget_does_not_give_the_share_asked():
    # uk-commons 1842455 (shortened): the share of the apprenticeships budget spent, not of the levy
    flags = _uk_flags(
        "To ask the Secretary of State for Work and Pensions, what proportion of the Growth and Skills Levy "
        "collected in the 2024-25 financial year has not been spent.",
        "<p>The department receives an annual protected apprenticeships budget. 100% of the apprenticeships "
        "budget was spent in the 2024-25 financial year. The final outturn was £2,769m.</p>",
    )
    assert flags == ["figures_missing"]


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


def test_a_count_interrupted_by_a_part_label_answered_with_other_figures_is_missing():
    # uk-commons 1788069 (shortened): "17 years" and "2025" count no civil servants and no pay
    flags = _uk_flags(
        "To ask the Minister for the Cabinet Office, what the Government's target is for the (a) number of "
        "civil servants and (b) cost of civil service pay.",
        "<p>Each department will take a decision on its individual size in the Spending Review, due for "
        "conclusion in June 2025. The government has also announced the first zero-based review of government "
        "spending in 17 years.</p>",
    )
    assert flags == ["figures_missing"]


def test_the_numbers_of_a_web_address_are_no_figures():
    # uk-commons 1906701 (shortened): "brief-10-2022" names a page; the 20% is the VAT rate, not the estimate
    flags = _uk_flags(
        "To ask the Chancellor of the Exchequer, what estimate she has made of public funding allocated to "
        "adult social care not spent on frontline services through irrecoverable VAT.",
        "<p>If CICs do not qualify for the VAT exemption, they charge VAT on the services they provide at the "
        "20% standard rate. Further information can be found here: https://www.gov.uk/government/publications/"
        "revenue-and-customs-brief-10-2022-vat-business-and-non-business-activities</p>",
    )
    assert flags == ["figures_missing"]


def test_the_question_before_the_count_may_name_what_it_counts():
    # be-kamer 184501 question 3 (corpus/be-kamer/questions-sample.jsonl, shortened): the incidents of the
    # question before are the failures counted; 400 incidents a month gives the count
    rec = {
        "doc_id": "t",
        "question": "Onderwerp.\n\n 1. Doen er zich vaak dergelijke technische incidenten voor? Hoeveel technische "
        "storingen moet de NMBS jaarlijks verhelpen?",
        "answer": "Maandelijks worden er op het net ongeveer 400 vertragingsincidenten geregistreerd. Het gaat "
        "hierbij om incidenten die zorgen voor 20 minuten vertraging aan de trein.",
    }
    (sp,) = score_document(be_record(rec, "t"), SETTINGS)
    assert [f.name for f in sp.flags if f.name == "figures_missing"] == []
