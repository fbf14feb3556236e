"""Session 44 (speedjit44): the sparse cosines of ``similarity._pair_dots`` by a numba kernel
(``qa_align._compiled``), the same numbers as numpy's path to the last bit; numpy's path where
numba cannot be imported or ``QA_ALIGN_NO_NUMBA`` is set; numba not imported by the package's
import or the CLI's help."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
import scipy.sparse as sp

from qa_align import similarity
from qa_align.similarity import _pair_dots


def _matrix(rows: int, width: int, density: float, dtype, seed: int, shuffled: bool):
    """Row-normalised-like sparse rows with some explicit zeros and rows longer than 128 entries
    (numpy's pairwise sums split those in halves); ``shuffled``: each row's entries out of column
    order, as a fitted TF-IDF stores them."""
    rng = np.random.default_rng(seed)
    m = sp.random(rows, width, density=density, format="csr", dtype=np.float64, random_state=seed)
    m.data = (rng.standard_normal(m.nnz) * rng.uniform(0.001, 10, m.nnz)).astype(dtype)
    m.data[rng.random(m.nnz) < 0.05] = 0  # stored zeros: products that are not summed
    m = sp.csr_matrix(m, dtype=dtype)
    if shuffled:
        for i in range(m.shape[0]):
            lo, hi = m.indptr[i], m.indptr[i + 1]
            order = rng.permutation(hi - lo)
            m.indices[lo:hi], m.data[lo:hi] = m.indices[lo:hi][order], m.data[lo:hi][order]
        m.has_sorted_indices = False
    return m


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("shuffled", [False, True])
@pytest.mark.parametrize("pairs", [0, 1, 3_000, 25_000])  # 25,000: two threads
def test_the_compiled_cosines_are_numpys_to_the_last_bit(dtype, shuffled, pairs):
    x = _matrix(120, 3_000, 0.15, dtype, 1, shuffled)  # some 450 entries a row
    y = _matrix(80, 3_000, 0.3, dtype, 2, shuffled)
    rng = np.random.default_rng(3)
    r, c = rng.integers(0, 120, pairs), rng.integers(0, 80, pairs)
    numpy_way = _pair_dots(x, r, y, c, compiled=False)
    compiled = _pair_dots(x, r, y, c, compiled=True)
    assert compiled.dtype == numpy_way.dtype and compiled.shape == (pairs,)
    assert np.array_equal(compiled, numpy_way)
    # the same matrix on both sides (the own cosines, identifiability's drawn pairs)
    assert np.array_equal(
        _pair_dots(x, r % 80, x, c, compiled=True), _pair_dots(x, r % 80, x, c, compiled=False)
    )


def test_the_compiled_cosines_of_mixed_types_and_dense_rows_are_numpys():
    x = _matrix(60, 500, 0.2, np.float32, 4, True)
    y = _matrix(40, 500, 0.2, np.float64, 5, False)
    rng = np.random.default_rng(6)
    r, c = rng.integers(0, 60, 2_000), rng.integers(0, 40, 2_000)
    assert np.array_equal(_pair_dots(x, r, y, c, compiled=True), _pair_dots(x, r, y, c, compiled=False))
    # negative indices count from the end, as numpy's fancy indexing takes them
    assert np.array_equal(
        _pair_dots(x, -1 - r, y, c, compiled=True), _pair_dots(x, -1 - r, y, c, compiled=False)
    )
    with pytest.raises(IndexError):
        _pair_dots(x, np.array([60]), y, np.array([0]), compiled=True)
    # dense rows take einsum on both ways
    dx, dy = x.toarray(), y.toarray()
    assert np.array_equal(_pair_dots(dx, r, dy, c, compiled=True), _pair_dots(dx, r, dy, c, compiled=False))
    assert np.array_equal(_pair_dots(dx, r[:0], dy, c[:0], compiled=True), np.empty(0))


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_the_kernels_sum_is_numpys_reduceat(dtype):
    """A row's nonzero products are summed as ``np.add.reduceat`` sums a segment: its first value,
    then numpy's pairwise sum of the rest (plain under 8, eight running sums to 128, halves above)."""
    from qa_align import _compiled

    rng = np.random.default_rng(7)
    frames, sums = np.empty((128, 3), dtype=np.int64), np.empty(128, dtype=dtype)
    for n in [*range(2, 300), 511, 512, 513, 1000, 1031, 4096, 10_007]:
        a = (rng.standard_normal(n) * rng.uniform(0, 1e4, n)).astype(dtype)
        assert a[0] + _compiled._pairwise(a, 1, n - 1, frames, sums) == np.add.reduceat(a, [0])[0], n


def test_numpys_path_where_numba_is_turned_off_or_missing(monkeypatch):
    x = _matrix(30, 200, 0.2, np.float32, 8, True)
    r, c = np.arange(30), np.arange(30)[::-1].copy()
    expected = _pair_dots(x, r, x, c, compiled=False)
    assert similarity._kernel(None) is not None  # numba is a dependency: on by default
    monkeypatch.setenv("QA_ALIGN_NO_NUMBA", "1")
    assert similarity._kernel(None) is None
    assert similarity._kernel(True) is not None  # the argument wins over the environment
    monkeypatch.setenv("QA_ALIGN_NO_NUMBA", "0")
    assert similarity._kernel(None) is not None
    monkeypatch.delenv("QA_ALIGN_NO_NUMBA")
    # numba not importable: numpy's path, with no error; asked for, an ImportError
    monkeypatch.setitem(sys.modules, "numba", None)
    monkeypatch.delitem(sys.modules, "qa_align._compiled", raising=False)
    monkeypatch.delattr(sys.modules["qa_align"], "_compiled", raising=False)
    assert similarity._kernel(None) is None
    assert np.array_equal(_pair_dots(x, r, x, c), expected)
    with pytest.raises(ImportError):
        similarity._kernel(True)


def test_numba_is_not_imported_by_the_package_or_the_help():
    """A guard (it passes on 6710d3e too): the kernel's module is imported where the cosines are
    first computed, not by the package, its similarity stage or ``qa-align --help``."""
    code = (
        "import sys, contextlib, io\n"
        "import qa_align, qa_align.similarity, qa_align.pipeline\n"
        "from qa_align import cli\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        "    cli.main(['--help'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('numba', 'llvmlite') or m == 'qa_align._compiled'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _odd_matrices():
    """(review46) Rows the kernel is not to be given as they are, beside plain float CSR ones."""
    x = _matrix(40, 300, 0.2, np.float64, 11, False)
    y = _matrix(30, 300, 0.2, np.float64, 12, True)
    wide = sp.csr_matrix(x)
    wide.indices, wide.indptr = wide.indices.astype(np.int64), wide.indptr.astype(np.int64)
    dup = x.copy()
    for i in range(dup.shape[0]):  # a column given twice in a row (not canonical)
        lo, hi = dup.indptr[i], dup.indptr[i + 1]
        if hi - lo > 2:
            dup.indices[lo + 1] = dup.indices[lo]
    dup.has_sorted_indices = False
    empty = x.copy()
    empty.data[empty.indptr[3] : empty.indptr[9]] = 0
    empty.eliminate_zeros()  # rows 3 to 8 without entries
    return {
        "int64 indices": (wide, y),
        "duplicate columns": (dup, y),
        "empty rows": (empty, y),
        "stored by column": (x.tocsc(), y.tocsc()),
        "booleans": (sp.csr_matrix(x > 0), sp.csr_matrix(y > 0)),
        "long double": (x.astype(np.longdouble), y.astype(np.longdouble)),
    }


@pytest.mark.parametrize("case", list(_odd_matrices()))
def test_odd_rows_give_numpys_numbers_by_default_and_no_numba_error(case):
    """(review46) A matrix stored by column was read by the kernel as if by row (wrong cosines,
    no error); booleans were counted (numpy's sum of booleans is a logical or); a long double
    stopped the run with numba's TypingError. Now each is numpy's number, on the rows."""
    x, y = _odd_matrices()[case]
    rng = np.random.default_rng(13)
    r, c = rng.integers(0, 40, 1_500), rng.integers(0, 30, 1_500)
    expected = _pair_dots(x.tocsr(), r, y.tocsr(), c, compiled=False)
    got = _pair_dots(x, r, y, c)
    assert got.dtype == expected.dtype and np.array_equal(got, expected), case
    if case == "stored by column":  # the same cosines as the rows give them, by either way
        assert np.array_equal(_pair_dots(x, r, y, c, compiled=False), expected)


def test_a_kernel_that_fails_falls_back_to_numpy_with_one_warning(monkeypatch, caplog):
    """(review46) numba failing to compile (here: a kernel that raises) is no lost run where the
    kernel was not asked for: numpy's numbers, and a warning naming the cause, once."""
    x = _matrix(30, 200, 0.2, np.float64, 14, True)
    r, c = np.arange(30), np.arange(30)[::-1].copy()
    expected = _pair_dots(x, r, x, c, compiled=False)

    def broken(*args):
        raise RuntimeError("no LLVM target\nmore")

    monkeypatch.setattr(similarity, "_kernel", lambda compiled: broken)
    monkeypatch.setattr(similarity, "_WARNED", set())
    with caplog.at_level("WARNING", logger="qa_align"):
        assert np.array_equal(_pair_dots(x, r, x, c), expected)
        assert np.array_equal(_pair_dots(x, r, x, c), expected)
    warned = [m for m in caplog.messages if "compiled cosines failed" in m]
    assert warned == ["the compiled cosines failed (RuntimeError: no LLVM target); the cosines by numpy"]
    with pytest.raises(RuntimeError):
        _pair_dots(x, r, x, c, compiled=True)


def test_a_numba_that_fails_to_import_otherwise_than_importerror_is_numpys_way(tmp_path):
    """(review46) numba installed but broken (llvmlite's library not loadable raises OSError) ended
    the run at the first cosines; now numpy's path, with a warning."""
    fake = tmp_path / "numba"
    fake.mkdir()
    (fake / "__init__.py").write_text("raise OSError('Could not find/load shared object file')\n")
    code = (
        "import sys, logging\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "logging.basicConfig(level=logging.WARNING, format='%(message)s')\n"
        "import numpy as np, scipy.sparse as sp\n"
        "from qa_align.similarity import _pair_dots\n"
        "x = sp.random(20, 50, density=0.3, format='csr', random_state=1)\n"
        "r = np.arange(20)\n"
        "print(np.array_equal(_pair_dots(x, r, x, r), _pair_dots(x, r, x, r, compiled=False)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
    assert "numba could not be loaded (OSError: Could not find/load shared object file)" in done.stderr
