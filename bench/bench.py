#!/usr/bin/env python3
"""zhengfeng against Hugo on the generated benchmark corpus (`make bench`).

For each size (1,000 and 10,000 pages; add more with BENCH_PAGES=100000) it generates the
corpus with ../shared/bench/gen_corpus.py (once, under bench/corpus/, git-ignored), then
builds it BENCH_RUNS times (default 5) with zhengfeng (built-in theme), with zhengfeng using
Hugo's benchmark layouts (bench/hugo-layouts) and with Hugo, rotating which goes first, each
into an empty output folder, under /usr/bin/time -v. It prints the median wall time, peak
memory (RSS) and CPU time (user, system) of each, their ratios, and the floor:
`cmark --smart` over all pages concatenated. With the 10,000-page corpus it also measures
`zhengfeng serve`: the time from saving one page to its new HTML on disk.

Old output folders are moved aside, not deleted, until the end: on this machine's ext4 (no
journal) creating files within minutes of deleting many others is several times slower
(the kernel skips recently deleted inodes one by one), which would charge one tool for
the previous one's clean-up. When run as root, each run also starts after `sync` and
dropping the kernel's caches, with its own input read back in, so that the outputs set aside
do not fill memory (at 100,000 pages they reach several gigabytes).

Results: a Markdown table on standard output and in bench/results.md.
"""
import datetime
import functools
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("BENCH_SHARED", os.path.join(ROOT, "..", "shared", "bench"))
CORPUS = os.path.join(HERE, "corpus")
ZHENGFENG = os.environ.get("ZHENGFENG", os.path.join(ROOT, ".build", "release", "zhengfeng"))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
# The built-in theme's templates and assets, read by zhengfeng at run time.
THEME = os.path.join(os.path.dirname(ZHENGFENG), "zhengfeng_ZhengfengKit.resources")
# Every generated page is dated 2026; "now" is fixed after that so all pages are published,
# as Hugo's buildFuture = true does, and the output is reproducible.
EPOCH = "1798761600"  # 2027-01-01T00:00:00Z


def sizes():
    result = [1000, 10000]
    for word in os.environ.get("BENCH_PAGES", "").replace(",", " ").split():
        if int(word) not in result:
            result.append(int(word))
    return result


TRASH = os.path.join(CORPUS, ".trash")


def fresh_run(output, inputs):
    """Readies one run: moves its old output folder (if any) into the trash (emptied at the
    end, see the module doc); then, when allowed (root), writes dirty pages out and drops the
    kernel's caches, so that the outputs set aside so far do not crowd memory, and reads
    `inputs` (and the shared libraries of the executables among them) back in. Every run
    starts with its input cached and nothing else."""
    if output and os.path.isdir(output):
        os.makedirs(TRASH, exist_ok=True)
        os.rename(output, os.path.join(TRASH, f"{len(os.listdir(TRASH))}-{os.path.basename(output)}"))
    if os.geteuid() != 0:
        return
    subprocess.run(["sync"], check=True)
    with open("/proc/sys/vm/drop_caches", "w") as f:
        f.write("3\n")
    for root in inputs + [library for path in inputs for library in shared_libraries(path)]:
        if os.path.isfile(root):
            with open(root, "rb") as f:
                f.read()
            continue
        for base, _, files in os.walk(root):
            for name in files:
                with open(os.path.join(base, name), "rb") as f:
                    f.read()


def ready_rebuild(output, build):
    """Readies a rebuild run: the tool's output of an earlier build must be there (built now,
    untimed, when it is not); nothing is moved or dropped, as when an editor builds again."""
    if not os.path.isdir(output):
        build()


@functools.lru_cache(maxsize=None)
def shared_libraries(path):
    """The shared libraries an executable loads (zhengfeng's Swift runtime and Foundation), so
    that dropping the caches does not make one tool read them from disk; none for other files."""
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        return ()
    listing = subprocess.run(["ldd", path], capture_output=True, text=True).stdout
    return tuple(re.findall(r"=> (/\S+)", listing))


