"""A missing-data sentence whose word of data ends a Dutch compound (helper noinfo24, 2026-12-05):
"ophelderingsstatistieken" names statistics as "statistieken" does, so the cue classifier's reading of
missing data there speaks of data (the words of ``lacking`` are not read in compounds) (``rules.answers._names_data``,
``[words] compounding``). The answers are quoted from the records named."""

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

SETTINGS = Settings(rules=("no_information",), answered_model="none")


def test_a_data_word_ending_a_compound_names_data():
    # be-kamer 189416 (dev-be54, unit 2: the readers' no_information), the answer's tables left as their
    # placeholders
    flags = flags_by_unit(
        be_doc(
            "Inbraken in de Kempen. 1. Hoeveel inbraken of inbraakpogingen werden de voorbije vijf jaar "
            "geregistreerd in Herentals, Turnhout, Geel, Mol en Kasterlee? Kan u de cijfers opsplitsen per "
            "gemeente/stad en per jaar?2. Heeft u een zicht op hoeveel van deze inbraken opgelost werden? Indien "
            "zo, zou u deze cijfers kunnen geven voor de voorbije vijf jaar, opgesplitst per gemeente/stad en per "
            "jaar?",
            "1. De onderstaande tabellen bevatten het aantal door de politie geregistreerde feiten inzake "
            "woninginbraken (tabel 1), inbraken in bedrijf of handelszaak (tabel 2) en inbraken in openbare of "
            "overheidsinstellingen (tabel 3) met een opsplitsing tussen de pogingen en de voltooide feiten, zoals "
            "geregistreerd in de ANG op basis van de processen-verbaal, voor de periode 2012-2015 en de eerste 3 "
            "trimesters van 2016 voor de gemeenten Geel, Herentals, Kasterlee, Mol en Turnhout. Deze gegevens zijn "
            "afkomstig uit de databankafsluiting van 20 januari 2017.2016201715753-3-2114-nl-fr-1\n"
            "      2016201715753-3-2114-nl-fr-2\n      2016201715753-3-2114-nl-fr-3\n      2. Er zijn geen "
            "ophelderingsstatistieken beschikbaar.",
        ),
        SETTINGS,
    )
    assert "no_information" in flags["2"]
    assert "no_information" not in flags["1"]  # the burglaries are given in the tables


def test_compounds_of_data_words_are_read_in_dutch_only():
    from qa_align.coverage import data_tails

    tails = data_tails("nl", None)
    assert "statistieken" in tails and "cijfers" in tails
    assert "zicht" not in tails  # too short to end a compound of data ("uitzicht")
    assert data_tails("en", None) == ()  # English writes no such compounds ("television" is no "vision")
