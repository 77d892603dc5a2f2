"""Time NetworkX or python-igraph on the graph Antenne analysed (pnpm bench writes it as a CSV).

    python peers.py --edges graph.csv --lib networkx --pivots 0 --max-sources 500

Prints one JSON object: seconds per metric (degree, betweenness, closeness, pagerank, eigenvector,
core number, louvain), the graph build, the total and the peak RSS. Betweenness uses `--pivots`
sampled sources like Antenne does above 20,000 nodes (0 = exact). A path metric whose number of
sources exceeds `--max-sources` is timed on that many sources and scaled linearly to the full
count (reported with "extrapolated": true), so NetworkX at 100,000 nodes finishes in minutes.
"""

import argparse
import csv
import json
import random
import resource
import sys
import time


def read_edges(path):
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        return [(row[0], row[1], float(row[2])) for row in reader]


def read_nodes(path):
    with open(path, encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip()]


def timed(work):
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def run_networkx(nodes, edges, pivots, max_sources, seed):
    import networkx as nx

    metrics = {}
    graph = nx.Graph()
    build = timed(lambda: (graph.add_nodes_from(nodes), graph.add_weighted_edges_from(edges)))
    n = graph.number_of_nodes()
    rng = random.Random(seed)
    metrics["degree"] = {"seconds": timed(lambda: dict(graph.degree(weight="weight")))}
    sources = pivots if 0 < pivots < n else n
    used = min(sources, max_sources)
    if used == n:
        seconds = timed(lambda: nx.betweenness_centrality(graph))
    else:
        seconds = timed(lambda: nx.betweenness_centrality(graph, k=used, seed=seed))
    metrics["betweenness"] = {
        "seconds": seconds * sources / used,
        "extrapolated": used < sources,
        "sources": sources,
        "timedSources": used,
    }
    used = min(n, max_sources)
    if used == n:
        seconds = timed(lambda: nx.closeness_centrality(graph))
    else:
        sample = rng.sample(list(graph.nodes()), used)
        seconds = timed(lambda: [nx.closeness_centrality(graph, u=node) for node in sample])
    metrics["closeness"] = {
        "seconds": seconds * n / used,
        "extrapolated": used < n,
        "sources": n,
        "timedSources": used,
    }
    metrics["pagerank"] = {"seconds": timed(lambda: nx.pagerank(graph, weight="weight"))}
    metrics["eigenvector"] = {
        "seconds": timed(lambda: nx.eigenvector_centrality(graph, weight="weight", max_iter=1000))
    }
    metrics["core number"] = {"seconds": timed(lambda: nx.core_number(graph))}
    metrics["louvain"] = {
        "seconds": timed(
            lambda: nx.community.louvain_communities(graph, weight="weight", seed=seed)
        )
    }
    return nx.__version__, build, n, graph.number_of_edges(), metrics


def run_igraph(nodes, edges, pivots, max_sources, seed):
    import igraph as ig

    metrics = {}
    holder = {}

    def build_graph():
        index = {node: i for i, node in enumerate(nodes)}
        graph = ig.Graph(n=len(nodes), edges=[(index[a], index[b]) for a, b, _ in edges])
        graph.es["weight"] = [w for _, _, w in edges]
        holder["graph"] = graph

    build = timed(build_graph)
    graph = holder["graph"]
    n = graph.vcount()
    rng = random.Random(seed)
    metrics["degree"] = {"seconds": timed(lambda: graph.strength(weights="weight"))}
    sources = pivots if 0 < pivots < n else n
    used = min(sources, max_sources)
    if used == n:
        seconds = timed(lambda: graph.betweenness(directed=False))
    else:
        picked = rng.sample(range(n), used)
        seconds = timed(lambda: graph.betweenness(directed=False, sources=picked))
    metrics["betweenness"] = {
        "seconds": seconds * sources / used,
        "extrapolated": used < sources,
        "sources": sources,
        "timedSources": used,
    }
    used = min(n, max_sources)
    if used == n:
        seconds = timed(lambda: graph.closeness())
    else:
        picked = rng.sample(range(n), used)
        seconds = timed(lambda: graph.closeness(vertices=picked))
    metrics["closeness"] = {
        "seconds": seconds * n / used,
        "extrapolated": used < n,
        "sources": n,
        "timedSources": used,
    }
    metrics["pagerank"] = {"seconds": timed(lambda: graph.pagerank(weights="weight"))}
    metrics["eigenvector"] = {
        "seconds": timed(lambda: graph.eigenvector_centrality(weights="weight"))
    }
    metrics["core number"] = {"seconds": timed(lambda: graph.coreness())}
    metrics["louvain"] = {"seconds": timed(lambda: graph.community_multilevel(weights="weight"))}
    return ig.__version__, build, n, graph.ecount(), metrics


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--edges", required=True)
    parser.add_argument("--nodes", required=True)
    parser.add_argument("--lib", choices=["networkx", "igraph"], required=True)
    parser.add_argument("--pivots", type=int, default=0)
    parser.add_argument("--max-sources", type=int, default=1_000_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    nodes = read_nodes(args.nodes)
    edges = read_edges(args.edges)
    run = run_networkx if args.lib == "networkx" else run_igraph
    version, build, n, m, metrics = run(nodes, edges, args.pivots, args.max_sources, args.seed)
    total = sum(metric["seconds"] for metric in metrics.values())
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    json.dump(
        {
            "library": args.lib,
            "version": version,
            "python": sys.version.split()[0],
            "nodes": n,
            "edges": m,
            "buildSeconds": build,
            "metrics": metrics,
            "totalSeconds": total,
            "peakRssMiB": round(peak_kib / 1024, 1),
        },
        sys.stdout,
    )
    print()


if __name__ == "__main__":
    main()
