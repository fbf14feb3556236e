"""Missing-data statements the rules did not read (helper noinfo23, 2026-12-04): an English negation
written short ("don’t hold", "isn’t available") read in full by the cue matcher, whatever its
apostrophe (``analyze._uncontracted``); "no national data is collected", "not disaggregated", "Er is geen
informatie beschikbaar", a data lag with many words before "nog niet beschikbaar"; a negation that opens a
compound ("niet-begeleide") is no negation for the missing-data reading (``analyze.negating_words``). The
answers are quoted from the records named, the questions shortened where said."""

from qa_align.analyze import answer_cues, negating_words
from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit, uk_doc

SETTINGS = Settings(rules=("no_information", "holding"), answered_model="none")


def uk_flags(question: str, answer: str) -> set[str]:
    return set(flags_by_unit(uk_doc(question, answer), SETTINGS)["1"])


def be_flags(question: str, answer: str) -> dict[str, set[str]]:
    return {n: set(f) for n, f in flags_by_unit(be_doc(question, answer), SETTINGS).items()}


def kinds(text: str, language: str = "en") -> set[tuple[str, str]]:
    return {(c.kind, c.text) for c in answer_cues(text, language)}


def test_a_short_negation_with_a_curly_apostrophe_is_read_in_full():
    # uk-commons 1863279 (dev-uk47): the readers' no_information for the agencies asked in (b)
    flags = uk_flags(
        "To ask the Chancellor of the Exchequer, how many disciplinary cases were concluded against civil "
        "servants in (a) her Department and (b) its agencies in the last twelve months.",
        "HMT don’t hold the information for disciplinary cases in agencies. In the last twelve months, there "
        "have been six disciplinary cases concluded against civil servants.",
    )
    assert "no_information" in flags


def test_short_negations_match_the_phrases_written_in_full():
    # "isn’t available" is "is not available", "don't hold" "do not hold", with either apostrophe; "can’t"
    # is "cannot" (``[cues] declined_promises`` lists "can't" and "cannot")
    assert ("no_information", "isn’t available") in kinds("This information isn’t available.")
    assert ("no_information", "don't hold") in kinds("We don't hold this information.")
    assert ("declined_promises", "can’t") in kinds("We can’t provide a breakdown.")
    # a word that only ends in "n" before an apostrophe is no negation ("Britain's")
    assert not any(k == "no_information" for k, _ in kinds("Britain's data is available."))


def test_no_national_data_collected_is_missing_data():
    # uk-commons 1787913 (dev-uk50), question shortened
    flags = uk_flags(
        "To ask the Secretary of State for Health and Social Care, what information his Department holds on the "
        "number and proportion of maternity services that use tailored interventions.",
        "No national data is collected on the number, proportion, and effectiveness of maternity services that "
        "use tailored interventions to address the specific needs of ethnic minority groups. It is, however, "
        "expected that all local areas fully implement their Equity and Equality Action Plans.",
    )
    assert "no_information" in flags


def test_an_estimate_not_disaggregated_is_missing_data():
    # uk-commons 1910486 (dev-uk42): a split not held, asked as a proportion
    flags = uk_flags(
        "To ask the Secretary of State for Housing, Communities and Local Government, what proportion of the "
        "donations from companies that would not meet the new permissibility criteria were derived from "
        "sponsorship and events at political party conferences.",
        "The Impact Assessment provides an overall estimate of the proportion of company donations that would "
        "not meet the new permissibility criteria. This estimate is not disaggregated by donation type, "
        "including sponsorship or donations relating to events at political party conferences.",
    )
    assert "no_information" in flags


def test_no_information_available_is_missing_data():
    # be-kamer 192502 2 (outside the labelled sets, read right in the audit), the answer's sentence on projects
    flags = be_flags(
        "1. Zijn er in ons land innoverende bedrijven bezig met de ontwikkeling van zo'n vliegende auto?",
        "1. Er is momenteel geen informatie beschikbaar bij het DGLV over dergelijk project in Belgie. Een "
        "proefvlucht kan in theorie, maar dan moet eerst de veiligheid aangetoond worden volgens de besproken "
        "circulaire.",
    )
    assert "no_information" in flags["1"]


def test_figures_of_a_year_not_yet_compiled_are_a_data_lag():
    # be-kamer 186883 2 (dev-be50): a data lag, no_information and no holding in the readers' reading
    flags = be_flags(
        "1. Welk percentage van de opgegeven redenen van afwezigheid bij federale ambtenaren vertegenwoordigen "
        "vandaag de stressgerelateerde aandoeningen?",
        "De definitieve cijfers worden jaarlijks gepubliceerd door Medex.In het algemeen is deze publicatie "
        "beschikbaar rond de maand april.De cijfers voor 2016 zijn echter op dit ogenblik nog niet beschikbaar.",
    )
    assert flags["1"] == {"no_information"}


def test_a_negation_that_opens_a_compound_negates_nothing():
    # "niet-begeleide minderjarigen" (be-kamer answers: 299 hold such a compound); "geen" stays a negation
    assert "niet" not in negating_words(
        "De gegevens over niet-begeleide minderjarigen worden bijgehouden.", "nl"
    )
    assert "geen" in negating_words("Er zijn geen gegevens over niet-begeleide minderjarigen.", "nl")
    assert "not" in negating_words("Data on non-urgent cases is not held.", "en")
    assert "non" not in negating_words("Data on non-urgent cases is not held.", "en")


def test_a_split_asked_said_not_possible_is_missing_data():
    # be-kamer 185101 2 (dev-be42): the split "per sekse" said not possible, too many words between
    # "opsplitsing" and "niet mogelijk" for the ``no_breakdown`` phrases; the readers' no_information
    flags = be_flags(
        "1. Kan u het aantal aangegeven verkrachtingen van de voorbije vijf jaar in de Kempen uitsplitsen per "
        "sekse, per leeftijdsgroep en per gewelddadige handeling die het slachtoffer heeft meegemaakt?",
        "1. Het is mogelijk om te rapporteren over de leeftijd van het slachtoffer, zoals weergegeven in "
        "bovenstaande tabel, aangezien deze informatie zit vervat in de feitcode.Een verdere opsplitsing naar het "
        "geslacht van het slachtoffer is echter niet mogelijk.",
    )
    assert "no_information" in flags["1"]


def test_a_short_negation_is_a_negation_for_the_missing_data_reading():
    # uk-commons 1863279 (dev-uk47) and 1846656: "don’t" is "do not", "isn't" "is not", "can't" "cannot" for the
    # classifier's missing-data reading too (``answers._unheld_without_figures``), as for the cue matcher (review32)
    assert "not" in negating_words("HMT don’t hold the information for disciplinary cases in agencies.", "en")
    assert "not" in negating_words("This data isn't available at a constituency level.", "en")
    assert "cannot" in negating_words("We can't provide a breakdown.", "en")
    assert "not" not in negating_words("Britain's data is available.", "en")
