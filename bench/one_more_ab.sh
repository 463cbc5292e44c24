#!/bin/bash
# Loading one more document: two checkouts side by side, each run on a fresh copy of one store.
#
#   bash bench/one_more_ab.sh BASELINE_CHECKOUT STORE ARTICLE...
#
# BASELINE_CHECKOUT: another checkout of ikg with its own .venv (e.g. `git worktree add ../base main &&
# make -C ../base install`); this checkout is the other side. STORE: a loaded embedded store, copied
# (cp -a) before every run, so each run loads the same one more document into the same store.
# For each ARTICLE, three rounds of: baseline, then this checkout; one line per run with
# bench/one_more.py's stages and total.
set -euo pipefail
base=$(cd "$1" && pwd); store=$2; shift 2
here=$(cd "$(dirname "$0")/.." && pwd)
copy=$(mktemp -d)/store
trap 'rm -rf "$(dirname "$copy")"' EXIT
for article in "$@"; do
  for round in 1 2 3; do
    for side in "$base" "$here"; do
      rm -rf "$copy" && cp -a "$store" "$copy"
      out=$(cd "$side" && .venv/bin/python bench/one_more.py "$copy" "$article" | tr '\n' ' ' | sed 's/  */ /g')
      echo "$(basename "$article") $([ "$side" = "$here" ] && echo this || echo baseline) round $round :: $out"
    done
  done
done
