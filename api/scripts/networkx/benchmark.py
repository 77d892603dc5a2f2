"""Time NetworkX on the same full analysis that `pnpm antenne analyse` runs.

    python3 api/scripts/networkx/benchmark.py --nodes 10000 --edges 50000 --csv /tmp/bench.csv
    time pnpm antenne analyse /tmp/bench.csv --out /tmp/bench-metrics.json

The first command writes a random network (G(n, m), fixed seed) as an edge-list CSV with tie
strengths 1-5 and prints NetworkX's wall time per metric and in total; the second times Antenne on
the very same file.
"""

import argparse
import csv
import random
import time

import networkx as nx


def write_network(nodes, edges, seed, path):
    graph = nx.gnm_random_graph(nodes, edges, seed=seed)
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "target", "weight"])
        for u, v in graph.edges():
            weight = rng.randint(1, 5)
            graph[u][v]["weight"] = weight
            writer.writerow([f"p{u}", f"p{v}", weight])
    # The CSV has no isolated nodes; analyse the same network NetworkX-side.
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    return graph


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--edges", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--csv", default="bench-network.csv")
    args = parser.parse_args()
    graph = write_network(args.nodes, args.edges, args.seed, args.csv)
    print(f"wrote {args.csv}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} ties")

    steps = [
        ("degree", lambda: dict(graph.degree(weight="weight"))),
        ("betweenness", lambda: nx.betweenness_centrality(graph)),
        ("closeness", lambda: nx.closeness_centrality(graph)),
        ("pagerank", lambda: nx.pagerank(graph, weight="weight")),
        ("eigenvector", lambda: nx.eigenvector_centrality(graph, weight="weight")),
        ("constraint", lambda: nx.constraint(graph, weight="weight")),
        ("effective size", lambda: nx.effective_size(graph, weight="weight")),
        ("core number", lambda: nx.core_number(graph)),
        (
            "louvain",
            lambda: nx.community.modularity(
                graph, nx.community.louvain_communities(graph, weight="weight", seed=1), weight="weight"
            ),
        ),
        ("bridges", lambda: list(nx.bridges(graph))),
        ("articulation points", lambda: list(nx.articulation_points(graph))),
    ]
    total = 0.0
    for name, step in steps:
        start = time.perf_counter()
        step()
        elapsed = time.perf_counter() - start
        total += elapsed
        print(f"  {name:20s} {elapsed:8.2f} s", flush=True)
    print(f"NetworkX {nx.__version__} total: {total:.2f} s")


if __name__ == "__main__":
    main()
