#!/usr/bin/env bash
# Vendor the dashboard's map libraries into src/rasd/api/static/vendor (no CDN at run time).
#
# Installs pinned versions with npm into a temp dir and copies only the browser builds, the
# 110m world outline and each package's LICENSE. Re-run after changing a version below and
# commit the output. All ISC (d3-array, d3-geo, topojson-client, world-atlas); world-atlas
# data is derived from Natural Earth (public domain).
set -euo pipefail
cd "$(dirname "$0")/.."

D3_ARRAY=3.2.4       # d3-geo's one dependency (Adder, merge, range)
D3_GEO=3.1.1
TOPOJSON_CLIENT=3.1.0
WORLD_ATLAS=2.0.2

OUT=src/rasd/api/static/vendor
TMP=$(mktemp -d /tmp/rasd-vendor.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

command -v npm >/dev/null 2>&1 || { echo "vendor_dashboard: npm is required" >&2; exit 1; }
(
  cd "$TMP"
  npm init -y >/dev/null
  npm install --silent --no-audit --no-fund --ignore-scripts \
    "d3-array@$D3_ARRAY" "d3-geo@$D3_GEO" \
    "topojson-client@$TOPOJSON_CLIENT" "world-atlas@$WORLD_ATLAS"
)

copy() {  # copy PACKAGE FILE... into $OUT/PACKAGE, with the package's LICENSE
  local pkg=$1; shift
  local src="$TMP/node_modules/$pkg"
  rm -rf "${OUT:?}/$pkg"
  mkdir -p "$OUT/$pkg"
  for f in "$@"; do cp "$src/$f" "$OUT/$pkg/"; done
  cp "$src/LICENSE" "$OUT/$pkg/LICENSE"
  local version
  version=$(node -p "require('$src/package.json').version")
  echo "$pkg $version" >>"$OUT/VERSIONS.new"
}

rm -f "$OUT/VERSIONS.new"
mkdir -p "$OUT"
copy d3-array dist/d3-array.min.js
copy d3-geo dist/d3-geo.min.js
copy topojson-client dist/topojson-client.min.js
copy world-atlas countries-110m.json
{
  echo "# Vendored by scripts/vendor_dashboard.sh (npm, pinned); package version, licence ISC."
  cat "$OUT/VERSIONS.new"
} >"$OUT/VERSIONS"
rm -f "$OUT/VERSIONS.new"
du -sh "$OUT"
