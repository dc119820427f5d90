"""mkdocs hook: Redocly's HTTP reference (build/docs/index.html, rendered from the spec by `make docs`) becomes
the site's http/index.html, a file of the site like the pages, so that strict mode checks links to it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

REDOCLY_PAGE = Path(__file__).resolve().parent.parent / "build" / "docs" / "index.html"


def on_files(files: Files, config: MkDocsConfig, **_: Any) -> Files:
    if not REDOCLY_PAGE.is_file():
        raise PluginError(f"{REDOCLY_PAGE} is missing: make docs renders it with Redocly first")
    files.append(File.generated(config, "http/index.html", abs_src_path=str(REDOCLY_PAGE)))
    return files
