"""generated/ is only what the generator writes, marked as such, and the distribution holds the client alone."""

from __future__ import annotations

import email.parser
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
HEADER = "# generated from spec/openapi.yaml by make generate — do not edit"
sys.path.insert(0, str(ROOT / "generator"))
import generate  # noqa: E402


def test_every_generated_file_opens_with_the_header() -> None:
    files = [p for p in GENERATED.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    assert len(files) > 60
    for path in files:
        if path.name == "py.typed":  # a PEP 561 marker: its content is read by type checkers
            assert path.read_text() == ""
            continue
        assert path.read_text(encoding="utf-8").splitlines()[0].startswith(HEADER), path


def test_runtime_sources_name_where_to_edit_them() -> None:
    for source in (ROOT / "generator" / "runtime").glob("*.py"):
        first = (GENERATED / "xai_billing" / source.name).read_text(encoding="utf-8").splitlines()[0]
        assert first == f"{HEADER}; source: generator/runtime/{source.name}"


def test_check_names_a_hand_edited_a_stale_and_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "generated"
    shutil.copytree(GENERATED, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert generate.compare(GENERATED, copy) == 0
    (copy / "xai_billing" / "client.py").write_text("# hand edit\n", encoding="utf-8")
    (copy / "xai_billing" / "models" / "stale.py").write_text(HEADER + "\n", encoding="utf-8")
    (copy / "xai_billing" / "types.py").unlink()
    assert generate.compare(GENERATED, copy) == 1
    err = capsys.readouterr().err
    assert "differs: generated/xai_billing/client.py" in err
    assert "stale in generated/: xai_billing/models/stale.py" in err
    assert "missing from generated/: xai_billing/types.py" in err


def test_the_wheel_holds_the_typed_client_only_and_depends_on_httpx_and_attrs(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("xai_billing-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = email.parser.Parser().parsestr(archive.read(metadata_name).decode())
    assert "xai_billing/py.typed" in names
    assert "xai_billing/client.py" in names and "xai_billing/_base_client.py" in names
    assert not any("strict" in n for n in names)
    assert all(n.startswith(("xai_billing/", "xai_billing-")) for n in names)
    requires = sorted(
        r.split(">")[0].split("<")[0].split("=")[0].strip()
        for r in metadata.get_all("Requires-Dist")
        if "extra ==" not in r
    )
    assert requires == ["attrs", "httpx"]
    assert metadata["Requires-Python"] == ">=3.11"
    version = next(line for line in (ROOT / "pyproject.toml").read_text().splitlines() if line.startswith("version = "))
    assert metadata["Version"] == version.split('"')[1]


def test_the_installed_version_is_the_one_in_pyproject() -> None:
    import xai_billing

    version = next(line for line in (ROOT / "pyproject.toml").read_text().splitlines() if line.startswith("version = "))
    assert xai_billing.__version__ == version.split('"')[1]
