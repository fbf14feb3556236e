"""An unnumbered answer whose sentences that open on the questions name them all ("De vragen 1 tot 6
zijn dan ook niet van toepassing.", once per body that answers) is not cut there: it serves every
unit whole, its opening pointer with it, as the readers label it (helper missing40, session 40; be-kamer
185864, `dev-be42`, and 185826, `dev-be63`: `*` and `cross_reference` for each of the six units).
Expected values read off the text."""

from .conftest import vlaams_pairs

QUESTIONS = """1. Hoeveel ambtenaren van uw diensten zijn ter beschikking gesteld van de dotatiegerechtigden?
2. Onder welke van uw diensten vallen deze ambtenaren?
3. Wat is de jaarlijkse kostprijs hiervan?
"""


def _pairs(answer: str) -> list[tuple[str, str]]:
    return vlaams_pairs(QUESTIONS, answer, "Ambtenaren ter beschikking van de koninklijke familie")


def test_sentences_that_each_name_every_question_part_nothing():
    # be-kamer 185864: a pointer to the Prime Minister's answer, then each body's "geen ambtenaren"
    # and "De vragen 1 tot 6 zijn dan ook niet van toepassing."; the readers serve every unit with
    # the whole answer (`*`), the pointer included
    answer = (
        "Voor het antwoord op voormelde parlementaire vraag verwijs ik u naar de eerste minister die een "
        "gecoordineerd antwoord zal verstrekken.\n"
        "De FOD Werkgelegenheid heeft geen ambtenaar ter beschikking gesteld. De vragen 1 tot 3 zijn dan "
        "ook niet van toepassing. De RVA heeft geen ambtenaren ter beschikking gesteld. De vragen 1 tot 3 "
        "zijn dan ook niet van toepassing.\n"
    )
    assert _pairs(answer) == [("1", "*"), ("2", "*"), ("3", "*")]


def test_a_sentence_that_names_fewer_questions_still_cuts_the_answer():
    # the same answer with a sentence that opens on the second question alone: that sentence parts the
    # answer, and the second question has its own part beside the one that names all three
    answer = (
        "De FOD Werkgelegenheid heeft geen ambtenaar ter beschikking gesteld. De vragen 1 tot 3 zijn dan "
        "ook niet van toepassing. Wat vraag 2 betreft, de RVA heeft er evenmin.\n"
    )
    assert _pairs(answer) == [("1", "1-3"), ("2", "1-3;2"), ("3", "1-3")]
