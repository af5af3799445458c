#!/bin/sh
# refresh.sh VERSION replaces the snapshot in data/iso-3166 with release
# VERSION of the iso-3166 npm package (github.com/wooorm/iso-3166) and
# regenerates internal/iso3166/table_gen.go from it. Needs npm and go.
#
#   cd internal/gen/iso3166 && ./refresh.sh 4.4.0
#
# Then review the diff of data/ and the table, run go test ./..., and note
# the new version in CHANGELOG.md.
set -eu
version=${1:?usage: refresh.sh VERSION (see: npm view iso-3166 versions)}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "iso-3166@$version" >/dev/null && tar xzf iso-3166-*.tgz)
mkdir -p "$here/data/iso-3166"
for f in 1.js 2.js package.json license; do
	cp "$tmp/package/$f" "$here/data/iso-3166/$f"
done
cd "$here/../../iso3166" && go generate .
