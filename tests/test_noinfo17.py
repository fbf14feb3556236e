"""What a Belgian answer says about data not held (helper noinfo17): "geen statistieken", a data
source that "laat niet toe" what was asked, and a data lag ("cijfers ... nog niet beschikbaar"),
read as ``no_information`` (``LABELS.md``; ``corpus/gold/README.md``: a data lag is
``no_information``, not ``holding``). Questions and answers from the records named (development sets
and unlabelled be-kamer-2017 documents, none of a test set), shortened; expected values written out
from reading them."""

from qa_align.pipeline import score_document
from qa_align.settings import Settings

from .conftest import be_doc


def _flags(question: str, answer: str) -> dict[str, set[str]]:
    settings = Settings(rules=("no_information", "holding"), answered_model="none")
    return {
        sp.pair.question.n: {f.name for f in sp.flags}
        for sp in score_document(be_doc(question, answer), settings)
    }


def test_no_statistics_kept_is_no_information_also_for_a_closed_question():
    # dev-be18 191421 2: a closed question answered that no statistics are available
    question = (
        "1. Hoeveel geboren kuikens en biggen halen hun eerste levensjaar niet?"
        "2. Is er een gelijkaardige stijging in sterfte merkbaar bij biggen en kuikens als bij kalveren?"
    )
    answer = (
        "1. Er is voor deze diersoorten geen verplichting tot melding of registratie van sterfte."
        "2. Er zijn echter geen statistieken over globale sterftecijfers beschikbaar op federaal niveau."
    )
    assert "no_information" in _flags(question, answer)["2"]
    # be-kamer 186026: "De NMBS houdt hierover geen statistieken bij."
    question = "1. Hoe vaak werden treinbegeleiders het voorbije jaar aangevallen?"
    answer = "1. De NMBS houdt hierover geen statistieken bij."
    assert _flags(question, answer)["1"] == {"no_information"}


def test_a_data_source_that_does_not_allow_it_is_no_information():
    # dev-be15 185541 1: "De gegevensbank ... laat niet toe om deze vraag te beantwoorden"
    question = "1. Hoe vaak gebeurde het dat verdachten werden vrijgelaten wegens gebrek aan verhoor?"
    answer = (
        "1. De gegevensbank van het College van procureurs-generaal laat niet toe om deze vraag te beantwoorden "
        "aangezien de reden van vrijlating niet wordt bijgehouden."
    )
    assert "no_information" in _flags(question, answer)["1"]
    # dev-be15 189412 2: "Onze databanken laten niet toe een opzoeking te doen ... per Gewest"
    question = (
        "1. Heeft u cijfergegevens hierover van de voorbije vijf jaar, opgesplitst per jaar en per Gewest?"
    )
    answer = "1. Onze databanken laten niet toe een opzoeking te doen van de gevallen jaarlijks ontvangen per Gewest."
    assert "no_information" in _flags(question, answer)["1"]


def test_what_is_not_allowed_but_names_no_data_source_is_not_no_information():
    # be-kamer 188916: the budget does not allow an investment; no information is said to be missing
    question = "1. Wanneer wordt het gebouw gerenoveerd?"
    answer = (
        "1. De (beperkte) budgettaire middelen waarmee de Regie der Gebouwen haar opdracht moet vervullen, laten "
        "niet toe om te investeren in een renovatieproject."
    )
    assert "no_information" not in _flags(question, answer)["1"]
    # reference-dev 190922 1 (its readers flag nothing): a caveat on the counts given, no data source named
    question = "1. a) Kan u een overzicht bieden van de evolutie van de gebruikerscijfers van het station?"
    answer = (
        "1. a) Niettemin vormen deze tellingen de enige beschikbare bron waardoor het aantal reizigers kan worden "
        "ingeschat. De cijfers laten niet toe om een onderscheid te maken tussen reizigers die zich naar het "
        "station begeven om de trein te nemen en overstappende reizigers."
    )
    assert "no_information" not in _flags(question, answer)["1"]


def test_figures_of_a_year_not_yet_available_are_a_data_lag_not_a_deferral():
    # dev-be16 193284 1: "Afzonderlijke cijfers voor aanwervingen zijn nog niet beschikbaar voor 2016"
    question = "1. Welke bedrijfssectoren nemen het meeste personen in dienst?"
    answer = "1. Afzonderlijke cijfers voor aanwervingen zijn nog niet beschikbaar voor 2016."
    assert _flags(question, answer)["1"] == {"no_information"}


def test_results_of_a_study_not_yet_available_stay_a_deferral():
    # be-kamer 185454 3 (as tests/test_answer_rules.py reads it): a study's results, no data lag
    question = "1. Worden er nieuwe en grotere hokjes voorzien?"
    answer = (
        "1. Momenteel bestudeert de NMBS de bestaande perronuitrustingen. De resultaten van deze studie zijn nog "
        "niet beschikbaar."
    )
    got = _flags(question, answer)["1"]
    assert "holding" in got and "no_information" not in got


def test_data_held_only_in_part_is_no_information():
    # dev-be11 190427 (as corpus/gold/README.md reads it: partial + no_information + breakdown_missing)
    question = "1. Hoeveel werknemers met een artistieke activiteit waren er in de periode 2012-2016?"
    answer = (
        "1. In onderstaande tabellen kan het aantal werknemers teruggevonden worden. Voor de werknemers die een "
        "artistieke activiteit uitvoeren zijn er slechts gegevens beschikbaar vanaf 2014."
    )
    assert "no_information" in _flags(question, answer)["1"]
    # be-kamer 188541 1: "Mijn administratie beschikt enkel over de cijfers voor het jaar 2016."
    question = "1. Hoeveel meldingen over namaakverkoop op sociale media ontving u in 2014, 2015 en 2016?"
    answer = (
        "1. Mijn administratie beschikt enkel over de cijfers voor het jaar 2016. In 2016 ontving mijn "
        "administratie 18 meldingen over namaakverkoop op sociale media."
    )
    assert "no_information" in _flags(question, answer)["1"]
    # be-kamer 191243: a station that has only sales staff holds no data
    question = "1. Hoeveel personeelsleden zijn er in het station van Leuze?"
    answer = "1. Het station van Leuze beschikt enkel over verkooppersoneel."
    assert "no_information" not in _flags(question, answer)["1"]


def test_a_year_not_yet_compiled_is_a_data_lag_whatever_word_names_its_figures():
    # dev-be18 185401 1: "criminaliteitsstatistieken" is no word of `data_lag`'s "cijfers * nog niet beschikbaar"
    question = "1. Heeft u weet hoeveel auto's van Belgische eigenaars getroffen zijn in 2016?"
    answer = "1. De criminaliteitsstatistieken voor het volledige jaar 2016 zijn echter momenteel nog niet beschikbaar."
    assert _flags(question, answer)["1"] == {"no_information"}
