import pytest

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
