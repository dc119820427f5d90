# generated from spec/openapi.yaml by make generate — do not edit
"""The package version (its one home is pyproject.toml) and the version of the spec it was generated
from (its one home is info.version in spec/openapi.yaml)."""

__version__ = "0.3.0"
SPEC_VERSION = "3.0.0"
