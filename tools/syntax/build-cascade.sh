#!/usr/bin/env bash
# Builds a candidate model: the shipped model (data/syntax/en-ewt.bin) with a
# confidence cascade (tools/syntax/cascade.ts): labelled moves trained beside
# the shipped tagger (train.ts --labelled-moves on, seed 1, jackknifed tags as
# build-model.sh's), their small weights dropped (PRUNE, default 1, which keeps
# the table near 7.5 MB), consulted where the shipped move table's best valid
# move leads by less than MARGIN (default 40). Prints EWT dev for margins 16 to
# 64. Writes OUT (default /tmp/en-ewt-cascade.bin), not data/: the eleventh
# session measured it and did not ship it (too slow for its gain; see the
# README's Syntax section). About 15 minutes on a quiet core.
#   [MARGIN=40] [PRUNE=1] tools/syntax/build-cascade.sh [OUT]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-/tmp/en-ewt-cascade.bin}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp data/syntax/en-ewt.bin "$tmp/base.bin"
node --max-old-space-size=8000 --import tsx tools/syntax/train.ts --folds 4 --tag-iters 6 \
  --parse-iters 10 --tags-cache "$tmp/tags.json" --labelled-moves on \
  --tagger-from "$tmp/base.bin" --seed 1 --out "$tmp/labelled.bin"
npx tsx tools/syntax/prune.ts --in "$tmp/labelled.bin" --min "${PRUNE:-1}" --tables moves \
  --out "$tmp/pruned.bin"
npx tsx tools/syntax/cascade.ts --in "$tmp/base.bin" --labelled "$tmp/pruned.bin" \
  --margins 16,24,32,40,48,64 --margin "${MARGIN:-40}" --out "$out"
