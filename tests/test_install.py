"""The distribution as `make wheel` builds it (the sdist, then the wheel from the sdist, as a publisher's
`python -m build` does): the sdist holds what building needs and nothing stray, and the wheel installs into a
clean virtual environment holding only it and its runtime dependencies (httpx, attrs), plus pytest as a
consumer's project has it. There it imports, carries its license files and project URLs, pytest still
starts (the package's pytest plugin loads without the fake extra), and the `xai-billing` command says in one
line which extra it needs."""

from __future__ import annotations

import importlib.metadata
import json
import os
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Building the wheel and the environment takes tens of seconds on a busy machine: once for the module.
pytestmark = pytest.mark.timeout(600)


def _pip(*args: str, cwd: Path | None = None) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet", *args],
        check=True,
        cwd=cwd,
        timeout=500,
    )


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and the wheel built from it, as `make wheel` builds them; their folder."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], check=True, timeout=500)
    return out


def test_the_sdist_holds_what_building_needs_and_nothing_stray(dist: Path) -> None:
    (sdist,) = dist.glob("xai_billing-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    package = {
        str(path.relative_to(ROOT))
        for path in (ROOT / "generated" / "xai_billing").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    top = {"pyproject.toml", "README.md", "CHANGELOG.md", "LICENSE", "NOTICE", "PKG-INFO", "spec/openapi.yaml"}
    # hatchling always adds .gitignore (it reads it to exclude files when the wheel is built from the sdist).
    assert names - {".gitignore"} == package | top


def test_twine_accepts_both_as_an_index_would(dist: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *sorted(str(p) for p in dist.iterdir())],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and result.stdout.count("PASSED") == 2, result.stdout + result.stderr


def test_the_wheel_carries_the_license_files_and_the_metadata(dist: Path) -> None:
    (wheel,) = dist.glob("xai_billing-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        licenses = {n.rsplit("/", 1)[1] for n in archive.namelist() if ".dist-info/licenses/" in n}
        metadata = archive.read(next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))).decode()
    assert licenses == {"LICENSE", "NOTICE"}
    assert "License-Expression: Apache-2.0" in metadata
    for label in ("Homepage", "Documentation", "Source", "Changelog", "Issues"):
        assert f"Project-URL: {label}, https://" in metadata, label
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for classifier in project["classifiers"]:
        assert f"Classifier: {classifier}" in metadata
    # One URL base for the project, the site's configuration and the README included.
    urls = project["urls"]
    site = (ROOT / "docs" / "mkdocs.yml").read_text(encoding="utf-8")
    assert f"site_url: {urls['Documentation']}" in site and f"repo_url: {urls['Source']}" in site
    assert urls["Homepage"] == urls["Source"] and urls["Issues"].startswith(urls["Source"] + "/")
    assert urls["Changelog"].startswith(urls["Source"] + "/")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert urls["Documentation"] in readme and urls["Changelog"] in readme


@pytest.fixture(scope="module")
def bare_venv(tmp_path_factory: pytest.TempPathFactory, dist: Path) -> Iterator[Path]:
    """A virtual environment with the wheel and its runtime dependencies only, and pytest; its bin folder."""
    root = tmp_path_factory.mktemp("install")
    (wheel,) = dist.glob("xai_billing-*.whl")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root / "venv")], check=True, timeout=120)
    # The versions this suite runs with, so that pip finds them in its cache and the result is repeatable.
    constraints = root / "constraints.txt"
    constraints.write_text(
        "".join(
            f"{dist.metadata['Name']}=={dist.version}\n"
            for dist in importlib.metadata.distributions()
            if dist.metadata["Name"] and dist.metadata["Name"].lower() != "xai-billing"
        )
    )
    _pip("--python", str(root / "venv" / "bin" / "python"), "install", "-c", str(constraints), str(wheel), "pytest")
    yield root / "venv" / "bin"


