"""`make docs`: the documentation site (build/site) opened in headless Chromium (Debian's chromium package).

Every page renders (its title and content are in the DOM the browser built); the Python API reference
lists every public name (`xai_billing.__all__`), every public method and property of `Client` and
`AsyncClient`, and every model; the HTTP reference (Redocly's page) has every operation of the spec; a
screenshot of the home page, the Python reference and the HTTP reference is saved in build/site-screenshots.

Not a pytest test: it needs a browser, which `make test` does not (CI installs one and runs `make docs`).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

import xai_billing
import xai_billing.models

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "build" / "site"
SCREENSHOTS = ROOT / "build" / "site-screenshots"
# Headless, and quiet on a machine with no network but loopback (no update or sync calls).
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=10000",
]


def _dom(chromium: str, flags: list[str], page: Path) -> str:
    return subprocess.run(
        [chromium, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120, check=True
    ).stdout


def _screenshot(chromium: str, flags: list[str], page: Path, out: Path) -> str | None:
    subprocess.run(
        [chromium, *flags, "--window-size=1400,1800", f"--screenshot={out}", page.as_uri()],
        capture_output=True,
        timeout=120,
        check=True,
    )
    image = out.read_bytes() if out.exists() else b""
    if not image.startswith(b"\x89PNG") or len(image) < 20_000:
        return f"the screenshot {out} is empty or not a PNG"
    return None


def _reference_names() -> list[str]:
    """The anchors the Python reference must have: mkdocstrings names each heading by its dotted path."""
    names = [f"xai_billing.{name}" for name in xai_billing.__all__]
    for client in (xai_billing.Client, xai_billing.AsyncClient):
        names += [f"xai_billing.{client.__name__}.{m}" for m in dir(client) if not m.startswith("_")]
    names += [f"xai_billing.models.{name}" for name in xai_billing.models.__all__]
    return names


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("make docs needs Debian's chromium to check the site: apt-get install chromium", file=sys.stderr)
        return 1
    pages = sorted(p for p in SITE.rglob("*.html") if p.name != "404.html")
    problems: list[str] = []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        flags = [*FLAGS, f"--user-data-dir={profile}"]
        doms = {page.relative_to(SITE).as_posix(): _dom(chromium, flags, page) for page in pages}
        shots = {"home.png": "index.html", "python-reference.png": "reference/python/index.html"}
        shots["http-reference.png"] = "http/index.html"
        for out, page in shots.items():
            problem = _screenshot(chromium, flags, SITE / page, SCREENSHOTS / out)
            if problem:
                problems.append(problem)
    for name, dom in doms.items():
        if name == "http/index.html":
            continue
        # Material renders each page's Markdown into <article class="md-content__inner ...">, headed by an <h1>.
        article = re.search(r'<article class="md-content__inner[^"]*">(.*?)</article>', dom, flags=re.S)
        if article is None or "<h1" not in article.group(1) or len(article.group(1)) < 500:
            problems.append(f"{name}: no rendered content")
    reference = doms.get("reference/python/index.html", "")
    anchors = set(re.findall(r'id="([^"]+)"', reference))
    missing = [name for name in _reference_names() if name not in anchors]
    if missing:
        problems.append(f"the Python reference lacks: {missing}")
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    summaries = [op["summary"] for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)]
    http_dom = html.unescape(doms.get("http/index.html", ""))
    lacking = [summary for summary in summaries if summary not in http_dom]
    if len(summaries) != 11 or lacking:
        problems.append(f"the HTTP reference lacks: {lacking} (of {len(summaries)} operations)")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    print(
        f"docs: {len(doms)} pages rendered; the Python reference has all {len(_reference_names())} public names, "
        f"the HTTP reference all {len(summaries)} operations; screenshots in {SCREENSHOTS.relative_to(ROOT)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
