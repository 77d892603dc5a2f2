"""Time Antenne's full network analysis beside NetworkX on the same generated graph, in one run.

    python3 api/scripts/networkx/benchmark.py --nodes 10000 --edges 50000

writes a random network (G(n, m), fixed seed, tie strengths 1-5) as an edge-list CSV, runs
`pnpm antenne analyse` on it, times every metric of that command in NetworkX on the same graph,
runs `pnpm antenne analyse` again, and prints the figures and their ratio. Wall time and CPU time are both printed:
the machine may be shared, and NetworkX runs on one core, so its CPU time is close to what its wall
time would be on an idle machine; Antenne spreads its shortest-path searches over every core.

Options: --pivots K samples betweenness from K sources on both sides (NetworkX's `k`);
--skip-networkx times Antenne alone (for networks where NetworkX would take hours);
--threads N is passed to Antenne (default: every core); --timings prints Antenne's time per phase
(`analyse --timings`: parsing, graph building, each metric, each thread's searches, JSON);
--networkx-estimate-from K times NetworkX's
betweenness and closeness on K sources only and scales them by n/K (both cost the same per source),
for a machine too busy to wait for the full NetworkX run (the output says when it estimated).
"""

import argparse
import os
import re
import resource
import subprocess
import sys
import time

import networkx as nx

API_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def write_network(nodes, edges, seed, path):
    graph = nx.gnm_random_graph(nodes, edges, seed=seed)
    import random

    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        handle.write("source,target,weight\n")
        for u, v in graph.edges():
            weight = rng.randint(1, 5)
            graph[u][v]["weight"] = weight
            handle.write(f"p{u},p{v},{weight}\n")
    # The CSV has no isolated nodes; analyse the same network NetworkX-side.
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    return graph


def time_networkx(graph, pivots, seed, estimate_from=None):
    # With estimate_from=K, betweenness and closeness (each a search from every node, nearly all of
    # NetworkX's time) are timed on K sources and scaled by n/K: their cost is linear in the sources.
    n = graph.number_of_nodes()
    scale = 1.0 if estimate_from is None else n / estimate_from
    sources = None if estimate_from is None else list(graph)[:estimate_from]

    def betweenness():
        if estimate_from is not None:
            return nx.betweenness_centrality_subset(graph, sources, list(graph))
        if pivots is None:
            return nx.betweenness_centrality(graph)
        return nx.betweenness_centrality(graph, k=pivots, seed=seed)

    def closeness():
        if sources is None:
            return nx.closeness_centrality(graph)
        return [nx.closeness_centrality(graph, u=u) for u in sources]

    steps = [
        ("degree", lambda: dict(graph.degree(weight="weight"))),
        ("betweenness", betweenness),
        ("closeness", closeness),
        ("pagerank", lambda: nx.pagerank(graph, weight="weight")),
        ("eigenvector", lambda: nx.eigenvector_centrality(graph, weight="weight")),
        ("constraint", lambda: nx.constraint(graph, weight="weight")),
        ("effective size", lambda: nx.effective_size(graph, weight="weight")),
        ("core number", lambda: nx.core_number(graph)),
        (
            "louvain",
            lambda: nx.community.modularity(
                graph,
                nx.community.louvain_communities(graph, weight="weight", seed=seed),
                weight="weight",
            ),
        ),
        ("bridges", lambda: list(nx.bridges(graph))),
        ("articulation points", lambda: list(nx.articulation_points(graph))),
    ]
    wall_total = 0.0
    cpu_total = 0.0
    for name, step in steps:
        wall = time.perf_counter()
        cpu = time.process_time()
        step()
        cpu = time.process_time() - cpu
        wall = time.perf_counter() - wall
        if name in ("betweenness", "closeness") and scale != 1.0:
            cpu *= scale
            wall *= scale
            name = f"{name} (est.)"
        wall_total += wall
        cpu_total += cpu
        print(f"  {name:20s} wall {wall:8.2f} s  cpu {cpu:8.2f} s", flush=True)
    label = "" if scale == 1.0 else f" (betweenness and closeness estimated from {estimate_from} sources)"
    print(f"NetworkX {nx.__version__}{label}: wall {wall_total:.2f} s, cpu {cpu_total:.2f} s", flush=True)
    return wall_total, cpu_total


def time_antenne(csv_path, out_path, pivots, seed, threads, timings=False):
    command = ["node", "--import", "tsx", "src/cli/main.ts", "analyse", csv_path, "--out", out_path]
    command += ["--seed", str(seed)]
    if timings:
        command += ["--timings"]
    if pivots is not None:
        command += ["--pivots", str(pivots)]
    if threads is not None:
        command += ["--threads", str(threads)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.perf_counter()
    done = subprocess.run(command, cwd=API_DIR, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(done.stdout.strip(), flush=True)
    if timings:
        print(done.stderr.strip(), flush=True)
    match = re.search(r"in ([0-9.]+) s", done.stdout)
    analysis = float(match.group(1)) if match else float("nan")
    print(
        f"Antenne: analysis wall {analysis:.2f} s; whole command (start, read CSV, analyse, write JSON)"
        f" wall {wall:.2f} s, cpu {cpu:.2f} s on {os.cpu_count()} cores",
        flush=True,
    )
    return analysis, wall, cpu


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--edges", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--csv", default="/tmp/antenne-bench-network.csv")
    parser.add_argument("--out", default="/tmp/antenne-bench-metrics.json")
    parser.add_argument("--pivots", type=int, default=None)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--skip-networkx", action="store_true")
    parser.add_argument("--networkx-estimate-from", type=int, default=None)
    parser.add_argument("--timings", action="store_true")
    args = parser.parse_args()
    graph = write_network(args.nodes, args.edges, args.seed, args.csv)
    print(f"wrote {args.csv}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} ties")
    print(f"load average before: {os.getloadavg()}", flush=True)
    # Antenne is timed before and after NetworkX (which takes minutes to hours), so that a burst of
    # load from other work on a shared machine shows as a difference between the two; the ratio
    # uses the faster of the two.
    antenne = lambda: time_antenne(  # noqa: E731
        os.path.abspath(args.csv), os.path.abspath(args.out), args.pivots, 1, args.threads, args.timings
    )
    runs = [antenne()]
    print(f"load average: {os.getloadavg()}", flush=True)
    networkx = (
        None
        if args.skip_networkx
        else time_networkx(graph, args.pivots, 1, args.networkx_estimate_from)
    )
    if networkx is not None:
        print(f"load average: {os.getloadavg()}", flush=True)
        runs.append(antenne())
    analysis, wall, cpu = min(runs)
    print(f"load average after: {os.getloadavg()}")
    if networkx is not None:
        nx_wall, nx_cpu = networkx
        print(
            f"ratio NetworkX / Antenne: wall {nx_wall / analysis:.1f}x (analysis), "
            f"{nx_wall / wall:.1f}x (whole command); NetworkX cpu / Antenne analysis wall "
            f"{nx_cpu / analysis:.1f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
