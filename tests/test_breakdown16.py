"""breakdown_missing (breakdown16): a split asked with "per" that the answer refuses in other words than the
question's: with a word between ("per hierarchische trap" for "per trap"), as one member of a list ("per
provincie of status" for "per status"), or written apart ("per type van in verdenking stelling" for "per
inverdenkingstelling")."""

from __future__ import annotations

import pytest

from qa_align.analyze import analyze_question
from qa_align.coverage import _names_per, asked
from qa_align.segment import inline_parts
from qa_align.types import Question

from .test_breakdown2 import _nl_flags


@pytest.mark.parametrize(
    ("first", "sentence", "names"),
    [
        # be-kamer 192069 questions 2 and 3 (dev-be19)
        (
            "inverdenkingstelling",
            "Een opdeling per type van in verdenking stelling is echter niet mogelijk.",
            True,
        ),
        # be-kamer 189496 question 1: "opgesplitst per trap van de hierarchie"
        (
            "trap",
            "Een opsplitsing per hierarchische trap is niet mogelijk voor het lokaal aangeworven personeel.",
            True,
        ),
        # be-kamer 191806: "per provincie" and "per status" asked
        (
            "status",
            "Het is dus niet mogelijk een overzicht te geven per provincie of status van verhoogde tegemoetkoming.",
            True,
        ),
        # the same words, as before
        ("vakbond", "De toelage per vakbond kan niet gespecifieerd worden.", True),
        # a compound that ends in the word names another split (be-kamer 186955)
        (
            "technologie",
            "De situatie verschilt per netwerktechnologie: de operator beperkt de keuze niet.",
            False,
        ),
        # the word far past "per", in another clause, is none of its split
        (
            "status",
            "Het is niet mogelijk per gemeente een volledig en betrouwbaar beeld van de status te geven.",
            False,
        ),
    ],
)
def test_a_split_named_in_other_words(first, sentence, names):
    assert _names_per("per", first, sentence) is names


def test_a_split_refused_in_words_written_apart_is_missing():
    # be-kamer 192069 question 2 (dev-be19 reads breakdown_missing): the count per "inverdenkingstelling" is
    # refused as a split "per type van in verdenking stelling", beside a table placeholder that gives the total
    question = (
        "Voorlopige hechtenis.\n\n 1. Hoeveel personen zitten in voorlopige hechtenis? "
        "2. a) Hoeveel inverdenkingstellingen zijn er waarvoor de voorlopige hechtenis is opgelegd?"
        "b) Wat is per inverdenkingstelling het aantal voorlopig gehechten?"
    )
    answer = (
        "1. De jaarcijfers over het aantal opsluitingen van beklaagden in 2016:2016201716767-6-1967-nl-fr-2\n"
        "2. Via deze tabellen kan aldus worden vastgesteld dat in 2016 10.508 personen werden opgesloten in het "
        "kader van de wet op de voorlopige hechtenis. Een opdeling per type van in verdenking stelling is echter "
        "niet mogelijk, omdat in tal van dossiers diverse feiten ten laste worden gelegd."
    )
    assert "breakdown_missing" in _nl_flags(question, answer)["2"]
    # without the refusal the split is not said to be refused
    plain = answer.split(" Een opdeling")[0]
    assert "breakdown_missing" not in _nl_flags(question, plain)["2"]


def test_a_question_whether_a_split_is_made_asks_no_figures():
    # be-kamer 192003 question 4 (dev-be20 reads it answered, no breakdown_missing): the question asks whether
    # the police database splits internet fraud by its forms, and the answer says each form can be recorded
    question = (
        "Internetfraude.\n\n 4. Wordt er een opsplitsing gemaakt tussen de diverse verschijningsvormen van "
        "internetfraude? Zo ja, wat zijn de verschillende categorieen?"
    )
    answer = (
        'Voor de "oplichtingen via het internet" zijn er verschillende modi mogelijk. Elke modus operandus kan in '
        "de ANG worden gevat. Het coderen van een modus is evenwel niet verplicht."
    )
    assert list(_nl_flags(question, answer).values()) == [[]]


def test_a_request_for_a_split_still_asks_it():
    # be-kamer 189821 question 5: "Gelieve ook een opsplitsing te maken tussen ..." asks the split, answered with
    # a claim that the data are not held: breakdown_missing, as before
    question = (
        "Rode diesel.\n\n 5. Hoeveel boetes werden in die jaren geind? Gelieve ook een opsplitsing te maken "
        "tussen personenwagens, vrachtwagens en tractoren."
    )
    answer = "Het College van procureurs-generaal beschikt niet over de opgevraagde gegevens."
    assert "breakdown_missing" in next(iter(_nl_flags(question, answer).values()))


