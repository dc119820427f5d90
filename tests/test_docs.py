"""The documentation site (docs/) builds in strict mode, and strict mode stops it on a broken link.

`make docs` builds the real site, with Redocly's HTTP reference, and opens it in a browser (CI runs it); here
a copy of docs/ is built with mkdocs beside the package's sources, with a placeholder where Redocly's page
goes, so that `make test` catches a page that breaks the build without Node.js or a browser.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import xai_billing

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.timeout(300)


def _site_source(tmp_path: Path) -> Path:
    """A copy of docs/ in a tree shaped like the repository's: generated/ beside it, build/docs/index.html
    standing in for Redocly's page. Its mkdocs.yml."""
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "docs", repo / "docs", ignore=shutil.ignore_patterns("__pycache__"))
    (repo / "generated").symlink_to(ROOT / "generated", target_is_directory=True)
    (repo / "build" / "docs").mkdir(parents=True)
    (repo / "build" / "docs" / "index.html").write_text("<html><body>HTTP reference</body></html>\n")
    return repo / "docs" / "mkdocs.yml"


def _build(config: Path) -> subprocess.CompletedProcess[str]:
    mkdocs = Path(sys.executable).parent / "mkdocs"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [str(mkdocs), "build", "--strict", "--config-file", str(config)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )


def test_the_site_builds_in_strict_mode_with_every_page_and_the_reference(tmp_path: Path) -> None:
    config = _site_source(tmp_path)
    result = _build(config)
    assert result.returncode == 0, result.stderr
    site = config.parent.parent / "build" / "site"
    pages = {p.relative_to(config.parent / "pages").with_suffix("") for p in (config.parent / "pages").rglob("*.md")}
    for page in pages:
        built = site / ("index.html" if page.name == "index" else page / "index.html")
        assert built.is_file(), page
    assert (site / "http" / "index.html").read_text() == "<html><body>HTTP reference</body></html>\n"
    anchors = set(re.findall(r'id="([^"]+)"', (site / "reference" / "python" / "index.html").read_text()))
    expected = {f"xai_billing.{name}" for name in xai_billing.__all__}
    expected |= {f"xai_billing.Client.{m}" for m in dir(xai_billing.Client) if not m.startswith("_")}
    assert expected <= anchors, sorted(expected - anchors)


def test_a_broken_link_stops_the_build(tmp_path: Path) -> None:
    config = _site_source(tmp_path)
    page = config.parent / "pages" / "guides" / "async.md"
    page.write_text(page.read_text() + "\nSee [the old page](retrying.md).\n")
    result = _build(config)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "contains a link 'retrying.md', but the target 'guides/retrying.md' is not found" in result.stderr


def test_the_build_needs_redoclys_page(tmp_path: Path) -> None:
    config = _site_source(tmp_path)
    (config.parent.parent / "build" / "docs" / "index.html").unlink()
    result = _build(config)
    assert result.returncode == 1 and "make docs renders it with Redocly first" in result.stderr, result.stderr
