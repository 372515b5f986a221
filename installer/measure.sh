#!/usr/bin/env bash
# Measures the figures the README states, on the installed package (/opt/alembic-workbench): installed size, the time of
# `alembic --version`, and the time from launching the GUI to its main window showing the sample case (the window
# title becomes "Alembic — CASE" once the case is open; polled every 20 ms with xdotool under Xvfb). Each time is the
# median of 5 runs. Needs xvfb, xdotool and imagemagick (import) for the screenshot written to target/screenshot.png.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now() { date +%s%N; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "installed size: $(du -sk /opt/alembic-workbench | awk '{printf "%.1f MB", $1/1024}') (du -sk /opt/alembic-workbench)"

for i in $(seq $runs); do
  t0=$(now); alembic --version >/dev/null; echo $(( ($(now) - t0) / 1000000 ))
done | median | xargs -I{} echo "alembic --version: {} ms (median of $runs)"

alembic import sample-cases/demo --case "$work/case" --no-progress >/dev/null
export HOME="$work/home"; mkdir -p "$HOME"
cat > "$work/one.sh" <<'IN'
#!/usr/bin/env bash
# one GUI launch on the running X server: ms until the main window shows the case; leaves a screenshot if asked
t0=$(date +%s%N)
alembic gui --case "$1" 2>/dev/null & pid=$!
until xdotool search --name "^Alembic — " >/dev/null 2>&1; do sleep 0.02; done
echo $(( ($(date +%s%N) - t0) / 1000000 ))
if [ -n "${2:-}" ]; then sleep 3; import -window root "$2"; fi
kill "$pid"; wait "$pid" 2>/dev/null || true
IN
chmod +x "$work/one.sh"
for i in $(seq $runs); do
  shot=""; [ "$i" = "$runs" ] && shot="$PWD/target/screenshot.png"
  xvfb-run -a -s "-screen 0 1600x1000x24" "$work/one.sh" "$work/case" "$shot"
done | median | xargs -I{} echo "launch to main window on the sample case: {} ms (median of $runs, Xvfb)"
[ -d "$HOME/.openjfx" ] && echo "note: JavaFX extracted natives into \$HOME/.openjfx" || echo "JavaFX natives loaded from the runtime (nothing written to \$HOME)"
