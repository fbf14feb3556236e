"""Where the branches merged on 2026-11-30 met: cases an independent review found."""

from __future__ import annotations

import logging
import os

import pytest

import qa_align
from qa_align.errors import ConfigError
from qa_align.output import AtomicFiles, OutputError
from qa_align.readers import read_paths
from qa_align.readers.records import id_among

from .conftest import CORPUS, CYBER


def test_a_run_without_a_rule_the_model_knows_gives_no_score_and_says_why(caplog):
    # the model reads "recycled_text not raised" as a sign of an answer; a run that did not
    # look for it must not be scored as if it had looked
    with caplog.at_level(logging.WARNING, logger="qa_align.batch"):
        df = qa_align.score(CYBER, rules=["missing_answer"])
    assert df["score"].isna().all()
    assert "trained on the flags of breakdown_missing" in caplog.text and "--rules" in caplog.text
    assert df["score"].notna().sum() == 0
    assert qa_align.score(CYBER)["score"].notna().all()  # the default rules: scored


def test_output_through_a_link_replaces_the_target_and_keeps_the_link(tmp_path):
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "t.csv"
    target.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    with AtomicFiles(link) as files:
        files[link].write_text("new")
        files.commit()
    assert link.is_symlink() and target.read_text() == "new"
    assert [p.name for p in (tmp_path / "real").iterdir()] == ["t.csv"]  # no temporary file left


def test_output_to_a_device_is_refused_before_anything_is_read():
    with pytest.raises(OutputError, match="not a regular file"):
        AtomicFiles(os.devnull)


def test_reading_some_ids_of_a_file_that_holds_none_of_them_is_no_problem():
    assert list(read_paths([CORPUS / "be-kamer" / "questions-sample.jsonl"], only={"nonexistent"})) == []


def test_an_id_written_with_spaces_is_found_as_the_reader_reads_it():
    assert id_among({"123"}, "doc_id")('{"doc_id": " 123", "question": "x"}')
    assert not id_among({"123"}, "doc_id")('{"doc_id": "124", "question": "x"}')


def test_a_cue_list_named_after_a_kind_of_another_table_is_refused(tmp_path):
    import tomllib
    from importlib import resources

    from qa_align.lexicon import parse_lexicon

    data = tomllib.loads(resources.files("qa_align.lexicons").joinpath("en.toml").read_text("utf-8"))
    data["cues"]["annex"] = ["zebra"]
    with pytest.raises(ConfigError, match=r"\[cues\] annex is the cue kind of \[answer\] annex_cues"):
        parse_lexicon(data, "test")
