"""no_information where the missing information is named in other words (helper deflect22, 2026-12-04):
"de gevraagde inlichtingen" and "geen gecentraliseerde codering" name information that could be kept as
"gegevens" and "cijfers" do (``[cues] data_words``), so the cue classifier's missing data in such a sentence
counts. Real be-kamer answers from ../shared/data, shortened; expected flags written by hand from reading them."""

from .test_noinfo20 import be_flags


def test_the_information_asked_that_cannot_be_given_is_no_information():
    # be-kamer 190883 unit 1 (dev-be23, shortened): no action aimed at such organisations, so no results to give
    flags = be_flags(
        "Religieuze organisaties.\n\n 1. Hoeveel controles werden er in 2016 uitgevoerd bij religieuze "
        "organisaties?",
        "Aangezien er geen specifieke actie werd georganiseerd gericht op dergelijke religieuze organisaties, is "
        "het niet mogelijk om u de gevraagde inlichtingen met een gedetailleerde weergave van de resultaten van "
        "de uitgevoerde controles te verstrekken.",
    )
    assert "no_information" in flags["1"]


def test_files_not_coded_centrally_are_no_information():
    # be-kamer 189422 unit 2 (dev-be37, shortened): the light disciplinary files are not kept centrally
    flags = be_flags(
        "Tuchtdossiers.\n\n 1. In hoeveel gevallen werd een lichte tuchtstraf opgelegd?",
        'De "lichte" tuchtdossiers blijven bij de betrokken tuchtrechtelijke autoriteiten. Er is geen '
        "gecentraliseerde codering van die lichte dossiers en het is niet mogelijk om alle tuchtrechtelijke "
        "autoriteiten daarover te bevragen.",
    )
    assert "no_information" in flags["1"]
