#!/usr/bin/env bash
# Builds data/syntax/en-ewt.bin from ../shared/benchmarks/ud-english-ewt, as
# shipped: two parsers trained with seeds 1 and 2 on the same jackknifed
# tags, their weights averaged, then small weights pruned (move and label
# models below 1, tagger below 0.5), each step chosen on dev. Deterministic.
# About 10 minutes per training run on a quiet core.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
train=(node --max-old-space-size=16000 --import tsx tools/syntax/train.ts --folds 4 --tag-iters 6 --parse-iters 10 --tags-cache "$tmp/tags.json")
"${train[@]}" --seed 1 --out "$tmp/seed1.bin"
"${train[@]}" --seed 2 --out "$tmp/seed2.bin"
npx tsx tools/syntax/average.ts --out "$tmp/mean.bin" "$tmp/seed1.bin" "$tmp/seed2.bin"
npx tsx tools/syntax/prune.ts --in "$tmp/mean.bin" --min 1 --tables moves,labels --out "$tmp/pruned.bin"
npx tsx tools/syntax/prune.ts --in "$tmp/pruned.bin" --min 0.5 --tables tagger --out data/syntax/en-ewt.bin
