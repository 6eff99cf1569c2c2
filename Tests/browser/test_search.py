"""Site search in headless Chromium: search/index.html?q=… renders result links in
#search-results, best first, from file:// (relative links) and from the served folder (root
links, strict CSP); without JavaScript it points to the static 全站索引 page; the first query
loads at most 100 KB; internal pages are in neither the index nor the 全站索引.
"""
import pathlib
import urllib.parse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait


# (query as a resident types it, the page that must come first)
FIRST = [
    ("12388", "channels/phone/"),
    ("打电话举报", "channels/phone/"),
    ("网络举报", "channels/online/"),
    ("来信举报", "channels/letter/"),
    ("诬告", "false-accusation/"),
    ("实名举报优先办理吗", "real-name/priority/"),
    ("哪些事不予受理", "excluded/"),
]


def search(driver, page_url, query):
    driver.get(page_url + "?q=" + urllib.parse.quote(query))
    WebDriverWait(driver, 30).until(lambda d: d.execute_script(
        "var s = document.getElementById('search-status');"
        "return s && s.textContent && s.textContent.indexOf('正在') < 0"))
    return [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results li > a")]


def page_of(href, root):
    path = href[len(root):]
    return path[:-len("index.html")] if path.endswith("index.html") else path


@pytest.mark.parametrize("query,first", FIRST)
def test_search_from_the_served_folder_ranks_the_expected_page_first(driver, base_url, query, first):
    links = search(driver, base_url + "/search/", query)
    assert links, f"no results for {query}"
    assert page_of(links[0], base_url + "/") == first, links[:3]
    assert len(links) == len(set(links))


@pytest.mark.parametrize("query,first", FIRST)
def test_search_from_file_with_relative_links_ranks_the_expected_page_first(driver, relative_site_dir, query, first):
    root = relative_site_dir.as_uri() + "/"
    links = search(driver, root + "search/index.html", query)
    assert links, f"no results for {query}"
    assert page_of(links[0], root) == first, links[:3]
    for href in links:
        assert href.startswith("file://") and href.endswith("index.html"), href
        assert pathlib.Path(urllib.parse.unquote(href[len("file://"):])).is_file(), href


def test_search_results_show_section_date_and_marked_snippet(driver, base_url):
    search(driver, base_url + "/search/", "宣传年启动会")
    first = driver.find_element(By.CSS_SELECTOR, "#search-results li")
    assert first.find_element(By.CSS_SELECTOR, "a").text == "秦都区召开信访举报工作宣传年启动会"
    meta = first.find_element(By.CSS_SELECTOR, ".search-result-meta").text
    assert "工作动态" in meta and "2026" in meta, meta
    marks = [m.text for m in first.find_elements(By.CSS_SELECTOR, "mark")]
    assert marks and all(m in "宣传年启动会" for m in marks), marks
    assert driver.find_element(By.ID, "search-q").get_attribute("value") == "宣传年启动会"


def test_header_search_box_submits_to_the_search_page(driver, base_url):
    # On a wide screen the box is in the masthead; on a phone (earlier tests may have left the
    # shared browser emulating one) it is inside the 栏目导航 menu, which is opened first.
    driver.get(base_url + "/channels/")

    def shown():
        return [e for e in driver.find_elements(By.CSS_SELECTOR, "form.search-box input[name=q]") if e.is_displayed()]

    if not shown():
        driver.find_element(By.CSS_SELECTOR, "details.nav-menu > summary").click()
    box = shown()[0]
    box.send_keys("12388")
    box.submit()
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li > a"))
    assert "/search/?q=12388" in driver.current_url


def test_first_query_loads_at_most_100_kb(driver, base_url):
    driver.get(base_url + "/search/?q=" + urllib.parse.quote("举报电话是多少"))
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li > a"))
    total = driver.execute_script(
        "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
        ".reduce(function (sum, e) { return sum + e.encodedBodySize; }, 0)")
    assert 0 < total <= 100_000, f"{total} bytes"


def test_without_javascript_the_search_page_links_to_the_site_index(driver, base_url):
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        driver.get(base_url + "/search/?q=12388")
        text = driver.find_element(By.TAG_NAME, "main").text
        assert "全站索引" in text and "脚本" in text, text
        link = driver.find_element(By.CSS_SELECTOR, "noscript a, .search-message a")
        assert link.get_attribute("href") == base_url + "/site-index/"
        assert driver.find_elements(By.CSS_SELECTOR, "#search-results li") == []
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_site_index_lists_every_public_page_by_section(driver, base_url, site_dir):
    driver.get(base_url + "/site-index/")
    hrefs = {a.get_attribute("href")[len(base_url):] for a in driver.find_elements(By.CSS_SELECTOR, ".site-index-list a")}
    for page in ["/channels/phone/", "/news/launch-meeting/", "/false-accusation/what-is/", "/scope/appeals/"]:
        assert page in hrefs


@pytest.fixture(scope="module")
def internal_site(workdir):
    """The shipped site plus one internal page, built with --internal (the campaign team's copy)."""
    import os
    import shutil
    import subprocess
    from conftest import REPO
    site = workdir / "internal-site"
    shutil.copytree(REPO / "content", site / "content")
    os.symlink(REPO / "templates", site / "templates")
    (site / "content" / "news" / "unit-report.md").write_text(
        "---\ntitle: 内部月报汇总\nvisibility: internal\ndate: 2026-03-02\n---\n\n内部月报：机密词语甲乙丙丁。\n",
        encoding="utf-8")
    binary = os.environ.get("ZHENGFENG") or str(REPO / ".build/debug/zhengfeng")
    out = workdir / "internal-out"
    subprocess.run([binary, "build", "--site", str(site), "--output", str(out), "--internal", "--links", "relative"],
                   check=True, stdout=subprocess.DEVNULL)
    assert (out / "news" / "unit-report" / "index.html").exists()
    return out


def test_internal_pages_are_never_in_the_public_index(driver, internal_site):
    for path in sorted((internal_site / "search").rglob("*.js")) + [internal_site / "site-index" / "index.html"]:
        text = path.read_text(encoding="utf-8")
        assert "内部月报" not in text and "unit-report" not in text, path
    assert search(driver, (internal_site / "search" / "index.html").as_uri(), "机密词语") == []
