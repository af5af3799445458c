#!/usr/bin/env bash
# check-html.sh renders simulation reports in headless Chromium and checks
# their layout: the demo's report (leadroute demo --html) and a report with
# accept deadlines and live status events (written by sim's
# TestWriteHTMLLive through SIM_HTML_OUT). For each it checks that the
# page loads with no console errors, does not scroll sideways in a
# 1280px window, that charts fit their sections and labels their charts,
# that the per-day charts' date labels do not collide, that table headers
# are unique and rows complete, and that max/min and Gini are explained.
# It also saves a screenshot of each page next to the pages.
#
# Usage: sim/testdata/check-html.sh [output directory]
# Needs chromium (apt-get install chromium) and go. CI does not run it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-$(mktemp -d)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
	echo "check-html: no chromium found; install it (apt-get install chromium)" >&2
	exit 2
fi

(cd "$root" && go run ./cmd/leadroute demo --show 0 --html "$out/demo.html" >/dev/null)
(cd "$root" && SIM_HTML_OUT="$out/live.html" go test ./sim -run '^TestWriteHTMLLive$' -count=1 >/dev/null)
cp "$root/sim/testdata/check-html.html" "$out/check.html"

flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
	--allow-file-access-from-files --window-size=1400,1000 --virtual-time-budget=10000)
status=0
for page in demo.html live.html; do
	"$browser" "${flags[@]}" --enable-logging=stderr --v=0 --dump-dom "file://$out/check.html?$page" \
		>"$out/$page.dom" 2>"$out/$page.log" || true
	"$browser" "${flags[@]}" --window-size=1280,4000 --screenshot="$out/${page%.html}.png" "file://$out/$page" \
		>/dev/null 2>&1 || true
	verdict=$(sed -n '/<pre id="result">/,/<\/pre>/p' "$out/$page.dom" | sed -e 's/<[^>]*>//g')
	errors=$(grep -E 'CONSOLE|Uncaught' "$out/$page.log" | grep -v 'check.html' || true)
	if [ -n "$errors" ]; then
		verdict="FAIL console: $errors
$verdict"
	fi
	echo "== $page: $verdict"
	case "$verdict" in OK*) ;; *) status=1 ;; esac
done
echo "pages and screenshots in $out"
exit $status
