"""speed34: patterns tried only where a match can start (their first character first, or a lookahead of
the first characters of their branches), and two searched only in a text that holds their marks. The same
matches as the patterns they replace, on real text; the records are named beside each text."""

import re

from qa_align import analyze, coverage, generic_units


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


# uk-commons 1657737 (question)
BROKEN_DOWN = (
    "the length of service of police officers in England and Wales, broken down by Police Force Area (PFA), "
    "annually"
)


def test_phrase_opens_with_its_first_characters_and_matches_as_before():
    words = ("broken down", "disaggregated", "split", "per")
    pattern = coverage._phrase(words)
    assert pattern.startswith("(?=[bdps])(?:")
    new = re.compile(pattern, re.IGNORECASE)
    old = re.compile(r"\bdisaggregated\b|\bbroken\s+down\b|\bsplit\b|\bper\b", re.IGNORECASE)
    start = BROKEN_DOWN.index("broken down")
    assert [m.span() for m in new.finditer(BROKEN_DOWN)] == [(start, start + len("broken down"))]
    assert _spans(new, BROKEN_DOWN) == _spans(old, BROKEN_DOWN)
    assert _spans(new, BROKEN_DOWN.upper()) == _spans(old, BROKEN_DOWN.upper())
    # a phrase that opens with a mark, not a letter, keeps no word boundary before it
    assert re.compile(coverage._phrase(("(a)", "each")), re.IGNORECASE).search("per (a) x").span() == (4, 7)
    assert coverage._phrase(()) == "(?!)"


# uk-commons 1661091 (answer)
DONT = "HMRC don’t hesitate to use their powers if they suspect"


def test_contraction_starts_with_its_n():
    assert analyze._CONTRACTION.pattern.startswith("n")
    found = [m.span() for m in analyze._CONTRACTION.finditer(DONT.lower())]
    at = DONT.index("n’t")
    assert found == [(at, at + 3)]
    old = re.compile(r"(?<=\w)n['\u2019]t\b")
    for text in (DONT, DONT.lower(), "n't at the start", "can't and won't"):
        assert _spans(analyze._CONTRACTION, text) == _spans(old, text)


# be-kamer 184501 (question)
DATE_TEXT = "Op maandag 19 december 2016 kondigde de NMBS een uitbreiding aan."


def test_dates_are_found_where_they_start():
    assert analyze._DATE.pattern.startswith("(?=[")
    found = [m.group() for m in analyze._DATE.finditer(DATE_TEXT)]
    assert found == ["19 december 2016"]
    assert [m.group() for m in analyze._DATE_LOWER.finditer(DATE_TEXT.lower())] == ["19 december 2016"]
    assert [m.group() for m in generic_units.DATED.finditer(DATE_TEXT)] == ["december", "2016"]


# be-kamer 185147 and 184810 (questions)
CODES = (
    "3 juli 2016 (Integraal Verslag, Kamer, 2015-2016, CRIV 54 COM 478) en voorgaande vragen",
    "16880 (Integraal Verslag, Kamer, 2016-2017, CRIV54 COM614)",
)


def test_record_codes_start_at_their_first_capital():
    assert analyze._RECORD_CODE.pattern.startswith("[A-Z](?<!")
    assert [m.group() for m in analyze._RECORD_CODE.finditer(CODES[0])] == ["CRIV 54 COM 478"]
    assert [m.group() for m in analyze._RECORD_CODE.finditer(CODES[1])] == ["CRIV54 COM614"]
    # a code run on from a slash or a lower-case word is none, as before
    assert not analyze._RECORD_CODE.search("/CRIV 54 COM 478") and not analyze._RECORD_CODE.search(
        "zieCRIV 54 COM 478"
    )
    old = re.compile(
        r"(?<![\w/])[A-Z]{2,}[ \xa0]?\d+(?:[ \xa0]?[A-Z]{2,}[ \xa0]?\d+|[ \xa0]\d+/\d+)(?![\w/])"
    )
    for text in (*CODES, "CRIV 54 COM 478 at the start", "XCRIV 54 COM 478", "zieCRIV 54 COM 478"):
        assert _spans(analyze._RECORD_CODE, text) == _spans(old, text)


# be-kamer 185082 (question)
COMPOUND = (
    "In ons land moet wie een niet-strafrechtelijke rechtszaak wil aanspannen een taks of kosten betalen"
)


def test_compound_negations_masked_only_where_they_stand():
    lowered = COMPOUND.lower()
    masked = analyze._mask_compound_negations(lowered, "nl", None, " ")
    assert masked == lowered.replace("niet-", " -")
    assert masked == analyze._compound_negations("nl", None).sub(" ", lowered)
    plain = "in ons land moet wie een rechtszaak wil aanspannen een taks betalen"
    assert analyze._mask_compound_negations(plain, "nl", None, " ") is plain  # not searched
    assert "niet" not in analyze.negating_words(COMPOUND, "nl")


# uk-commons 1656235 (question)
NET_ZERO = (
    "To ask the Secretary of State for Energy Security and Net Zero, pursuant to the Answer of 24 February"
)


def test_names_found_where_they_start():
    names = analyze.matchers("en").number_names
    assert names.pattern.startswith("(?=[")
    assert [m.group() for m in names.finditer(NET_ZERO)] == ["Net Zero"]
    assert generic_units.NAMED.pattern.startswith("[A-Z]")
    found = [m.group() for m in generic_units.NAMED.finditer(NET_ZERO)]
    assert found == ["Secretary", "State", "Energy", "Security", "Net", "Zero", "Answer"]
    old = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")
    assert _spans(generic_units.NAMED, NET_ZERO) == _spans(old, NET_ZERO)
