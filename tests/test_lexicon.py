from pathlib import Path

import pytest

import qa_align
from qa_align.errors import ConfigError
from qa_align.lexicon import load_lexicon


def test_builtin_lexicons_load():
    nl, en = load_lexicon("nl"), load_lexicon("en")
    assert "hoeveel" in nl.count_cues and "how many" in en.count_cues
    assert "Oost-Vlaanderen" in nl.dimension("provincie").values
    assert "Northern Ireland" in en.dimension("region").values


def test_user_lexicon_folder(tmp_path):
    with pytest.raises(ConfigError, match="has no nl.toml"):
        load_lexicon("nl", str(tmp_path))
    (tmp_path / "nl.toml").write_text('language = "nl"\n[question]\ncount_cues = ["hoeveel"]\n')
    with pytest.raises(ConfigError, match="missing entry 'figure_request_cues'"):
        load_lexicon("nl", str(tmp_path))


def test_unknown_language():
    with pytest.raises(ConfigError, match="unknown language 'fr'"):
        load_lexicon("fr")


def test_optional_cue_list_may_be_left_out(tmp_path):
    # a user's copy made before no_breakdown existed still loads; the list is then empty
    builtin = (Path(qa_align.__file__).parent / "lexicons" / "en.toml").read_text(encoding="utf-8")
    start = builtin.index("no_breakdown = [")
    end = builtin.index("]", start) + 1
    (tmp_path / "en.toml").write_text(builtin[:start] + builtin[end:], encoding="utf-8")
    lexicon = load_lexicon("en", str(tmp_path))
    assert lexicon.cue_list("no_breakdown", optional=True) == ()
    assert "not possible to provide a breakdown" in load_lexicon("en").cue_list("no_breakdown")
    with pytest.raises(KeyError):
        lexicon.cue_list("no_breakdown")


def test_language_behaviour_is_lexicon_data():
    nl, en = load_lexicon("nl"), load_lexicon("en")
    # UK answers state positions in prose; a Dutch one is read for a yes or no
    assert en.prose_positions and en.figures_answer_closed
    assert not nl.prose_positions and not nl.figures_answer_closed
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
