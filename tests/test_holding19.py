"""holding on the forms read in the unseen sets of session 18 (holding19): Dutch "voorbarig" without "te" where
it puts a position, a conclusion or what is to be said off ("voorbarig om me hierover uit te spreken", "elke
conclusie voorbarig", "in het huidige stadium voorbarig"), not where it cautions against reading the figures given
("voorbarig om hieruit definitieve conclusies te trekken"); and an English deferral whose sentence points back
to the one before it ("These are being considered ..."), which speaks of what that sentence names.
Real be-kamer and uk-commons answers from ../shared/data, shortened; expected flags written by hand from reading
them."""

from .test_holding18 import holding_of, uk_holding_of


def test_too_early_at_this_stage_to_say_is_holding():
    # be-kamer 185342 units 1 and 2 (dev-be24, shortened): the marketing approach and its budget are put off, too
    # early to speak of at this stage
    assert holding_of(
        "Welke maatregelen hebt u getroffen om dat probleem te verhelpen?",
        "De NMBS informeert me contact te hebben opgenomen met de stad Charleroi, net als met de drie andere "
        "steden: Antwerpen, Gent en Luik. De NMBS preciseert dat het in het huidige stadium voorbarig is om te "
        "communiceren over de marketingaanpak die gehanteerd zal worden.",
    )


def test_every_conclusion_premature_before_the_government_agrees_is_holding():
    # be-kamer 192893 unit 1 (dev-be25, shortened): where the programmes will be placed is put off to the
    # government's agreement on the plan
    assert holding_of(
        "Kunt u, aan de hand van de bijlage bij het wetsontwerp 54K2137, een tabel verstrekken met de geplande "
        "geografische locatie op ons nationale grondgebied van de verschillende programma's die erin zijn "
        "opgenomen?",
        "Vooraleer de regering haar akkoord gegeven heeft over het geografisch inplantingsplan van Defensie, is "
        "elke conclusie voorbarig.",
    )


def test_premature_to_read_conclusions_into_the_figures_given_is_no_deferral():
    # be-kamer 187841 unit 2 (dev-be17, shortened): the figures are given and the minister cautions against
    # reading them; nothing asked is put off
    assert not holding_of(
        "Wat is uw analyse van deze evolutie?",
        "Bij de interpretatie van deze gegevens is echter voorzichtigheid geboden. Men dient te benadrukken dat "
        "het niet ongebruikelijk is dat slachtoffers van dergelijke feiten pas laat na de pleegdatum klacht "
        "indienen. Het is dan ook voorbarig om hieruit definitieve conclusies te trekken.",
    )


def test_representations_being_considered_after_the_sentence_that_names_them_are_holding():
    # uk-commons 1892018 (dev-uk28, shortened): the assessment asked of section 57 is put off to the
    # representations "being considered", which the sentence before names
    assert uk_holding_of(
        "To ask the Chancellor of the Exchequer, what assessment has she made of the impact of section 57 of the "
        "Finance Act 2012 on (a) investment costs for charities and (b) the ability of charities to access the "
        "low‑cost, tax‑efficient vehicles available to pension schemes.",
        "Charities are able to invest through a range of authorised UK fund structures designed to meet their "
        "needs. The Government has received representations in relation to the application of s57 of the "
        "Finance Act 2012 to charities. These are being considered through the normal policy processes.",
    )
