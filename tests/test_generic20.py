"""generic20: ``scripts/train_generic.py --null-column SEED``, a feature of noise beside the real ones,
so that a new feature's held-out gain is judged against what the folds' chance alone moves."""

from __future__ import annotations

KEYS = [("uk-commons", "1878073", "1"), ("uk-commons", "1888977", "1"), ("be-kamer", "187995", "3")]


def _data() -> dict:
    return {"features": {k: {"rule": 0.0, "uptake": 0.5} for k in KEYS}}


def test_the_null_column_is_noise_in_the_unit_interval_beside_the_real_features(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    import train_generic

    data = _data()
    train_generic.add_null_column(data, 1)
    for feats in data["features"].values():
        assert 0.0 <= feats["null"] < 1.0
        # the unit's own readings untouched
        assert (feats["rule"], feats["uptake"]) == (0.0, 0.5)
    assert len({f["null"] for f in data["features"].values()}) == len(KEYS)


def test_the_null_column_is_the_same_per_unit_whatever_the_order_and_differs_by_seed(monkeypatch):
    monkeypatch.syspath_prepend("scripts")
    import train_generic

    first, reordered, other = _data(), {"features": dict(reversed(_data()["features"].items()))}, _data()
    train_generic.add_null_column(first, 1)
    train_generic.add_null_column(reordered, 1)
    train_generic.add_null_column(other, 2)
    for key in KEYS:
        assert first["features"][key]["null"] == reordered["features"][key]["null"]
    assert [first["features"][k]["null"] for k in KEYS] != [other["features"][k]["null"] for k in KEYS]


def test_the_null_column_is_read_as_a_feature_by_the_comparison(monkeypatch, capsys):
    monkeypatch.syspath_prepend("scripts")
    import train_generic

    seen = {}

    def compare(data, names, modes, language=None, fixed=None, within=None):
        seen["names"] = names
        seen["null"] = [f.get("null") for f in data["features"].values()]
        return {"prob": [], "served": []}

    monkeypatch.setattr(train_generic, "compare", compare)
    monkeypatch.setattr(
        train_generic.pickle, "loads", lambda _: {"units": [], "features": _data()["features"]}
    )
    monkeypatch.setattr(train_generic.Path, "exists", lambda self: True)
    monkeypatch.setattr(train_generic.Path, "read_bytes", lambda self: b"")
    train_generic.main(["--features", "rule,uptake", "--null-column", "3", "--modes", "model"])
    assert seen["names"] == ["rule", "uptake", "null"]
    assert all(v is not None for v in seen["null"])
