"""The shipped site in headless Chromium, as residents see it.

Every page type (home, section, page, a page with a table, 404, a print page, the print index, the notices section,
a notice, the notice sheet, search results, the 全站索引, the 归不归纪委监委管？ stepper and
one of its outcome pages) in normal and elder mode, at 375
and 1280 px width and at 16 and 24 px default font, is checked for: axe-core 0 violations
(WCAG 2.x A/AA; elder mode adds the 7:1 enhanced contrast rule), tap targets (44 px, elder
60 px), a keyboard walk (Tab reaches every link, the focus ring shows, is not clipped and
has 3:1 against its surroundings), and no Content-Security-Policy violation in the console.
"""
import json
import pathlib

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

PAGECHECK = (pathlib.Path(__file__).parent / "pagecheck.js").read_text(encoding="utf-8")

PAGES = {
    "home": "/",
    "section": "/channels/",
    "page": "/real-name/definition/",
    "table": "/about/plan/",
    "404": "/no-such-page/",
    "print": "/print/leaflet/",
    "print-index": "/print/",
    "notices": "/notices/",
    "notice": "/notices/example-clearing/",
    "notice-sheet": "/print/notices/",
    "search": "/search/?q=12388",
    "site-index": "/site-index/",
    "scope-check": "/scope-check/",
    "scope-check-outcome": "/scope-check/land/",
}
WIDTHS = (375, 1280)
FONTS = (16, 24)
MODES = ("normal", "elder")
RULES = ("axe", "targets", "keyboard", "csp", "layout")
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


class View:
    """What the shared browser currently shows, so consecutive tests on one view load it once."""
    key = None
    console = []


def set_screen(driver, width, font, height=None):
    height = height or (812 if width < 600 else 900)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.execute_cdp_cmd("Page.setFontSizes", {"fontSizes": {"standard": font, "fixed": font}})


def wait_ready(driver):
    WebDriverWait(driver, 30).until(lambda d: d.execute_script(
        "return document.readyState === 'complete' && document.fonts.status === 'loaded'"))
    driver.execute_script(PAGECHECK)


def set_mode(driver, mode):
    want = mode == "elder"
    if driver.execute_script("return zf.elderActive()") != want:
        driver.find_element(By.CSS_SELECTOR, 'label[for="elder-mode"]').click()
        WebDriverWait(driver, 10).until(lambda d: d.execute_script("return zf.elderActive()") == want)
        # the choice is remembered: a fresh load shows the page as a returning reader sees it,
        # with no mouse click in its focus history
        driver.refresh()
        wait_ready(driver)
        assert driver.execute_script("return zf.elderActive()") == want


def load(driver, url):
    driver.get_log("browser")
    driver.get(url)
    wait_ready(driver)


def show(driver, base_url, page, mode, width, font):
    key = (page, mode, width, font)
    if View.key != key:
        set_screen(driver, width, font)
        load(driver, base_url + PAGES[page])
        set_mode(driver, mode)
        View.console = driver.get_log("browser")
        View.key = key
    return driver


def cases_gen():
    for page in PAGES:
        for mode in MODES:
            for width in WIDTHS:
                for font in FONTS:
                    for rule in RULES:
                        yield pytest.param(page, mode, width, font, rule, id=f"{page}-{mode}-{width}px-font{font}-{rule}")


