"""Run-time scoring: the shipped responsiveness model, loaded from the package, and what a
missing or refused model says."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from qa_align.cli import main
from qa_align.scoring import (
    FEATURES,
    RETRAIN,
    LanguageModels,
    LinearModel,
    load_model,
    shipped,
    shipped_dir,
)

from .conftest import CYBER, ROOT

SHIPPED = ("responsiveness.joblib", "responsiveness.json", "responsiveness.md", "off_topic.json")


def test_the_model_is_package_data_and_the_checkout_copy_is_identical():
    assert shipped_dir() == ROOT / "qa_align" / "models"
    for name in SHIPPED:
        assert (ROOT / "models" / name).read_bytes() == shipped(name).read_bytes(), name
    # its numbers, saved from that very .joblib: a model of English units, one of Dutch units
    # (each has over 150 labelled units) and the model of both for any other language
    model = load_model()
    assert isinstance(model, LanguageModels) and list(model.languages) == ["en", "nl"]
    assert all(isinstance(m, LinearModel) for m in (model.default, *model.languages.values()))
    assert model.names == (*FEATURES, "language:en", "language:nl")


def _copy_model(tmp_path):
    for name in ("responsiveness.joblib", "responsiveness.json"):
        shutil.copyfile(shipped(name), tmp_path / name)
    return tmp_path / "responsiveness.joblib"


def test_a_missing_model_is_a_warning_with_the_retrain_command(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="qa_align.scoring"):
        assert load_model(tmp_path / "gone.joblib") is None
    (message,) = caplog.messages
    assert f"the model {tmp_path / 'gone.joblib'} is missing; the score column stays empty" in message
    assert f"Retrain it with `{RETRAIN}`" in message


def test_a_model_of_other_features_is_refused_naming_them(tmp_path, caplog):
    path = _copy_model(tmp_path)
    numbers = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    numbers["linear"]["features"][FEATURES.index("flag:holding")] = "flag:gone"
    path.with_suffix(".json").write_text(json.dumps(numbers), encoding="utf-8")
    # the pickled pipeline beside it is read instead: it was trained on these features
    assert load_model(path) is not None
    # a pipeline trained on a flag that scoring no longer computes: refused, the flag named
    import joblib

    saved = joblib.load(path)
    saved["features"] = tuple("flag:gone" if f == "flag:holding" else f for f in FEATURES)
    joblib.dump(saved, path)
    with caplog.at_level(logging.WARNING, logger="qa_align.scoring"):
        assert load_model(path) is None
    assert "was trained on other features (it has flag:gone, which scoring does not compute)" in caplog.text
    assert RETRAIN in caplog.text


def test_score_without_a_model_says_so_and_leaves_the_column_empty(tmp_path, caplog):
    config = tmp_path / "settings.toml"
    config.write_text(f'score_model = "{tmp_path / "none-here.joblib"}"\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["score", str(CYBER), "--all", "-o", str(out), "-q", "--config", str(config)]) == 0
    err = caplog.text  # the CLI shows warnings on stderr
    assert "none-here.joblib is missing; the score column stays empty" in err and "qa-align train" in err
    import pandas as pd

    df = pd.read_csv(out)
    assert len(df) == 5 and df["score"].isna().all()


@pytest.mark.slow
def test_a_regular_install_scores_with_the_shipped_model(tmp_path):
    """``pip install .`` (not editable) into a fresh venv, offline: the shared environment's
    packages are seen through a path file (not its ``.pth`` files, so not its editable
    qa_align), and ``qa-align score corpus --all`` writes the CSV of the editable install."""
    import os
    import subprocess
    import sys
    import sysconfig

    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # nothing but the venv's own

    def run(*argv: str) -> str:
        return subprocess.run(argv, check=True, capture_output=True, text=True, cwd=tmp_path, env=env).stdout

    venv = tmp_path / "venv"
    # without pip: the shared environment's pip and setuptools (a venv's own are older) build it
    run(sys.executable, "-m", "venv", "--without-pip", str(venv))
    python = str(venv / "bin" / "python")
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip()
    (Path(site) / "shared-env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    run(python, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "--no-index", str(ROOT))
    where = run(python, "-c", "import qa_align.scoring as s; print(s.__file__); print(s.shipped())").split()
    assert all(w.startswith(site) for w in where), where  # the installed copy, not the checkout
    out = tmp_path / "installed.csv"
    run = subprocess.run(
        [str(venv / "bin" / "qa-align"), "score", str(ROOT / "corpus"), "--all", "-o", str(out), "-q"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    assert run.returncode in (0, 1), run.stderr  # 1: corpus/ holds files that are not documents
    assert "score column stays empty" not in run.stderr
    import pandas as pd

    installed = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert len(installed) > 40 and (installed["score"] != "").all()
    editable = tmp_path / "editable.csv"
    main(["score", str(ROOT / "corpus"), "--all", "-o", str(editable), "-q"])
    assert out.read_bytes() == editable.read_bytes()


def test_attributed_share_of_units_answered_alone_needs_no_attribution(monkeypatch):
    # each numbered answer serves its own unit: every sentence is the unit's own (share 1)
    # without splitting the answer into sentences and attributing them
    import qa_align.attribute
    from qa_align.pipeline import score_document
    from qa_align.readers.be_kamer import read_record
    from qa_align.scoring import attributed_share
    from qa_align.settings import Settings

    rec = {
        "doc_id": "t",
        "question": "Titel.\n\n 1. Hoeveel scholen kregen subsidie?2. Wanneer komt de fietsenstalling?",
        "answer": "1. In Limburg kregen 14 scholen subsidie.\n\n2. De fietsenstalling komt in 2025. Dat is zeker.",
        "department": "D",
        "date_tabled": "2017-01-01",
    }
    settings = Settings(rules=("missing_answer",), recycled_across_documents=False)
    pairs = score_document(read_record(rec, "t"), settings)
    assert [len(sp.pair.segments) for sp in pairs] == [1, 1]

    def refused(*args, **kwargs):
        raise AssertionError("attributed without need")

    monkeypatch.setattr(qa_align.attribute, "attribute", refused)
    assert [attributed_share(sp) for sp in pairs] == [1.0, 1.0]


def test_the_per_document_stage_carries_the_attributed_share(monkeypatch):
    # an unnumbered answer to two units: its first sentence is about unit 1, its second about
    # unit 2, its third about neither; the share is found once, in the per-document stage, and
    # carried to the row (through the bytes the batch stages hold)
    import qa_align.attribute
    from qa_align.document_rules import compact, expand, map_document
    from qa_align.readers.be_kamer import read_record
    from qa_align.scoring import features
    from qa_align.settings import Settings

    rec = {
        "doc_id": "t",
        "question": "Titel.\n\n 1. Hoeveel scholen kregen subsidie?2. Wanneer komt de fietsenstalling?",
        "answer": "In Limburg kregen 14 scholen subsidie. De fietsenstalling komt in 2025. Dat is zeker.",
        "department": "D",
        "date_tabled": "2017-01-01",
    }
    document = read_record(rec, "t")
    settings = Settings(rules=("missing_answer",), recycled_across_documents=False)
    result = expand(document, compact(map_document(document, settings)))
    pairs = {sp.pair.question.n: sp for sp in result.scored()}
    # each unit: its own sentence and the last one, which concerns both (of three)
    assert pairs["1"].attributed_share == pairs["2"].attributed_share == 2 / 3

    def refused(*args, **kwargs):
        raise AssertionError("attributed again when scored")

    monkeypatch.setattr(qa_align.attribute, "attribute", refused)
    assert features(pairs["1"], ["attributed_share"]) == [pairs["1"].attributed_share]
    # no carried share without a score to compute
    unscored = map_document(document, settings.replace(score_model="none")).scored()
    assert [sp.attributed_share for sp in unscored] == [None, None]


def _three_unit_pairs() -> dict:
    """The scored pairs of a Belgian record whose unnumbered answer has a sentence about unit 1,
    one about unit 2 and none about unit 3, by unit number."""
    from qa_align.pipeline import score_document
    from qa_align.readers.be_kamer import read_record
    from qa_align.settings import Settings

    rec = {
        "doc_id": "t",
        "question": "Titel.\n\n 1. Hoeveel scholen kregen subsidie?2. Wanneer komt de fietsenstalling?"
        "3. Welke asbestsanering plant de gemeente?",
        "answer": "In Limburg kregen 14 scholen subsidie. De fietsenstalling van het station komt in 2025.",
        "department": "D",
        "date_tabled": "2017-01-01",
    }
    settings = Settings(rules=("missing_answer",), recycled_across_documents=False)
    return {sp.pair.question.n: sp for sp in score_document(read_record(rec, "t"), settings)}


def test_the_answer_features_of_a_pair():
    # an unnumbered answer to three units: one sentence about unit 1, one about unit 2, none about 3
    import math

    from qa_align.scoring import features

    pairs = _three_unit_pairs()
    names = ("units_served", "attributed_share", "answer_figures_log", "words_per_unit_log", "evidence_log")
    one = dict(zip(names, features(pairs["1"], names)))
    assert one["units_served"] == 3  # the unnumbered answer serves every unit
    assert one["attributed_share"] == 0.5  # its first sentence of two
    assert one["answer_figures_log"] == pytest.approx(math.log1p(2))  # 14 and 2025
    assert one["words_per_unit_log"] == pytest.approx(math.log1p(14 / 3))  # 14 words, 3 units
    assert one["evidence_log"] == 0.0
    three = dict(zip(names, features(pairs["3"], names)))
    assert pairs["3"].pair.segments == ()  # nothing in the answer concerns unit 3
    assert three["units_served"] == 0 and math.isnan(three["attributed_share"])
    assert [f.name for f in pairs["3"].flags] == ["missing_answer"]


def test_the_unit_features_read_the_units_own_sentences_against_its_question():
    # the unnumbered answer of test_the_answer_features_of_a_pair: a sentence about unit 1, one
    # about unit 2, none about unit 3; content words are words of five letters or more, not
    # function words, cut to six letters
    import math

    from qa_align.scoring import features

    pairs = _three_unit_pairs()
    names = ("question_overlap", "answer_focus", "own_sentences_log")
    # asked: hoevee, schole, kregen, subsid; given (its own sentence): limbur, kregen, schole, subsid
    assert features(pairs["1"], names) == [0.75, 0.75, pytest.approx(math.log1p(1))]
    # asked: fietse ("wanneer" a function word, "komt" too short); given: fietse, statio
    assert features(pairs["2"], names) == [1.0, 0.5, pytest.approx(math.log1p(1))]
    # nothing in the answer concerns unit 3: none of its words given, no answer to read
    overlap, focus, sentences = features(pairs["3"], names)
    assert overlap == 0.0 and math.isnan(focus) and sentences == 0.0


def test_the_question_features_count_requests_and_an_assessment_left_unspoken():
    import math

    from qa_align.scoring import assessment_unmet, question_requests

    # two list items, one request joined by a semicolon; an item named twice counts once
    asked = "what assessment he has made of (a) costs and (b) delays; and whether (a) is rising."
    assert question_requests(asked) == pytest.approx(math.log1p(3))
    assert question_requests("Hoeveel scholen kregen subsidie?") == 0.0
    # an assessment asked: met by an answer that speaks of one, not by one that talks around it
    pairs = _three_unit_pairs()
    assert assessment_unmet(pairs["1"]) == 0.0  # "Hoeveel scholen ...": no assessment asked

    def unit(question: str, answer: str):
        from qa_align.pipeline import score_document
        from qa_align.readers.uk_commons import read_record
        from qa_align.settings import Settings

        doc = read_record({"id": 1, "questionText": question, "answerText": f"<p>{answer}</p>"}, "t")
        settings = Settings(rules=("missing_answer",), recycled_across_documents=False)
        return score_document(doc, settings)[0]

    q = "To ask the Secretary of State, what assessment he has made of waiting times in Kent."
    assert assessment_unmet(unit(q, "Waiting times are published monthly by NHS England.")) == 1.0
    assert assessment_unmet(unit(q, "We have assessed waiting times in Kent and they fell.")) == 0.0
    assert assessment_unmet(unit(q, "No estimate has been made.")) == 0.0


def test_the_cue_free_share_is_the_share_of_the_units_own_sentences_without_a_cue():
    import dataclasses

    from qa_align.pipeline import score_document
    from qa_align.readers.uk_commons import read_record
    from qa_align.scoring import cue_counts, cue_free_share, feature_names, features
    from qa_align.settings import Settings

    def unit(answer: str):
        question = "To ask the Secretary of State for Health, how many nurses were recruited in Kent in 2024."
        doc = read_record({"id": 1, "questionText": question, "answerText": f"<p>{answer}</p>"}, "t")
        settings = Settings(rules=("missing_answer",), recycled_across_documents=False)
        return score_document(doc, settings)[0]

    given = "In 2024, 1,245 nurses were recruited in Kent, 130 more than in 2023."
    not_held = "The Department does not hold figures for earlier years."
    pointer = "I refer the hon. Member to the answer I gave on 3 March 2024 to Question 12345."
    cases = {
        given: ((1, 1, 0, 0, 0, 0, 0, 0), 1.0),  # all content
        "The Department does not hold this information centrally.": ((1, 0, 1, 0, 0, 0, 0, 0), 0.0),
        pointer: ((1, 0, 0, 0, 1, 0, 0, 0), 0.0),
        f"{given}</p><p>{not_held}": ((2, 1, 1, 0, 0, 0, 0, 0), 0.5),  # one sentence of two
    }
    for answer, (counts, share) in cases.items():
        carried = unit(answer)  # read in the per-document stage, from the rules' cue readings
        again = dataclasses.replace(carried, cue_counts=None)  # read again in the rows stage
        assert carried.cue_counts == counts, answer
        assert cue_counts(again) == counts, answer
        assert cue_free_share(carried) == cue_free_share(again) == share, answer
    # the model's feature row carries it
    names = feature_names()
    assert features(unit(given), names)[names.index("cue_free_share")] == 1.0


def test_a_run_without_the_cue_classifier_reads_the_cue_counts_with_the_shipped_one():
    # --cues lexicon: the rules read no classifier, the feature is read as in training all the same
    from qa_align.pipeline import score_document
    from qa_align.readers.uk_commons import read_record
    from qa_align.scoring import cue_free_share
    from qa_align.settings import Settings

    answer = "<p>In 2024, 1,245 nurses were recruited in Kent.</p><p>The Department does not hold figures for earlier years.</p>"
    doc = read_record({"id": 1, "questionText": "To ask how many nurses.", "answerText": answer}, "t")
    settings = Settings(rules=("missing_answer",), recycled_across_documents=False, cue_model="lexicon")
    (sp,) = score_document(doc, settings)
    assert sp.cue_counts == (2, 1, 1, 0, 0, 0, 0, 0)
    assert cue_free_share(sp) == 0.5


def test_the_carried_cue_counts_are_those_read_again_on_real_documents(cyber_doc, monkeypatch):
    # the per-document stage counts the cue classifier's readings that the rules made (through the
    # bytes the batch stages hold); the rows stage, reading the same sentences again with the
    # shipped classifier, finds the same counts. Read from what is carried, nothing is classified.
    import dataclasses

    import qa_align.analyze
    import qa_align.cues
    from qa_align import read
    from qa_align.document_rules import compact, expand, map_document
    from qa_align.scoring import cue_counts, features
    from qa_align.settings import Settings

    documents = [*read(ROOT / "corpus" / "uk-commons" / "written-questions-sample.jsonl"), cyber_doc]
    settings = Settings(recycled_across_documents=False)
    carried = [sp for d in documents for sp in expand(d, compact(map_document(d, settings))).scored()]
    assert len(carried) >= 10 and all(sp.cue_counts is not None for sp in carried)
    again = [cue_counts(dataclasses.replace(sp, cue_counts=None), {}) for sp in carried]
    assert [sp.cue_counts for sp in carried] == again
    # not trivial: units all content, units with a cue, English and Dutch
    assert any(c[0] and c[1] == c[0] for c in again) and any(c[1] < c[0] for c in again)
    assert {sp.document.metadata.language for sp in carried} == {"en", "nl"}

    def refused(*args, **kwargs):
        raise AssertionError("classified again when scored")

    monkeypatch.setattr(qa_align.cues._LanguageModel, "column_probabilities", refused)
    monkeypatch.setattr(qa_align.analyze, "analyze_answer", refused)
    shares = [features(sp, ("cue_free_share",))[0] for sp in carried]
    assert shares == [c[1] / c[0] if c[0] else 0.0 for c in again]


def test_the_carried_counts_are_those_read_again_where_a_cue_speaks_for_every_unit():
    # a segment serving two units whose missing-data sentence speaks for both: the rules give that
    # sentence to both units (DocContext.attribution; the count's sentence to unit 2), the rows
    # stage, which `train` reads, to unit 1 alone (it shares "authenticiteit" with unit 1 only).
    # The carried features are those read again, so a model trained on the one scores with the
    # same features.
    import dataclasses

    from qa_align.document_rules import compact, expand, map_document
    from qa_align.rules.context import DocContext
    from qa_align.scoring import cue_counts, unit_counts
    from qa_align.settings import Settings

    from .conftest import be_doc

    doc = be_doc(
        "Authenticiteit.\n\n 1. Welke richtlijnen gelden voor de authenticiteit van documenten?\n\n"
        " 2. Hoeveel documenten werden vervalst door bendes?",
        "Mijn administratie beschikt niet over cijfers inzake de authenticiteit van documenten. "
        "In 2016 werden 45 documenten vervalst door bendes in Brussel.",
    )
    settings = Settings(recycled_across_documents=False)
    result = map_document(doc, settings)
    ctx = DocContext(doc, [p.pair for p in result.pairs], settings)
    (segment,) = {s for p in ctx.pairs for s in p.segments}
    assert any(ctx.spoken_for_all(segment))  # the rules give the first sentence to both units
    assert [len(ctx.attribution(segment).of(n)) for n in ("1", "2")] == [1, 2]
    carried = {sp.pair.question.n: sp for sp in expand(doc, compact(result)).scored()}
    for n, sp in carried.items():
        bare = dataclasses.replace(sp, unit_counts=None, cue_counts=None)
        assert sp.unit_counts == unit_counts(bare, {}), n
        assert sp.cue_counts == cue_counts(bare, {}), n
    assert carried["2"].unit_counts[3] == 1  # unit 2's own sentence: the one with its count


def test_the_length_flag_and_method_features_of_a_hand_written_document():
    # the unnumbered answer of _three_unit_pairs: units 1 and 2 are paired with the whole answer
    # (14 words: "In Limburg kregen 14 scholen subsidie. De fietsenstalling van het station komt
    # in 2025."), unit 3 with nothing, which missing_answer flags
    import math

    from qa_align.scoring import features

    pairs = _three_unit_pairs()
    names = (
        "answer_words_log", "question_words_log", "length_ratio_log", "answer_tables", "flags",
        "flag:missing_answer", "method:whole", "method:none",
    )  # fmt: skip
    # "Hoeveel scholen kregen subsidie?": 4 words
    assert features(pairs["1"], names) == pytest.approx(
        [math.log1p(14), math.log1p(4), math.log1p(14) - math.log1p(4), 0.0, 0.0, 0.0, 1.0, 0.0]
    )
    # "Welke asbestsanering plant de gemeente?": 5 words, no answer, one flag
    assert features(pairs["3"], names) == pytest.approx(
        [0.0, math.log1p(5), -math.log1p(5), 0.0, 1.0, 1.0, 0.0, 1.0]
    )
    # a flag the model was not trained with is no feature and is not counted
    assert features(pairs["3"], ("flags",)) == [0.0]


def test_the_saved_numbers_score_as_the_pickled_pipeline_and_read_back_the_same(tmp_path):
    # the shipped model round-trips: its numbers (.json, what scoring loads) give the pickled
    # pipelines' probabilities on real feature rows, and saving them again reads back the same
    import joblib
    import numpy as np

    from qa_align.scoring import features, linear_from_json

    path = _copy_model(tmp_path)
    linear = load_model(path)
    assert isinstance(linear, LanguageModels)
    saved = joblib.load(path)
    assert tuple(saved["features"]) == linear.names
    pairs = _three_unit_pairs()  # a Dutch document: language:en 0, language:nl 1
    X = np.array([features(pairs[n], linear.names) for n in ("1", "2", "3")], dtype=float)
    assert X[:, -2:].tolist() == [[0.0, 1.0]] * 3
    assert np.isnan(X).any()  # unit 3's answer_focus: the imputation is part of the round trip
    assert linear.predict_proba(X)[:, 1] == pytest.approx(saved["model"].predict_proba(X)[:, 1], abs=1e-12)
    # the Dutch rows are the Dutch model's, not the model of both languages'
    dutch = saved["model"].languages["nl"].predict_proba(X[:, :-2])[:, 1]
    assert linear.predict_proba(X)[:, 1] == pytest.approx(dutch, abs=1e-12)
    again = linear_from_json(json.loads(json.dumps(saved["model"].to_json(path))), path)
    assert again.names == linear.names and list(again.languages) == list(linear.languages)
    for one, other in zip(
        (again.default, *again.languages.values()), (linear.default, *linear.languages.values())
    ):
        assert one.intercept == other.intercept
        for field in ("fill", "mean", "scale", "coef"):
            assert np.array_equal(getattr(one, field), getattr(other, field)), field
    # numbers saved from another pipeline file are refused
    other = tmp_path / "other.joblib"
    joblib.dump({"model": saved["model"], "features": list(linear.names), "note": "refit"}, other)
    with pytest.raises(ValueError, match="saved from another other.joblib"):
        linear_from_json(saved["model"].to_json(path), other)


class _Constant:
    """A stand-in model that gives every row the probability ``p`` and keeps the rows it saw."""

    def __init__(self, p: float):
        self.p, self.seen = p, []

    def predict_proba(self, X):
        import numpy as np

        self.seen.append(np.asarray(X).tolist())
        return np.column_stack([np.full(len(X), 1 - self.p), np.full(len(X), self.p)])


def test_language_models_send_each_row_to_its_languages_model():
    # two base features, then the columns language:en and language:nl; a row of neither
    # language (a French unit, both columns 0) goes to the model of all languages
    import numpy as np

    en, nl, default = _Constant(0.25), _Constant(0.75), _Constant(0.5)
    model = LanguageModels(default, {"en": en, "nl": nl}, ("similarity", "flags"))
    assert model.names == ("similarity", "flags", "language:en", "language:nl")
    X = np.array([[0.1, 2.0, 0.0, 1.0], [0.2, 0.0, 1.0, 0.0], [0.3, 1.0, 0.0, 0.0], [0.4, 3.0, 0.0, 1.0]])
    assert model.predict_proba(X)[:, 1].tolist() == [0.75, 0.25, 0.5, 0.75]
    # each model reads the base features of the whole block (so that a row's probability does
    # not depend on which other rows share its language); the language columns are no input
    block = [[0.1, 2.0], [0.2, 0.0], [0.3, 1.0], [0.4, 3.0]]
    assert en.seen == [block] and nl.seen == [block] and default.seen == [block]


def test_the_language_features_of_a_dutch_pair():
    from qa_align.scoring import features

    pairs = _three_unit_pairs()  # a document of the Flemish parliament, in Dutch
    assert features(pairs["1"], ("language:en", "language:nl")) == [0.0, 1.0]


def test_the_per_document_stage_carries_the_unit_counts(monkeypatch):
    # the unnumbered answer of _three_unit_pairs: the unit's own sentences and its question are
    # read in the per-document stage (in the worker processes) and carried to the row through the
    # bytes the batch stages hold, so that the rows stage does not attribute the answer again
    import math

    import qa_align.attribute
    from qa_align.document_rules import compact, expand, map_document
    from qa_align.scoring import features
    from qa_align.settings import Settings

    pairs = _three_unit_pairs()
    document = pairs["1"].document
    settings = Settings(rules=("missing_answer",), recycled_across_documents=False)
    result = expand(document, compact(map_document(document, settings)))
    carried = {sp.pair.question.n: sp for sp in result.scored()}
    # unit 1: shared schole, kregen, subsid; asked hoevee too; given limbur too; one own sentence
    assert carried["1"].unit_counts == (3, 4, 4, 1)
    # unit 2: shared fietse; given statio too; one own sentence
    assert carried["2"].unit_counts == (1, 1, 2, 1)

    def refused(*args, **kwargs):
        raise AssertionError("attributed again when scored")

    monkeypatch.setattr(qa_align.attribute, "attribute", refused)
    names = ("question_overlap", "answer_focus", "own_sentences_log")
    assert features(carried["1"], names) == [0.75, 0.75, pytest.approx(math.log1p(1))]
    # no counts carried without a score to compute
    unscored = map_document(document, settings.replace(score_model="none")).scored()
    assert [sp.unit_counts for sp in unscored] == [None, None, None]
