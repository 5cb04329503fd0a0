#!/usr/bin/env bash
# Refreshes the page's vendor files from npm: installs the versions pinned in
# src/Annalist.Web/client/package-lock.json and copies the standalone vis-timeline build
# (it carries its own styles and dependencies) into wwwroot/vendor. The copies are committed,
# so a clone builds a working page without npm; run this only to update them.
set -euo pipefail
cd "$(dirname "$0")/../src/Annalist.Web/client"
npm ci --ignore-scripts --no-audit --no-fund
out=../wwwroot/vendor
mkdir -p "$out"
# drop the source-map comment: the map is not shipped
sed '/^\/\/# sourceMappingURL=/d' node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js > "$out/vis-timeline-graph2d.min.js"
cp node_modules/vis-timeline/LICENSE.MIT.txt "$out/vis-timeline.LICENSE.txt"
echo "vendor files updated in $(cd "$out" && pwd)"
