"""A figure in an English answer sentence is no yes or no word (yesmiss41; ``en.toml`` ``[yes_no]``
``figures_answer_closed = false``): where the unit asks figures, figures given answer it already
(``rules.answers._figures_given``); where it asks none, the figure is the amount or count of a
neighbouring matter, and the closed question is left open. Questions and answers from the records
named; expected values written out from reading them (each record's label in ``corpus/gold``)."""

from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings


def _en_flags(question: str, answer: str) -> list[str]:
    doc = uk_record({"id": 1, "questionText": question, "answerText": answer}, "t")
    (sp,) = score_document(doc, Settings(rules=("yes_no_unanswered",)))
    return [f.name for f in sp.flags]


def test_en_a_count_beside_the_matter_does_not_say_whether_it_is_planned():
    # uk-commons 1894777 (dev-uk56): whether family representatives harmed by negligence will be
    # included; "There are four family representatives on the ... Taskforce" describes who sits on it
    # now, and the readers flag the plan left open
    flags = _en_flags(
        "To ask the Secretary of State for Health and Social Care, whether the government plans to include "
        "representatives of families with a child harmed by maternity or neonatal negligence, and a "
        "representative of women harmed by maternity or neonatal negligence, on the National Maternity and "
        "Neonatal Taskforce.",
        "<p>Family voices are at the heart of our work to improve maternity and neonatal care.</p><p>There are "
        "four family representatives on the National Maternity and Neonatal Taskforce, many of whom have "
        "experienced bereavement in maternity and neonatal services. To hear a wider breath of family voices, "
        "the taskforce will be supported by three family Expert Reference Groups. These will comprise of people "
        "who have lived experience of maternity and neonatal care, particularly, but not exclusively, those "
        "families and mothers who have experienced harm or bereavement.</p>",
    )
    assert flags == ["yes_no_unanswered"]


def test_en_an_amount_spent_does_not_say_whether_projects_conclude():
    # uk-commons 1801533 (dev-uk4): "£477 million in humanitarian support to Ukraine" is what was given,
    # not whether funded projects are scheduled to conclude in 2024 (the readers: yes_no_unanswered)
    flags = _en_flags(
        "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, whether any UK "
        "Government-funded humanitarian aid projects in Ukraine are scheduled to conclude in 2024.",
        "<p>We are proud of our fast, flexible, and responsive support to Ukrainians living through Russia's "
        "invasion. The UK has provided £477 million in humanitarian support to Ukraine and the region since the "
        "start of the full-scale invasion.</p>",
    )
    assert flags == ["yes_no_unanswered"]


def test_en_figures_asked_are_still_answered_by_figures():
    # guard: a closed question that asks a count is answered in substance by the count
    # (``_figures_given``, read before the yes or no words), whatever the switch says
    flags = _en_flags(
        "To ask the Secretary of State for Transport, whether the number of rail passengers in the North of "
        "England has increased since 2019.",
        "<p>There were 120 million rail passenger journeys in the North of England in 2019 and 131 million "
        "in 2024.</p>",
    )
    assert flags == []
