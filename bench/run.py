"""`make bench`: speed and memory of personae on LitBank's full original texts (never the test fold).

Measures, each part in its own process so that timings and memory do not mix:
  throughput  words/s of `analyze_text` and of the bare spaCy pipeline (the same loaded
              model called on the same chunks, one by one), on one core, interleaved; their ratio.
  growth      time(4x text) / time(1x text) for analyze on one core (cost growth).
              Both count the process's CPU seconds: the machine is shared, and CPU time
              is what a busy neighbour does not inflate (wall seconds are reported too).
  memory      peak RSS of analysing the longest development-fold original text in one go.
  corpus      wall time of `personae read` on a small corpus with --jobs 1 and --jobs 2,
              beside what the machine allowed at that moment: the speed-up of two plain
              CPU-bound processes over one (on a shared machine it can be far below 2).
Writes bench/results.json and bench/results.md. Usage: python bench/run.py [--litbank PATH] [--quick]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ONE_CORE_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
HERE = Path(__file__).resolve().parent
DEFAULT_LITBANK = HERE.parent.parent / "shared" / "data" / "litbank"
BARS = {"throughput_ratio": (">=", 0.7), "corpus_speedup_2_jobs": (">=", 1.6), "peak_rss_mb": ("<", 2048),
        "growth_ratio_4x": ("<=", 4.4)}


def dev_fold(folder: Path) -> list[Path]:
    """Original texts outside the test fold (whose number ends in 0 or 5), longest first."""
    texts = [p for p in folder.glob("*.txt") if int(p.name.split("_", 1)[0]) % 5 != 0]
    return sorted(texts, key=lambda p: -p.stat().st_size)


def words(text: str) -> int:
    return len(text.split())


def pin_to_one_core() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


# ---- parts, each run in a child process: `python bench/run.py --part NAME ...`


def part_throughput(path: Path, chars: int, rounds: int) -> dict:
    from personae import analyze_text
    from personae.nlp.base import chunk_bounds, load_pipeline

    pin_to_one_core()
    text = path.read_text("utf-8")[:chars]
    nlp = load_pipeline()
    chunks = [text[a:b] for a, b in chunk_bounds(text)]
    analyze_text(text[:5000])
    bare_times, full_times, wall_ratios = [], [], []
    for _ in range(rounds):
        bare, bare_wall = timed(lambda: [nlp(chunk) for chunk in chunks])
        full, full_wall = timed(lambda: analyze_text(text))
        bare_times.append(bare)
        full_times.append(full)
        wall_ratios.append(bare_wall / full_wall)
    n = words(text)
    ratios = [b / f for b, f in zip(bare_times, full_times)]
    return {"words": n, "bare_words_per_s": n / statistics.median(bare_times),
            "analyze_words_per_s": n / statistics.median(full_times), "throughput_ratio": statistics.median(ratios),
            "ratio_min": min(ratios), "ratio_max": max(ratios), "wall_ratio": statistics.median(wall_ratios),
            "rounds": rounds}


def timed(work) -> tuple[float, float]:
    """CPU seconds and wall seconds of work()."""
    cpu, wall = time.process_time(), time.perf_counter()
    work()
    return time.process_time() - cpu, time.perf_counter() - wall


def part_growth(path: Path, chars: int, rounds: int) -> dict:
    from personae import analyze_text

    pin_to_one_core()
    text = path.read_text("utf-8")[:chars]
    quarter = text[:len(text) // 4]
    analyze_text(quarter[:5000])
    ratios, wall_ratios, times_1x, times_4x = [], [], [], []
    for _ in range(rounds):
        t1, w1 = timed(lambda: analyze_text(quarter))
        t4, w4 = timed(lambda: analyze_text(text))
        times_1x.append(t1)
        times_4x.append(t4)
        ratios.append(t4 / t1)
        wall_ratios.append(w4 / w1)
    return {"chars_1x": len(quarter), "chars_4x": len(text), "seconds_1x": statistics.median(times_1x),
            "seconds_4x": statistics.median(times_4x), "growth_ratio_4x": statistics.median(ratios),
            "ratio_min": min(ratios), "ratio_max": max(ratios), "wall_ratio": statistics.median(wall_ratios),
            "rounds": rounds}


def part_memory(path: Path) -> dict:
    from personae import analyze

    pin_to_one_core()
    cpu, wall = time.process_time(), time.perf_counter()
    doc = analyze(path)
    return {"seconds": time.perf_counter() - wall, "cpu_seconds": time.process_time() - cpu, "chars": len(doc.text), "words": words(doc.text),
            "entities": len(doc.entities)}


PARTS = {"throughput": part_throughput, "growth": part_growth, "memory": part_memory}


def run_part(name: str, **kwargs) -> dict:
    """Run a part in a fresh one-core process; its result plus the child's peak RSS."""
    env = {**os.environ, **ONE_CORE_ENV}
    proc = subprocess.Popen([sys.executable, __file__, "--part", name, "--args", json.dumps(kwargs)],
                            stdout=subprocess.PIPE, env=env, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"bench part {name} failed (status {status})")
    result = json.loads(out)
    result["peak_rss_mb"] = usage.ru_maxrss / 1024   # Linux reports KiB
    return result


