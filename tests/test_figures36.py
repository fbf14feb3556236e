"""figures_missing on new text (figures36): the further members of a list of references ("de artikelen 6,
10ter en 12", "tables 32 and 33") are references as its first member is, no figure of what is asked. Real
text of the development sets labelled after the rules were written (record ids in the comments); expected
values from reading them."""

from __future__ import annotations

import pytest

from qa_align.analyze import find_figures

from .test_figures13 import _be  # a Belgian record's figures_missing flags

# dev-be55 191641, answer '1. en 3.': the legal frame only, no count of anyone stripped of nationality
FRAME_191641 = (
    "Op grond van de bepalingen van titel II, titel I ter, van het Strafwetboek, samen gelezen met de artikelen "
    "6, 10ter en 12 van het Wetboek van Strafvordering, kunnen personen met de Belgische nationaliteit die in het "
    "buitenland terroristische daden hebben gepleegd in Belgie worden vervolgd hoewel zij nog steeds in het "
    "buitenland zijn. Belgen die gewapende groepen in conflictzones hadden vervoegd werden in dat kader reeds "
    "veroordeeld. Binnen dat raam kan het openbaar ministerie ook de vervallenverklaring van de nationaliteit "
    "vorderen op grond van de artikelen 23 en volgende van het Wetboek van de Belgische Nationaliteit."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (FRAME_191641, "nl"),
        # dev-uk65 1682178: the table numbers of the archived publications it points to
        ("Ethnicity tables 32 and 33\nEAL tables 34 and 35\n", "en"),
        ("Ethnicity tables 12a and 12b\nEAL tables 13a and 13b\n", "en"),
    ],
)
def test_every_member_of_a_list_of_references_is_no_figure(text, language):
    assert [f.text for f in find_figures(text, language)] == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a count after a reference and a joiner stays a figure: a noun follows it, not the list's end
        ("Op grond van artikel 5 en 300 agenten werden ingezet.", "300"),
        ("Under section 3 and 45 officers were deployed.", "45"),
        # a figure after the reference's sentence ends
        ("Zie tabel 2 en 3. Er waren 40 gevallen.", "40"),
    ],
)
def test_a_number_after_a_reference_that_counts_stays_a_figure(text, figure):
    language = "en" if text.startswith("Under") else "nl"
    assert [f.text for f in find_figures(text, language)] == [figure]


def test_a_count_answered_by_a_legal_frame_with_listed_articles_is_missing():
    # dev-be55 191641 1 (labelled figures_missing): "Van hoeveel jihadisten ... werd de Belgische nationaliteit
    # reeds ontnomen?" answered by the legal frame; its only numbers are the articles "6, 10ter en 12"
    question = (
        "Van hoeveel jihadisten met Belgische nationaliteit, waarvan de overheidsdiensten met zekerheid weten dat "
        "zij militair actief zijn in het buitenland of actief zijn geweest, werd de Belgische nationaliteit reeds "
        "ontnomen?"
    )
    assert _be(question, FRAME_191641) == ["figures_missing"]
