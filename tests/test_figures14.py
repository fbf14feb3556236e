"""figures14 (session 15): figures_missing on estimates, statistics and social costs asked in words the
lexicon lacked. Each case is a real Chamber question (be-kamer-2017, shortened) and an answer in its words."""

from __future__ import annotations

from qa_align.pipeline import score_document
from qa_align.readers.be_kamer import read_record as be_record
from qa_align.readers.uk_commons import read_record as uk_record
from qa_align.settings import Settings

SETTINGS = Settings(rules=("breakdown_missing", "figures_missing"), recycled_across_documents=False)


def _nl_flags(question: str, answer: str) -> list[str]:
    """The flag names of the one unit of a Chamber record of ``question`` and ``answer``."""
    rec = dict(doc_id="t", question=question, answer=answer, department="D", date_tabled="2017-03-01")
    (sp,) = score_document(be_record(rec, "t"), SETTINGS)
    return [f.name for f in sp.flags]


def test_an_estimate_asked_and_not_given_is_a_figure_missing():
    # be-kamer 188724 question 1 (not labelled): a reader reads "een raming van de geleden schade" as an amount
    # asked; the answer says the NMBS repaired the damage itself and names no sum
    flags = _nl_flags(
        "Onderwerp.\n\n 1. Kan een raming gegeven worden van de geleden schade in het station?",
        "De beslissing om de wachtzaal te sluiten werd genomen naar aanleiding van veelvuldig vandalisme. De NMBS "
        "herstelde tot nu toe zelf de schade.",
    )
    assert "figures_missing" in flags


def test_an_estimate_of_savings_asked_beside_no_statistics_is_a_figure_missing():
    # be-kamer 189531 question 2 (dev-be14, flagged figures_missing by its readers): "Kunt u een schatting geven
    # van de besparing", answered that no statistics are kept
    flags = _nl_flags(
        "Onderwerp.\n\n 1. Kunt u een schatting geven van de besparing die dit heeft opgeleverd voor onze economie?",
        "Mijn diensten leggen geen statistieken aan van het aantal elektronische facturen aangezien dit een gegeven "
        "is dat niet van belang is om een belasting te bepalen.",
    )
    assert "figures_missing" in flags


def test_an_estimate_given_as_an_amount_answers_it():
    # be-kamer 187004 question 3 (shortened): the estimate asked is given in euro
    flags = _nl_flags(
        "Onderwerp.\n\n 1. Kunt u een raming geven van de kosten van de elektrificatie tussen Mol en Hamont?",
        "De elektrificatie van het baanvak Mol - Hamont is geraamd op 46,3 miljoen euro.",
    )
    assert "figures_missing" not in flags


def test_an_appraisal_asked_is_no_figure():
    # be-kamer 185894 question 1 (shortened): "inschatting" asks an opinion, not an amount
    flags = _nl_flags(
        "Onderwerp.\n\n 1. Deelt u onze inschatting dat de wetgeving ter zake sterk verouderd is?",
        "De wetgeving wordt momenteel geevalueerd.",
    )
    assert "figures_missing" not in flags


def test_statistics_asked_of_the_addressee_and_said_not_available_are_missing():
    # be-kamer 185586 question 4 (not labelled): "Beschikt u over statistieken ... met betrekking tot de boetes",
    # answered that the figures are not yet available
    flags = _nl_flags(
        "Onderwerp.\n\n 1. Beschikt u over statistieken met betrekking tot de boetes die onbetaald bleven doordat "
        "de betrokkene een valse identiteit opgaf?",
        "Omdat de cijfers voor 2016 nog niet beschikbaar zijn, kan de NMBS deze vraag nog niet beantwoorden.",
    )
    assert "figures_missing" in flags


def test_the_social_cost_asked_and_said_not_known_is_missing():
    # be-kamer 187607 question 4 (dev-be13, flagged figures_missing by its readers)
    flags = _nl_flags(
        "Onderwerp.\n\n 1. Heeft men weet van de maatschappelijke kosten verbonden aan dit product: impact op het "
        "waterleven, kost voor de waterzuivering, enz.?",
        "We beschikken momenteel niet over gegevens in verband met de maatschappelijke kosten gekoppeld aan het "
        "gebruik van dit type producten.",
    )
    assert "figures_missing" in flags


def test_a_count_asked_on_a_yes_left_implicit_and_said_not_held_is_missing():
    # be-kamer 191215 question 1 (dev-be15, flagged figures_missing by its readers; shortened): the answer sets
    # out when the costs are deductible (the yes left implicit) and says the data asked cannot be gathered
    flags = _nl_flags(
        "Onderwerp.\n\n 1. Mag een OCMW-raadslid de kosten voor een masteropleiding in mindering brengen op zijn "
        "belastingaangifte? Zo ja, in hoeveel gevallen werden die kosten van de belastingen afgetrokken in 2016?",
        "De algemene voorwaarden voor de aftrekbaarheid van beroepskosten zijn van toepassing op alle "
        "belastingplichtigen. Verder is het niet mogelijk om deze categorie van kosten af te zonderen voor het "
        "verzamelen van de gevraagde gegevens.",
    )
    assert "figures_missing" in flags


def test_a_count_asked_on_a_yes_answered_with_a_no_in_other_words_is_not_asked():
    # be-kamer 185501 question 1 (not labelled; shortened): "nog niet vergoed" is the no, and names no data
    flags = _nl_flags(
        "Onderwerp.\n\n 1. Werd alle schade ondertussen vergoed? Zo ja, wat is de totale kostprijs hiervan?",
        "De strafrechtelijke onderzoeksprocedure is vooralsnog niet definitief beeindigd. Bijgevolg werd de schade "
        "nog niet vergoed.",
    )
    assert "figures_missing" not in flags


def _uk_flags(question: str, answer: str) -> list[str]:
    """The flag names of the one pair of a UK record of ``question`` and (HTML) ``answer``."""
    (sp,) = score_document(
        uk_record({"id": 1, "questionText": question, "answerText": answer}, "t"), SETTINGS
    )
    return [f.name for f in sp.flags]


def test_a_cost_withheld_is_a_figure_missing():
    # uk-commons 1857089 (dev-uk17, flagged figures_missing by its readers): "what has been the cost" asks an amount
    flags = _uk_flags(
        "To ask the Secretary of State for Defence, what has been the cost of implementation of the Anglo-French "
        "TEUTATES treaty since its inception in 2010.",
        "<p>I am withholding the cost of the Teutates programme as release would prejudice international "
        "relations.</p>",
    )
    assert "figures_missing" in flags


def test_an_estimated_cost_given_in_pounds_answers_it():
    # uk-commons 1879610 (not labelled; shortened): the estimated cost asked is given as an amount of money
    flags = _uk_flags(
        "To ask the Secretary of State for Science, Innovation and Technology, what the estimated cost to the "
        "Intellectual Property Office of policies related to net zero objectives is in each of the next five "
        "financial years.",
        "<p>Based on the planned continuation of this work at current levels, the estimated average annual cost "
        "over the next five years is approximately £58k.</p>",
    )
    assert "figures_missing" not in flags


def test_barnett_consequentials_asked_and_not_given_are_missing():
    # uk-commons 1763511 (not labelled; shortened): the amounts asked are not named
    flags = _uk_flags(
        "To ask the Chancellor of the Exchequer, if she will list all Barnett consequentials that her Department "
        "plans to allocate to the Northern Ireland Executive.",
        "<p>The Northern Ireland Executive will receive funding through the Barnett formula for any changes to UK "
        "Government department budgets, in the usual way at Main Estimates.</p>",
    )
    assert "figures_missing" in flags
