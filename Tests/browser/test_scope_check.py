"""归不归纪委监委管？ in headless Chromium: every path through the tree is clicked, with
JavaScript (the one-question-at-a-time stepper, from file:// with relative links) and
without it (one static page per step, from the served folder with root links), and must end
on the outcome the tree names. The tree is read from the built page itself, which is made
from content/data/scope-check.yml; the Swift tests pin the tree against the policy.
"""
import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


READ_TREE = """
var steps = {};
document.querySelectorAll('#scope-check [data-step]').forEach(function (s) {
  steps[s.getAttribute('data-step')] = {
    outcome: s.hasAttribute('data-outcome'),
    answers: Array.from(s.querySelectorAll('a[data-next]')).map(function (a) {
      return [a.textContent.trim(), a.getAttribute('data-next')]; })
  };
});
return {start: document.getElementById('scope-check').getAttribute('data-start'), steps: steps};
"""


def all_paths(tree):
    """Every way from the start to an outcome: [(answer text, next step)…], outcome."""
    paths = []

    def walk(step, way):
        node = tree["steps"][step]
        if node["outcome"]:
            paths.append((way, step))
            return
        assert node["answers"], f"question {step} has no answers"
        for text, nxt in node["answers"]:
            assert nxt not in [s for _, s in way], f"loop at {step} → {nxt}"
            walk(nxt, way + [(text, nxt)])

    walk(tree["start"], [])
    return paths


@pytest.fixture(scope="module")
def tree(driver, base_url):
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    driver.get(base_url + "/scope-check/")
    return driver.execute_script(READ_TREE)


@pytest.fixture(scope="module")
def paths(tree):
    found = all_paths(tree)
    outcomes = {step for step, node in tree["steps"].items() if node["outcome"]}
    assert {outcome for _, outcome in found} == outcomes, "an outcome no path reaches"
    assert len(found) >= 30
    return found


def path_ids(tree_paths):
    return [f"{len(way)}-{outcome}-{i}" for i, (way, outcome) in enumerate(tree_paths)]


def answer(driver, step, text, nxt):
    """The answer link of `step` with `text` (two answers may lead to the same next step)."""
    links = [a for a in driver.find_elements(By.CSS_SELECTOR, f'[data-step="{step}"] a[data-next="{nxt}"]')
             if a.text.strip() == text]
    assert len(links) == 1, f"{step}: answer {text} → {nxt}"
    return links[0]


def visible_steps(driver):
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('[data-step]')).filter(function (s) {"
        " return s.offsetParent !== null; }).map(function (s) { return s.getAttribute('data-step'); })")


def test_without_javascript_every_path_reaches_its_outcome_page_by_page(driver, base_url, paths):
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        for way, outcome in paths:
            driver.get(base_url + "/scope-check/")
            assert len(visible_steps(driver)) == 1, "without JavaScript only the first question shows"
            for text, nxt in way:
                current = visible_steps(driver)[0]
                answer(driver, current, text, nxt).click()
                WebDriverWait(driver, 30).until(lambda d: d.current_url.endswith(f"/scope-check/{nxt}/"))
            shown = driver.find_element(By.CSS_SELECTOR, "[data-outcome]")
            assert shown.get_attribute("data-outcome") == outcome, [t for t, _ in way]
            assert driver.find_element(By.CSS_SELECTOR, ".scope-verdict").text in ("归纪委监委管", "不归纪委监委管")
            restart = driver.find_element(By.LINK_TEXT, "从头再来")
            assert restart.get_attribute("href") == base_url + "/scope-check/"
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_with_javascript_every_path_reaches_its_outcome_one_question_at_a_time(driver, relative_site_dir, paths):
    page = (relative_site_dir / "scope-check" / "index.html").as_uri()
    for way, outcome in paths:
        driver.get(page)
        WebDriverWait(driver, 30).until(lambda d: d.execute_script(
            "return document.getElementById('scope-check').classList.contains('scope-stepper')"))
        back = driver.find_element(By.ID, "scope-back")
        assert not back.is_displayed()
        for depth, (text, nxt) in enumerate(way, start=1):
            current = visible_steps(driver)
            assert len(current) == 1, current
            answer(driver, current[0], text, nxt).click()
            assert visible_steps(driver) == [nxt]
            assert driver.current_url.startswith(page), "the stepper stays on one page"
            assert back.is_displayed()
            assert driver.execute_script("return document.activeElement.id") == f"step-{nxt}-title", "focus moves to the new step"
        assert visible_steps(driver) == [outcome]
        assert driver.find_element(By.CSS_SELECTOR, f'[data-outcome="{outcome}"]').is_displayed()


def test_back_button_browser_back_and_restart_walk_back_through_the_questions(driver, relative_site_dir, paths):
    way, outcome = max(paths, key=lambda p: len(p[0]))
    driver.get((relative_site_dir / "scope-check" / "index.html").as_uri())
    start = visible_steps(driver)[0]
    seen = [start]
    for text, nxt in way:
        answer(driver, seen[-1], text, nxt).click()
        seen.append(nxt)
    assert visible_steps(driver) == [outcome]
    driver.find_element(By.ID, "scope-back").click()
    WebDriverWait(driver, 10).until(lambda d: visible_steps(d) == [seen[-2]])
    driver.back()  # the phone's own back key goes back one question too
    WebDriverWait(driver, 10).until(lambda d: visible_steps(d) == [seen[-3]])
    driver.find_element(By.ID, "scope-restart").click()
    WebDriverWait(driver, 10).until(lambda d: visible_steps(d) == [start])
    assert not driver.find_element(By.ID, "scope-back").is_displayed()
    assert not driver.find_element(By.ID, "scope-restart").is_displayed()


def test_keyboard_alone_walks_a_path_and_goes_back(driver, base_url, paths):
    way, outcome = next(p for p in paths if len(p[0]) >= 3)
    driver.get(base_url + "/scope-check/")
    for text, nxt in way:
        current = visible_steps(driver)[0]
        # Tab from the step's heading (where the focus is after each answer) to the answer, then Enter.
        driver.execute_script(f"document.getElementById('step-{current}-title').focus()")
        target = answer(driver, current, text, nxt)
        for _ in range(20):
            driver.switch_to.active_element.send_keys(Keys.TAB)
            if driver.switch_to.active_element == target:
                break
        assert driver.switch_to.active_element == target, f"Tab does not reach the answer {nxt}"
        target.send_keys(Keys.ENTER)
        WebDriverWait(driver, 10).until(lambda d: visible_steps(d) == [nxt])
    assert visible_steps(driver) == [outcome]
    back = driver.find_element(By.ID, "scope-back")
    back.send_keys(Keys.ENTER)
    WebDriverWait(driver, 10).until(lambda d: visible_steps(d) == [way[-2][1]])


def test_every_page_links_to_the_self_check(driver, base_url):
    for page in ("/", "/channels/", "/real-name/definition/", "/search/?q=12388"):
        driver.get(base_url + page)
        hrefs = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "header a, footer a")]
        assert base_url + "/scope-check/" in hrefs, page
    driver.get(base_url + "/")
    assert driver.find_element(By.CSS_SELECTOR, "main .home-scope-check a").get_attribute("href") == base_url + "/scope-check/"
