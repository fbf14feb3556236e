"""breakdown_missing reading the question-reading model's ``asks_breakdown`` (``coverage.Asked.splits``):
a sentence it rates as asking a split asks a breakdown of figures, whatever count words stand beside
it; where its words name no dimension the lexicon knows, the answer must give two values or more. A
model written by hand makes the probabilities computable by hand; questions and answers written
after real records (named)."""

from __future__ import annotations

import pytest

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import asks_model_file, be_doc


@pytest.fixture
def split_model(tmp_path):
    """A Dutch model whose only breakdown words are "opsplitsen", "uitgesplitst" and "verhouding" (weight
    6, intercept -2: a sentence holding one of them and no other word of the model reads -2 + 6 = 4,
    p = 0.982; any other sentence -2, p = 0.119). Asking figures it reads 0.5 everywhere (no weight,
    intercept 0): under ``asks_min_probability`` 0.9, above the veto 0.05."""
    return asks_model_file(
        tmp_path,
        ["w opsplitsen", "w uitgesplitst", "w verhouding"],
        ([0.0, 0.0, 0.0], 0.0),
        ([6.0, 6.0, 6.0], -2.0),
    )


def _settings(model: str, split: float) -> Settings:
    return Settings(
        rules=("breakdown_missing",),
        recycled_across_documents=False,
        asks_model=model,
        asks_split_min_probability=split,
    )


# after be-kamer 189411: a request without a count word, its split asked in the next sentence, the whole
# answer a pointer to an oral answer
SHARE = (
    "Hoe staat het met het voorschrijven van generische geneesmiddelen in de ziekenhuizen? "
    "Kan u dit opsplitsen per provincie?"
)
POINTER = "Ik verwijs naar mijn antwoord gegeven op uw mondelinge vraag nr. 24750."


def test_a_split_the_model_reads_asks_a_breakdown_without_a_count_word(split_model):
    (sp,) = score_document(be_doc(SHARE, POINTER, date_tabled="2018-01-01"), _settings(split_model, 0.95))
    (flag,) = sp.flags
    assert flag.name == "breakdown_missing"
    assert flag.reason == "asks per provincie: not given"
    assert [e.text for e in flag.evidence] == ["per provincie"]


def test_without_the_split_reading_no_breakdown_is_asked(split_model):
    # the lexicon reads no count: no figures asked, so no breakdown of them
    (sp,) = score_document(be_doc(SHARE, POINTER, date_tabled="2018-01-01"), _settings(split_model, 0.0))
    assert sp.flags == ()
    # nor when the model's 0.982 is under the threshold
    (sp,) = score_document(be_doc(SHARE, POINTER, date_tabled="2018-01-01"), _settings(split_model, 0.99))
    assert sp.flags == ()


# after be-kamer 190705: a count split by a dimension no lexicon entry names
CAREER = (
    "Hoeveel werknemers voldeden in 2016 aan de loopbaanvoorwaarde voor het vervroegd pensioen, "
    "aantal en cijfers ook uitgesplitst naar het aantal gewerkte jaren?"
)


def test_a_split_of_unknown_dimension_needs_two_values(split_model):
    answer = "De statistische informatie die u vraagt is niet beschikbaar bij mijn administratie."
    (sp,) = score_document(be_doc(CAREER, answer, date_tabled="2018-01-01"), _settings(split_model, 0.95))
    (flag,) = [f for f in sp.flags if f.name == "breakdown_missing"]
    said = CAREER
    assert flag.reason.startswith(f"asks a split ('{said[:77]}...', p=0.98): fewer than two values given")
    assert said in [e.text for e in flag.evidence]


def test_a_split_of_unknown_dimension_given_in_two_figures(split_model):
    answer = "In 2016 waren het 1.200 werknemers met 40 gewerkte jaren en 800 met 42 gewerkte jaren."
    (sp,) = score_document(be_doc(CAREER, answer, date_tabled="2018-01-01"), _settings(split_model, 0.95))
    assert [f.name for f in sp.flags] == []


def test_a_split_read_where_no_word_asks_one_needs_no_two_values(split_model):
    # after uk-commons 1875037 ("what estimate ... of the proportion of men in England who ..."): the model
    # reads a split, but no split word of the lexicon stands in the sentence
    question = "Hoeveel bedraagt de verhouding tussen de mannen en de vrouwen die de opleiding volgden?"
    answer = "De gevraagde gegevens zijn niet beschikbaar."
    (sp,) = score_document(be_doc(question, answer, date_tabled="2018-01-01"), _settings(split_model, 0.95))
    assert sp.flags == ()


def test_the_split_threshold_is_a_setting():
    # chosen by scripts/choose_asks.py --split (README, "What a question asks")
    assert Settings().asks_split_min_probability == 0.95


# A zero answers a count only where it names what is counted (the words after the count cue): after
# be-kamer 190705, where a rule stated of those counted ("kunnen inderdaad geen vervroegd pensioen
# opvragen") was read as none of them, and neither flag was raised on a grouped answer without a number.
UNEMPLOYED = "Hoeveel werklozen voldeden in 2016 aan de loopbaanvoorwaarde voor het vervroegd pensioen?"


def _figures(question: str, answer: str) -> list[str]:
    settings = Settings(rules=("figures_missing",), recycled_across_documents=False)
    (sp,) = score_document(be_doc(question, answer, date_tabled="2018-01-01"), settings)
    return [f.name for f in sp.flags]


def test_a_rule_stated_of_those_counted_is_no_zero():
    answer = "Werklozen met bedrijfstoeslag kunnen inderdaad geen vervroegd pensioen opvragen voor de pensioenleeftijd."
    assert _figures(UNEMPLOYED, answer) == ["figures_missing"]


def test_a_zero_of_those_counted_answers_the_count():
    answer = "In 2016 voldeden geen werklozen aan die loopbaanvoorwaarde voor het vervroegd pensioen."
    assert _figures(UNEMPLOYED, answer) == []


# "hoelang" (written as one word as often as "hoe lang"), "wat is het aandeel" (as "welk aandeel"): a
# duration and a share asked are figures asked (after be-kamer 189428 and 189411)
@pytest.mark.parametrize(
    "question",
    [
        "Hoelang is de gemiddelde duur van de procedure voor het behandelen van een aanvraag?",
        "Wat is het aandeel van generische geneesmiddelen in de geneesmiddelen van de ziekenhuizen?",
    ],
)
def test_a_duration_or_share_asked_is_a_figure_asked(question):
    answer = "Ik verwijs naar mijn antwoord gegeven op uw mondelinge vraag nr. 24750."
    assert _figures(question, answer) == ["figures_missing"]
