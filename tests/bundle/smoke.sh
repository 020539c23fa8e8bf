#!/usr/bin/env bash
# Build the one-folder bundle with pyinstaller.spec and run it as a user would, headless:
# first paint offscreen, write the worked example with the bundle's own CLI, validate it,
# export it to PDF, and check the PDF's text and fonts. Prints the bundle's size and its
# start-up time against the source start-up, measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=.venv/bin/python
export QT_QPA_PLATFORM=offscreen
WORK=$(mktemp -d /tmp/oases-bundle.XXXXXX)
export OASES_DATA_DIR="$WORK/data"

echo "building bundle ..."
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath "$WORK/dist" --workpath "$WORK/build" pyinstaller.spec
BUNDLE="$WORK/dist/OASESPathwayPlanner"
CLI="$BUNDLE/OASESPathwayPlanner"  # the same program runs the headless commands

"$BUNDLE/OASESPathwayPlanner" --quit-after-paint
"$CLI" example -o "$WORK/example.oases"
"$CLI" validate "$WORK/example.oases"
"$CLI" export-pdf "$WORK/example.oases" -o "$WORK/example.pdf"
$PY - "$WORK/example.pdf" <<'PYEOF'
import subprocess, sys
from pypdf import PdfReader
pdf = sys.argv[1]
text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
assert "1+" in text and "Hong Kong" in text, "bundle PDF lacks the expected text"
fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
assert fonts and all(" yes " in line for line in fonts), "a font is not embedded:\n" + "\n".join(fonts)
print(f"bundle PDF ok: {len(PdfReader(pdf).pages)} pages, {len(fonts)} embedded fonts")
PYEOF
if "$CLI" validate /nonexistent.oases 2>/dev/null; then echo "validate should fail on a missing file"; exit 1; fi
# The languages: our .qm built from the .ts, Qt's own Chinese strings, Babel's CLDR data for them only.
"$BUNDLE/OASESPathwayPlanner" --language zh-Hans --quit-after-paint
for qm in oases_zh_HK.qm oases_zh_CN.qm qtbase_zh_TW.qm qtbase_zh_CN.qm zh_Hant_HK.dat zh_Hans_CN.dat; do
  [ -n "$(find "$BUNDLE" -name "$qm" -print -quit)" ] || { echo "the bundle lacks $qm"; exit 1; }
done
LOCALES=$(find "$BUNDLE" -path "*babel/locale-data/*.dat" | wc -l)
[ "$LOCALES" -le 12 ] || { echo "the bundle ships $LOCALES CLDR locales, not only English and Chinese"; exit 1; }
echo "bundle languages ok: $LOCALES CLDR locales"

SIZE=$(du -sm "$BUNDLE" | cut -f1)
echo "bundle_size: $SIZE MB (folder)"
# The download is the folder as a gzip'd tar: its size is what an advisor fetches at a roadshow.
COMPRESSED=$(tar -czf - -C "$(dirname "$BUNDLE")" "$(basename "$BUNDLE")" | wc -c)
MIB=$(( COMPRESSED / 1048576 ))
echo "bundle_download: $(awk -v b="$COMPRESSED" 'BEGIN { printf "%.1f", b / 1048576 }') MiB compressed (tar -czf; goal <= 90, fails past 100)"
$PY - "$BUNDLE" <<'PYEOF'
import os, statistics, subprocess, sys, time
bundle = sys.argv[1]
def wall(cmd):
    start = time.perf_counter(); subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start
frozen = [os.path.join(bundle, "OASESPathwayPlanner"), "--quit-after-paint"]
source = [".venv/bin/python", "main.py", "--quit-after-paint"]
wall(frozen); wall(source)
ratios, fs, ss = [], [], []
for _ in range(5):
    f, s = wall(frozen), wall(source)
    fs.append(f); ss.append(s); ratios.append(f / s)
print(f"bundle_start_first_paint: {statistics.median(fs):.3f} s")
print(f"source_start_first_paint: {statistics.median(ss):.3f} s")
print(f"bundle_vs_source_start_ratio: {statistics.median(ratios):.2f} x (goal <= 1.1)")
PYEOF
# Past 100 MiB compressed something unwanted was bundled (a Qt add-on, a test kit, a theme plugin's libraries).
[ "$MIB" -lt 100 ] || { echo "bundle download is $MIB MiB, over 100 MiB: something unwanted was bundled"; exit 1; }
[ -n "${KEEP_BUNDLE:-}" ] || rm -rf "$WORK"
echo "bundle smoke test passed"
