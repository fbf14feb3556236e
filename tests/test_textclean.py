from qa_align.textclean import join_lines, split_lines


def test_split_lines_offsets_point_into_the_text():
    text = "een\r\ntwee\n\ndrie\fvier"
    lines = split_lines(text)
    assert [ln.text for ln in lines] == ["een", "twee", "", "drie", "vier"]
    for ln in lines:
        assert text[ln.start : ln.end] == ln.text


def test_line_breaks_inside_a_sentence_become_spaces():
    text = "Het verhogen van de cyberveiligheid is een belangrijke uitdaging voor de Vlaamse \nbedrijven."
    joined, _, _, _ = join_lines(split_lines(text))
    assert (
        joined
        == "Het verhogen van de cyberveiligheid is een belangrijke uitdaging voor de Vlaamse bedrijven."
    )


def test_hyphenated_compound_at_line_end_is_rejoined_with_its_hyphen():
    text = "technische maatregelen zoals ICT-\nveiligheidstesten of encryptietechnieken"
    joined, _, _, _ = join_lines(split_lines(text))
    assert joined == "technische maatregelen zoals ICT-veiligheidstesten of encryptietechnieken"


def test_dropped_word_hyphen_keeps_its_space_before():
    text = "geconfronteerd met zeer zware wateroverlast en -\nschade."
    joined, _, _, _ = join_lines(split_lines(text))
    assert joined == "geconfronteerd met zeer zware wateroverlast en -schade."


def test_textmap_maps_cleaned_words_back_to_the_source():
    text = "  kmo's doen een \nberoep op de subsidie"
    joined, tmap, start, end = join_lines(split_lines(text))
    assert joined == "kmo's doen een beroep op de subsidie"
    assert (start, end) == (2, len(text))
    i = joined.index("beroep")
    s, e = tmap.span_to_source(i, i + len("beroep"))
    assert text[s:e] == "beroep"
    s, e = tmap.span_to_source(0, len(joined))
    assert text[s:e] == text.strip()


def test_folded_white_space_still_maps_word_by_word():
    text = "Cybersecurity bij Vlaamse bedrijven  -  Stand van zaken"
    joined, tmap, _, _ = join_lines(split_lines(text))
    assert joined == "Cybersecurity bij Vlaamse bedrijven - Stand van zaken"
    i = joined.index("Stand")
    s, e = tmap.span_to_source(i, i + 5)
    assert text[s:e] == "Stand"