def _spin(_: int) -> float:
    """A fixed amount of pure-Python CPU work."""
    total = 0
    for i in range(15_000_000):
        total += i
    return total


def machine_parallelism() -> float:
    """Wall time of one spin over that of two spins in two processes, times two (2.0 on two free cores)."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    walls = {}
    for n in (1, 2):
        with context.Pool(n) as pool:
            start = time.perf_counter()
            pool.map(_spin, range(n))
            walls[n] = time.perf_counter() - start
    return 2 * walls[1] / walls[2]


def corpus_speedup(texts: list[Path], chars: int, rounds: int) -> dict:
    """`personae read` of the same corpus with 1 and 2 jobs (whole commands, fresh databases)."""
    personae = [sys.executable, "-m", "personae.cli", "read"]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for n, path in enumerate(texts, 1):
            text = path.read_text("utf-8")[:chars]
            (corpus / f"chapter_{n:03d}.txt").write_text(text, "utf-8")
        times: dict[int, list[float]] = {1: [], 2: []}
        cpu: dict[int, list[float]] = {1: [], 2: []}
        parallelism = []
        for r in range(rounds):
            parallelism.append(machine_parallelism())
            for jobs in (1, 2):
                db = Path(tmp) / f"j{jobs}_{r}.db"
                start = time.perf_counter()
                proc = subprocess.Popen(personae + [str(corpus), "--db", str(db), "--jobs", str(jobs)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        env={**os.environ, **ONE_CORE_ENV})
                _, status, usage = os.wait4(proc.pid, 0)
                if status != 0:
                    raise SystemExit(f"personae read --jobs {jobs} failed (status {status})")
                times[jobs].append(time.perf_counter() - start)
                cpu[jobs].append(usage.ru_utime + usage.ru_stime)   # the workers' CPU included
        total = sum(len(p.read_text("utf-8")) for p in corpus.iterdir())
    ratios = [a / b for a, b in zip(times[1], times[2])]
    return {"documents": len(texts), "chars": total, "seconds_1_job": statistics.median(times[1]),
            "seconds_2_jobs": statistics.median(times[2]), "corpus_speedup_2_jobs": statistics.median(ratios),
            "ratio_min": min(ratios), "ratio_max": max(ratios), "rounds": rounds, "cores": len(os.sched_getaffinity(0)),
            "cpu_seconds_1_job": statistics.median(cpu[1]), "cpu_seconds_2_jobs": statistics.median(cpu[2]),
            "load_average": os.getloadavg()[0], "machine_parallelism": statistics.median(parallelism),
            "projected_speedup_2_free_cores": 2 * statistics.median(cpu[1]) / statistics.median(cpu[2])}


def verdicts(results: dict) -> dict:
    flat = {k: v for part in results.values() if isinstance(part, dict) for k, v in part.items()}
    flat["peak_rss_mb"] = results["memory"]["peak_rss_mb"]
    ops = {">=": float.__ge__, "<": float.__lt__, "<=": float.__le__}
    return {name: {"value": round(flat[name], 3), "bar": f"{op} {bar}", "met": ops[op](float(flat[name]), float(bar))}
            for name, (op, bar) in BARS.items()}


def report(results: dict) -> str:
    t, g, m, c = results["throughput"], results["growth"], results["memory"], results["corpus"]
    lines = [
        "# personae benchmarks", "",
        f"Run {results['when']} on {results['machine']} (`make bench`; LitBank original texts, development fold only).",
        "Timings are medians of interleaved runs; min–max of the ratios in brackets.", "",
        "| measure | result | bar | met |", "| --- | --- | --- | --- |",
    ]
    for name, v in results["verdicts"].items():
        lines.append(f"| {name} | {v['value']} | {v['bar']} | {'yes' if v['met'] else 'NO'} |")
    lines += [
        "", "## Details", "",
        f"- Throughput, one core ({t['source']}, {t['words']:,} words, {t['rounds']} rounds): analyze "
        f"{t['analyze_words_per_s']:,.0f} words/s, bare spaCy pipeline {t['bare_words_per_s']:,.0f} words/s, "
        f"ratio {t['throughput_ratio']:.2f} [{t['ratio_min']:.2f}–{t['ratio_max']:.2f}] in CPU seconds, "
        f"{t['wall_ratio']:.2f} in wall seconds.",
        f"- Cost growth, one core ({g['source']}): {g['chars_1x']:,} chars in {g['seconds_1x']:.1f} s, "
        f"{g['chars_4x']:,} chars in {g['seconds_4x']:.1f} s; time(4x)/time(1x) = {g['growth_ratio_4x']:.2f} "
        f"[{g['ratio_min']:.2f}–{g['ratio_max']:.2f}] in CPU seconds ({g['wall_ratio']:.2f} in wall seconds).",
        f"- Memory: {m['source']} ({m['chars']:,} chars, {m['words']:,} words) analysed in one go in "
        f"{m['seconds']:.0f} s ({m['cpu_seconds']:.0f} CPU s) on one core; peak RSS {m['peak_rss_mb']:,.0f} MB.",
        f"- Corpus ingest: {c['documents']} documents, {c['chars']:,} chars; `personae read --jobs 1` "
        f"{c['seconds_1_job']:.1f} s, `--jobs 2` {c['seconds_2_jobs']:.1f} s (whole commands, model loading "
        f"included); speed-up {c['corpus_speedup_2_jobs']:.2f} [{c['ratio_min']:.2f}–{c['ratio_max']:.2f}] "
        f"on {c['cores']} cores shared with other work (load average {c['load_average']:.1f} at the end). "
        f"CPU seconds, workers included: {c['cpu_seconds_1_job']:.0f} with one job, {c['cpu_seconds_2_jobs']:.0f} "
        f"with two. Two plain CPU-bound processes ran {c['machine_parallelism']:.2f}x faster than one "
        f"on this machine at the time (2.00 on two free cores); from the CPU seconds, two free cores "
        f"would give about {c['projected_speedup_2_free_cores']:.2f}x.",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--litbank", type=Path, default=DEFAULT_LITBANK)
    parser.add_argument("--quick", action="store_true", help="Smaller texts and fewer rounds (a smoke test).")
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--part", choices=PARTS, help=argparse.SUPPRESS)
    parser.add_argument("--args", default="{}", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part:
        kwargs = json.loads(args.args)
        if "path" in kwargs:
            kwargs["path"] = Path(kwargs["path"])
        print(json.dumps(PARTS[args.part](**kwargs)))
        return
    texts = dev_fold(args.litbank / "original")
    if not texts:
        raise SystemExit(f"no LitBank original texts under {args.litbank}")
    scale = 0.2 if args.quick else 1.0
    rounds = 1 if args.quick else 3
    sample_book = texts[len(texts) // 4]                 # a long-ish novel, not the longest
    results: dict = {"when": time.strftime("%Y-%m-%d %H:%M"),
                     "machine": f"{platform.machine()}, {os.cpu_count()} cores (shared), Python "
                                f"{platform.python_version()}"}
    print("throughput ...", file=sys.stderr)
    results["throughput"] = {**run_part("throughput", path=str(sample_book), chars=int(80_000 * scale),
                                      rounds=rounds),
                             "source": sample_book.name}
    print("growth ...", file=sys.stderr)
    results["growth"] = {**run_part("growth", path=str(sample_book), chars=int(200_000 * scale),
                                  rounds=max(2, rounds - 1)),
                         "source": sample_book.name}
    print("memory ...", file=sys.stderr)
    longest = texts[-1] if args.quick else texts[0]
    results["memory"] = {**run_part("memory", path=str(longest)), "source": longest.name}
    print("corpus ...", file=sys.stderr)
    results["corpus"] = corpus_speedup(texts[5:13], int(30_000 * scale), rounds=max(1, rounds - 1))
    results["verdicts"] = verdicts(results)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=1) + "\n", "utf-8")
    (args.out / "results.md").write_text(report(results), "utf-8")
    print(report(results))


if __name__ == "__main__":
    main()
