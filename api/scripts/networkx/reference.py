"""Write the NetworkX reference fixtures that the analytics unit tests compare against.

Run from the repository root:
    pip install -r api/scripts/networkx/requirements.txt
    python3 api/scripts/networkx/reference.py

Each fixture holds the graph (nodes and edges, so the TypeScript side analyses exactly the same
network) and every metric as NetworkX computes it with its defaults. "unweighted" ignores edge
weights (weight=None everywhere); "weighted" uses the edge attribute `weight` where the NetworkX
function accepts one. Path metrics (betweenness, closeness) are always hop counts, because in
Antenne a weight is a tie strength, not a distance.
"""

import json
import math
import pathlib

import networkx as nx

OUT = pathlib.Path(__file__).resolve().parents[2] / "src" / "analytics" / "__fixtures__"
LOUVAIN_SEEDS = range(20)


def clean(value):
    """JSON has no NaN: NetworkX marks undefined values (isolated nodes) with NaN, we write null."""
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def per_node(graph, values):
    return {str(node): clean(float(values[node])) for node in graph}


def best_louvain_modularity(graph, weight):
    best = -1.0
    for seed in LOUVAIN_SEEDS:
        communities = nx.community.louvain_communities(graph, weight=weight, seed=seed)
        best = max(best, nx.community.modularity(graph, communities, weight=weight))
    return best


def link_prediction(graph, pairs):
    rows = []
    for (u, v), (_, _, jac), (_, _, aa), (_, _, ra) in zip(
        pairs,
        nx.jaccard_coefficient(graph, pairs),
        nx.adamic_adar_index(graph, pairs),
        nx.resource_allocation_index(graph, pairs),
    ):
        rows.append(
            {
                "pair": [str(u), str(v)],
                "commonNeighbours": len(list(nx.common_neighbors(graph, u, v))),
                "jaccard": jac,
                "adamicAdar": aa,
                "resourceAllocation": ra,
            }
        )
    return rows


def unweighted_metrics(graph):
    return {
        "degree": {str(n): d for n, d in graph.degree()},
        "betweenness": per_node(graph, nx.betweenness_centrality(graph)),
        "closeness": per_node(graph, nx.closeness_centrality(graph)),
        "pagerank": per_node(graph, nx.pagerank(graph, weight=None)),
        "eigenvector": per_node(graph, nx.eigenvector_centrality(graph)),
        "coreNumber": {str(n): c for n, c in nx.core_number(graph).items()},
        "constraint": per_node(graph, nx.constraint(graph)),
        "effectiveSize": per_node(graph, nx.effective_size(graph)),
        "bestLouvainModularity": best_louvain_modularity(graph, None),
    }


def weighted_metrics(graph):
    return {
        "weightedDegree": {str(n): float(d) for n, d in graph.degree(weight="weight")},
        "pagerank": per_node(graph, nx.pagerank(graph, weight="weight")),
        "eigenvector": per_node(graph, nx.eigenvector_centrality(graph, weight="weight")),
        "constraint": per_node(graph, nx.constraint(graph, weight="weight")),
        # Passing `nodes` selects NetworkX's per-node loop, which is Burt's formula as NetworkX
        # documents it. With nodes=None and SciPy installed, NetworkX 3.6 takes a sparse-matrix
        # shortcut whose row-max normalisation broadcasts along the wrong axis, so weighted
        # effective sizes differ from its own formula (karate node 0: 13.954 vs 13.775).
        "effectiveSize": per_node(
            graph, nx.effective_size(graph, nodes=list(graph), weight="weight")
        ),
        "bestLouvainModularity": best_louvain_modularity(graph, "weight"),
    }


def fixture(name, description, graph, with_link_prediction=True):
    weighted = all("weight" in data for _, _, data in graph.edges(data=True))
    edges = [
        [str(u), str(v), float(data["weight"])] if weighted else [str(u), str(v)]
        for u, v, data in graph.edges(data=True)
    ]
    bridges = sorted(sorted([str(u), str(v)]) for u, v in nx.bridges(graph))
    result = {
        "name": name,
        "description": description,
        "networkx": nx.__version__,
        "nodes": [str(n) for n in graph],
        "edges": edges,
        "bridges": bridges,
        "articulationPoints": sorted(str(n) for n in nx.articulation_points(graph)),
        "unweighted": unweighted_metrics(graph),
    }
    if weighted:
        result["weighted"] = weighted_metrics(graph)
    if with_link_prediction:
        # Every pair that is not yet linked: exactly what NetworkX scores when no pairs are given.
        pairs = sorted(nx.non_edges(graph), key=lambda p: (str(p[0]), str(p[1])))
        result["linkPrediction"] = link_prediction(graph, pairs)
    path = OUT / f"{name}.json"
    path.write_text(json.dumps(result, indent=1, allow_nan=False) + "\n", encoding="utf-8")
    print(f"wrote {path} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)")


def disconnected_graph():
    """A made-up network with three components and an isolated node, so the tests exercise the
    Wasserman-Faust closeness correction, NaN constraint, bridges and articulation points."""
    graph = nx.Graph()
    graph.add_edges_from(nx.florentine_families_graph().edges())
    graph.add_edges_from([("p1", "p2"), ("p2", "p3"), ("p3", "p4")])  # a path: all bridges
    graph.add_edges_from([("hub", f"leaf{i}") for i in range(4)])  # a star
    graph.add_edges_from([("t1", "t2"), ("t2", "t3"), ("t3", "t1"), ("t3", "hub")])
    graph.add_node("alone")
    return graph


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    fixture(
        "karate",
        "Zachary's karate club; edge weights are the interaction counts NetworkX ships.",
        nx.karate_club_graph(),
    )
    fixture(
        "florentine",
        "Padgett's Florentine families (marriage ties), as in networkx.florentine_families_graph.",
        nx.florentine_families_graph(),
    )
    fixture(
        "lesmis",
        "Co-appearance of characters in Les Miserables, weighted by the number of co-appearances.",
        nx.les_miserables_graph(),
        with_link_prediction=False,
    )
    fixture(
        "disconnected",
        "Florentine families plus a path, a star joined to a triangle and an isolated node.",
        disconnected_graph(),
    )


if __name__ == "__main__":
    main()
