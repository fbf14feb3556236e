"""review31 (session 29): a cue's offsets name its own words where lower-casing lengthens the text before
it ("İ", U+0130, lowers to two characters), as hyphen29's capitalised compounds keep them."""

from qa_align.analyze import answer_cues


def test_a_cue_after_a_dotted_capital_i_keeps_its_offsets():
    text = "De İstanbul-cijfers van niet-begeleide minderjarigen zijn niet beschikbaar."
    cues = answer_cues(text, "nl")
    assert {c.kind: c.text for c in cues}["no_information"] == "niet beschikbaar"
    assert all(text[c.start : c.end] == c.text for c in cues)
