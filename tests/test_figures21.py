"""figures_missing where the answer says the figures are not held, in words that name no year, no dimension, no
split and no lettered part asked, and gives other figures beside that claim (figures21). Before, where a breakdown
or two lettered parts were asked, figures beside any claim were left to `breakdown_missing` ("figures given for a
breakdown said to be partly not held"); a reader reads such a claim as saying the figures asked are missing, so the
figures beside it are of something else (another group, other years, a wider category) and the count is missing
with its breakdown (`LABELS.md`: flags are independent). A claim that names a year, a split, a dimension or one
part's own words still leaves the figures beside it to `breakdown_missing`. Questions and answers as they stand in
the records named (development sets dev-be31, dev-uk27, dev; the readers' labels quoted)."""

from __future__ import annotations

from qa_align.settings import Settings

from .conftest import be_doc, flagged, uk_doc

SETTINGS = Settings(rules=("figures_missing", "breakdown_missing"), recycled_across_documents=False)

# dev-be31 185775 2 (labelled figures_missing): the FSMA and the FOD Economie "beschikken echter niet over de cijfers
# waarnaar u vraagt"; the shares given are of listed companies, autonomous public companies and the Loterij together,
# for 2008 and 2016 only
BOARDS = (
    "Beschikt u over cijfers betreffende het percentage vrouwen die zetelen in de raden van bestuur van deze "
    "beursgenoteerde bedrijven? Graag een overzicht per jaar voor de periode 2010 tot 2016."
)
BOARDS_ANSWER = (
    "Wij hebben de vragen voorgelegd aan de FSMA en aan de FOD Economie, KMO, Middenstand en Energie. Zij beschikken "
    "echter niet over de cijfers waarnaar u vraagt.Wij hebben echter wel bepaalde informatie met betrekking tot uw "
    "vragen. Die werden verstrekt door het Instituut voor de gelijkheid van vrouwen en mannen. Die informatie bevindt "
    "zich in de laatste balans van het instituut.Wat betreft de raden van bestuur:- Het percentage vrouwen in de "
    "raden van bestuur van de beursgenoteerde bedrijven, van de autonome overheidsbedrijven en van de Nationale "
    "Loterij bedroeg in 2008 8,2 % en in 2016 was dit 21,6 %."
)


def test_figures_beside_a_claim_that_the_figures_asked_are_not_held_give_no_count():
    assert flagged(be_doc(BOARDS, BOARDS_ANSWER), "figures_missing", SETTINGS)


def test_the_years_missing_are_still_a_breakdown_gap():
    assert flagged(be_doc(BOARDS, BOARDS_ANSWER), "breakdown_missing", SETTINGS)


# dev-uk27 1865228 (labelled figures_missing): "the other information the Hon Member has requested is not centrally
# held"; the share given is of staff marked in the top performance box, not of staff promoted
PROMOTIONS = (
    "To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, how many and what proportion "
    "of staff were promoted (a) in-grade and (b) to a higher grade in the last year broken down by (i) performance "
    "marking in the previous year and (ii) grade."
)
PROMOTIONS_ANSWER = (
    "The Foreign, Commonwealth and Development Office employs approximately 17,500 staff across hundreds of "
    "locations worldwide, many of which operate with locally managed HR arrangements and procedures. While we are "
    "able to say that around 15 per cent of these individuals worldwide were marked in the top performance box last "
    "year, the other information the Hon Member has requested is not centrally held, and could only be collated and "
    "verified at disproportionate cost."
)


def test_an_english_claim_of_the_information_requested_leaves_the_count_missing():
    assert flagged(uk_doc(PROMOTIONS, PROMOTIONS_ANSWER), "figures_missing", SETTINGS)


# dev 1734444 (labelled breakdown_missing, not figures_missing): the reports of (a) are given, and "No figure is
# available for personal information" names part (b) "other personal information": a part is missing, the count is
# given
REPORTS = (
    "To ask the Secretary of State for Business and Trade, how many companies have been reported to Companies House "
    "for using (a) names and addresses and (b) other personal information without consent when registering in the "
    "last year."
)
REPORTS_ANSWER = (
    "To the year ending 30 September 2024, Companies House received 28,933 reports related to the unauthorised use "
    "of addresses. No figure is available for personal information."
)


def test_a_claim_that_names_one_part_leaves_the_figures_to_breakdown_missing():
    doc = uk_doc(REPORTS, REPORTS_ANSWER)
    assert not flagged(doc, "figures_missing", SETTINGS)
    assert flagged(doc, "breakdown_missing", SETTINGS)
