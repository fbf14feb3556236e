"""Years an answer's opening says are not held, for every unit (breakdown59). Expected values from the document as
its readers read it:

- be-kamer 187503 (dev-be92) asks, in each numbered question, "in de jaren 2015 en 2016"; the answer opens, before
  "1.", with "Sta mij vooreerst toe u te informeren dat de onderstaande antwoorden betrekking hebben op het jaar 2015
  aangezien de gegevens met betrekking tot het jaar 2016 nog niet beschikbaar zijn." That opening serves no unit and
  speaks for all of them: 2016 is not given for units 1 and 2 (their readers: breakdown_missing and no_information,
  "one of the two years named uncovered"), whatever table or figure of 2015 their own answers hold; 2015 is the year
  given, so the flag names 2016 alone, and the opening's words are its evidence.
- a claim that names two years with no clause opener between them ("De gegevens voor 2015 en 2016 zijn nog niet
  beschikbaar") says both are not held.

The first two tests fail on 4efa6529 (no breakdown_missing on units 1 and 2); the clause test fails with
``coverage._claim_clause`` returning the whole sentence (2015 said not held too), and the first test then fails on
"2015–2016"; the last is a guard."""

from __future__ import annotations

from qa_align import coverage
from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc

FIGURES = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)

# be-kamer 187503: the title, units 1 and 2 of the question, and the answer's opening with answers 1 and 2
Q187503 = (
    "Vervroegd pensioen en SWT. \n\n 1. Hoeveel werknemers voldeden in de jaren 2015 en 2016 aan de volgende "
    "voorwaarde: ze voldoen aan de loopbaanvoorwaarde voor het vervroegd pensioen, maar niet aan de "
    "leeftijdsvoorwaarde voor het vervroegd pensioen (aantal en cijfers ook uitgesplitst naar het aantal gewerkte "
    "jaren)?2. Hoeveel werklozen respectievelijk werklozen met SWT voldeden in de jaren 2015 en 2016 aan de volgende "
    "voorwaarde:a) werklozen respectievelijk werklozen met SWT, die voldoen aan de loopbaanvoorwaarde voor het "
    "vervroegd pensioen, maar niet aan de wettelijke pensioenleeftijd en dus hun pensioen nog niet kunnen "
    "opvragen;b) werklozen respectievelijk werklozen met SWT, die een loopbaan hebben van minimaal 45 jaren, maar "
    "niet voldoen aan de wettelijke pensioenleeftijd en dus hun pensioen nog niet kunnen opvragen (aantal en cijfers "
    "ook uitgesplitst naar het aantal gewerkte jaren)?"
)
OPENING = (
    "Sta mij vooreerst toe u te informeren dat de onderstaande antwoorden betrekking hebben op het jaar 2015 "
    "aangezien de gegevens met betrekking tot het jaar 2016 nog niet beschikbaar zijn."
)
ANSWERS = (
    " 1. Hieronder vindt u een tabel met het aantal werknemers die aan de loopbaanvoorwaarde voldeden voor het "
    "vervroegd pensioen, maar niet aan de leeftijdsvoorwaarde voor het vervroegd pensioen (opgedeeld volgens het "
    "aantal loopbaanjaren geldig voor de vervroeging), volgens de informatie die mij werd overgemaakt door de "
    "Federale Pensioendienst (FPD):2016201715061-8-199-fr-nl-1\n      NB: De werklozen met bedrijfstoeslag die aan "
    "deze criteria voldoen, zijn eveneens opgenomen in de bovenstaande cijfers. 2. a) Het aantal werklozen die "
    "genieten van het stelsel van werkloosheid met bedrijfstoeslag die in 2015 voldeden aan de loopbaanvoorwaarde "
    "vereist voor het vervroegd pensioen maar die niet de leeftijd hebben bereikt van 65 jaar, bedraagt 83.528 "
    "personen.b) Hieronder vindt u een tabel met het aantal werklozen die genieten van het stelsel van werkloosheid "
    "met bedrijfstoeslag, die een loopbaan bewijzen van minstens 45 jaar maar die niet de wettelijke leeftijd hebben "
    "bereikt (opgedeeld volgens het aantal loopbaanjaren geldig voor de vervroeging), volgens de informatie die mij "
    "werd overgemaakt door de FPD:2016201715061-8-199-fr-nl-2\n      "
)


def _breakdown(answer: str) -> dict[str, object]:
    doc = be_doc(Q187503, answer, doc_id="187503", date_tabled="2017-02-28")
    out = {}
    for sp in score_document(doc, FIGURES):
        for f in sp.flags:
            if f.name == "breakdown_missing":
                out[sp.pair.question.n] = (f, doc)
    return out


def test_the_year_the_opening_says_is_not_held_is_missing_for_each_unit():
    flags = _breakdown(OPENING + ANSWERS)
    assert sorted(flags) == ["1", "2"]
    for flag, _ in flags.values():
        assert "asks 2016: said not held" in flag.reason
        assert "2015–2016" not in flag.reason  # 2015 is the year the answers give


def test_the_opening_words_are_the_evidence():
    flags = _breakdown(OPENING + ANSWERS)
    assert sorted(flags) == ["1", "2"]
    for flag, doc in flags.values():
        said = [e for e in flag.evidence if e.part == "answer"]
        assert said and all(doc.text[e.start : e.end] == e.text for e in flag.evidence)
        assert any("niet beschikbaar" in e.text for e in said)
        asked = [e.text for e in flag.evidence if e.part == "question"]
        assert "2015 en 2016" in asked


def test_a_claim_reads_the_years_of_its_own_clause():
    openers = coverage._clause_openers("nl", None)
    at = OPENING.index("nog niet beschikbaar")
    clause = coverage._claim_clause(OPENING, at, openers)
    assert "2016" in clause and "2015" not in clause


def test_a_claim_with_no_clause_opener_between_its_years_says_both():
    openers = coverage._clause_openers("nl", None)
    claim = "De gegevens voor 2015 en 2016 zijn nog niet beschikbaar."
    assert coverage._claim_clause(claim, claim.index("niet beschikbaar"), openers) == claim