@pytest.mark.parametrize("page,mode,width,font,rule", list(cases_gen()))
def test_view(driver, base_url, page, mode, width, font, rule):
    show(driver, base_url, page, mode, width, font)
    if rule == "axe":
        axe = Axe(driver)
        axe.inject()
        rules = {"color-contrast-enhanced": {"enabled": mode == "elder"}}
        results = axe.run(options=json.dumps({
            "runOnly": {"type": "tag", "values": AXE_TAGS + ["wcag2aaa"] * (mode == "elder")}, "rules": rules}))
        if mode == "normal":
            results["violations"] = [v for v in results["violations"] if "wcag2aaa" not in v["tags"] or v["id"] == "color-contrast-enhanced"]
        problems = [f'{v["id"]}: {v["help"]} ({len(v["nodes"])}×, e.g. {v["nodes"][0]["target"]})' for v in results["violations"]]
        assert problems == []
    elif rule == "targets":
        minimum = 60 if mode == "elder" else 44
        assert driver.execute_script("return zf.smallTargets(arguments[0])", minimum) == []
    elif rule == "keyboard":
        links = driver.execute_script("zf.startFocusLog(); return zf.tabbableLinks()")
        presses = 2 * len(links) + 6
        chain = ActionChains(driver)
        for _ in range(presses):
            chain.send_keys(Keys.TAB)
        chain.perform()
        # The walk passes each element about twice; an element's best showing counts.
        log = {}
        for entry in driver.execute_script("return zf.focusLog()"):
            best = log.setdefault(entry["el"], entry)
            best["visible"] = best["visible"] or entry["visible"]
        log = list(log.values())
        reached = {entry["el"] for entry in log}
        assert [link for link in links if link not in reached] == [], "Tab does not reach these links"
        assert [e["el"] for e in log if not e["visible"]] == [], "no visible focus ring"
        assert sorted({f'{e["el"]} in {e["clipped"]}' for e in log if e["clipped"]}) == [], "focus ring clipped"
        assert sorted({f'{e["el"]} {e["contrast"]}:1' for e in log if e["contrast"] < 3}) == [], "focus ring contrast under 3:1"
    elif rule == "csp":
        violations = [e["message"] for e in View.console
                      if "Content Security Policy" in e["message"] or "Refused to" in e["message"]]
        assert violations == []
    elif rule == "layout":
        assert driver.execute_script("return zf.overflowX()") <= 0, "the page scrolls sideways"
        if mode == "elder":
            text = driver.execute_script("return zf.elderText()")
            assert text["fontSize"] >= 24, text
            assert text["lineHeight"] >= 1.5 * text["fontSize"] - 0.01, text
            assert text["marginBottom"] >= 1.3 * text["lineHeight"] - 0.01, text
            assert driver.execute_script("return zf.motion()") == [], "elder mode has no motion"
        entry = driver.execute_script("return zf.elderEntry()")
        assert entry and entry["inHeader"] and entry["top"] < 812 / 4, f"长者模式 entry in the top area: {entry}"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("font", (16, 24, 32))
def test_table_scrolls_in_its_own_labelled_region_on_a_phone(driver, base_url, font, mode):
    """A table wider than a 360 px phone with large fonts scrolls inside its region (by
    keyboard too), never the page; the region is named after the table's caption."""
    set_screen(driver, 360, font)
    load(driver, base_url + PAGES["table"])
    set_mode(driver, mode)
    region = driver.find_element(By.CSS_SELECTOR, ".table-scroll")
    assert region.get_attribute("role") == "region"
    assert region.get_attribute("tabindex") == "0"
    assert region.get_attribute("aria-label") == "表格：宣传年四个阶段"
    assert driver.find_element(By.CSS_SELECTOR, ".table-scroll caption").text == "宣传年四个阶段"
    assert driver.execute_script("return zf.overflowX()") <= 0, "the page scrolls sideways"
    sizes = driver.execute_script(
        "const r = arguments[0]; return [r.scrollWidth, r.clientWidth, r.getBoundingClientRect().right,"
        " document.documentElement.clientWidth]", region)
    assert sizes[2] <= sizes[3] + 0.5, f"the region sticks out of the page: {sizes}"
    if sizes[0] > sizes[1]:
        region.send_keys(Keys.ARROW_RIGHT)
        WebDriverWait(driver, 10).until(lambda d: d.execute_script("return arguments[0].scrollLeft", region) > 0)
    assert driver.execute_script("return zf.overflowX()") <= 0, "the page scrolls sideways"


