"""Every entry of the built-in lexicons has a row in ``qa_align/lexicons/README.md`` (issue 17, item 6:
lexicon hygiene; the README: "Every cue phrase the rules use is here; extend a list and the rules pick
it up"), and every entry a row names is one of theirs."""

import re
import tomllib
from pathlib import Path

import pytest

import qa_align
from qa_align.errors import ConfigError
from qa_align.lexicon import ENTRIES, LANGUAGES, LISTS, SWITCHES, VALUES, parse_lexicon

LEXICONS = Path(qa_align.__file__).parent / "lexicons"
HEADER = "| entry | used by | meaning |"


def _entries(language: str) -> set[str]:
    """The entries of the built-in lexicon of ``language`` as the README names them: ``language``, a
    table's key as ``question.count_cues``, a key of a named entry as ``dimensions.NAME.nouns``."""
    data = tomllib.loads((LEXICONS / f"{language}.toml").read_text(encoding="utf-8"))
    found = set()
    for key, value in data.items():
        if not isinstance(value, dict):
            found.add(key)
        elif key in ENTRIES:
            found |= {f"{key}.NAME.{k}" for entry in value.values() for k in entry}
        else:
            found |= {f"{key}.{k}" for k in value}
    return found


def _rows() -> dict[str, str]:
    """The entries the README's table names in its first column, each with its row."""
    lines = (LEXICONS / "README.md").read_text(encoding="utf-8").splitlines()
    rows: dict[str, str] = {}
    for line in lines[lines.index(HEADER) + 2 :]:
        if not line.startswith("|"):
            break  # the table's end
        cell = line.split(" | ")[0]
        for name in re.findall(r"`([^`]+)`", cell):
            rows[name] = line
    return rows


def _declared() -> set[str]:
    """The entries ``qa_align.lexicon`` declares (a file may leave an optional one out)."""
    return (
        set(VALUES)
        | {f"{table}.{key}" for table, spec in LISTS.items() for key in spec}
        | {f"{table}.NAME.{key}" for table, spec in ENTRIES.items() for key in spec}
        | {f"{table}.{key}" for table, keys in SWITCHES.items() for key in keys}
    )


def test_the_table_is_read():
    rows = _rows()
    assert "question.count_cues" in rows and "dimensions.NAME.nouns" in rows
    # a row of several entries names each of them
    assert rows["cues.not_allowing"] == rows["cues.data_sources"]
    assert "language" in _entries("nl") and "dimensions.NAME.values" in _entries("en")


def test_every_lexicon_entry_has_a_row():
    rows = _rows()
    missing = {
        name: [language for language in LANGUAGES if name in _entries(language)]
        for language in LANGUAGES
        for name in _entries(language)
        if name not in rows
    }
    assert not missing, "entries of the lexicons with no row in lexicons/README.md: " + ", ".join(
        f"{name} ({'/'.join(languages)})" for name, languages in sorted(missing.items())
    )


def test_every_row_names_an_entry_of_a_lexicon():
    held = _entries("nl") | _entries("en")
    declared = _declared()
    unknown = sorted(
        name
        for name, row in _rows().items()
        if name not in held and not (name in declared and "optional" in row)
    )
    assert not unknown, "rows of lexicons/README.md that name no entry of nl.toml or en.toml: " + ", ".join(
        unknown
    )


def test_language_is_required_as_its_row_says():
    # the `language` row calls it required: a file without it does not load
    data = tomllib.loads((LEXICONS / "en.toml").read_text(encoding="utf-8"))
    del data["language"]
    with pytest.raises(ConfigError, match="the top level lacks language"):
        parse_lexicon(data, "test")
    assert "Required" in _rows()["language"]
