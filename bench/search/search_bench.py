#!/usr/bin/env python3
"""zhengfeng's site search against Pagefind (pagefind-bin-extended, which segments Chinese).

For the shipped site and a generated corpus (/work/shared/bench/gen_corpus.py, BENCH_PAGES
pages, 10,000 by default): build with zhengfeng (its search index included), index the same
HTML with Pagefind, then run the query set in headless Chromium against both and report
recall@10, MRR, index bytes (raw and gzip) and build time. Run by `make search-bench`;
ZHENGFENG is the zhengfeng binary, PAGEFIND the pagefind_extended binary.

Queries: queries.json (shipped site, written the way residents ask); for the corpus, 40
known-item queries ("第4711期", "4711期工作动态", …) whose answer is that one page.
"""
import functools
import gzip
import http.server
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[1]
ZHENGFENG = os.environ.get("ZHENGFENG", str(REPO / ".build/release/zhengfeng"))
PAGEFIND = os.environ["PAGEFIND"]
CORPUS = pathlib.Path(os.environ.get("BENCH_CORPUS_GENERATOR", "/work/shared/bench/gen_corpus.py"))
PAGES = int(os.environ.get("BENCH_PAGES", "10000"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
NOT_CONTENT = ("search", "site-index", "print", "assets")


def corpus_queries(n):
    sections = ["news", "cases", "policy", "guide"]
    forms = ["第{}期", "{}期工作动态", "第{}号", "工作动态第{}期"]
    queries = []
    for k in range(40):
        i = (137 * k + 11) % n
        queries.append({"q": forms[k % 4].format(i), "relevant": [f"{sections[i % 4]}/p{i}/"]})
    return queries


def build(site, out):
    start = time.perf_counter()
    result = subprocess.run([ZHENGFENG, "build", "--site", str(site), "--output", str(out), "--verbose", "--force"],
                            capture_output=True, text=True, check=True)
    total = time.perf_counter() - start
    stage = 0.0
    for line in (result.stdout + result.stderr).splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == "search":
            stage = float(parts[1])
    return total, stage


def pagefind_copy(out, copy):
    if copy.exists():
        shutil.rmtree(copy)
    shutil.copytree(out, copy, ignore=lambda folder, names: [
        n for n in names if pathlib.Path(folder) == out and (n in NOT_CONTENT or n == "404.html")])


def run_pagefind(copy):
    shutil.rmtree(copy / "pagefind", ignore_errors=True)
    start = time.perf_counter()
    subprocess.run([PAGEFIND, "--site", str(copy), "--root-selector", "main", "--output-subdir", "pagefind", "--silent"],
                   check=True)
    return time.perf_counter() - start


def folder_bytes(folder, keep=lambda p: True):
    raw = packed = 0
    for path in folder.rglob("*"):
        if path.is_file() and keep(path):
            data = path.read_bytes()
            raw += len(data)
            packed += len(data) if path.suffix in (".pf_fragment", ".pf_index", ".pf_meta", ".pf_filter") else len(gzip.compress(data, 9))
    return raw, packed


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def driver():
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    if shutil.which("chromium"):
        options.binary_location = shutil.which("chromium")
    browser = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))
    browser.set_script_timeout(120)
    return browser


def ours(browser, base, query):
    browser.get(base + "/search/?q=" + urllib.parse.quote(query))
    WebDriverWait(browser, 120).until(lambda d: d.execute_script(
        "var s = document.getElementById('search-status'); return s && s.textContent && s.textContent.indexOf('正在') < 0"))
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#search-results li > a")]
    return [urllib.parse.unquote(link[len(base) + 1:]) for link in links][:10]


def pagefind(browser, base, query):
    if not browser.current_url.startswith(base):
        browser.get(base + "/pagefind/pagefind-entry.json")
    urls = browser.execute_async_script("""
        const done = arguments[arguments.length - 1];
        import(arguments[0] + '/pagefind/pagefind.js').then(async (pf) => {
          await pf.options({ excerptLength: 30 });
          const search = await pf.search(arguments[1]);
          const data = await Promise.all(search.results.slice(0, 10).map(r => r.data()));
          done(data.map(d => d.url));
        }).catch(e => done('ERROR ' + e));""", base, query)
    if isinstance(urls, str):
        raise RuntimeError(urls)
    return [urllib.parse.unquote(u.lstrip("/")) for u in urls]


def score(results, queries):
    recalls, ranks = [], []
    for found, query in zip(results, queries):
        relevant = set(query["relevant"])
        recalls.append(len(relevant & set(found)) / len(relevant))
        first = next((i for i, url in enumerate(found) if url in relevant), None)
        ranks.append(0 if first is None else 1 / (first + 1))
    return statistics.mean(recalls), statistics.mean(ranks)


def measure(name, site, queries, work):
    copy = work / f"{name}-pagefind"
    builds, stages, pagefinds = [], [], []
    for run in range(RUNS):
        # A new folder per run: building again into the same output would be recognised as
        # unchanged (the build record) and render nothing.
        out = work / f"{name}-out-{run}"
        if out.exists():
            shutil.rmtree(out)
        total, stage = build(site, out)
        builds.append(total)
        stages.append(stage)
        pagefind_copy(out, copy)
        pagefinds.append(run_pagefind(copy))
    ours_bytes = folder_bytes(out / "search", lambda p: p.suffix == ".js")
    pf_bytes = folder_bytes(copy / "pagefind", lambda p: "-ui" not in p.name and "highlight" not in p.name and "playground" not in str(p))
    browser = driver()
    server_a, base_a = serve(out)
    server_b, base_b = serve(copy)
    try:
        ours_results = [ours(browser, base_a, q["q"]) for q in queries]
        pf_results = [pagefind(browser, base_b, q["q"]) for q in queries]
    finally:
        browser.quit()
        server_a.shutdown()
        server_b.shutdown()
    recall_a, mrr_a = score(ours_results, queries)
    recall_b, mrr_b = score(pf_results, queries)
    return {
        "site": name, "pages": sum(1 for _ in out.rglob("index.html")), "queries": len(queries),
        "zhengfeng": {"recall@10": round(recall_a, 3), "mrr": round(mrr_a, 3), "index_bytes": ours_bytes[0],
                      "index_bytes_gzip": ours_bytes[1], "build_seconds": round(statistics.median(builds), 3),
                      "search_stage_seconds": round(statistics.median(stages), 3)},
        "pagefind": {"recall@10": round(recall_b, 3), "mrr": round(mrr_b, 3), "index_bytes": pf_bytes[0],
                     "index_bytes_gzip": pf_bytes[1], "index_seconds": round(statistics.median(pagefinds), 3)},
        "per_query": [{"q": q["q"], "zhengfeng": a[:3], "pagefind": b[:3], "relevant": q["relevant"]}
                      for q, a, b in zip(queries, ours_results, pf_results)],
    }


def main():
    work = pathlib.Path(tempfile.mkdtemp(prefix="zhengfeng-search-bench-"))
    try:
        shipped = json.loads((HERE / "queries.json").read_text(encoding="utf-8"))["shipped"]
        reports = [measure("shipped", REPO, shipped, work)]
        corpus = work / "corpus"
        subprocess.run([sys.executable, str(CORPUS), str(PAGES), str(corpus / "content")], check=True,
                       stdout=subprocess.DEVNULL)
        reports.append(measure(f"corpus-{PAGES}", corpus, corpus_queries(PAGES), work))
        print(json.dumps(reports, ensure_ascii=False, indent=1))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
