#!/usr/bin/env bash
# Offline smoke test of the built package: installs the .deb, then runs import, search, detect and verify on the
# sample case (and opens a case made by an older version) inside `unshare -n`, a network namespace with no
# interface but a downed loopback: any attempt to reach a network fails there. Ends by removing the package and
# checking that the case folders it worked on are byte-for-byte untouched. Run from the project root, as root
# (dpkg), after `mvn -B -Pinstaller package -DskipTests`. Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
deb="${1:-$(ls target/installer/alembic-workbench_*_amd64.deb 2>/dev/null | head -1)}"
[ -n "$deb" ] && [ -f "$deb" ] || { echo "smoke: no .deb (build it: mvn -B -Pinstaller package -DskipTests)" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

step "install $deb"
# apt with the file's path installs this very file and brings what it depends on (e.g. xdg-utils for the desktop
# entry). Not 'dpkg -i' then 'apt-get install -f': Debian's archive has an unrelated package named alembic (a Python
# migration tool) at a higher version, and -f "upgrades" ours to it
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$(realpath "$deb")"
dpkg -s alembic-workbench | grep -q "^Version: $(dpkg-deb -f "$deb" Version)\$" || fail "alembic-workbench installed is not the version of $deb"
dpkg -s alembic-workbench | grep -q '^Status: install ok installed' || fail "alembic-workbench not installed"
command -v alembic >/dev/null || fail "alembic not on PATH"
# the package owns its install folder, its docs and nothing else: never a case folder
if dpkg -L alembic-workbench | grep -v -E '^/(\.|opt|opt/alembic-workbench(/.*)?|usr|usr/share|usr/share/doc(/alembic-workbench(/.*)?)?)$'; then
  fail "the package owns files outside /opt/alembic-workbench"
fi
du -sk /opt/alembic-workbench | awk '{printf "installed size: %.1f MB\n", $1/1024}'

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r sample-cases/demo "$work/demo"
mkdir -p "$work/old" && (cd "$work/old" && python3 -c "import zipfile,sys; zipfile.ZipFile(sys.argv[1]).extractall('.')" \
  "$OLDPWD/src/test/resources/io/alembic/casefile/case-format-1.zip")

# unshare -n needs CAP_SYS_ADMIN; an unprivileged user gets it in a user namespace of its own (-r)
ns=(unshare -n)
"${ns[@]}" true 2>/dev/null || ns=(unshare -rn)
"${ns[@]}" true || fail "cannot make a network namespace (unshare -n)"

step "inside unshare -n: import, search, detect, verify, upgrade an older case"
"${ns[@]}" env -u DISPLAY -u WAYLAND_DISPLAY WORK="$work" bash -euo pipefail -c '
  # no route out: only a loopback, and it is down (/proc/net is per namespace; /sys/class/net would show the host)
  ifaces=$(tail -n +3 /proc/net/dev | cut -d: -f1 | tr -d " " | tr "\n" " ")
  [ "$ifaces" = "lo " ] || { echo "interfaces in the namespace: $ifaces" >&2; exit 1; }
  if (exec 3<>/dev/tcp/1.1.1.1/80) 2>/dev/null; then echo "a socket connected inside the namespace" >&2; exit 1; fi
  echo "network namespace: interfaces: $ifaces(loopback down); connect to 1.1.1.1:80: Network is unreachable"
  alembic --version
  alembic import "$WORK/demo" --case "$WORK/case" --no-progress | tail -3
  alembic search --case "$WORK/case" --limit 3 "explain" | head -5
  total=$(alembic search --case "$WORK/case" --json "explain" | python3 -c "import json,sys; print(json.load(sys.stdin)[\"total\"])")
  [ "$total" -gt 0 ] || { echo "search found nothing" >&2; exit 1; }
  alembic detect --case "$WORK/case" | tail -3
  alembic verify --case "$WORK/case" | tail -2
  alembic verify "$WORK/demo" | tail -1
  alembic verify --case "$WORK/old" | tail -2
  grep -q "\"case_migrated\"" "$WORK/old/audit.log.jsonl" || { echo "older case not migrated" >&2; exit 1; }
  ls "$WORK/old/backups"
  # the GUI without a display: one line naming the fix, exit 1
  set +e; msg=$(alembic gui 2>&1 >/dev/null); code=$?; set -e
  echo "alembic gui (no DISPLAY): exit $code: $msg"
  [ "$code" = 1 ] && [[ "$msg" == *xvfb-run* ]] && [ "$(printf "%s\n" "$msg" | wc -l)" = 1 ]
'

step "the runnable jar without a display"
if [ -f target/alembic.jar ]; then
  set +e; msg=$(env -u DISPLAY -u WAYLAND_DISPLAY java -jar target/alembic.jar gui 2>&1 >/dev/null); code=$?; set -e
  echo "java -jar target/alembic.jar gui: exit $code: $msg"
  [ "$code" = 1 ] && [[ "$msg" == *xvfb-run* ]] || fail "jar start-up error"
fi

step "uninstall leaves cases untouched"
before="$(cd "$work" && find case old -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum)"
dpkg --purge alembic-workbench >/dev/null
[ ! -e /opt/alembic-workbench ] && [ ! -e /usr/bin/alembic ] || fail "package files left behind"
after="$(cd "$work" && find case old -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum)"
[ "$before" = "$after" ] || fail "case folders changed by uninstall"
echo "case folders identical after dpkg --purge ($before)"
echo
echo "smoke: OK (offline)"
