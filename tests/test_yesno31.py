"""Asking to describe, estimate or show something in closed form ("Kan u ze gedetailleerd beschrijven?",
"Kunt u de reele omvang van deze problematiek inschatten?") is a request for information, no yes/no
question, as the readers settle it (dev-be8 185050 1; helper yesno31, `[question] request_verbs`
"beschrijven", "omschrijven", "inschatten", "kwantificeren", "weergeven", "uiteenzetten"); "inschatten of"
asks whether, as "meedelen of" does (`[question] whether_verbs`).

Real be-kamer-2017 question text, the record named at each test; the expected readings written out from
reading them."""

from qa_align.settings import Settings

from .conftest import be_doc, closed_of, flags_by_unit

RULE_ONLY = Settings(rules=("yes_no_unanswered",), recycled_across_documents=False, answered_model="none")


def test_describe_in_detail_is_a_request():
    # be-kamer 187063 (dev-be47) unit 2: the readers label the description given, no yes or no asked
    assert closed_of("Kan u ze gedetailleerd beschrijven?") == []


def test_estimate_the_extent_is_a_request():
    # be-kamer 184881 (dev-be54) unit 2: "read as a request, not a yes/no question, as dev-be8 185050 1"
    text = (
        "De cijfers weerspiegelen vooral het aantal klachten en processen-verbaal. Kunt u de reele omvang van "
        "deze problematiek inschatten?"
    )
    assert closed_of(text) == []


def test_estimate_whether_still_asks_yes_or_no():
    # be-kamer 187786: whether the data obtained are reliable is a yes or no, in the clause "of" opens
    assert closed_of("Kunt u inschatten of de verkregen gegevens betrouwbaar zijn?") != []


def test_show_the_amounts_per_zone_gets_no_yes_no_flag():
    # be-kamer 188845 unit 2 (outside every labelled set): the amounts per police zone are asked, and the
    # answer points to the Belgisch Staatsblad; that is a request for figures, with nothing to say yes or no to
    question = (
        "Verkeersveiligheidsfonds. \n\n Het saldo voor 2010 zou worden betaald in 2015, het saldo voor 2011 in "
        "2016, enz. 1. Kunt u bevestigen dat de betaling van de achterstallige dotaties in 2015 en 2016 is "
        "gebeurd, en in 2017 zal gebeuren, zoals gepland?2. Kunt u voor die jaren, opgesplitst per politiezone, "
        "de bedragen weergeven die werden uitbetaald of zullen worden uitbetaald, onderscheid makende tussen het "
        "vast bedrag en het variabel gedeelte?"
    )
    answer = (
        "1. Ik bevestig dat de saldi van het verkeersveiligheidsfonds voor de inningen 2010, 2011 en 2012  werden "
        "uitgevoerd. 2. De bedragen van de saldi per politiezone kunnen geraadpleegd worden in de bovenvermelde "
        "ministerieel besluiten in het Belgisch Staatsblad.De vaste bedragen per politiezone voor de jaren 2015 en "
        "2016 kunnen  eveneens in het Staatblad geraadpleegd worden in de respectievelijke ministerieel besluit van "
        "10 juni 2015 (Belgisch Staatsblad van 24 juni 2015).Het ministerieel besluit betreffende het bedrag 2017 is "
        "momenteel ter goedkeuring bij de inspecteur van financien voor de politie."
    )
    flags = flags_by_unit(be_doc(question, answer), RULE_ONLY)
    assert "2" in flags and "yes_no_unanswered" not in flags["2"]
