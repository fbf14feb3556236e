"""holding on a Dutch plain future of examining the asked matter (holding24): a body or the minister that will
study an open question ("zal in de komende maanden bestuderen welke ...", "zal ik onderzoeken of ..."), a text to
be examined ("zal ... onderzocht worden"), a scheme that will have to be evaluated ("zal moeten geevalueerd
worden"); not the passive "zal er eerst dienen te worden onderzocht of ...", which states what an inspection has
to establish.
Real be-kamer answers from ../shared/data, shortened; expected flags written by hand from reading them."""

from .test_holding18 import holding_of


def test_a_body_that_will_study_how_to_act_puts_the_measures_asked_off():
    # be-kamer 192161 unit 2 (dev-be8, shortened): which measure and when is left to a study the fagg will make
    assert holding_of(
        "Kan er ook bij ons iets uitgewerkt worden zoals werd bewerkstelligd in onze buurlanden? Plant u "
        "maatregelen? Welke? Op welke termijn?",
        "Rekening houdend met de recente vaststellingen op het terrein in deze materie, lijkt het inderdaad "
        "opportuun om de professionele gezondheidsberoepsbeoefenaars beter te informeren over de wettelijke "
        "bepalingen ter zake. Het fagg zal in de komende maanden bestuderen welke de beste manier is om deze "
        "informatie te verstrekken.",
    )


def test_the_minister_who_will_examine_whether_is_holding():
    # be-kamer 191429 unit 3 (no labelled set, shortened): a further measure asked is still to be examined
    assert holding_of(
        "Zult u, gezien de jongste cijfers van het IGVM, bijkomende maatregelen treffen om de rechten van "
        "zwangere werkneemsters en pas bevallen vrouwen op het werk te versterken?",
        "Ik heb een expertencommissie samengesteld die instaat om een evaluatie te maken van de "
        "antidiscriminatiewetten. Ook zal ik onderzoeken of toekomstige moeders die IVF - behandelingen "
        "ondergaan, tevens beroep kunnen doen op de huidige beschermingsmechanismen ingeval van zwangerschap.",
    )


def test_a_memorandum_still_to_be_examined_is_holding():
    # be-kamer 185942 unit 2 (dev-be16, shortened): the unions' questions are put off to an examination and a
    # meeting still to come
    assert holding_of(
        "Hoe is deze maatregel verenigbaar met de verjongingsambities waarvan sprake in de onlangs door de "
        "regering goedgekeurde strategische visie?",
        "Daarnaast werd met de syndicaten overeengekomen dat zij tegen begin 2017 een memorandum met al hun "
        "vragen zouden overmaken. Dit memorandum zal door de twee departementen onderzocht worden en de "
        "syndicaten zullen daarna uitgenodigd worden op een feedback vergadering.",
    )


def test_what_an_inspection_has_to_establish_is_no_deferral():
    # be-kamer 186962 unit 3 (dev-be16, shortened): the legal test for bogus self-employment is described and
    # the inspection services named; nothing asked is put off (the readers: no holding)
    assert not holding_of(
        "In welke mate wordt er thans gecontroleerd op schijnzelfstandigheid bij personen die als zelfstandig "
        "medewerker aan de slag zijn in de horeca en welke sancties zijn hieraan verbonden voor horeca-uitbater "
        "en/of medewerkers in deze situatie?",
        "Met betrekking tot de context die door u wordt voorgelegd, zal er eerst dienen te worden onderzocht of "
        'de zogenaamde "vrije medewerkers" in de horeca in werkelijkheid beantwoorden aan de omschrijving van '
        "een zelfstandige, bij gebreke waaraan er inderdaad sprake zou kunnen zijn van schijnzelfstandigheid. "
        "Dit onderzoek komt toe aan de inspectiediensten van Rijksdienst voor Sociale Zekerheid (RSZ) en "
        "Rijksinstituut voor de Sociale Verzekeringen der Zelfstandigen (RSVZ). Bovendien kan een werkgever een "
        "proces-verbaal krijgen, met een mogelijke strafrechtelijke boete van 800 tot 8.000 euro.",
    )
