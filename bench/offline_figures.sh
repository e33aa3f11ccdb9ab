#!/usr/bin/env bash
# Offline engine figures (issue 12): 100 seeds per card in prompts/cards/, then bench/offline_check.py.
# Usage: bench/offline_figures.sh [OUT_DIR] [N]     (OUT_DIR default: a temp dir; N default 100)
# Set EXPORT=1 to also run `rolecall export` on each card's calls (slower).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-$(mktemp -d)}"
n="${2:-100}"
mkdir -p "$out"
args=()
for card in prompts/cards/*.md; do
  name="$(basename "$card" .md)"
  rm -f "$out/$name.jsonl"
  ./rolecall batch --engine offline --card "$card" -n "$n" -c 2 --no-score --no-progress-bar -o "$out/$name.jsonl" >/dev/null 2>&1
  args+=("$card=$out/$name.jsonl")
done
extra=()
[ "${EXPORT:-0}" = 1 ] && extra+=(--export)
python3 bench/offline_check.py "${extra[@]}" "${args[@]}"
