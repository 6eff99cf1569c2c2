"""A long column in headless Chromium: the shipped site built with `per_page: 3`, so that
工作动态 has three list pages and a by-year archive. The pager (上一页, page numbers, 下一页)
on a phone with large fonts, in normal and elder mode: axe-core 0 violations, every link a
large tap target (44 px, elder 60 px) inside the screen, no sideways scrolling, and the rel
prev/next links of the page head. Set ZHENGFENG_SHOTS=DIR to keep screenshots.
"""
import functools
import http.server
import json
import os
import pathlib
import re
import shutil
import subprocess
import threading

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import REPO, CSPHandler
from test_site import AXE_TAGS, MODES, View, load, set_mode, set_screen

PHONE = 375


@pytest.fixture(scope="module")
def long_url(workdir):
    site = workdir / "long-column"
    shutil.copytree(REPO / "content", site / "content")
    settings = site / "content" / "site.yml"
    text = settings.read_text(encoding="utf-8")
    text, found = re.subn(r"(?m)^per_page:.*$", "per_page: 3", text)
    settings.write_text(text if found else text + "\nper_page: 3\n", encoding="utf-8")
    out = workdir / "long-column-output"
    binary = os.environ.get("ZHENGFENG") or str(REPO / ".build/debug/zhengfeng")
    subprocess.run([binary, "build", "--site", str(site), "--output", str(out)], check=True, stdout=subprocess.DEVNULL)
    handler = functools.partial(CSPHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def pager_links(driver):
    return driver.execute_script("""
        return Array.from(document.querySelectorAll('.list-pager a')).map(a => {
          const r = a.getBoundingClientRect();
          return {text: a.textContent.trim(), left: r.left, right: r.right, width: r.width, height: r.height,
                  current: a.getAttribute('aria-current')};
        });""")


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("font", (16, 24, 32))
def test_pager_on_a_phone_with_large_fonts(driver, long_url, font, mode):
    View.key = None
    set_screen(driver, PHONE, font)
    load(driver, long_url + "/news/page/2/")
    set_mode(driver, mode)
    links = pager_links(driver)
    assert [l["text"] for l in links] == ["上一页", "1", "2", "3", "下一页"]
    assert [l["text"] for l in links if l["current"] == "page"] == ["2"]
    minimum = 60 if mode == "elder" else 44
    assert [l for l in links if l["width"] < minimum - 0.5 or l["height"] < minimum - 0.5] == []
    assert [l for l in links if l["left"] < 0 or l["right"] > PHONE] == [], "pager links leave the screen"
    assert driver.execute_script("return zf.smallTargets(arguments[0])", minimum) == []
    assert driver.execute_script("return zf.overflowX()") <= 0, "the page scrolls sideways"
    axe = Axe(driver)
    axe.inject()
    results = axe.run(options=json.dumps({
        "runOnly": {"type": "tag", "values": AXE_TAGS + ["wcag2aaa"] * (mode == "elder")},
        "rules": {"color-contrast-enhanced": {"enabled": mode == "elder"}}}))
    if mode == "normal":
        results["violations"] = [v for v in results["violations"] if "wcag2aaa" not in v["tags"]]
    assert [f'{v["id"]}: {v["help"]} ({v["nodes"][0]["target"]})' for v in results["violations"]] == []
    shots = os.environ.get("ZHENGFENG_SHOTS")
    if shots:
        pathlib.Path(shots).mkdir(parents=True, exist_ok=True)
        driver.find_element(By.CSS_SELECTOR, ".list-pager").location_once_scrolled_into_view
        driver.save_screenshot(str(pathlib.Path(shots) / f"pager-{mode}-font{font}.png"))
    set_mode(driver, "normal")


def test_list_pages_link_each_other_in_the_head_and_to_the_archive(driver, long_url):
    View.key = None
    set_screen(driver, 1280, 16)
    load(driver, long_url + "/news/page/2/")
    rel = driver.execute_script(
        "return ['prev', 'next'].map(r => document.querySelector('link[rel=' + r + ']').getAttribute('href'))")
    assert rel == ["/news/", "/news/page/3/"]
    driver.find_element(By.CSS_SELECTOR, '.archive-years a[href="/news/2026/"]').click()
    WebDriverWait(driver, 30).until(lambda d: d.execute_script(
        "return location.pathname === '/news/2026/' && document.readyState === 'complete'"))
    assert driver.find_element(By.CSS_SELECTOR, "h1").text == "2026年工作动态"
