"""Shared fixtures of the browser suite: the shipped site built twice (root links for the
test server, relative links for file://), a local server sending the strict CSP header, and
one headless Chromium session for every test.

Run through `make test` (or `make browser-test`); ZHENGFENG is the built binary.
"""
import functools
import http.server
import os
import pathlib
import shutil
import subprocess
import tempfile
import threading

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPO = pathlib.Path(__file__).resolve().parents[2]
CSP = "default-src 'self'; img-src 'self' data:"


def build_site(out: pathlib.Path, links: str) -> pathlib.Path:
    binary = os.environ.get("ZHENGFENG") or str(REPO / ".build/debug/zhengfeng")
    subprocess.run(
        [binary, "build", "--site", str(REPO), "--output", str(out), "--links", links],
        check=True, stdout=subprocess.DEVNULL,
    )
    return out


@pytest.fixture(scope="session")
def workdir():
    path = pathlib.Path(tempfile.mkdtemp(prefix="zhengfeng-browser-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="session")
def site_dir(workdir):
    return build_site(workdir / "root", "root")


@pytest.fixture(scope="session")
def relative_site_dir(workdir):
    return build_site(workdir / "relative", "relative")


class CSPHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site like a real host: strict CSP on every answer, 404.html for misses."""

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def send_error(self, code, message=None, explain=None):
        page = pathlib.Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def base_url(site_dir):
    handler = functools.partial(CSPHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def make_driver():
    """Headless Chromium (Debian's chromium and chromedriver), console messages kept."""
    options = webdriver.ChromeOptions()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--window-size=1280,900", "--allow-file-access-from-files"):
        options.add_argument(arg)
    binary = shutil.which("chromium")
    if binary:
        options.binary_location = binary
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    browser = webdriver.Chrome(options=options, service=service)
    browser.set_page_load_timeout(60)
    return browser


@pytest.fixture(scope="session")
def driver():
    browser = make_driver()
    yield browser
    browser.quit()
