#!/usr/bin/env bash
# Runs the course notebooks and the differential corpus through the genuine .NET Interactive C# kernel, the
# kernel Polyglot Notebooks users have. A local check, not CI: the genuine kernel is built from
# dotnet/interactive's public sources by ../shared/tools/genuine-kernel (see docs/compatibility.md).
#
#   eng/genuine-kernel-check.sh [--quick] [--record] [--skip-corpus] [NOTEBOOK.ipynb...]
#
#   --quick        cold runs only for the first notebook (a cold run restores every package from the registry)
#   --record       write the corpus results into tests/.../Differential/genuine-kernel.json instead of comparing
#   --skip-corpus  the course notebooks only
#
# Every notebook runs three ways, as users meet it:
#   cold   a fresh HOME and NuGet packages folder, the kernel started in notebooks/ (VS Code starts it in the
#          notebook's folder), so only notebooks/NuGet.config and NuGet's defaults name sources;
#   warm   the same again, everything restored;
#   any    a copy of the notebook in a folder outside the repository, with a fresh HOME whose user-level
#          NuGet.config names the feed as `membranekit setup` does.
# For each: cells ok, charts, plotly.js copies (one per notebook with charts), and Chromium's view of the outputs
# (every chart must become interactive). Exits 1 if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

quick=0 record=0 corpus=1 notebooks=()
for argument in "$@"; do
  case "$argument" in
    --quick) quick=1 ;;
    --record) record=1 ;;
    --skip-corpus) corpus=0 ;;
    -h|--help) sed -n 2,19p "$0"; exit 0 ;;
    -*) echo "unknown option: $argument (see --help)" >&2; exit 2 ;;
    *) notebooks+=("$(realpath "$argument")") ;;
  esac