def generate(n):
    plain = os.path.join(CORPUS, f"plain-{n}")
    layouts = os.path.join(CORPUS, f"hugo-layouts-{n}")
    hugo = os.path.join(CORPUS, f"hugo-{n}")
    if not os.path.isdir(os.path.join(plain, "content")):
        subprocess.run([sys.executable, os.path.join(SHARED, "gen_corpus.py"), str(n),
                        os.path.join(plain, "content"), "--plain"], check=True)
    if not os.path.isdir(os.path.join(layouts, "content")):
        shutil.copytree(os.path.join(plain, "content"), os.path.join(layouts, "content"))
        shutil.copytree(os.path.join(HERE, "hugo-layouts"), os.path.join(layouts, "templates"))
    if not os.path.isdir(os.path.join(hugo, "content")):
        shutil.copytree(os.path.join(SHARED, "hugo-site"), hugo)
        for folder, dirs, files in os.walk(hugo):
            os.chmod(folder, 0o755)
            for name in files:
                os.chmod(os.path.join(folder, name), 0o644)
        subprocess.run([sys.executable, os.path.join(SHARED, "gen_corpus.py"), str(n),
                        os.path.join(hugo, "content"), "--hugo"], check=True)
    concatenated = os.path.join(CORPUS, f"all-{n}.md")
    if not os.path.exists(concatenated):
        with open(concatenated, "wb") as out:
            for folder, dirs, files in sorted(os.walk(os.path.join(plain, "content"))):
                dirs.sort()
                for name in sorted(files):
                    if name.endswith(".md"):
                        with open(os.path.join(folder, name), "rb") as page:
                            out.write(page.read())
                            out.write(b"\n")
    return plain, layouts, hugo, concatenated


def timed(command, cwd=None, env=None, stdout=subprocess.DEVNULL):
    """Runs `command` under /usr/bin/time -v; returns (wall seconds, peak RSS in MB, CPU seconds,
    user seconds, system seconds)."""
    result = subprocess.run(["/usr/bin/time", "-v"] + command, cwd=cwd, env=env,
                            stdout=stdout, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", result.stderr).group(1)
    parts = [float(p) for p in wall.split(":")]
    seconds = parts[-1] + 60 * parts[-2] + (3600 * parts[-3] if len(parts) == 3 else 0)
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1)) / 1024
    user, system = (float(re.search(rf"{kind} time \(seconds\): (\S+)", result.stderr).group(1))
                    for kind in ("User", "System"))
    return seconds, rss, user + system, user, system


