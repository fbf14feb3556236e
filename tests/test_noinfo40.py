"""No list, overview or report kept (helper noinfo40, 2026-12-05): a negation of `[answer] record_negations`
("geen", "no") at most two words before a noun of `record_nouns` ("lijst", "overzicht", "verslag", "opdeling",
"list", "breakdown") in a sentence the unit is given, with no figure, no table placeholder, no reason for
withholding and no deferral, says the information is not there (`rules.answers._no_record`). The answers are
quoted from the records named; the readers' flags are those of `corpus/gold`."""

from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit, uk_doc

SETTINGS = Settings(rules=("no_information",), answered_model="none")


def be_flags(question: str, answer: str) -> dict[str, list[str]]:
    return flags_by_unit(be_doc(question, answer), SETTINGS)


def test_no_uniform_list_of_the_moves_asked_is_missing_data():
    # be-kamer 190119 (dev-be3+4): an inventory of the pieces moved asked; the readers' no_information
    flags = be_flags(
        "De collecties van het KLM. Kunt u een inventaris overleggen van de stukken die de jongste tien jaar "
        "(sinds 2007) van locatie zijn veranderd, en dit in de vorm van een tabel die de volgende gegevens "
        "bevat:- de naam van het betreffende stuk,- de plaats waar het stuk zich bevindt,- het statuut ervan.",
        "De verplaatsingen van collectiestukken extern het KLM werden uitgevoerd in het kader van het uitlenen "
        "aan andere musea en aan eenheden van de Belgische Defensie of aan derden.Voor de gevraagde periode "
        "bestaat er actueel geen eenvormige lijst die de verschillende soorten verplaatsingen groepeert. De "
        "actuele locatie van de collectiestukken van het KLM kan geraadpleegd worden in het KLM via de lokale "
        "toepassing CollectPro.",
    )
    assert "no_information" in flags["1"]


def test_no_exhaustive_overview_of_the_member_states_is_missing_data():
    # be-kamer 189282 1 (dev-be36): what other member states do, asked; the readers' no_information
    flags = be_flags(
        "Bedrog met domeinnamen. 1. Wordt de piste om de betaalmiddelen van namaaksites af te sluiten reeds "
        "toegepast in een Europese lidstaat? Hoe verloopt deze werkwijze daar? 2. Heeft u er zicht op hoeveel "
        "betwistingen werden ingediend bij Visa of Mastercard de laatste vijf jaar?",
        "1. De Algemene Directie Economische Inspectie heeft geen exhaustief overzicht van de situatie in alle "
        "lidstaten. In april 2017 is het Verenigd Koninkrijk, in samenwerking met de privesector, gestart met "
        "het afsluiten van de betaalmiddelen van websites die namaakgoederen verkopen. 2. De Economische "
        "Inspectie ontvangt de betwistingen niet.",
    )
    assert "no_information" in flags["1"]


def test_no_centralised_list_is_missing_data():
    # uk-commons 1698431 (not labelled): the list asked does not exist centrally, and with it the count
    flags = flags_by_unit(
        uk_doc(
            "To ask the Secretary of State for Energy Security and Net Zero, how many heat networks there are in "
            "the UK; and how many domestic customers are served by those networks.",
            "There is no centralised list of heat networks across the UK, or how many domestic customers these "
            "networks serve.",
        ),
        SETTINGS,
    )
    assert "no_information" in flags["1"]


def test_a_distinction_not_made_is_not_read_as_a_record():
    # guard (passes on ff0d6f3 too): "onderscheid" is no record noun; "HR Rail maakt ... geen onderscheid tussen
    # treinbegeleiders, ..." (be-kamer 189123 4, not labelled) says how cases are handled, no data claim
    flags = be_flags(
        "De veiligheid van treinbegeleiders. 1. Hoeveel gevallen van geweld op treinbegeleiders werden "
        "vastgesteld in 2016?2. In hoeveel gevallen dat de dader werd gevat, werd de dader effectief bestraft?",
        "1. In 2016 werden er 333 daders van agressie ten opzichte van treinbegeleiders gevat. 2. Het komt aan "
        "het openbaar ministerie toe om te beslissen welk gevolg zij geeft aan de klachten naar aanleiding van "
        "geweld op treinbegeleiders. HR Rail maakt bij de behandeling van deze gevallen van geweld tegen haar "
        "personeelsleden geen onderscheid tussen treinbegeleiders, onderstationschefs, veiligheidsagenten of "
        "andere personeelscategorieen die in contact staan met het publiek en slachtoffer zijn van geweld tijdens "
        "de uitoefening van hun dienst.",
    )
    assert "no_information" not in flags["2"]


def test_a_list_beside_a_figure_in_its_sentence_is_no_claim():
    # guard (passes on ff0d6f3 too): a sentence that gives a figure qualifies it ("geen volledige lijst" of
    # the 40 named), after be-kamer 185777's "geen enkele lijst", the figure added
    flags = be_flags(
        "Hoeveel ondernemingen werden er in 2016 gecontroleerd?",
        "De Economische Inspectie controleerde in 2016 40 ondernemingen, maar heeft geen volledige lijst van de "
        "ondernemingen die op dat vlak problemen opleveren.",
    )
    assert "no_information" not in flags["1"]


def test_a_report_to_be_made_if_none_is_kept_is_a_rule():
    # guard (passes on ff0d6f3 too): be-kamer 186184 3 (not labelled), "- er dient een missieverslag te worden
    # opgesteld indien er geen algemeen verslag is;" lists the rules for missions, no claim that data are missing
    flags = be_flags(
        "Dienstreizen. 1. Hoe worden dienstreizen aangevraagd en eventueel goedgekeurd? 2. Bestaat er een "
        "reglement ter zake en wat zijn de voornaamste bepalingen ervan?",
        "1. Alle dienstreizen worden door het personeel aangevraagd. 2. Ja, er is een interne richtlijn:- er moet "
        "een gemotiveerde aanvraag gebeuren door het personeelslid;- er dient een missieverslag te worden "
        "opgesteld indien er geen algemeen verslag is;- de kosten van de missie moeten vooraf worden geraamd.",
    )
    assert "no_information" not in flags["2"]


def test_an_english_list_not_kept_counts_only_where_figures_are_asked():
    # guard (passes on ff0d6f3 too): uk-commons 1900897 (not labelled), "what steps" answered "there is no
    # waiting list for these patients", a fact of the service, no data said missing
    flags = flags_by_unit(
        uk_doc(
            "To ask the Secretary of State for Health and Social Care, what steps he is taking to reduce the "
            "waiting list for ADHD medication in Bromsgrove and the Villages.",
            "For children, medication is provided by the community paediatric service. The ICB advises that "
            "there is no waiting list for these patients as they will automatically be initiated and titrated "
            "for medication, where that is identified as an appropriate treatment.",
        ),
        SETTINGS,
    )
    assert "no_information" not in flags["1"]
