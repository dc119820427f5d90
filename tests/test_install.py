"""Installing the package without extras never breaks the program around it: in a clean virtual environment
holding only the built wheel and its runtime dependencies (httpx, attrs), plus pytest as a consumer's
project has it, pytest still starts (the package's pytest plugin loads without the fake extra), and the
`xai-billing` command says in one line which extra it needs."""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
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
def bare_venv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A virtual environment with the wheel and its runtime dependencies only, and pytest; its bin folder."""
    root = tmp_path_factory.mktemp("install")
    _pip("wheel", "--no-deps", "--wheel-dir", str(root / "dist"), str(ROOT))
    (wheel,) = (root / "dist").glob("xai_billing-*.whl")
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