@pytest.mark.parametrize(
    "question",
    [
        # be-kamer 190707 question 2: the distribution of the wage bill is what the minister is asked to read
        "Loonkloof.\n\n 2. Hoe interpreteert u de cijfers inzake de verdeling van de loonmassa in Belgie?",
        # be-kamer 189841 question 2: "verdeling" is the distribution of the kits, one of the tasks asked about
        "SAS-kits.\n\n 2. Kan u toelichten hoe de coordinatie inzake deze kits gebeurt om het overzicht te bewaren "
        "(verdeling, verdere opvolging, link met juridisch dossier, enz.)?",
    ],
)
def test_a_question_how_asks_no_split(question):
    answer = (
        "Ik verwijs naar het antwoord van de minister van Binnenlandse Zaken op schriftelijke vraag nr. 2149."
    )
    assert "breakdown_missing" not in next(iter(_nl_flags(question, answer).values()))


def test_a_count_opened_by_hoe_still_asks_its_split():
    # "Hoe vaak" opens a count: the split asked beside it is missing where no figure is given
    question = "Controles.\n\n 1. Hoe vaak werd er gecontroleerd? Graag een opsplitsing per controledienst."
    answer = "De gevraagde gegevens worden niet bijgehouden."
    assert "breakdown_missing" in next(iter(_nl_flags(question, answer).values()))


def test_a_count_for_each_of_what_it_names_is_missing_where_no_figure_is_given():
    # be-kamer 188467 question 5 (dev-be20 reads breakdown_missing): answered with a pointer to another
    # minister's answer, no figure, so the spending "voor elk van deze posten" is not given
    question = (
        "Asiel en migratie.\n\n 5. Hoeveel werd ten slotte effectief in dit begrotingsjaar uitgegeven voor elk van "
        "deze posten en in zijn globaliteit voor alle beleidsdomeinen die betrekking hebben op asiel en migratie?"
    )
    answer = "Voor deze vraag verwijzen wij graag naar het antwoord van de minister van Begroting."
    assert "breakdown_missing" in next(iter(_nl_flags(question, answer).values()))
    # with the figures given, nothing is read of it (the per-X reading is for answers that give no figure)
    given = "In 2016 werd 120.000 euro uitgegeven voor de opvang en 80.000 euro voor de terugkeer."
    assert "breakdown_missing" not in next(iter(_nl_flags(question, given).values()))


def _en_parts(text: str) -> list[str]:
    unit = inline_parts(Question(start=0, end=len(text), text=text))
    return [p.label for p in asked(unit, analyze_question(unit, "en"), "en").parts]


def test_lettered_parts_after_when_ask_no_count():
    # uk-commons 1672280 (dev-uk16 reads it with no breakdown_missing): "what estimate ... of when (a) ... (b)
    # ... (c) ..." asks dates; the answer's "scheduled to complete by the end of August 2024" answers them
    question = (
        "To ask the Secretary of State for Transport, with reference to the roadworks on the M62 at the Ouse "
        "bridge, what estimate his Department has made of when (a) those roadworks will be completed, (b) the "
        "temporary speed limits will be removed and (c) all lanes will be open to traffic; and what steps his "
        "Department is taking to expedite the completion of those works."
    )
    assert _en_parts(question) == []
    # the parts of an estimate of a count are still read (uk-commons 1655766-like wording)
    count = (
        "To ask the Secretary of State for Transport, what estimate his Department has made of the number of "
        "(a) roadworks completed and (b) lanes closed on the M62 in 2024."
    )
    assert _en_parts(count) == ["a", "b"]
    # a bare "when" opens a clause of the count: its parts are the count's (uk-commons 1678612)
    clause = (
        "To ask the Secretary of State for Transport, what information his Department holds on the number of heavy "
        "goods vehicles that use the A4104 through Old Street, Upton-upon-Severn when (a) the B4211 Hanley Road is "
        "operating as normal and (b) when the B4211 Hanley Road is closed due to flooding from the River Severn."
    )
    assert _en_parts(clause) == ["a", "b"]
    # "and whether (a) ... (b) ..." after an amount asks whether (uk-commons 1917110)
    whether = (
        "To ask the Minister for the Cabinet Office, how much was spent on the sensory and participatory "
        "ethnography workshops, and whether (a) Andean knotting and (b) clay modelling will be adopted more widely "
        "by the National School of Government and Public Services."
    )
    assert _en_parts(whether) == []
