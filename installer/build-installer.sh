#!/usr/bin/env bash
# Builds the native installer for this system (.deb on Linux, .msi on Windows, .dmg on macOS) into target/installer/.
# The build itself lives in Maven (profile `installer` in pom.xml); this is the same one command, kept for habit.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -Pinstaller package -DskipTests "$@"