def _run(bin_dir: Path, *argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PYTEST", "VIRTUAL_ENV", "XAI_"))}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(
        [str(bin_dir / argv[0]), *argv[1:]], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_the_installed_wheel_imports_and_finds_its_license(bare_venv: Path, tmp_path: Path) -> None:
    code = (
        "import importlib.metadata as m, json, xai_billing\n"
        "dist = m.distribution('xai-billing')\n"
        "files = [str(f) for f in dist.files or [] if '.dist-info/licenses/' in str(f)]\n"
        "text = {f.rsplit('/', 1)[1]: dist.locate_file(f).read_text() for f in files}\n"
        "print(json.dumps({'version': xai_billing.__version__, 'file': xai_billing.__file__, 'licenses': text}))"
    )
    result = _run(bare_venv, "python", "-c", code, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert found["version"] == project["version"]
    assert str(bare_venv.parent) in found["file"]  # the installed copy, not this checkout's
    assert found["licenses"]["LICENSE"] == (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in found["licenses"]["LICENSE"] and "Version 2.0" in found["licenses"]["LICENSE"]
    assert found["licenses"]["NOTICE"] == (ROOT / "NOTICE").read_text(encoding="utf-8")


def test_the_environment_holds_no_extra(bare_venv: Path, tmp_path: Path) -> None:
    installed = _run(bare_venv, "python", "-m", "pip", "list", cwd=tmp_path)
    code = "import importlib.util as u; print([m for m in ('click', 'rich', 'jsonschema') if u.find_spec(m)])"
    found = _run(bare_venv, "python", "-c", code, cwd=tmp_path)
    assert found.returncode == 0 and found.stdout.strip() == "[]", installed.stdout + found.stderr


def test_pytest_starts_in_a_project_without_the_fake_extra(bare_venv: Path, tmp_path: Path) -> None:
    (tmp_path / "test_mine.py").write_text("def test_mine():\n    assert 1 + 1 == 2\n")
    result = _run(bare_venv, "python", "-m", "pytest", "-p", "no:cacheprovider", "test_mine.py", cwd=tmp_path)
    assert result.returncode == 0 and "1 passed" in result.stdout, result.stdout + result.stderr
    # The plugin is loaded (its fixtures are listed), not left out.
    listed = _run(bare_venv, "python", "-m", "pytest", "-p", "no:cacheprovider", "--fixtures", cwd=tmp_path)
    assert listed.returncode == 0 and "fake_billing_server" in listed.stdout, listed.stdout + listed.stderr


def test_a_fixture_of_the_local_api_says_which_extra_to_install(bare_venv: Path, tmp_path: Path) -> None:
    (tmp_path / "test_fake.py").write_text("def test_uses_it(fake_billing_server):\n    pass\n")
    result = _run(bare_venv, "python", "-m", "pytest", "-p", "no:cacheprovider", "test_fake.py", cwd=tmp_path)
    assert result.returncode == 1 and "1 error" in result.stdout, result.stdout + result.stderr
    assert "the fake_billing fixture needs the fake extra" in result.stdout
    assert "pip install 'xai-billing[fake]'" in result.stdout and "Traceback" not in result.stdout


def test_importing_the_local_api_without_its_extra_names_the_extra(bare_venv: Path, tmp_path: Path) -> None:
    code = "import xai_billing, xai_billing.fake\ntry:\n    xai_billing.fake.FakeBillingAPI\nexcept ImportError as e:\n    print(e)"
    result = _run(bare_venv, "python", "-c", code, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "xai_billing.fake needs the fake extra: pip install 'xai-billing[fake]'"


@pytest.mark.parametrize("argv", [["balance"], ["--help"], ["top-up", "5", "--yes"]])
def test_the_command_without_the_cli_extra_says_which_extra_in_one_line(
    bare_venv: Path, tmp_path: Path, argv: list[str]
) -> None:
    result = _run(bare_venv, "xai-billing", *argv, cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == "", result.stdout + result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("xai-billing: ") and "pip install 'xai-billing[cli]'" in result.stderr
