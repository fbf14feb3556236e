"""breakdown_missing (breakdown56). A unit that asks its count year by year in words of its own ("op jaarbasis",
"jaarlijks", "in each financial year") and names no period is asked a breakdown by year: where the answer gives no
figure of what is asked at all, no year is given (``coverage.coverage``, as "per jaar" with no figure already was);
a yearly figure given is none missing. And the request for data that opens a question before its numbered units
("Graag bekwam ik een aantal gegevens voor het jaar 2016, uitgesplitst per gewestelijke directie.") asks its split of
the units after it, as an opening that ends in a colon does (``coverage.opening_dimensions``); a split the lexicon
does not name only where no figure is given. The texts are be-kamer 185386 (dev-be34, unit 3 read by its readers:
not_answered, breakdown_missing, figures_missing, no_information) and 184932 (dev-be101, unit 3 the same). The
first and third tests fail on f231a705 (checked on a ``git archive f231a705`` copy with this file added); the
guards pass on both."""

from __future__ import annotations

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)

# be-kamer 185386
Q185386 = (
    "Illegalen die werden opgepakt tijdens het binnendringen van havenfaciliteiten. \n\n Dagelijks zijn er illegalen "
    "die trachten de havenfaciliteiten binnen te dringen met het oog op immigratie naar het Verenigd Koninkrijk. "
    "Heel wat van deze illegalen worden door de ordediensten onderschept en overgedragen aan de dienst "
    "Vreemdelingenzaken (DVZ). 1. Hoeveel personen werden de jongste vijf jaar, op jaarbasis, in dit verband "
    "overgedragen aan de DVZ?2. Welk gevolg gaf de DVZ aan deze dossiers (bevel het grondgebied te verlaten en "
    "vrijlating, gesloten centrum, enz.) (op jaarbasis)?3. Hoeveel van deze personen werden effectief van het "
    "grondgebied verwijderd (op jaarbasis)?"
)
A185386_12 = (
    "1. en 2. Hieronder ziet u, per haven, hoeveel dossiers werden overgedragen aan de dienst Vreemdelingenzaken "
    "(DVZ) en welke gevolgen er aan werden gegeven:Oostende:2016201714240-16-1035-fr-nl-1\n      "
    "Zeebrugge:2016201714240-16-1035-fr-nl-2\n      "
)
A185386_3 = (
    "3. Pas vanaf 1 januari 2017 wordt de link gelegd tussen opsluiting en effectieve verwijdering. We beschikken dus "
    "niet over statistieken voor de gevraagde jaren."
)

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


def test_year_by_year_asked_with_no_figure_given_is_a_breakdown_missing():
    flags = _flags(Q185386, A185386_12 + A185386_3)
    assert "breakdown_missing" in flags["3"]
    assert "figures_missing" in flags["3"]


def test_a_yearly_figure_given_where_no_period_is_named_is_no_breakdown_missing():
    given = "3. Jaarlijks worden gemiddeld 1.200 van deze personen effectief van het grondgebied verwijderd."
    assert "breakdown_missing" not in _flags(Q185386, A185386_12 + given)["3"]


def test_split_of_a_request_opening_is_asked_of_a_unit_given_no_figure():
    answer = A184932_12 + "3.  Er worden hierover geen statistieken bijgehouden." + A184932_4
    flags = _flags(Q184932, answer, "2017-01-13")
    assert "breakdown_missing" in flags["3"]
    assert "breakdown_missing" not in flags["1"]  # the placeholder tables count as given


def test_open_split_of_a_request_opening_is_not_weighed_beside_a_figure():
    given = "3. Er werd in totaal 1.250.000 euro aan belastingverhogingen en administratieve boetes kwijtgescholden."
    flags = _flags(Q184932, A184932_12 + given + A184932_4, "2017-01-13")
    assert "breakdown_missing" not in flags["3"]
