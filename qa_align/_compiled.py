"""Compiled kernels (numba), loaded only where they are used: importing this module imports
numba and compiles nothing; each kernel is compiled on its first call for the types it is
given (some seconds; kept in numba's cache where it can write one).

``pair_dots`` is ``similarity._pair_dots``' sparse path as one loop over the pairs: the same
numbers, summed in the same order. numpy's path takes each row's nonzero products (in the
reverse of the row's order with ``flip``) and sums them with ``np.add.reduceat``, which starts
from a segment's first value and adds the rest by numpy's pairwise summation
(``_pairwise``: plain sums under 8 values, eight running sums up to 128, halves above);
the kernel keeps a row's nonzero products in that order and sums them the same way, in the
products' type (float32 for float32 rows)."""

from __future__ import annotations

import numba

_BLOCKSIZE = 128  # numpy's PW_BLOCKSIZE


def _cache() -> bool:
    """Whether numba can keep compiled kernels on disk: beside this file, or in its user-wide
    directory where this file's is not writable (numba's own fallback); no cache where neither is."""
    try:
        from numba.core.caching import FunctionCache

        FunctionCache(_probe)  # raises where no location is writable
    except Exception:
        return False
    return True


def _probe() -> None:  # pragma: no cover - only its source location is read
    pass


_CACHE = _cache()


@numba.njit(cache=_CACHE, nogil=True)
def _block(a, lo, n):
    """numpy's pairwise sum of ``a[lo : lo + n]`` for ``1 <= n <= 128``: a plain sum under 8
    values, else eight running sums added as a tree, then the rest one by one."""
    if n < 8:  # numpy starts from -0.0, which leaves the first value as it is
        res = a[lo]
        for i in range(lo + 1, lo + n):
            res += a[i]
        return res
    r0 = a[lo]
    r1 = a[lo + 1]
    r2 = a[lo + 2]
    r3 = a[lo + 3]
    r4 = a[lo + 4]
    r5 = a[lo + 5]
    r6 = a[lo + 6]
    r7 = a[lo + 7]
    end = lo + n - n % 8
    i = lo + 8
    while i < end:
        r0 += a[i]
        r1 += a[i + 1]
        r2 += a[i + 2]
        r3 += a[i + 3]
        r4 += a[i + 4]
        r5 += a[i + 5]
        r6 += a[i + 6]
        r7 += a[i + 7]
        i += 8
    res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    while i < lo + n:
        res += a[i]
        i += 1
    return res


@numba.njit(cache=_CACHE, nogil=True)
def _pairwise(a, lo, n, frames, sums):
    """numpy's pairwise sum of ``a[lo : lo + n]`` (``n >= 1``; ``@TYPE@_pairwise_sum``), in
    ``a``'s type: above 128 values, the sum of the first ``n2`` (half, less its remainder by 8)
    and of the rest. Its recursion is walked with a stack (``frames``: start, length, stage;
    ``sums``: the halves' sums; a recursive kernel does not load from numba's cache)."""
    if n <= _BLOCKSIZE:
        return _block(a, lo, n)
    top = 1
    frames[0, 0] = lo
    frames[0, 1] = n
    frames[0, 2] = 0
    done = 0
    while top:
        f = top - 1
        start = frames[f, 0]
        size = frames[f, 1]
        if size <= _BLOCKSIZE:
            sums[done] = _block(a, start, size)
            done += 1
            top -= 1
        elif frames[f, 2] == 0:
            frames[f, 2] = 1
            half = size // 2
            half -= half % 8
            frames[top, 0] = start + half  # the second half, summed after the first
            frames[top, 1] = size - half
            frames[top, 2] = 0
            frames[top + 1, 0] = start
            frames[top + 1, 1] = half
            frames[top + 1, 2] = 0
            top += 2
        else:  # both halves summed: the first's sum, then the second's
            sums[done - 2] = sums[done - 2] + sums[done - 1]
            done -= 1
            top -= 1
    return sums[0]


@numba.njit(cache=_CACHE, nogil=True)
def pair_dots(
    xptr, xind, xdata, r, yptr, yind, ydata, c, order, lo, hi, flip, dense, kept, frames, sums, out
):
    """``out[order[i]]`` for ``i`` in ``lo:hi``: the dot product of row ``r[p]`` of X with row
    ``c[p]`` of Y (``p = order[i]``; ``order`` sorts ``c``), as ``similarity._looked_up`` gives it.
    ``dense`` (the products' type, Y's width, all zero) holds the current row of Y by column (a
    column given twice: the last value, as the numpy path's dense rows hold it) and is left all
    zero; ``kept`` (the products' type, at least the longest row of X), ``frames`` (int64, 128 by 3)
    and ``sums`` (the products' type, 128) are scratch."""
    current = -1
    for i in range(lo, hi):
        p = order[i]
        row = c[p]
        if row != current:
            if current >= 0:
                for e in range(yptr[current], yptr[current + 1]):
                    dense[yind[e]] = 0
            for e in range(yptr[row], yptr[row + 1]):
                dense[yind[e]] = ydata[e]
            current = row
        q = r[p]
        a = xptr[q]
        b = xptr[q + 1]
        m = 0
        if flip:
            for e in range(b - 1, a - 1, -1):
                v = xdata[e] * dense[xind[e]]
                if v != 0:
                    kept[m] = v
                    m += 1
        else:
            for e in range(a, b):
                v = xdata[e] * dense[xind[e]]
                if v != 0:
                    kept[m] = v
                    m += 1
        if m == 0:
            out[p] = 0.0
        elif m == 1:
            out[p] = kept[0]
        else:
            out[p] = kept[0] + _pairwise(kept, 1, m - 1, frames, sums)
    if current >= 0:
        for e in range(yptr[current], yptr[current + 1]):
            dense[yind[e]] = 0
