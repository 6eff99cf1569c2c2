"""The WeChat export's preview pages (zhengfeng wechat) in headless Chromium: the 复制 button
puts the fragment on the clipboard as rich text, from a server and from file://, with the
script in a file under the pages' own Content-Security-Policy; the fragment shows at phone
width; the pages pass axe.
"""
import functools
import http.server
import json
import os
import subprocess
import threading

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import REPO

ARTICLE = "news/launch-meeting/index.html"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


@pytest.fixture(scope="module")
def wechat_dir(workdir):
    out = workdir / "wechat"
    binary = os.environ.get("ZHENGFENG") or str(REPO / ".build/debug/zhengfeng")
    subprocess.run([binary, "wechat", "--site", str(REPO), "--output", str(out)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return out


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def wechat_url(wechat_dir):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(wechat_dir)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def copy_and_capture(driver, url):
    """Opens a preview, clicks 复制 and returns (what the copy event carried, the fragment's HTML, status)."""
    driver.get_log("browser")
    driver.get(url)
    button = WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "copy") if d.find_element(By.ID, "copy").is_displayed() else None)
    # Runs after the page's own copy handler (document first, then window).
    driver.execute_script("window.__copied = null; window.addEventListener('copy', function (e) {"
                          " window.__copied = {html: e.clipboardData.getData('text/html'), text: e.clipboardData.getData('text/plain')}; });")
    button.click()
    WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, "copy-status").text != "")
    copied = driver.execute_script("return window.__copied")
    fragment = driver.execute_script("return document.getElementById('fragment').innerHTML")
    return copied, fragment, driver.find_element(By.ID, "copy-status").text


def csp_errors(driver):
    return [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"] or "Refused to" in e["message"]]


def test_copy_button_puts_the_fragment_on_the_clipboard_as_rich_text(driver, wechat_url):
    copied, fragment, status = copy_and_capture(driver, f"{wechat_url}/{ARTICLE}")
    assert copied is not None, "the copy event carried nothing"
    assert copied["html"] == fragment
    assert copied["html"].startswith('<section style="font-size:16px;line-height:1.75')
    assert "class=" not in copied["html"] and "<script" not in copied["html"]
    assert "引用链接" in copied["text"]
    assert status.startswith("已复制")
    assert csp_errors(driver) == []


def test_copy_button_works_from_file(driver, wechat_dir):
    copied, fragment, status = copy_and_capture(driver, (wechat_dir / ARTICLE).as_uri())
    assert copied is not None and copied["html"] == fragment
    assert status.startswith("已复制")
    assert csp_errors(driver) == []


def test_fragment_shows_at_phone_width(driver, wechat_url):
    driver.set_window_size(1280, 900)
    driver.get(f"{wechat_url}/{ARTICLE}")
    width = driver.execute_script("return document.querySelector('.phone').getBoundingClientRect().width")
    assert width == 375
    assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")


def test_index_links_every_article_and_shows_its_checks(driver, wechat_url, wechat_dir):
    driver.get(f"{wechat_url}/index.html")
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "tbody a")]
    assert len(links) == len(list(wechat_dir.glob("*/*/fragment.html")))
    assert f"{wechat_url}/{ARTICLE}" in links
    assert "通过" in driver.find_element(By.TAG_NAME, "tbody").text


@pytest.mark.parametrize("page", ["index.html", ARTICLE])
def test_preview_pages_pass_axe(driver, wechat_url, page):
    driver.get(f"{wechat_url}/{page}")
    axe = Axe(driver)
    axe.inject()
    results = axe.run(options=json.dumps({"runOnly": {"type": "tag", "values": AXE_TAGS}}))
    problems = [f'{v["id"]}: {v["help"]} ({len(v["nodes"])}×, e.g. {v["nodes"][0]["target"]})' for v in results["violations"]]
    assert problems == []
