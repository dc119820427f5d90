#!/usr/bin/env bash
# The conformance matrix's tools, each installed here when missing (CI runs as root on a fresh clone):
# Go, Debian's Go module sources and Rust crates (cargo reads /usr/share/cargo/registry offline), Java 17
# with Debian's Jackson (tests/conformance/java/ stands in for the two Jackson modules Debian lacks),
# and openapi-generator's jar from PyPI (openapi-generator-cli, pinned) in its own venv. The TypeScript
# tools are pinned in spec/package.json (make's spec/node_modules). The Python rows are a Python team that
# generates its own client or models from spec/openapi.json: openapi-python-client and
# datamodel-code-generator, pinned here, in a venv of their own (build/conformance-tools/python), apart
# from this package's toolchain; the code they generate runs there too.
set -euo pipefail
cd "$(dirname "$0")/../.."
TOOLS=build/conformance-tools
OPENAPI_GENERATOR_CLI_VERSION=7.26.0
PYTHON_TOOLS=(openapi-python-client==0.29.1 datamodel-code-generator==0.89.0)
DEBS=(golang golang-gopkg-validator.v2-dev librust-serde-dev librust-serde-derive-dev librust-serde-json-dev
      librust-chrono-dev libjackson2-core-java libjackson2-databind-java libjackson2-annotations-java
      libjsr305-java libgeronimo-annotation-1.3-spec-java)
command -v cargo >/dev/null 2>&1 || DEBS+=(cargo)
command -v javac >/dev/null 2>&1 || DEBS+=(openjdk-17-jdk-headless)
missing=()
for deb in "${DEBS[@]}"; do
    dpkg-query -W -f='${Status}' "$deb" 2>/dev/null | grep -q "ok installed" || missing+=("$deb")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "$("$TOOLS/venv/bin/openapi-generator-cli" version 2>/dev/null)" != "$OPENAPI_GENERATOR_CLI_VERSION" ]; then
    rm -rf "$TOOLS/venv"
    python3 -m venv "$TOOLS/venv"
    "$TOOLS/venv/bin/python" -m pip install --quiet --disable-pip-version-check \
        "openapi-generator-cli==$OPENAPI_GENERATOR_CLI_VERSION"
fi
if [ "$(cat "$TOOLS/python/.installed" 2>/dev/null)" != "${PYTHON_TOOLS[*]}" ]; then
    rm -rf "$TOOLS/python"
    python3 -m venv "$TOOLS/python"
    "$TOOLS/python/bin/python" -m pip install --quiet --disable-pip-version-check "${PYTHON_TOOLS[@]}"
    echo "${PYTHON_TOOLS[*]}" > "$TOOLS/python/.installed"
fi
