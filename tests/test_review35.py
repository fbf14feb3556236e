"""Review of staging33 (review35): fixes with the records that show them.

Expected values are written from reading the records, not taken from the code's output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa_align import coverage
from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

SETTINGS = Settings(rules=("deflection",), recycled_across_documents=False)


def test_coverage_patterns_are_built_once_per_language():
    # split33 put `_compiled_if` between `@lru_cache` and `_patterns`: the decorator went to the new helper
    # (whose key, a fresh lambda each call, never hits) and `_patterns`, read by every unit's `asked` and
    # `given` some thirty times, compiled its patterns again at each call
    assert coverage._patterns("nl", None) is coverage._patterns("nl", None)
    assert coverage._patterns("en", None) is coverage._patterns("en", None)


# be-kamer 190385 (drawn outside every labelled set, review35 seed 3935): the opening before "1." says
# "Een van de voornaamste problemen is het naast elkaar bestaan van reglementeringen in verband met het
# bijhouden van de bevolkingsregisters, waarvoor mijn collega minister van Binnenlandse Zaken bevoegd is";
# question 3 asks whether the state secretary will meet the organisations "samen met de bevoegde
# collega's", and its answer says she waits for a draft circular to put to the Platform. The registers
# handed to the Interior minister are not what question 3 asks; "collega" names the body, which
# `_opening_handovers` says is no part of the matter handed over.
REGISTER_QUESTION = (
    "De moeilijkheden voor daklozen om zich in te schrijven in het bevolkingsregister (MV 17448). \n\n "
    "Middenveldorganisaties trekken aan de alarmbel in verband met de problemen voor daklozen om zich "
    "eenvoudig te kunnen inschrijven in het bevolkingsregister. Netwerk tegen armoede en een handvol "
    "andere armoedeorganisaties zijn ongerust en stellen dat er in eerste instantie goodwill was om te "
    "overleggen tussen de regering en het middenveld, maar dat hier in praktijk weinig van terecht is "
    "gekomen.Over een adres beschikken, is voor daklozen erg belangrijk. Een adres is immers een "
    "voorwaarde om te kunnen genieten van bepaalde rechten. Een correcte inschrijving in het "
    "bevolkingsregister regelen blijkt al jaren een groot probleem te zijn.Begin 2016 zouden er "
    'verschillende "werven" geformuleerd zijn om rond te werken, en vond er overleg plaats met premier '
    "Charles Michel, ministers Willy Borsus en Jan Jambon en toenmalig staatssecretaris Elke Sleurs. In "
    'de pers lezen we: "Er was goodwill om te overleggen, maar nu blijkt dat afspraken niet uitgevoerd '
    'worden. Men wil nu blijkbaar zelfs met een enkele omzendbrief komen.".In het derde federaal plan '
    'Armoedebestrijding staat er inderdaad vermeld: "In dialoog met organisaties uit het middenveld '
    "worden de bestaande richtlijnen in verband met het referentieadres geactualiseerd. Met het oog op "
    "een betere naleving van de regelgeving en inschrijving in het bevolkingsregister om toegang tot "
    "bepaalde rechten mogelijk te maken is een nieuwe omzendbrief in voorbereiding in samenspraak met de "
    "minister van Binnenlandse Zaken, de minister van Maatschappelijke Integratie en de staatssecretaris "
    'voor Armoedebestrijding.". 1. Kan u vertellen wat de frase "in dialoog met het middenveld" concreet '
    "heeft ingehouden, aangezien datzelfde middenveld nu aanhaalt dat een omzendbrief ruim onvoldoende "
    "is, en dat er ook wetswijzigingen en wijzigingen aan koninklijke besluiten nodig zijn?2. Men vreest "
    "dat een aantal mogelijkheden voor daklozen zelfs zullen verdwijnen. De organisaties vragen daarom "
    "dringend overleg met de regering. Bent u ook van mening dat er meer nodig is dan een omzendbrief om "
    "een aantal obstakels uit de weg te ruimen?3. Bent u bereid om samen met de bevoegde collega's op "
    "deze nieuwe vraag om overleg in te gaan? Of heeft dit overleg intussen al plaatsgevonden en wat is "
    "de uitkomst ervan?"
)
REGISTER_ANSWER = (
    "Het referentieadres is een vorm van maatschappelijke dienstverlening die essentieel is in de strijd "
    "tegen de dakloosheid. Dankzij deze mogelijkheid kan de dakloze immers een administratieve "
    "verankering bekomen en zijn post ontvangen.Met het referentieadres kan hij aanspraak maken op alle "
    "sociale voordelen waarvoor een inschrijving in het bevolkingsregister nodig is (bijvoorbeeld "
    "werkloosheidsuitkeringen, kinderbijslag, de aansluiting bij een ziekenfonds, enz.).Talrijke "
    "problemen blijven echter bestaan in de praktijk en worden gemeld door de gemeentebesturen, de OCMW's"
    " en verenigingen actief in de strijd tegen de armoede.Een van de voornaamste problemen is het naast "
    "elkaar bestaan van reglementeringen in verband met het bijhouden van de bevolkingsregisters, "
    "waarvoor mijn collega minister van Binnenlandse Zaken bevoegd is, en de richtlijnen voor de OCMW's, "
    "waarvoor mijn collega minister van Maatschappelijke Integratie bevoegd is.Ik kan u dan ook elementen"
    " van antwoord mededelen enkel binnen de grenzen van mijn bevoegdheden. 1. Ik pleeg regelmatig "
    "overleg met het Belgisch Netwerk Armoedebestrijding (BAPN). Het heeft plaats in het kader van het "
    "Begeleidingscomite voor de toelage die aan dit netwerk wordt toegekend.Tijdens de laatste "
    "overlegvergaderingen heb ik mijn administratie, de POD Maatschappelijke Integratie verzocht, het "
    "BAPN op de hoogte te houden van de voorbereidende werkzaamheden van de FOD Binnenlandse Zaken en van"
    " de POD Maatschappelijke Integratie om samen een omzendbrief te publiceren waarbij de procedure voor"
    " de toewijzing van een referentieadres wordt vereenvoudigd en verduidelijkt.Daarenboven ben ik met "
    "mijn administratie overeengekomen dat het onderwerp van het referentieadres binnenkort op de agenda "
    "komt van het Belgisch Platform tegen armoede en sociale uitsluiting EU2020. 2. Het ontwerp van "
    "omzendbrief betreffende het referentieadres heeft tot doel de toegang tot deze vorm van "
    "maatschappelijke dienstverlening effectiever te maken en hem niet te beperken. Het project wordt "
    "thans uitgewerkt. De goedkeuring ervan hangt af van mijn collega's ministers van Binnenlandse Zaken "
    "en van Maatschappelijke Integratie. 3. Ik wacht op een afgewerkt ontwerp van omzendbrief om het voor"
    " te leggen en te bespreken bij het Belgisch Platform tegen armoede en sociale uitsluiting EU2020."
)


def test_a_body_named_before_a_verb_final_remit_word_is_no_matter_handed_over():
    flags = flags_by_unit(be_doc(REGISTER_QUESTION, REGISTER_ANSWER, doc_id="190385"), SETTINGS)
    assert "deflection" not in flags["3"]


# uk-commons 1740803 (corpus/asks/en.jsonl; no flag set holds it): "what estimate he has made of the two year
# survival rate ...; and what assessment he has made of the impact of ... robotics", answered "The Department
# has not made a specific estimate on the two-year survival rate ..." and, paragraphs later, "No specific
# assessment has been made on the impact ...". `ask_denied` named the denial of whichever noun its set gave
# first, so the veto's reason changed with PYTHONHASHSEED (seeds 0-3 "No specific assessment", 4-5 "The
# Department has not made"); it names the denial of the thing asked first, the estimate.
SURVIVAL_QUESTION = (
    "To ask the Secretary of State for Health and Social Care, what estimate he has made of the two year "
    "survival rate for patients with bowel cancer in Walsall; and what assessment he has made of the "
    "impact of levels of availability of robotics for cancer operations on that figure."
)
SURVIVAL_ANSWER = (
    "<p>The Department has not made a specific estimate on the two-year survival rate for patients with "
    "bowel cancer in Walsall, however, the Department is focused on improving survival rates for all "
    "cancers, and on meeting all National Health Service cancer waiting time targets, so no patient waits"
    " longer than they should.</p><p><br> No specific assessment has been made on the impact of the "
    "levels of availability of robotics for cancer operations. However, there is a robotic assisted "
    "surgery clinical strategy for the Black Country Provider Collaborative which has increased robotic "
    "surgery access for all patients in the Black Country, particularly for renal service.</p>"
)

_DENIED = """
import sys
sys.path.insert(0, sys.argv[1])
from qa_align.align import align
from qa_align.generic_units import ask_denied
from qa_align.rules.context import DocContext, PairContext
from qa_align.settings import Settings
from tests.conftest import uk_doc
from tests.test_review35 import SURVIVAL_ANSWER, SURVIVAL_QUESTION

settings = Settings(rules=("generic",), recycled_across_documents=False)
doc = uk_doc(SURVIVAL_QUESTION, SURVIVAL_ANSWER)
pairs = align(doc, settings)
print(ask_denied(PairContext(DocContext(doc, pairs, settings), pairs[0])))
"""


@pytest.mark.parametrize("seed", ["0", "4"])
def test_the_denial_named_is_that_of_the_thing_asked_first_whatever_the_hash_seed(seed):
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": root}
    out = subprocess.run(
        [sys.executable, "-c", _DENIED, root], env=env, capture_output=True, text=True, check=True, cwd=root
    ).stdout
    assert out.startswith("The Department has not made a specific estimate on the two-year survival rate")
