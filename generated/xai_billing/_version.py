# generated from spec/openapi.yaml by make generate — do not edit
"""The package version; its one home is pyproject.toml."""

__version__ = "0.2.0"
