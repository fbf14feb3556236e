"""mech22: a line-end hyphen between small letters is the PDF typesetter's, not the word's (issue 17)."""

from qa_align.textclean import join_lines, split_lines

# tweede-kamer 1a2d8959, answer 1 and answer 9, as the PDF reader gives them (lines of the page)
ANSWER_1 = (
    "In de brief van 27 juni jl. heeft mijn ambtsvoorganger uw Kamer geïnfor-\n"
    "meerd dat er verschillende redenen zijn waardoor de planning vier jaar\n"
    "opschuift."
)
ANSWER_9 = (
    "transportnet voor waterstof tot een maximum van € 750 miljoen de aanloop-\n"
    "en volloopverliezen worden afgedekt in de periode tot en met de ingang van\n"
    "gereguleerd netbeheer medio 2031."
)


def _joined(source: str) -> tuple[str, object]:
    text, tmap, _, _ = join_lines(split_lines(source), paragraphs=False)
    return text, tmap


def test_a_word_the_typesetter_broke_is_read_whole():
    text, _ = _joined(ANSWER_1)
    assert text == (
        "In de brief van 27 juni jl. heeft mijn ambtsvoorganger uw Kamer geïnformeerd dat er verschillende "
        "redenen zijn waardoor de planning vier jaar opschuift."
    )


def test_the_whole_word_still_points_to_its_two_halves_in_the_source():
    text, tmap = _joined(ANSWER_1)
    start = text.index("geïnformeerd")
    a, b = tmap.span_to_source(start, start + len("geïnformeerd"))
    assert ANSWER_1[a:b] == "geïnfor-\nmeerd"
    # the words after the join keep their own offsets
    start = text.index("dat er")
    a, b = tmap.span_to_source(start, start + len("dat er"))
    assert ANSWER_1[a:b] == "dat er"
    start = text.index("opschuift")
    assert ANSWER_1[tmap.to_source(start) :].startswith("opschuift.")


def test_a_dropped_word_hyphen_before_en_keeps_its_hyphen_and_gets_its_space():
    # "de aanloop- en volloopverliezen": the losses of the run-up and of the filling
    text, tmap = _joined(ANSWER_9)
    assert "de aanloop- en volloopverliezen worden afgedekt" in text
    start = text.index("en volloopverliezen")
    assert ANSWER_9[tmap.to_source(start) :].startswith("en volloopverliezen")


def test_an_abbreviation_a_compound_and_a_vowel_collision_keep_their_hyphen():
    # tweede-kamer 1b0f0b98 ("mvo-beleid" 7 times in the same letter)
    text, _ = _joined(
        "(ESIA) op basis van de internationale mvo-\nstandaarden. Deze ESIA is vervolgens opgesteld"
    )
    assert "de internationale mvo-standaarden." in text
    # vlaams-parlement schv-8-2024-cybersecurity: a capital before the hyphen, the compound's own hyphen
    text, _ = _joined("De ICT-\nveiligheidstesten worden uitgevoerd")
    assert text == "De ICT-veiligheidstesten worden uitgevoerd"
    # "informatie-uitwisseling" (tweede-kamer 1b650dd7, inside a line): two vowels would collide
    text, _ = _joined("Er is meer informatie-\nuitwisseling nodig")
    assert text == "Er is meer informatie-uitwisseling nodig"


def test_the_prefix_be_takes_no_hyphen_before_a_vowel():
    # tweede-kamer 1bca1484: "arbeidsongeschiktheidsbeoordeling" stands 5 times unbroken in the data
    text, _ = _joined(
        "«moeilijk objectiveerbare» aandoeningen in hun arbeidsongeschiktheidsbe-\n"
        "oordeling aanlopen en is afgesproken om te reflecteren"
    )
    assert "in hun arbeidsongeschiktheidsbeoordeling aanlopen" in text


def test_a_letter_that_told_the_chamber_is_a_cross_reference():
    # tweede-kamer 1a2d8959 answer 1 (gold: cross_reference), its sentence read whole with "geïnformeerd"
    from tests.test_answer_rules import nl_flags

    text, _ = _joined(ANSWER_1)
    flags = nl_flags(
        "Delta Rhine Corridor.\n\n 1. Hoe kan het dat de knelpunten die resulteren in een vierjarige vertraging "
        "voor de oplevering van de Delta Rhine Corridor nu pas aan het licht komen, bijvoorbeeld dat bepaalde "
        "kabels en leidingen niet tegelijk en ook niet even snel kunnen worden gelegd?",
        text,
    )
    assert flags == {"1": ["cross_reference"]}


def test_the_reader_gives_the_word_whole_and_its_source_span_both_halves():
    # corpus/tweede-kamer 1b2d2126 (Bunq), answer 3-6: "Deze organisa-" ends a line of the PDF, "torische
    # verplichtingen" opens the next; answer 7-11: "te handhaven dan wel sanctione-" / "ren, zowel bij de bank"
    from qa_align import read

    from .conftest import CORPUS

    (doc,) = read(CORPUS / "tweede-kamer" / "1b2d2126-a21e-4c3e-9b18-42206b4cc791.pdf", on_error="raise")
    segments = {s.label: s for s in doc.answer.segments}
    for label, phrase, word, source in (
        ("3-6", "Deze organisatorische verplichtingen", "organisatorische", "organisa-\ntorische"),
        ("7-11", "te handhaven dan wel sanctioneren, zowel bij de bank", "sanctioneren", "sanctione-\nren"),
    ):
        segment = segments[label]
        assert phrase in segment.text
        i = segment.text.index(word)
        a, b = segment.source_span(i, i + len(word))
        assert doc.text[a:b] == source
