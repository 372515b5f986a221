#!/usr/bin/env bash
# Builds a self-contained application image (and, with --type deb, a Debian package) of Alembic with jpackage,
# so analysts' air-gapped laptops need no Java installation. Run from the project root after
# `mvn -q -B package -DskipTests`.
set -euo pipefail
cd "$(dirname "$0")/.."
type="${1:-app-image}"
jar=target/alembic.jar
[ -f "$jar" ] || { echo "build-installer: $jar missing; run 'mvn -q -B package -DskipTests' first" >&2; exit 1; }
rm -rf target/installer-input target/installer
mkdir -p target/installer-input
cp "$jar" target/installer-input/
jpackage --type "$type" --name Alembic --app-version 0.1.0 \
  --input target/installer-input --main-jar alembic.jar --main-class io.alembic.cli.Main \
  --arguments gui --java-options -Xmx2g \
  --description "Forensic workbench for model-distillation investigations" \
  --dest target/installer
echo "installer written to target/installer"