done
[ ${#notebooks[@]} -gt 0 ] || notebooks=("$root"/notebooks/*.ipynb)

runner=/tmp/realkernel/run-notebook
if [ ! -x "$runner" ]; then
  echo "The genuine kernel is not built: fetch github:dotnet/interactive with the search tool's fetch, then" >&2
  echo "  bash ../shared/tools/genuine-kernel/build.sh <its git directory>" >&2
  exit 2
fi
python=/usr/bin/python3
results="$root/eng/genuine_results.py"
feed="$root/artifacts/packages"
if ! ls "$feed"/MembraneKit.Interactive.*.nupkg >/dev/null 2>&1; then
  echo "No kit in $feed: run 'dotnet run --project src/MembraneKit.Cli -c Release -- setup' first." >&2
  exit 2
fi

work=$(mktemp -d /tmp/genuine-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
failures=0

# Counts the charts Chromium sees become interactive in the page of a run's HTML outputs.
interactive_charts() {
  local page="$1" profile
  profile=$(mktemp -d "$work/chromium.XXXXXX")
  chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" \
    --virtual-time-budget=20000 --dump-dom "file://$page" 2>/dev/null | grep -o 'data-mk-interactive="true"' | wc -l
}

check() {
  local mode="$1" notebook="$2" cwd="$3" home="$4" packages="$5"
  local name run started elapsed line charts interactive
  name=$(basename "$notebook" .ipynb)
  run="$work/$mode-$name.jsonl"
  started=$(date +%s%N)
  HOME="$home" RK_NUGET_PACKAGES="$packages" timeout 900 "$runner" "$notebook" --cwd "$cwd" --kinds --values >"$run" 2>"$run.err"
  elapsed=$(( ($(date +%s%N) - started) / 100000000 ))
  elapsed="$((elapsed / 10)).$((elapsed % 10))"
  line=$("$python" "$results" summary "$run")
  local ok=$?
  charts=$(echo "$line" | sed -n 's/.* \([0-9]*\) charts.*/\1/p')
  interactive=0
  if [ "${charts:-0}" -gt 0 ]; then
    "$python" "$results" page "$run" >"$work/$mode-$name.html"
    interactive=$(interactive_charts "$work/$mode-$name.html")
    [ "$interactive" -eq "$charts" ] || ok=1
  fi
  [ -s "$run" ] || { ok=1; line="no cells ran: $(tail -3 "$run.err" | tr '\n' ' ')"; }
  printf '%-5s %-55s %6ss  %s, %s interactive in Chromium%s\n' "$mode" "$name" "$elapsed" "$line" "$interactive" \
    "$([ $ok -eq 0 ] && echo '' || echo '  FAILED')"
  [ $ok -eq 0 ] || failures=$((failures + 1))
}

echo "genuine kernel: $(cat /tmp/realkernel/UPSTREAM_COMMIT 2>/dev/null || echo unknown) · kit: $(ls "$feed"/MembraneKit.Interactive.*.nupkg | xargs -n1 basename | tr '\n' ' ')"
first=1
for notebook in "${notebooks[@]}"; do
  name=$(basename "$notebook" .ipynb)
  if [ $quick -eq 0 ] || [ $first -eq 1 ]; then
    cold="$work/cold-$name"
    mkdir -p "$cold/home" "$cold/packages"
    check cold "$notebook" "$(dirname "$notebook")" "$cold/home" "$cold/packages"
    check warm "$notebook" "$(dirname "$notebook")" "$cold/home" "$cold/packages"
  else
    shared="$work/cold-$(basename "${notebooks[0]}" .ipynb)"
    check warm "$notebook" "$(dirname "$notebook")" "$shared/home" "$shared/packages"
  fi

  any="$work/any-$name"
  mkdir -p "$any/home/.nuget/NuGet" "$any/packages" "$any/somewhere"
  cp "$notebook" "$any/somewhere/"
  cat >"$any/home/.nuget/NuGet/NuGet.Config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="membranekit-local" value="$feed" />
  </packageSources>
</configuration>
EOF
  check any "$any/somewhere/$(basename "$notebook")" "$any/somewhere" "$any/home" "$any/packages"
  first=0
done

if [ $corpus -eq 1 ]; then
  differential="$root/tests/MembraneKit.Notebooks.Tests/Differential"
  mkdir -p "$work/corpus-home" "$work/corpus-packages"
  HOME="$work/corpus-home" RK_NUGET_PACKAGES="$work/corpus-packages" timeout 900 \
    "$runner" "$differential/corpus.ipynb" --cwd "$differential" --kinds --values >"$work/corpus.jsonl" 2>"$work/corpus.err"
  "$python" "$results" corpus "$differential/corpus.ipynb" "$work/corpus.jsonl" >"$work/genuine-kernel.json"
  if [ $record -eq 1 ]; then
    cp "$work/genuine-kernel.json" "$differential/genuine-kernel.json"
    echo "corpus: recorded $(grep -c '"success"' "$work/genuine-kernel.json") cells into $differential/genuine-kernel.json"
  elif diff -q "$work/genuine-kernel.json" "$differential/genuine-kernel.json" >/dev/null; then
    echo "corpus: the genuine kernel still answers as recorded"
  else
    echo "corpus: the genuine kernel now answers differently from the recording (re-run with --record, then review the diff):"
    diff "$differential/genuine-kernel.json" "$work/genuine-kernel.json" | head -40
    failures=$((failures + 1))
  fi
  if dotnet test "$root/tests/MembraneKit.Notebooks.Tests" -c Release --nologo --filter "FullyQualifiedName~Differential" >"$work/differential.log" 2>&1; then
    echo "corpus: our engine agrees with the recording (known differences: docs/compatibility.md) — $(grep -o 'Passed: *[0-9]*' "$work/differential.log" | tail -1)"
  else
    echo "corpus: our engine differs:"; grep -E "Failed |differs" "$work/differential.log" | head -20
    failures=$((failures + 1))
  fi
fi

echo "$failures failure(s)"
[ $failures -eq 0 ]
