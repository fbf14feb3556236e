"""breakdown_missing (breakdown28): "per deelstaat" asks the split per Gewest.

The Belgian federated entities ("deelstaten") are the Gewesten and Gemeenschappen: a split "per deelstaat" is given
by the Gewesten's figures and refused by a sentence that says no figures are kept "per gewest" (dev-be40 186024 4,
"opgesplitst per deelstaat" - "De gegevens van de controles worden niet verwerkt met het oog op statistieken per
gewest"; dev-be36 189510 4, "opgesplitst per deelstaat", answered with national figures only)."""

from __future__ import annotations

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _nl(question: str, answer: str) -> dict[str, list[str]]:
    return flags_by_unit(be_doc(question, answer, date_tabled="2017-04-28"), SETTINGS)


INFRINGEMENTS = "Hoeveel inbreuken werden in 2016 vastgesteld in de zonnecentra, in het totaal en opgesplitst per deelstaat?"


def test_a_split_per_deelstaat_refused_per_gewest_is_not_given():
    # the table that stood there (its placeholder) holds the figures asked, but not per Gewest
    answer = (
        "Hierna volgen de gevraagde cijfers over de controles. De gegevens van de controles worden niet verwerkt "
        "met het oog op statistieken per gewest.2016201714492-2-1271-nl Voor de duidelijkheid wil ik er nog aan "
        "toevoegen dat niet bij alle controles een meting wordt uitgevoerd."
    )
    assert "breakdown_missing" in _nl(INFRINGEMENTS, answer)["1"]


def test_the_table_placeholder_alone_gives_the_split_per_deelstaat():
    answer = "Hierna volgen de gevraagde cijfers over de controles.2016201714492-2-1271-nl"
    assert _nl(INFRINGEMENTS, answer) == {"1": []}


def test_a_split_per_deelstaat_answered_with_a_national_total_is_not_given():
    answer = "In 2016 werden in totaal 312 inbreuken vastgesteld bij de controles van de zonnecentra."
    assert "breakdown_missing" in _nl(INFRINGEMENTS, answer)["1"]


def test_a_split_per_deelstaat_is_given_by_the_gewesten():
    answer = (
        "In 2016 werden 312 inbreuken vastgesteld: 170 in het Vlaams Gewest, 98 in het Waals Gewest en 44 in het "
        "Brussels Hoofdstedelijk Gewest."
    )
    assert _nl(INFRINGEMENTS, answer) == {"1": []}
