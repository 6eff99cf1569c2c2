"""The internal campaign pages (zhengfeng build --internal) in headless Chromium at phone
width: axe 0 violations, no sideways scrolling of the page (the wide unit × month table
scrolls inside its own region), tap targets, no CSP violation; and the A4 monthly sheet.
"""
import functools
import http.server
import json
import os
import subprocess
import threading

import pytest
from axe_selenium_python import Axe

from conftest import REPO, CSPHandler
from test_site import AXE_TAGS, load, set_screen

PAGES = ("internal/campaign/reports/", "internal/campaign/comparison/", "internal/campaign/print/year-report.html")


@pytest.fixture(scope="module")
def internal_url(workdir):
    out = workdir / "internal"
    binary = os.environ.get("ZHENGFENG") or str(REPO / ".build/debug/zhengfeng")
    subprocess.run([binary, "build", "--site", str(REPO), "--output", str(out), "--internal"],
                   check=True, stdout=subprocess.DEVNULL)
    handler = functools.partial(CSPHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("page", PAGES)
def test_internal_page_at_phone_width(driver, internal_url, page):
    set_screen(driver, 375, 16)
    driver.get_log("browser")
    load(driver, internal_url + page)
    console = driver.get_log("browser")
    assert [e["message"] for e in console if "Content Security Policy" in e["message"] or "Refused to" in e["message"]] == []
    axe = Axe(driver)
    axe.inject()
    results = axe.run(options=json.dumps({"runOnly": {"type": "tag", "values": AXE_TAGS}}))
    assert [f'{v["id"]}: {v["help"]} ({v["nodes"][0]["target"]})' for v in results["violations"]] == []
    assert driver.execute_script("return zf.overflowX()") <= 0, "the page scrolls sideways"
    if not page.endswith(".html"):
        assert driver.execute_script("return zf.smallTargets(44)") == []
    assert "示例数据" in driver.find_element("tag name", "body").text
