"""The compiled loops of :mod:`elznet.analysis.sampling` (numba).

Imported only when a network is past the sampling threshold, so ``import elznet`` never
loads numba. The functions are module-level so numba caches their machine code on disk
(``cache=True``), including the helpers :func:`sample_paths` calls: a second process
loads them instead of compiling again.
"""

import numpy as np
from numba import njit


@njit(cache=True)
def grow(ptr, idx, dist, sig, seen, f0, f1, n_seen, other_dist, other_sig, meet, meet_w):  # pragma: no cover
    """Grow one ball by a level (arcs ``ptr``/``idx``: out of s, or into t) and list
    where it meets the other ball, each meeting node weighted by the shortest paths
    through it; returns the new frontier, its degree, the arcs scanned and the meetings."""
    deg = 0
    arcs = 0
    for j in range(f0, f1):
        x = seen[j]
        dx = dist[x] + 1
        arcs += ptr[x + 1] - ptr[x]
        for e in range(ptr[x], ptr[x + 1]):
            y = idx[e]
            if dist[y] < 0:
                dist[y] = dx
                sig[y] = sig[x]
                seen[n_seen] = y
                n_seen += 1
                deg += ptr[y + 1] - ptr[y]
            elif dist[y] == dx:
                sig[y] += sig[x]
    n_meet = 0
    total = 0.0
    for j in range(f1, n_seen):
        y = seen[j]
        if other_dist[y] >= 0:
            w = sig[y] * other_sig[y]
            meet[n_meet] = y
            meet_w[n_meet] = w
            total += w
            n_meet += 1
    return f1, n_seen, deg, arcs, n_meet, total


@njit(cache=True)
def walk(y, end, ptr, idx, dist, sig, counts):  # pragma: no cover
    """From the meeting node ``y`` back to the ball's centre ``end``, each step to a
    neighbour one level closer (arcs ``ptr``/``idx`` into the ball) in proportion to
    its shortest paths; every inner node passed counts once."""
    x = y
    while dist[x] > 0:
        u = np.random.random() * sig[x]
        acc = 0.0
        z = -1
        for e in range(ptr[x], ptr[x + 1]):
            c = idx[e]
            if dist[c] == dist[x] - 1:
                acc += sig[c]
                z = c
                if acc > u:
                    break
        x = z
        if x != end:
            counts[x] += 1


@njit(cache=True)
def sample_paths(out_ptr, out_idx, in_ptr, in_idx, comp, sources, targets, seed, counts, work):  # pragma: no cover
    n = len(out_ptr) - 1
    arcs = 0
    np.random.seed(seed)
    dist_s = np.full(n, -1, np.int32)
    dist_t = np.full(n, -1, np.int32)
    sig_s = np.zeros(n)
    sig_t = np.zeros(n)
    seen_s = np.empty(n, np.int64)
    seen_t = np.empty(n, np.int64)
    meet = np.empty(n, np.int64)
    meet_w = np.empty(n)
    for i in range(len(sources)):
        s = sources[i]
        t = targets[i]
        if comp[s] != comp[t]:
            continue  # no path: the sample counts, no node lies inside it
        dist_s[s] = 0
        sig_s[s] = 1.0
        dist_t[t] = 0
        sig_t[t] = 1.0
        seen_s[0] = s
        seen_t[0] = t
        ns = 1
        nt = 1
        fs0, fs1, ft0, ft1 = 0, 1, 0, 1
        deg_s = out_ptr[s + 1] - out_ptr[s]
        deg_t = in_ptr[t + 1] - in_ptr[t]
        nmeet = 0
        total = 0.0
        while True:
            if deg_s <= deg_t:  # grow the ball around s by one level (arcs out)
                fs0, fs1, deg_s, scanned, nmeet, total = grow(out_ptr, out_idx, dist_s, sig_s, seen_s, fs0, fs1,
                                                              ns, dist_t, sig_t, meet, meet_w)
                ns = fs1
                arcs += scanned
                if nmeet > 0 or fs0 == fs1:
                    break
            else:  # grow the ball around t by one level (arcs in)
                ft0, ft1, deg_t, scanned, nmeet, total = grow(in_ptr, in_idx, dist_t, sig_t, seen_t, ft0, ft1,
                                                              nt, dist_s, sig_s, meet, meet_w)
                nt = ft1
                arcs += scanned
                if nmeet > 0 or ft0 == ft1:
                    break
        if nmeet > 0:
            # the meeting node, in proportion to the shortest paths through it
            u = np.random.random() * total
            acc = 0.0
            y = meet[nmeet - 1]
            for j in range(nmeet):
                acc += meet_w[j]
                if acc > u:
                    y = meet[j]
                    break
            if y != s and y != t:
                counts[y] += 1
            walk(y, s, in_ptr, in_idx, dist_s, sig_s, counts)  # back to s: predecessors z (arc z -> x)
            walk(y, t, out_ptr, out_idx, dist_t, sig_t, counts)  # on to t: successors z (arc x -> z)
        for j in range(ns):
            dist_s[seen_s[j]] = -1
            sig_s[seen_s[j]] = 0.0
        for j in range(nt):
            dist_t[seen_t[j]] = -1
            sig_t[seen_t[j]] = 0.0
    work[0] += arcs


@njit(cache=True)
def harmonic_sums(out_ptr, out_idx, sources, scale, sums):  # pragma: no cover
    n = len(out_ptr) - 1
    dist = np.full(n, -1, np.int32)
    queue = np.empty(n, np.int64)
    for i in range(len(sources)):
        s = sources[i]
        dist[s] = 0
        queue[0] = s
        head = 0
        tail = 1
        while head < tail:
            x = queue[head]
            head += 1
            dx = dist[x] + 1
            term = scale / dx
            for e in range(out_ptr[x], out_ptr[x + 1]):
                y = out_idx[e]
                if dist[y] < 0:
                    dist[y] = dx
                    queue[tail] = y
                    tail += 1
                    sums[0, y] += term
                    sums[1, y] += term * term
        for j in range(tail):
            dist[queue[j]] = -1
