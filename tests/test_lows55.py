"""review56's low 1 (``qa-align -v`` for its own call) and the registry test's passes (lows55)."""

import logging

from qa_align.cli import main

from .conftest import CYBER


def _score(tmp_path, *options) -> int:
    return main(
        [
            *options,
            "score",
            str(CYBER),
            "--all",
            "--model",
            "none",
            "-q",
            "-j",
            "1",
            "-o",
            str(tmp_path / "o.csv"),
        ]
    )


def test_v_shows_the_marks_in_its_own_call_alone(tmp_path, caplog):
    """A second ``main()`` without ``-v`` in one process logs no stage mark (5e890ff6: ``-v`` left
    ``qa_align.stages`` at DEBUG for the rest of the process), and the logger's level is as before."""
    marks = logging.getLogger("qa_align.stages")
    before = marks.level
    caplog.handler.setLevel(logging.DEBUG)  # (whatever reaches the root's handlers; the root at WARNING)
    assert _score(tmp_path, "-v") == 0
    first = [r.getMessage() for r in caplog.records if r.getMessage().startswith("stage: ")]
    caplog.clear()
    assert _score(tmp_path) == 0
    second = [r.getMessage() for r in caplog.records if r.getMessage().startswith("stage: ")]
    assert first  # (a guard: -v shows them)
    assert second == []
    assert marks.level == before


def test_v_leaves_no_handler_behind(tmp_path, capsys, monkeypatch):
    """A process with no logging set (a notebook): ``-v``'s handler on the root logger (``basicConfig``)
    is its call's; the next call without ``-v`` prints no mark on stderr (5e890ff6 printed them through
    the handler the first call left), and the root logger is as it was."""
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])  # (pytest's own handlers aside, as in a plain process)
    monkeypatch.setattr(root, "level", logging.WARNING)
    assert _score(tmp_path, "-v") == 0
    assert "qa-align: DEBUG: stage: " in capsys.readouterr().err  # (a guard)
    assert root.handlers == [] and root.level == logging.WARNING
    assert _score(tmp_path) == 0
    assert "stage: " not in capsys.readouterr().err
    assert root.handlers == [] and root.level == logging.WARNING


def _probe_rules():
    """Two rules whose code reads lists through what it makes of the lexicon and keeps with it
    (``rules.core._holding_words``: ``Lexicon.made``)."""
    from qa_align.rules import Rule, core

    def probe(ctx):
        core._holding_words(ctx.doc.lexicon)
        return []

    return {name: Rule(name, "reads the holding words", probe) for name in ("probe_a", "probe_b")}


def test_a_list_made_of_the_lexicon_before_is_each_rules_read(monkeypatch):
    """``_reads_of_each_rule`` credits what a rule's code reads through ``Lexicon.made`` to every rule that
    reads it, though it was made before the passes (an earlier test) or by a rule before it (5e890ff6:
    to the first rule in the process alone, or to none)."""
    from qa_align import rules
    from qa_align.lexicon import LANGUAGES, load_lexicon
    from qa_align.readers.vlaams import read_text
    from qa_align.rules import core
    from tests.test_rules import _reads_of_each_rule

    rules.registry()  # (the built-in rules found first, then set aside)
    monkeypatch.setattr(rules, "RULES", _probe_rules())
    for language in LANGUAGES:  # made before, as an earlier test may (of the lexicon a rule reads)
        core._holding_words(load_lexicon(language, None))
    reads = _reads_of_each_rule([read_text(CYBER.read_text(encoding="utf-8"), str(CYBER))])
    # the lists ``_read_holding_words`` reads (read from its code, not from this test's output)
    wanted = {"cues.data_words", "cues.not_possible", "cues.lacking"}
    assert wanted <= reads["probe_a"] and wanted <= reads["probe_b"]


def test_the_passes_read_what_they_read_with_everything_made_again(monkeypatch):
    """The registry test's passes with the alignments and analyses made once (``_once_per_input``) record
    the same reads, rule by rule, as with all made again in every pass (on the cybersecurity document;
    on the whole input of the registry test too, lows55's README paragraph)."""
    from qa_align.readers.vlaams import read_text
    from tests import test_rules

    documents = [read_text(CYBER.read_text(encoding="utf-8"), str(CYBER))]
    kept = test_rules._reads_of_each_rule(documents)
    monkeypatch.setattr(test_rules, "_once_per_input", lambda func, by_first=False: func)
    again = test_rules._reads_of_each_rule(documents)
    assert kept == again and sum(map(len, kept.values())) > 20
