"""figures_missing where the answer says the data of the count are not held and names the count by a word of
the count's own clause, not by the noun right after the count word (figures50): "Het aantal daders" said not
held for "In hoeveel gevallen worden de daders achterhaald?" (the counted noun is "gevallen"), beside tables of
other counts. Real text of the development sets (record ids in the comments; answers cut where marked);
expected values from the readers' labels and from reading them."""

from __future__ import annotations

from .test_figures13 import _be, _uk

# dev-be87 192024 2 (labelled figures_missing): the answer's opening and its two placeholder tables
Q_192024_2 = "In hoeveel gevallen worden de daders achterhaald? Graag de % per jaar."
A_192024_2 = (
    "De beschikbare cijfers bieden niet de mogelijkheid het aantal daders te identificeren. In tabel 1 wordt een "
    "overzicht gegeven van de zaken die in de loop van 2016 zijn binnengestroomd in de correctionele parketten "
    "inzake grooming en in tabel 2 wordt verduidelijking gegeven omtrent de redenen voor sepot van de zaken van "
    "grooming ingestroomd in de correctionele parketten in de loop van 2016 die werden geseponeerd.Tabel 1: "
    "Voortgangsstaat van de zaken van grooming ingestroomd bij de correctionele parketten in de loop van 2016."
    "2016201716754-6-1961-nl-fr-1 Tabel 2: Aantal zaken van grooming geseponeerd volgens het motief."
    "2016201716754-6-1961-nl-fr-2"
)

# dev-be28 189958 2 (labelled figures_missing): the whole answer
Q_189958_2 = "Hoeveel radars werden er ingezet? Kunt u uw antwoord opsplitsen per Gewest?"
A_189958_2 = (
    "Het aantal ingezette toestellen is niet gekend.2016201715998-3-2163-bil-1 2016201715998-3-2163-bil-2"
)

# dev-uk40 1859765 (labelled figures_missing): the answer's first and third paragraphs
Q_1859765 = (
    "To ask the Secretary of State for Health and Social Care, how many a) neurologists with specialist training "
    "in Parkinson’s, b) geriatricians with specialist training in Parkinson’s, and c) specialist Parkinson’s "
    "nurses are currently practising in the NHS."
)
A_1859765 = (
    "While the Department does not hold data specifically on the number of Parkinson’s specialist staff in "
    "England, we do hold data on the number of doctors working in the wider specialities of neurology and "
    "geriatric medicine. As of August 2025, there were 2,010 full time equivalent (FTE) doctors working in the "
    "specialty of neurology and 6,284 in geriatric medicine in National Health Service trusts and other "
    "organisations in England. This includes 1,025 FTE consultant neurologists and 1,687 FTE consultant "
    "geriatricians.\n"
    "The Department does not hold specific data on the number of specialist Parkinson’s nurses currently "
    "working in the NHS in England."
)


def test_a_count_said_not_held_by_a_word_of_its_clause_beside_tables_of_other_counts_is_missing():
    assert "figures_missing" in _be(Q_192024_2, A_192024_2)


def test_a_count_said_not_held_by_its_verb_beside_placeholder_tables_is_missing():
    # "ingezette" for "ingezet": the claim names what the count counts, the tables cannot hold it
    assert "figures_missing" in _be(Q_189958_2, A_189958_2)


def test_an_english_count_said_not_held_by_a_word_of_its_parts_beside_wider_counts_is_missing():
    assert "figures_missing" in _uk(Q_1859765, A_1859765)


# a guard (passes before and after): a claim that names a word of no clause of the count, beside a table,
# leaves the table given


def test_a_claim_about_something_else_beside_a_placeholder_table_leaves_the_table_given():
    answer = (
        "De databank bevat geen gegevens over het aantal indicaties. Onderstaande tabel geeft het overzicht."
        "2016201716754-6-1961-nl-fr-1"
    )
    assert "figures_missing" not in _be("Hoeveel radars werden er ingezet?", answer)
