"""Review of session 20's merged change (helper review20): ``scripts/experiment_learned_flags.py``
reads its scored units from a cache only when the cache was made of the same labelled units and the
same package, and parses its arguments (``--help`` prints the usage and scores nothing). A made-up
labelled document; the cache's content written out by hand."""

from __future__ import annotations

import pickle

import pytest

from qa_align.evaluate import GoldDoc, GoldUnit

GOLD = [
    (
        "dev-x",
        GoldDoc("uk-commons", "7", "numbered", (GoldUnit("1", ("1",), "partial", frozenset({"holding"})),)),
    )
]


@pytest.fixture
def experiment(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    import experiment_learned_flags

    # no document is read: every unit of the gold stands without a tool pair
    monkeypatch.setattr(experiment_learned_flags, "read_documents", lambda gold, jobs=1: [])
    return experiment_learned_flags


def test_a_cache_made_of_other_labelled_units_is_not_read(experiment, tmp_path):
    # a cache left by an earlier run over other sets (dev.pkl of 52 sets, read after two were added)
    cache = tmp_path / "dev.pkl"
    cache.write_bytes(pickle.dumps([("dev-old", "1", {"rule:holding": 1.0}, frozenset())]))
    assert experiment.score(GOLD, cache) == [("dev-x", "7", None, frozenset({"holding"}))]


def test_a_cache_made_of_the_same_units_and_code_is_read_again(experiment, tmp_path, monkeypatch):
    cache = tmp_path / "dev.pkl"
    first = experiment.score(GOLD, cache)
    # the second run reads what the first wrote, without scoring
    monkeypatch.setattr(experiment, "iter_scored", lambda *a, **k: pytest.fail("scored again"))
    assert experiment.score(GOLD, cache) == first


def test_help_prints_the_usage_and_scores_nothing(experiment, monkeypatch, capsys):
    monkeypatch.setattr(experiment, "score", lambda *a, **k: pytest.fail("scored on --help"))
    with pytest.raises(SystemExit) as exit_:
        experiment.main(["--help"])
    assert exit_.value.code == 0
    assert "--test" in capsys.readouterr().out


# be-kamer 189692 1 (outside the labelled sets): the answer says no volumes are held for the whole period asked,
# 2011 to 2016; a reader reads every year of it said not held, not its two ends alone
VOLUMES = (
    "Evolutie volumes spoorgoederenvervoer. 1. Wat is de evolutie van de volumes van het spoorgoederenvervoer in "
    "de periode 2011-2016? Graag cijfers op jaarbasis."
)
NO_VOLUMES = (
    "1. De FOD Mobiliteit en Vervoer beschikt voor de periode 2011-2016 over geen volumes van het "
    "spoorgoederenvervoer."
)


def test_a_period_said_not_held_is_every_year_of_it():
    from qa_align.pipeline import score_document
    from qa_align.readers.be_kamer import read_record
    from qa_align.settings import Settings

    record = dict(doc_id="t", question=VOLUMES, answer=NO_VOLUMES, department="D", date_tabled="2017-03-01")
    settings = Settings(rules=("breakdown_missing",), recycled_across_documents=False)
    (sp,) = score_document(read_record(record, "t"), settings)
    (flag,) = sp.flags
    assert flag.reason.startswith("asks 2011–2016: said not held;")


@pytest.fixture
def score_features(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    import experiment_score_features

    return experiment_score_features


@pytest.mark.parametrize(("argv", "code"), [(["--help"], 0), (["--rerun"], 2)])
def test_the_score_features_experiment_parses_its_arguments_before_scoring(
    score_features, monkeypatch, argv, code
):
    # it has no options: --help used to start the whole multi-process scoring, an unknown option
    # was ignored while it ran
    monkeypatch.setattr(score_features, "scored_units", lambda: pytest.fail("scored"))
    with pytest.raises(SystemExit) as exit_:
        score_features.main(argv)
    assert exit_.value.code == code
