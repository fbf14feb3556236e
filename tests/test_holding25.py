"""holding on the Dutch "pas" of time with a future form (holding25): what was asked comes about or is
decided only once something still to come has happened ("Pas wanneer de Europese Commissie concrete
voorstellen gedaan zal hebben, zal Belgie zijn standpunt kunnen vastleggen", "zal dit pas gebeuren wanneer
..."), and what it leaves alone ("pas" as "recently"). Real be-kamer answers from ../shared/data, shortened;
expected flags written by hand from reading them."""

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def holding_of(question: str, answer: str) -> bool:
    (sp,) = score_document(be_doc(question, answer), SETTINGS)
    return any(f.name == "holding" for f in sp.flags)


def test_a_position_fixed_only_once_proposals_come_is_holding():
    # be-kamer 188821 unit 2 (shortened): Belgium's position asked is put off to the Commission's proposals
    assert holding_of(
        "Welk standpunt neemt ons land daarover in?",
        "De Europese Commissie heeft vervolgens, in 2015, een plan in meerdere stappen gepubliceerd. Pas wanneer "
        "de Europese Commissie concrete voorstellen gedaan zal hebben, zal Belgie zijn standpunt kunnen vastleggen. "
        "Op die manier worden de zaken op Europees niveau altijd geregeld.",
    )


def test_results_made_public_only_when_a_mandate_is_proposed_are_holding():
    # be-kamer 191548 unit 3 (shortened): the results of the impact studies asked are still to come
    assert holding_of(
        "Wat zijn de resultaten van de verschillende effectenstudies die de Europese Commissie besteld heeft in "
        "verband met het toekomstige vrijhandelsakkoord tussen de Europese Unie en Nieuw-Zeeland?",
        "De Europese Commissie maakte de resultaten van de impactanalyse voor een vrijhandelsverdrag met "
        "Nieuw-Zeeland nog niet bekend. Zoals gebruikelijk, zal dit pas gebeuren wanneer de Europese Commissie "
        "haar voorstel voor een onderhandelingsmandaat doorstuurt naar de lidstaten.",
    )


def holding_reason(question: str, answer: str) -> str:
    """The reason of the unit's holding flag ("defers the answer: 'pas wanneer ...'"), empty without one."""
    (sp,) = score_document(be_doc(question, answer), SETTINGS)
    return " | ".join(f.reason for f in sp.flags if f.name == "holding")


def test_measures_weighed_only_once_a_study_is_done_are_holding():
    # be-kamer 185266 unit 2 (shortened, outside the labelled sets): the recommendations asked wait for the
    # study; the words read are "pas wanneer ... zal" (before holding25 only the bare "zal" of "zal bekijken")
    reason = holding_reason(
        "Wat zijn de aanbevelingen van de studie over de moeilijkheden van kleine ondernemingen met "
        "elektronische facturatie?",
        "Deze studie bleek echter veel complexer dan oorspronkelijk voorzien. Het is pas wanneer deze studie "
        "afgerond zal zijn dat ik, op basis van de conclusies ervan, samen met de cijferberoepen zal bekijken "
        "welke de gepaste maatregelen zijn die genomen moeten worden.",
    )
    assert "pas wanneer" in reason.lower()


def test_a_decree_changed_only_recently_is_no_deferral():
    # be-kamer 188607 (shortened): "pas recent" is "only recently", a rule in force described; "pas" with no
    # conjunction of time puts nothing off
    assert not holding_of(
        "Welke erkenningscriteria gelden sinds 4 januari 2016 voor de huisartsen?",
        "Het ministerieel besluit waarnaar u verwijst werd pas recent aangepast en legt de stageduur vast. "
        "De adviezen van de Hoge Raad zijn publiek beschikbaar.",
    )
