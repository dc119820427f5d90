"""The package version, read from the installed distribution (pyproject.toml is its one home)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("xai-billing")
except PackageNotFoundError:  # imported from a source tree that was never installed
    __version__ = "0+unknown"