def measure(n):
    plain, layouts, hugo, concatenated = generate(n)
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    tools = {
        "zhengfeng": (lambda: fresh_run(os.path.join(plain, "output"), [os.path.join(plain, "content"), ZHENGFENG, THEME]),
                      lambda: timed([ZHENGFENG, "build", "--site", plain], env=env)),
        "layouts": (lambda: fresh_run(os.path.join(layouts, "output"),
                                      [os.path.join(layouts, "content"), os.path.join(layouts, "templates"), ZHENGFENG]),
                    lambda: timed([ZHENGFENG, "build", "--site", layouts], env=env)),
        "hugo": (lambda: fresh_run(os.path.join(hugo, "public"), [hugo, shutil.which("hugo")]),
                 lambda: timed(["hugo", "--quiet"], cwd=hugo)),
        "cmark": (lambda: fresh_run(None, [concatenated, shutil.which("cmark")]),
                  lambda: timed(["cmark", "--smart", concatenated])),
        # What editors do all day: build again into the output the last build left.
        "zhengfeng-rebuild": (lambda: ready_rebuild(os.path.join(plain, "output"),
                                                    lambda: timed([ZHENGFENG, "build", "--site", plain], env=env)),
                              lambda: timed([ZHENGFENG, "build", "--site", plain], env=env)),
        "hugo-rebuild": (lambda: ready_rebuild(os.path.join(hugo, "public"), lambda: timed(["hugo", "--quiet"], cwd=hugo)),
                         lambda: timed(["hugo", "--quiet"], cwd=hugo)),
    }
    samples = {name: [] for name in tools}
    order = list(tools)
    # Sizes above 10,000 pages take minutes per run: at most 3 runs there.
    runs = RUNS if n <= 10000 else min(RUNS, 3)
    for run in range(runs):
        for name in order[run % len(order):] + order[:run % len(order)]:
            clean, run_tool = tools[name]
            clean()
            samples[name].append(run_tool())
            wall, rss, cpu, user, system = samples[name][-1]
            print(f"  {n} pages, run {run + 1}, {name}: {wall:.2f} s, {rss:.0f} MB, "
                  f"CPU {user:.2f} + {system:.2f} s", file=sys.stderr)
    return {name: tuple(statistics.median(sample[i] for sample in values) for i in range(5))
            for name, values in samples.items()}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure_serve(n, repeats=5):
    """Median time from saving one page to its new HTML in the serve output folder."""
    plain = generate(n)[0]
    port = free_port()
    out = os.path.join(CORPUS, f"serve-{n}")
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    server = subprocess.Popen([ZHENGFENG, "serve", "--site", plain, "--port", str(port), "--output", out],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    source = os.path.join(plain, "content", "news", "p4.md")
    target = os.path.join(out, "news", "p4", "index.html")
    with open(source, encoding="utf-8") as f:
        original = f.read()
    timings = []
    try:
        deadline = time.time() + 300
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/news/p4/", timeout=2).read()
                break
            except Exception:
                if time.time() > deadline or server.poll() is not None:
                    sys.exit("zhengfeng serve did not start")
                time.sleep(0.1)
        for i in range(repeats):
            marker = f"基准标记{i}-{time.time_ns()}"
            start = time.perf_counter()
            with open(source, "w", encoding="utf-8") as f:
                f.write(original + f"\n{marker}\n")
            while True:
                try:
                    with open(target, encoding="utf-8") as f:
                        if marker in f.read():
                            break
                except FileNotFoundError:
                    pass
                if time.perf_counter() - start > 30:
                    raise RuntimeError("the edited page did not appear within 30 s")
                time.sleep(0.002)
            timings.append(time.perf_counter() - start)
            time.sleep(0.5)
    finally:
        with open(source, "w", encoding="utf-8") as f:
            f.write(original)
        server.terminate()
        try:
            server.wait(timeout=120)
        except subprocess.TimeoutExpired:
            server.kill()
            print("zhengfeng serve did not stop within 120 s of SIGTERM", file=sys.stderr)
        shutil.rmtree(out, ignore_errors=True)
    return statistics.median(timings)


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    hugo = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()[1]
    return f"{os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}, Hugo {hugo}"


def main():
    if not os.path.exists(ZHENGFENG):
        sys.exit(f"missing {ZHENGFENG}: run `make release` first")
    try:
        results = {n: measure(n) for n in sizes()}
        serve_ms, serve_problem = None, None
        if os.environ.get("BENCH_SERVE", "1") == "1":
            try:
                serve_ms = measure_serve(10000) * 1000
            except RuntimeError as problem:
                serve_problem = str(problem)
    finally:
        shutil.rmtree(TRASH, ignore_errors=True)
    lines = [
        f"Measured {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC on {machine()}; "
        f"median of {RUNS} rotating runs (at most 3 above 10,000 pages), each into an empty output folder unless said otherwise.",
        "",
        "Wall time. *zhengfeng* uses its built-in theme; *zhengfeng, Hugo's layouts* renders the "
        "same markup as Hugo (bench/hugo-layouts); the floor is `cmark` alone over the same Markdown.",
        "",
        "| pages | zhengfeng | zhengfeng, Hugo's layouts | Hugo | zhengfeng/Hugo | layouts/Hugo | cmark floor | zhengfeng/cmark | layouts/cmark |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for n, r in results.items():
        z, l, h, c = r["zhengfeng"], r["layouts"], r["hugo"], r["cmark"]
        lines.append(f"| {n:,} | {z[0]:.2f} s | {l[0]:.2f} s | {h[0]:.2f} s | {z[0] / h[0]:.2f} | {l[0] / h[0]:.2f} | "
                     f"{c[0]:.2f} s | {z[0] / c[0]:.1f}× | {l[0] / c[0]:.1f}× |")
    lines += [
        "",
        "Peak memory (RSS) and CPU time (user + system; the machine has 2 cores).",
        "",
        "| pages | zhengfeng RSS | layouts RSS | Hugo RSS | RSS zhengfeng/Hugo | zhengfeng CPU | layouts CPU | Hugo CPU | CPU zhengfeng/Hugo |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for n, r in results.items():
        z, l, h = r["zhengfeng"], r["layouts"], r["hugo"]
        lines.append(f"| {n:,} | {z[1]:.0f} MB | {l[1]:.0f} MB | {h[1]:.0f} MB | {z[1] / h[1]:.2f} | "
                     f"{z[3]:.1f} + {z[4]:.1f} s | {l[3]:.1f} + {l[4]:.1f} s | {h[3]:.1f} + {h[4]:.1f} s | {z[2] / h[2]:.2f} |")
    lines += [
        "",
        "Rebuilding into the output the previous build left (what editors do all day; nothing changed in between).",
        "",
        "| pages | zhengfeng | Hugo | zhengfeng/Hugo | zhengfeng RSS | Hugo RSS | RSS zhengfeng/Hugo |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for n, r in results.items():
        z, h = r["zhengfeng-rebuild"], r["hugo-rebuild"]
        lines.append(f"| {n:,} | {z[0]:.2f} s | {h[0]:.2f} s | {z[0] / h[0]:.2f} | {z[1]:.0f} MB | {h[1]:.0f} MB | "
                     f"{z[1] / h[1]:.2f} |")
    lines.append("")
    if 10000 in results:
        for n in results:
            if n > 10000:
                ratio = results[n]["zhengfeng"][0] / results[10000]["zhengfeng"][0]
                lines.append(f"Growth: {n:,} pages take {ratio:.1f}× the 10,000-page time "
                             f"({n // 10000}× the pages).")
    if serve_ms is not None:
        lines.append(f"`zhengfeng serve` on 10,000 pages: {serve_ms:.0f} ms from saving one page to its new "
                     f"HTML on disk (median of 5).")
    if serve_problem:
        lines.append(f"`zhengfeng serve` on 10,000 pages: not measured ({serve_problem}).")
    text = "\n".join(lines) + "\n"
    print(text)
    with open(os.path.join(HERE, "results.md"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
