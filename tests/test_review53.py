"""Review of session 51's changes (helper review53, 2026-12-07).

lows51 checked ``Settings`` built in Python (``__post_init__``) for the numbers' ranges only: the rules, the lists
and ``cue_thresholds`` were still read (a string of names split, a dict of thresholds made pairs, an unknown cue or
a probability out of 0-1 refused) in ``from_mapping`` alone, so that ``Settings(cue_thresholds={"nl/deferral":
0.9})`` in a notebook was kept as a dict (``cue_thresholds_for`` then raised "too many values to unpack" deep in a
run, and the settings could not be hashed), a probability of 5 or a cue that does not exist passed, and
``Settings(rules="no_information")`` ran the rules "n", "o", ... Each test below fails on 25df97e and on staging51
(checked by running this file on a ``git archive`` of each) unless marked a guard."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from qa_align.errors import ConfigError
from qa_align.settings import Settings


def test_cue_thresholds_given_in_python_as_a_table_are_read_as_the_settings_file_reads_them():
    s = Settings(cue_thresholds={"nl/deferral": 0.9, "pointer": 0.7})
    assert s.cue_thresholds == (("nl/deferral", 0.9), ("pointer", 0.7))
    assert s.cue_thresholds_for("nl")["deferral"] == 0.9 and s.cue_thresholds_for("nl")["pointer"] == 0.7
    assert "deferral" not in s.cue_thresholds_for("en")
    assert hash(s) == hash(Settings(cue_thresholds=(("pointer", 0.7), ("nl/deferral", 0.9))))


@pytest.mark.parametrize(
    "value",
    [{"deferral": 5}, (("deferral", 1.5),), {"bogus": 0.5}, (("xx/yy/deferral", 0.5),), "deferral"],
)
def test_cue_thresholds_out_of_range_or_of_no_cue_given_in_python_raise(value):
    with pytest.raises(ConfigError, match="cue_thresholds"):
        Settings(cue_thresholds=value)


def test_dataclasses_replace_reads_and_checks_cue_thresholds_too():
    with pytest.raises(ConfigError, match="from 0 to 1"):
        dataclasses.replace(Settings(), cue_thresholds=(("deferral", 2.0),))
    assert dataclasses.replace(Settings(), cue_thresholds={"refusal": 0.5}).cue_thresholds == (
        ("refusal", 0.5),
    )


def test_rules_and_lists_given_in_python_are_read_as_the_settings_file_reads_them():
    assert Settings(rules="no_information, holding").rules == ("no_information", "holding")
    assert Settings(rules=["no_information"]).rules == ("no_information",)
    assert Settings(exclude=["*.pdf"]).exclude == ("*.pdf",)
    hash(Settings(rules=["no_information"], exclude=["*.pdf"]))  # (a list kept as given could not be hashed)
    for bad in ({"rules": 5}, {"rules": [1, 2]}, {"exclude": "*.pdf"}, {"holding_aside_languages": "nl"}):
        with pytest.raises(ConfigError):
            Settings(**bad)


def test_rules_with_a_plus_add_to_the_defaults_in_python_as_in_a_settings_file():
    added = Settings(rules=("+off_topic",)).rules
    assert added[-1] == "off_topic" and added[:-1] == Settings().rules[: len(added) - 1]
    assert added == Settings.from_mapping({"rules": "+off_topic"}).rules


def test_default_settings_do_not_import_the_cue_model_module():
    # the check of ``cue_thresholds`` skips the default, so that ``Settings()`` and ``Settings.replace`` (a
    # reading-only run) do not import ``qa_align.cues`` (numpy) to check it (25df97e, staging51: ``replace`` did,
    # ``from_mapping`` reading the thresholds ``asdict`` gave it)
    code = (
        "import sys; from qa_align.settings import Settings; s = Settings(); s.replace(jobs=1); "
        "print('qa_align.cues' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
