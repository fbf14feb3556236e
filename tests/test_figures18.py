"""figures_missing where the answer gives the count asked in other words than the question's: another noun for
what is counted ("agenten" for "medewerkers", "zaken" for "dossiers") or a verb for it ("gecontroleerd" for
"controles"). A head-noun match (the figure must stand with the noun the count counts) was tried this session
and dropped: it flags these answers, which a reader reads as giving the count (README, `figures_missing`,
session 18, figures18). Questions as they stand in the be-kamer-2017 records named (unlabelled, read for the
audit); answers their sentences that bear on the count."""

from __future__ import annotations

import pytest

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)


def _be(question: str, answer: str) -> list[str]:
    return [f.name for sp in score_document(be_doc(question, answer), SETTINGS) for f in sp.flags]


# be-kamer 186552 6: the pumps checked are the checks asked, counted by the verb
PUMPS = (
    "Tegen 1 januari 2015 moesten alle bestaande brandstofpompen uitgerust zijn met een herleidingsinrichting voor "
    "temperatuur. Heeft u er zicht op of dit bij alle brandstofpompen gebeurd is? Hoeveel controles werden "
    "uitgevoerd? Wat zijn de resultaten?"
)


def test_checks_counted_by_their_verb_are_given():
    answer = (
        "In 2015 zijn 11.723 brandstofpompen gecontroleerd door de Metrologische Dienst. Voor 1.244 brandstofpompen "
        "is een waarschuwing opgesteld omdat ze niet uitgerust waren met een (geijkte) herleidingsinrichting voor "
        "temperatuur."
    )
    assert "figures_missing" not in _be(PUMPS, answer)


# be-kamer 187142 1: the FAVV's agents are its staff the question counts
FAVV = (
    "Hoeveel medewerkers van het FAVV werden er volgens de analyse door uw departement beledigd bij het "
    "uitoefenen van hun functie in het jaar 2016? Welke middelen zijn er om hen beter te beschermen?"
)


def test_staff_counted_as_agents_are_given():
    answer = (
        "In 2016 werden 31 agenten van het Federaal Agentschap voor de veiligheid van de voedselketen (FAVV) in 24 "
        "dossiers slachtoffer van bedreigingen geuit door operatoren en hebben hiervan aangifte gedaan bij de "
        "Politie en de Nationale Opsporingseenheid van het FAVV. Om de medewerkers beter te beschermen, laat het "
        "FAVV bij voorkeur de hercontroles bij deze operatoren niet meer uitvoeren door de initieel bedreigde "
        "medewerkers."
    )
    assert "figures_missing" not in _be(FAVV, answer)


# be-kamer 191123 3: the cases of the peace court's rolls are the files it handled
COURT = (
    "Hoe is het aantal door het vredegerecht van Fontaine-L'Eveque behandelde dossiers de voorbije vijf jaar "
    "geevolueerd?"
)


def test_files_counted_as_cases_are_given():
    answer = (
        "Voor wat betreft de vraag inzake de criteria van de werklast geeft de website van het College van de hoven "
        "en de rechtbanken het volgende aan: het totaal aantal nieuwe zaken op de algemene rol en de zaken ingeleid "
        "gedurende het jaar op de rol der verzoekschriften zijn voor het kanton Fontaine-l'Eveque: 2.368 zaken in "
        "2011, 1.878 zaken in 2012, 1.941 zaken in 2013, 1.797 zaken in 2014 en 2.147 zaken in 2015."
    )
    assert "figures_missing" not in _be(COURT, answer)


# dev-be22 186103 1 (labelled figures_missing): the prisons that applied the case law are not counted; the
# figure is of detainees, in a sentence whose "gevangeniswezen" shares its first letters with "gevangenissen".
# Left: a head-noun match finds it, and flags the three answers above.
PRISONS = (
    "In de tussentijd hebben sommige gevangenissen de jurisprudentie reeds toegepast en andere niet. Hoeveel "
    "gevangenissen hebben de jurisprudentie al toegepast? En welke niet?"
)


@pytest.mark.xfail(
    strict=True, reason="a figure of another count sharing a stem with the count's noun (issue)"
)
def test_a_figure_of_detainees_gives_no_count_of_prisons():
    answer = (
        "Vorige maand (27 december 2016) hebben alle gevangenissen de instructies voor de herberekening van de "
        "toegankelijkheid van alle betrokken veroordeelden ontvangen. De werkzaamheden zijn thans aan de gang. Het "
        "gevangeniswezen laat weten dat ongeveer 450 bijkomende gedetineerden vroeger in aanmerking zouden komen "
        "voor een invrijheidstelling."
    )
    assert "figures_missing" in _be(PRISONS, answer)