DOCUMENT_PAGES = {
    "table": ("/excluded/other-bodies/", ".table-scroll", "表格：这些事项，请到这里反映"),
    "figure": ("/real-name/priority/", "figure img", None),
    "attachment": ("/channels/", ".attachments a", None),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("font", (24, 32))
@pytest.mark.parametrize("page", DOCUMENT_PAGES)
def test_shipped_table_figure_and_attachment_fit_a_phone_with_large_fonts(driver, base_url, page, font, mode):
    """The shipped pages with a table, a figure and an attachment, at 360 px with large
    fonts: the page never scrolls sideways, the element stays inside the page, and axe
    finds nothing."""
    path, selector, label = DOCUMENT_PAGES[page]
    set_screen(driver, 360, font)
    load(driver, base_url + path)
    set_mode(driver, mode)
    element = driver.find_element(By.CSS_SELECTOR, selector)
    if label:
        assert element.get_attribute("aria-label") == label
    assert driver.execute_script("return zf.overflowX()") <= 0, "the page scrolls sideways"
    right = driver.execute_script("return arguments[0].getBoundingClientRect().right", element)
    assert right <= driver.execute_script("return document.documentElement.clientWidth") + 0.5
    if page == "figure":
        assert driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth", element) > 0
        assert driver.find_element(By.CSS_SELECTOR, "figure figcaption").text == "举报从提交到反馈的办理流程"
    if font == 24:
        axe = Axe(driver)
        axe.inject()
        results = axe.run(options=json.dumps({"runOnly": {"type": "tag", "values": AXE_TAGS}}))
        assert [f'{v["id"]}: {v["help"]}' for v in results["violations"]] == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("font", (16, 20, 24, 32))
def test_masthead_fits_a_phone(driver, base_url, font, mode):
    View.key = None
    set_screen(driver, 375, font)
    load(driver, base_url + PAGES["page"])
    set_mode(driver, mode)
    m = driver.execute_script("return zf.masthead()")
    assert m["height"] < 812 / 4, f"masthead {m['height']:.0f} px of 812"
    assert m["lines"] * 2 <= max(m["chars"], 2), f"site name on {m['lines']} lines for {m['chars']} characters"
    assert driver.execute_script("return zf.overflowX()") <= 0, "the page scrolls sideways"


@pytest.mark.parametrize("mode", MODES)
def test_phone_menu_shows_every_section(driver, base_url, site_dir, mode):
    View.key = None
    set_screen(driver, 1280, 16)
    load(driver, base_url + "/")
    desktop = {l["href"] for l in driver.execute_script("return zf.menuLinks()")}
    set_screen(driver, 375, 24)
    load(driver, base_url + "/")
    set_mode(driver, mode)
    phone = driver.execute_script("return zf.menuLinks()")
    assert len(desktop) >= 9
    assert {l["href"] for l in phone} >= desktop, "sections missing from the phone menu"
    hidden = [l["text"] for l in phone if l["clipped"] or l["left"] < 0 or l["right"] > 375]
    assert hidden == [], "menu links hidden in a scroller or off screen"


def test_phone_footer_fits_one_screen(driver, base_url):
    View.key = None
    set_screen(driver, 375, 16)
    load(driver, base_url + PAGES["page"])
    set_mode(driver, "normal")
    height = driver.execute_script("return document.querySelector('footer.site-footer').getBoundingClientRect().height")
    assert height <= 812, f"footer {height:.0f} px"


def test_elder_mode_works_without_javascript(driver, base_url):
    View.key = None
    set_screen(driver, 375, 16)
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        for page in ("home", "page", "404", "print"):
            driver.get(base_url + PAGES[page])
            WebDriverWait(driver, 30).until(lambda d: d.find_element(By.CSS_SELECTOR, 'label[for="elder-mode"]'))
            driver.find_element(By.CSS_SELECTOR, 'label[for="elder-mode"]').click()
            size = driver.execute_cdp_cmd("Runtime.evaluate", {"expression": (
                "parseFloat(getComputedStyle(document.querySelector('main p')).fontSize)"), "returnByValue": True})
            assert size["result"]["value"] >= 24, f"{page}: elder text {size['result']['value']} px without JavaScript"
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_elder_mode_persists_across_pages_with_javascript(driver, base_url):
    View.key = None
    set_screen(driver, 375, 16)
    load(driver, base_url + "/")
    set_mode(driver, "elder")
    load(driver, base_url + PAGES["page"])
    assert driver.execute_script("return zf.elderActive()")
    set_mode(driver, "normal")
    load(driver, base_url + PAGES["section"])
    assert not driver.execute_script("return zf.elderActive()")


def test_relative_site_from_file_follows_every_menu_link(driver, relative_site_dir):
    View.key = None
    set_screen(driver, 1280, 16)
    home = (relative_site_dir / "index.html").as_uri()
    load(driver, home)
    hrefs = driver.execute_script(
        "return Array.from(document.querySelectorAll('header.masthead nav a[href]')).map(a => a.href)")
    assert len(set(hrefs)) >= 9
    for href in dict.fromkeys(hrefs):
        assert href.startswith("file://") and not href.endswith("/"), f"{href} is a folder, not a page"
        load(driver, href)
        assert driver.find_elements(By.CSS_SELECTOR, "main h1"), f"{href} did not open a page"
        assert driver.find_elements(By.CSS_SELECTOR, 'link[rel="stylesheet"]')
        styled = driver.execute_script("return getComputedStyle(document.body).fontFamily")
        assert "Noto" in styled, f"{href}: stylesheet not loaded"
