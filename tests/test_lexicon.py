from pathlib import Path

import pytest

import qa_align
from qa_align.analyze import analyze_answer
from qa_align.errors import ConfigError
from qa_align.lexicon import load_lexicon
from qa_align.types import AnswerSegment

BUILTIN = Path(qa_align.__file__).parent / "lexicons"


def _user_lexicon(folder: Path, language: str, old: str, new: str) -> str:
    """A copy of the built-in lexicon of ``language`` in ``folder`` with ``old`` replaced."""
    text = (BUILTIN / f"{language}.toml").read_text(encoding="utf-8")
    assert old in text
    (folder / f"{language}.toml").write_text(text.replace(old, new, 1), encoding="utf-8")
    return str(folder)


def test_builtin_lexicons_load():
    nl, en = load_lexicon("nl"), load_lexicon("en")
    assert "hoeveel" in nl.count_cues and "how many" in en.count_cues
    assert "Oost-Vlaanderen" in nl.dimension("provincie").values
    assert "Northern Ireland" in en.dimension("region").values


def test_user_lexicon_folder(tmp_path):
    with pytest.raises(ConfigError, match="has no nl.toml"):
        load_lexicon("nl", str(tmp_path))
    (tmp_path / "nl.toml").write_text('language = "nl"\n[question]\ncount_cues = ["hoeveel"]\n')
    with pytest.raises(
        ConfigError, match=r"\[question\] lacks figure_request_cues, breakdown_markers, breakdown_fillers"
    ):
        load_lexicon("nl", str(tmp_path))


def test_unknown_language():
    with pytest.raises(ConfigError, match="unknown language 'fr'"):
        load_lexicon("fr")


def test_optional_cue_list_may_be_left_out(tmp_path):
    # a user's copy made before no_breakdown existed still loads; the list is then empty
    builtin = (BUILTIN / "en.toml").read_text(encoding="utf-8")
    start = builtin.index("no_breakdown = [")
    end = builtin.index("]", start) + 1
    (tmp_path / "en.toml").write_text(builtin[:start] + builtin[end:], encoding="utf-8")
    lexicon = load_lexicon("en", str(tmp_path))
    assert lexicon.cue_list("no_breakdown", optional=True) == ()
    assert "not possible to provide a breakdown" in load_lexicon("en").cue_list("no_breakdown")
    with pytest.raises(KeyError):
        lexicon.cue_list("no_breakdown")


def test_a_new_cue_list_of_a_user_lexicon_is_matched_without_code(tmp_path):
    # the lexicons README: add a list to [cues] and a rule can ask the answer for it
    folder = _user_lexicon(
        tmp_path, "en", "[cues]\n", '[cues]\nconsultation = ["public consultation", "call for * evidence"]\n'
    )
    text = "We launched a public consultation in May and a call for further evidence in June."
    segment = AnswerSegment(0, len(text), text)
    found = analyze_answer(segment, "en", folder).cue("consultation")
    assert [c.text for c in found] == ["public consultation", "call for further evidence"]
    assert [(c.start, c.end) for c in found] == [(14, 33), (47, 72)]
    # the built-in lexicon has no such list: asking for it names the lists there are
    with pytest.raises(KeyError, match="no cue list 'consultation'.*known: .*cross_reference"):
        analyze_answer(segment, "en").cue("consultation")


