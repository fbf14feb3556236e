"""glue28: the words of language the coverage stage's patterns are built of are lexicon lists
(``[coverage] and_words``, ``joiners``, ``articles``, ...), read per language: a word a
user adds to a list changes what the rules read, with no change to the code."""

from __future__ import annotations

from pathlib import Path

import qa_align
from qa_align import coverage
from qa_align.lexicon import load_lexicon

BUILTIN = Path(qa_align.__file__).parent / "lexicons"


def _with(tmp_path, language: str, line: str, new: str) -> str:
    """A lexicon folder with a copy of the built-in ``language`` file, its line ``line`` replaced by ``new``."""
    builtin = (BUILTIN / f"{language}.toml").read_text(encoding="utf-8")
    assert builtin.count(f"\n{line}\n") == 1
    (tmp_path / f"{language}.toml").write_text(builtin.replace(f"\n{line}\n", f"\n{new}\n"), encoding="utf-8")
    return str(tmp_path)


def _years(opening: str, language: str, lexicon_dir: str | None = None) -> list[tuple[int, ...]]:
    return [p.years for p in coverage.opening_periods(opening, language, lexicon_dir) if p.kind == "years"]


def test_a_users_and_word_lists_years_in_english(tmp_path):
    opening = "Will the Secretary of State give the number of arrests made in 2019 as well as 2021?"
    # "as well as" is no word of the built-in list: no years listed, so none asked one by one
    assert _years(opening, "en") == []
    folder = _with(tmp_path, "en", 'and_words = ["and"]', 'and_words = ["and", "as well as"]')
    assert load_lexicon("en", folder).phrases("coverage", "and_words") == ("and", "as well as")
    assert _years(opening, "en", folder) == [(2019, 2021)]


def test_a_users_and_word_lists_years_in_dutch(tmp_path):
    opening = "Kan u voor 2015 alsook 2017 de volgende cijfers meedelen?"
    assert _years(opening, "nl") == []
    folder = _with(tmp_path, "nl", 'and_words = ["en"]', 'and_words = ["en", "alsook"]')
    assert _years(opening, "nl", folder) == [(2015, 2017)]
    # the built-in word still lists them
    assert _years("Kan u voor 2015 en 2017 de volgende cijfers meedelen?", "nl", folder) == [(2015, 2017)]


def test_each_language_reads_its_own_words(tmp_path):
    # the words stood in the code for both languages; the Dutch "en" lists no years in an English text now
    # (a language's list is its own), while its own "and" does
    assert _years("Will she give the figures for 2015 and 2017?", "en") == [(2015, 2017)]
    assert _years("Kan u de cijfers geven voor 2015 en 2017?", "nl") == [(2015, 2017)]
    # a folder whose list is left empty lists years by commas alone
    folder = _with(tmp_path, "en", 'and_words = ["and"]', "and_words = []")
    assert _years("Will she give the figures for 2015 and 2017?", "en", folder) == []
    assert _years("Will she give the figures for 2015, 2016, 2017?", "en", folder) == [(2015, 2016, 2017)]


def test_a_users_joiner_joins_parts_and_listed_values(tmp_path):
    # "civil as well as criminal compliance actions" for "(a) civil and (b) criminal": "as well as" joins the
    # two parts' words only where the user's list has it; so for values listed ("England, Wales as well as
    # Scotland": three regions one by one)
    between = gap = " as well as "
    assert not coverage._patterns("en", None).part_joiner.search(between)
    assert not coverage._value_patterns(load_lexicon("en"))[3].fullmatch(gap)
    folder = _with(
        tmp_path,
        "en",
        'joiners = ["and", "or", "and/or", "of"]',
        'joiners = ["and", "or", "and/or", "of", "as well as"]',
    )
    assert coverage._patterns("en", folder).part_joiner.search(between)
    assert coverage._value_patterns(load_lexicon("en", folder))[3].fullmatch(gap)
    # the built-in joiner still joins; a word of no list does not
    assert coverage._patterns("en", folder).part_joiner.search(" and ")
    assert not coverage._patterns("en", folder).part_joiner.search(" plus ")
