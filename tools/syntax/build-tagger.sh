#!/usr/bin/env bash
# Builds a candidate model: the shipped parser (data/syntax/en-ewt.bin) with a
# new tagger that reads lexicon classes from compromise's lexicon
# (tools/syntax/lexicon.ts): three taggers (seeds 1, 2, 3) averaged, small
# weights pruned, the tag dictionary widened, as build-model.sh does. Writes
# OUT (default /tmp/en-ewt-lexicon.bin), not data/: the sixth session measured
# it and did not ship it (see the README's Syntax section). About 2 minutes.
# SEEDS (default "1 2 3") picks the taggers averaged; LEXICON_FLAGS passes
# train.ts options, e.g. "--lexicon-templates 38,39,40,42,43,46 --lexicon-case on".
# CLUSTERS=on reads word clusters from public-domain text (tools/syntax/clusters.ts)
# instead of lexicon classes; CLUSTER_TEMPLATES picks the tagger's cluster
# templates (default all).
#   [SEEDS="2 4"] [LEXICON_FLAGS="..."] [CLUSTERS=on] tools/syntax/build-tagger.sh [OUT]
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-/tmp/en-ewt-lexicon.bin}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp data/syntax/en-ewt.bin "$tmp/base.bin"
seeds="${SEEDS:-1 2 3}"
if [ "${CLUSTERS:-off}" = on ]; then
  node --max-old-space-size=4000 --import tsx tools/syntax/clusters.ts --out "$tmp/clusters.json"
  flags=(--clusters "$tmp/clusters.json" --clusters-for tagger)
  if [ -n "${CLUSTER_TEMPLATES:-}" ]; then flags+=(--cluster-templates "$CLUSTER_TEMPLATES"); fi
else
  # shellcheck disable=SC2206
  flags=(--lexicon on ${LEXICON_FLAGS:-})
fi
for seed in $seeds; do
  node --max-old-space-size=6000 --import tsx tools/syntax/train.ts --tagger-only "$tmp/base.bin" \
    "${flags[@]}" --seed "$seed" --tagger-out "$tmp/t$seed.bin"
done
taggers=()
for seed in $seeds; do taggers+=("$tmp/t$seed.bin"); done
npx tsx tools/syntax/average.ts --out "$tmp/mean.bin" "${taggers[@]}"
npx tsx tools/syntax/prune.ts --in "$tmp/mean.bin" --min 0.25 --tables tagger --out "$tmp/pruned.bin"
npx tsx tools/syntax/dictionaries.ts --in "$tmp/pruned.bin" --out "$out"
