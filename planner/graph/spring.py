"""Fruchterman-Reingold spring positions with numpy alone (no scipy).

``networkx.spring_layout(g, method="force")`` runs a dense numpy version of
the algorithm below 500 nodes and switches to a scipy.sparse version from
500 on (slower here: it loops over the nodes in Python, and it makes scipy a
dependency of the packaged app for big maps only). :func:`spring_positions`
is networkx's dense version for every size, computed in blocks of rows so
that memory stays bounded for big maps: for the same graph, seed and
iterations it gives networkx's dense result (``tests/test_graph_layout.py``
checks this), so maps under 500 people look exactly as before.

Algorithm and constants from networkx's ``_fruchterman_reingold`` (BSD-3).
"""

from __future__ import annotations

from typing import Hashable

import networkx as nx
import numpy as np

#: rows of the distance matrix handled at once (memory about BLOCK * n * 40 bytes)
BLOCK = 256


def spring_positions(g: nx.Graph, seed: int = 7, iterations: int = 50, weight: str = "weight",
                     threshold: float = 1e-4) -> dict[Hashable, tuple[float, float]]:
    """Node -> (x, y) in [-1, 1]², centred; stronger (heavier) edges pull harder."""
    nodes = list(g)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    a = nx.to_numpy_array(g, nodelist=nodes, weight=weight)
    pos = np.random.RandomState(seed).rand(n, 2).astype(a.dtype)
    k = np.sqrt(1.0 / n)  # optimal distance between nodes
    t = max(np.ptp(pos[:, 0]), np.ptp(pos[:, 1])) * 0.1  # largest step: a tenth of the domain
    dt = t / (iterations + 1)  # linear cooling
    displacement = np.empty_like(pos)
    for _ in range(iterations):
        for start in range(0, n, BLOCK):
            rows = slice(start, min(start + BLOCK, n))
            delta = pos[rows, np.newaxis, :] - pos[np.newaxis, :, :]
            distance = np.linalg.norm(delta, axis=-1)
            np.clip(distance, 0.01, None, out=distance)
            displacement[rows] = np.einsum("ijk,ij->ik", delta, k * k / distance**2 - a[rows] * distance / k)
        length = np.clip(np.linalg.norm(displacement, axis=-1), 0.01, None)
        delta_pos = np.einsum("ij,i->ij", displacement, t / length)
        pos += delta_pos
        t -= dt
        if np.linalg.norm(delta_pos) / n < threshold:
            break
    pos -= pos.mean(axis=0)  # networkx's rescale_layout(scale=1)
    lim = np.abs(pos).max()
    if lim > 0:
        pos *= 1 / lim
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, pos)}
