"""Screenshots of the shipped site for the README (make screenshots): home and a page at
375 and 1280 px, in normal and elder mode, into docs/images/."""
import functools
import http.server
import os
import pathlib
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from conftest import REPO, CSPHandler, build_site, make_driver  # noqa: E402
from test_site import load, set_mode, set_screen  # noqa: E402

SHOTS = [  # name, width, height, page
    ("phone-home", 375, 812, "/"),
    ("phone-page", 375, 812, "/real-name/definition/"),
    ("desktop-home", 1280, 900, "/"),
]


def main():
    out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs/images"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = build_site(pathlib.Path(tmp) / "site", "root")
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(CSPHandler, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}"
        driver = make_driver()
        try:
            for name, width, height, path in SHOTS:
                for mode in ("normal", "elder"):
                    set_screen(driver, width, 16, height)
                    load(driver, base + path)
                    set_mode(driver, mode)
                    target = out / f"residents-{name}-{mode}.png"
                    driver.save_screenshot(str(target))
                    print(target.relative_to(REPO) if target.is_relative_to(REPO) else target)
            wechat_preview(driver, pathlib.Path(tmp) / "wechat", out)
        finally:
            driver.quit()
            server.shutdown()


def wechat_preview(driver, folder, out):
    """The WeChat export's preview of one article (docs/wechat.md), opened from file://."""
    binary = os.environ.get("ZHENGFENG") or str(REPO / ".build/debug/zhengfeng")
    subprocess.run([binary, "wechat", "--site", str(REPO), "--output", str(folder)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    set_screen(driver, 1000, 16, 1900)
    driver.get((folder / "news/launch-meeting/index.html").as_uri())
    target = out / "wechat-preview.png"
    driver.save_screenshot(str(target))
    print(target.relative_to(REPO) if target.is_relative_to(REPO) else target)


if __name__ == "__main__":
    main()
