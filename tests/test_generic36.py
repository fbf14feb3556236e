"""generic36: ``scripts/train_generic.py --forward FIRST`` (fit on the sets labelled before FIRST, score
FIRST and every set after it), ``--extras`` (the flags ``learned_generic`` raises under the
threshold, so the columns are what the tool flags) and ``--beta`` (C and threshold chosen by F-beta)."""

from __future__ import annotations

import numpy as np

from qa_align import labelsets


def _main(monkeypatch, argv: list[str]) -> dict:
    """Run ``main`` on an empty cache and return what ``held_out_sets`` was given."""
    import train_generic

    seen = {}

    def held_out_sets(data, names, held, shipped, language, extras=False, within=None):
        seen.update(held=held, extras=extras, within=within)
        return {}

    monkeypatch.setattr(train_generic, "held_out_sets", held_out_sets)
    monkeypatch.setattr(train_generic.pickle, "loads", lambda _: {"units": [], "features": {}})
    monkeypatch.setattr(train_generic.Path, "exists", lambda self: True)
    monkeypatch.setattr(train_generic.Path, "read_bytes", lambda self: b"")
    train_generic.main(argv)
    return seen


def test_forward_holds_out_the_first_set_and_every_set_labelled_after_it(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    order = list(labelsets.DEVELOPMENT_SETS)
    seen = _main(monkeypatch, ["--language", "en", "--forward", "dev-be55", "--extras"])
    # the sets of sessions 32-35, labelled after every shipped model was fitted, in labelling order
    assert seen["held"] == order[order.index("dev-be55") :]
    assert seen["held"][0] == "dev-be55" and "dev-uk65" in seen["held"] and "dev-uk30" not in seen["held"]
    assert seen["extras"] is True and seen["within"] is None


def test_forward_with_trained_on_fits_the_refits_on_those_sets_only(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    seen = _main(monkeypatch, ["--forward", "dev-be55", "--trained-on", "reference-dev,gold"])
    assert seen["within"] == ["reference-dev", "gold"]


def test_the_flags_under_the_threshold_are_the_tools(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    import train_generic

    # the assessment floor of generic33 set back (off since generic55: ``ASSESSMENT_FLOOR`` None)
    monkeypatch.setattr(train_generic, "ASSESSMENT_FLOOR", 0.10)
    # and the stock line on discussions (off since generic58: ``DISCUSSIONS_STOCK`` False)
    monkeypatch.setattr(train_generic, "DISCUSSIONS_STOCK", True)
    # per unit (stock line on discussions, assessment untaken): uk-commons 1824828 1 (a stock line,
    # labelled generic), 1780317 1 (what assessment, answered by the heat pumps' counts, p 0.17),
    # an assessment untaken at p 0.05, under the floor; a stock line where a veto stands
    extra = np.array([[True, False], [False, True], [False, True], [True, False]])
    p = np.array([0.12, 0.17, 0.05, 0.20])
    veto = np.array([False, False, False, True])
    rule = np.zeros(4, bool)
    flags = train_generic.decide("model", rule, veto, p, 0.30, extra)
    assert flags.tolist() == [True, True, False, False]
    # without the readings, the model's threshold alone
    assert train_generic.decide("model", rule, veto, p, 0.30).tolist() == [False] * 4


def test_f_beta_under_one_weighs_precision(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    import train_generic

    y = np.array([True, True, True, True, False, False])
    # one right flag of two, one of four labelled: precision 0.5, recall 0.25
    pred = np.array([True, False, False, False, True, False])
    assert abs(train_generic._fbeta(y, pred, 1.0) - 1 / 3) < 1e-9
    assert abs(train_generic._fbeta(y, pred, 0.5) - 0.15625 / 0.375) < 1e-9
    assert train_generic._fbeta(y, np.zeros(6, bool), 0.5) == 0.0


def test_forward_with_last_holds_out_the_sets_up_to_it_only(monkeypatch):
    # the forward table of models/generic-units.md holds out the 16 sets dev-be55 .. dev-uk65; the four sets
    # labelled since (dev-be63, dev-be64, dev-uk66, dev-uk67, held out in session 36) come after them
    monkeypatch.syspath_prepend("scripts")
    order = list(labelsets.DEVELOPMENT_SETS)
    seen = _main(monkeypatch, ["--forward", "dev-be55", "--last", "dev-uk65"])
    assert seen["held"] == order[order.index("dev-be55") : order.index("dev-uk65") + 1]
    assert len(seen["held"]) == 16 and "dev-be63" not in seen["held"] and "dev-uk67" not in seen["held"]
