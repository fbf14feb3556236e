"""figures_missing on answers that give the count as none in words, and on a table's placeholder that a
shared answer's attribution gave to another unit. Questions and answers written after real records
(named); each pair beside one that must stay flagged."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("figures_missing",), recycled_across_documents=False)


def _uk(question: str, answer: str) -> list[str]:
    (sp,) = score_document(
        uk_record({"id": 1, "questionText": question, "answerText": answer}, "t"), SETTINGS
    )
    return [f.name for f in sp.flags]


def _be(question: str, answer: str) -> list[str]:
    return [f.name for sp in score_document(be_doc(question, answer), SETTINGS) for f in sp.flags]


# after uk-commons 1676967: a negated verb before what is counted says none of it
DONATED = "To ask the Secretary of State for Defence, how many Warrior vehicles have been donated to Ukraine since 2022."


def test_a_negated_verb_of_what_is_counted_is_a_zero():
    assert _uk(DONATED, "The UK has not donated Warrior vehicles to Ukraine.") == []


def test_a_negated_verb_of_something_else_is_no_zero():
    # "not" before a word that does not name what is counted ("not comment")
    assert _uk(DONATED, "The UK will not comment on Warrior vehicles donated to Ukraine.") == [
        "figures_missing"
    ]


def test_a_negation_that_the_data_are_not_held_is_no_zero():
    answer = "The Department does not hold data on Warrior vehicles donated to Ukraine."
    assert _uk(DONATED, answer) == ["figures_missing"]


# after be-kamer 189270: a zero of what is counted beside figures of other things gives the count
DECISIONS = (
    "Hoeveel beslissingen van niet-toewijzing werden er genomen ten aanzien van asielzoekers die een aanvraag "
    "indienden in 2015 en 2016?"
)


def test_a_zero_beside_figures_of_other_things_gives_the_count():
    answer = (
        "Fedasil heeft in 2015 en 2016 geen beslissingen van niet-toewijzing wegens een gebrek aan plaatsen genomen. "
        "De enige niet-toekenningen betroffen EU-onderdanen (91 personen in 2015 en 22 in 2016)."
    )
    assert _be(DECISIONS, answer) == []


def test_figures_of_other_things_alone_do_not():
    answer = "De enige niet-toekenningen betroffen EU-onderdanen (91 personen in 2015 en 22 in 2016)."
    assert _be(DECISIONS, answer) == ["figures_missing"]


# after be-kamer 187391: "Geen van deze ..." names the words of the second count
REPATRIATED = (
    "a) Hoeveel militairen werden in 2015 en 2016 gerepatrieerd omwille van medische redenen?"
    "b) Hoeveel gebeurden er specifiek vanwege PTSS?"
)


def test_none_of_them_meets_the_count_it_names():
    answer = (
        "a) In 2015 en 2016 werden respectievelijk 103 en 75 personen gerepatrieerd omwille van medische redenen."
        "b) Geen van deze repatrieringen was het gevolg van PTSS."
    )
    assert _be(REPATRIATED, answer) == []


def test_a_count_no_sentence_names_stays_unmet():
    answer = "a) In 2015 en 2016 werden respectievelijk 103 en 75 personen gerepatrieerd omwille van medische redenen."
    assert _be(REPATRIATED, answer) == ["figures_missing"]