def test_the_opening_lists_are_matched_in_the_first_two_sentences_only():
    text = "The review continues. It reports in May. Yes, we will then publish it."
    found = analyze_answer(AnswerSegment(0, len(text), text), "en").cue("polarity")
    assert found == ()  # "yes" and "we will" stand in the third sentence
    text = "Yes. The review continues."
    assert [c.text for c in analyze_answer(AnswerSegment(0, len(text), text), "en").cue("polarity")] == [
        "Yes"
    ]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        # a misspelt list of a closed table
        (
            "count_cues = [",
            "count_cue = [",
            r"unknown key\(s\) count_cue in \[question\]; known: .*count_cues",
        ),
        # a misspelt table
        (
            "[answer]",
            "[answers]",
            r"unknown key\(s\) answers in the top level; known: answer, asks, commitment, coverage, cues",
        ),
        # a misspelt key of a dimension
        (
            'nouns = ["jaar"',
            'noun = ["jaar"',
            r"unknown key\(s\) noun in \[dimensions.jaar\]; known: adjectives, nouns, pattern, values",
        ),
        # a misspelt cue list: near a declared one, not a new kind
        (
            "no_breakdown = [",
            "no_breakdwon = [",
            r"\[cues\] no_breakdwon looks like a misspelling of no_breakdown",
        ),
        ("holding = [", "holdng = [", r"misspelling of holding"),
        (
            '\npattern = "year"',
            '\npattern = "years"',
            r"\[dimensions.jaar\] pattern is 'years'; known: year, month",
        ),
        (
            "figure_request_cues = [",
            "figure_request_cues = 3 #",
            r"\[question\] figure_request_cues must be a list of strings",
        ),
    ],
)
def test_a_misspelt_key_fails_naming_the_known_ones(tmp_path, old, new, message):
    folder = _user_lexicon(tmp_path, "nl", old, new)
    with pytest.raises(ConfigError, match=message):
        load_lexicon("nl", folder)


def test_language_behaviour_is_lexicon_data():
    nl, en = load_lexicon("nl"), load_lexicon("en")
    # a figure on what a closed question asks answers it in Dutch ("Bent u op de hoogte van overtredingen?"
    # answered with the fine and the count of reports); in English it is no yes or no word (yesmiss41: the
    # amount or count of a neighbouring matter, where no figures are asked)
    assert not en.figures_answer_closed and nl.figures_answer_closed
    assert en.closed_clauses == ("whether", "if") and nl.closed_clauses == ()
    assert "neen" in nl.plain_replies and "no" in en.plain_replies
    assert "make" in en.commitment.light_verbs and nl.commitment.light_verbs == ()
    assert "tot en met" in nl.numbering.ranges and "and" in en.numbering.joiners


def test_a_numbering_head_that_is_no_pattern_is_refused(tmp_path):
    builtin = (Path(qa_align.__file__).parent / "lexicons" / "nl.toml").read_text(encoding="utf-8")
    (tmp_path / "nl.toml").write_text(
        builtin.replace("heads = ['antwoord", "heads = ['(antwoord"), encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"\[numbering\] .* is no regular expression"):
        load_lexicon("nl", str(tmp_path))


def test_a_dutch_copy_without_the_compounding_switch_is_warned_of(tmp_path, caplog):
    # a copy of nl.toml made before [words] compounding existed: it stops matching compounds
    old = (tmp_path / "old").resolve()
    old.mkdir()
    folder = _user_lexicon(old, "nl", "compounding = true", "")
    with caplog.at_level("WARNING", logger="qa_align.lexicon"):
        assert load_lexicon("nl", folder).compounding is False
    (record,) = caplog.records
    assert record.getMessage().startswith(f"lexicon {old / 'nl.toml'} has no [words] compounding:")
    assert "add [words] compounding = true" in record.getMessage()
    caplog.clear()
    # said, not warned: the switch set either way, or English, whose lexicon does not compound
    for name, language, new in (("false", "nl", "compounding = false"), ("true", "nl", "compounding = true")):
        (tmp_path / name).mkdir()
        with caplog.at_level("WARNING", logger="qa_align.lexicon"):
            load_lexicon(language, _user_lexicon(tmp_path / name, language, "compounding = true", new))
    (tmp_path / "en").mkdir()
    with caplog.at_level("WARNING", logger="qa_align.lexicon"):
        load_lexicon("en", _user_lexicon(tmp_path / "en", "en", "[cues]\n", "[cues]\n"))
    assert caplog.records == []
