"""breakdown_missing (breakdown56). The request for data that opens a question before its numbered units ("Graag
bekwam ik een aantal gegevens voor het jaar 2016, uitgesplitst per gewestelijke directie.") asks its split of the
units after it that ask figures, as an opening that ends in a colon does (``coverage.opening_dimensions``); a split
the lexicon does not name is weighed only where no figure is given. The text is be-kamer 184932's (dev-be101, unit 3
read by its readers: not_answered, breakdown_missing, figures_missing, no_information). The first test fails on
f231a705 (checked on a ``git archive f231a705`` copy with this file added); the guard passes on both."""

from __future__ import annotations

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)

# be-kamer 184932
Q184932 = (
    "Regentbesluit. \n\n Graag bekwam ik een aantal gegevens voor het jaar 2016, uitgesplitst per gewestelijke "
    "directie. 1. Kan u meedelen hoeveel aanvragen werden ingediend bij de gewestelijke directeurs waarbij een beroep "
    "wordt gedaan op artikel 9 van het Regentbesluit van 18 maart 1931? In hoeveel van die aanvragen was er sprake "
    "van een belastingverhoging van 50 % of meer?2. Hoeveel van deze aanvragen werden door u goedgekeurd? In hoeveel "
    "van die goedgekeurde aanvragen was er sprake van een belastingverhoging van 50 % of meer?3. Welk bedrag aan "
    "belastingverhogingen en administratieve boetes werd door deze positieve beslissingen kwijtgescholden?4. "
    "Beslissen de gewestelijke directeurs autonoom over een weigering om belastingverhoging of boetes kwijt te "
    "schelden?"
)
A184932_12 = (
    "1 en 2. Tabel 1 bevat een overzicht  van de in 2016 inzake inkomstenbelastingen op grond van artikel 9 van het "
    "Regentsbesluit van 18 maart 1831 genomen ministeriele besluiten.Tabel 1: Overzicht van de verzoekschriften en "
    "genomen besluiten2016201714052-9-1411-bil-1\n      Onderstaande tabellen geven de in 2016 genomen besluiten weer "
    "gespreid over de oude gewestelijke directies.Tabel 2: Spreiding over de gewestelijke "
    "directies2016201714052-9-1411-bil-2\n      "
)
A184932_4 = (
    " 4. Inzake inkomstenbelastingen worden aanvragen tot toepassing van artikel 9 van het Regentsbesluit van 18 "
    "maart 1831 steeds grondig onderzocht door de bevoegde diensten van de fiscale administraties, doch het is de "
    "minister die op grond van de resultaten daarvan over dergelijke verzoeken beslist."
)


def _flags(question: str, answer: str, date: str = "2017-01-19") -> dict[str, list[str]]:
    return flags_by_unit(be_doc(question, answer, date_tabled=date), SETTINGS)


def test_split_of_a_request_opening_is_asked_of_a_unit_given_no_figure():
    answer = A184932_12 + "3.  Er worden hierover geen statistieken bijgehouden." + A184932_4
    flags = _flags(Q184932, answer, "2017-01-13")
    assert "breakdown_missing" in flags["3"]
    assert "breakdown_missing" not in flags["1"]  # the placeholder tables count as given


def test_open_split_of_a_request_opening_is_not_weighed_beside_a_figure():
    given = "3. Er werd in totaal 1.250.000 euro aan belastingverhogingen en administratieve boetes kwijtgescholden."
    flags = _flags(Q184932, A184932_12 + given + A184932_4, "2017-01-13")
    assert "breakdown_missing" not in flags["3"]
