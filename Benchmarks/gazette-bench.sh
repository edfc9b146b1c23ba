#!/usr/bin/env bash
# The Gazette command for ../shared/bench/run_ssg.sh: runs in the corpus folder, puts
# Benchmarks/site.yml (comparable work; GAZETTE_SITE_YML=site-auto.yml for automatic topics and
# topic links) into Content/ and builds into Public/, keeping the build cache in .gazette-cache/.
#   SSG_CLEAN="Public .gazette-cache" TEMPLATES=$PWD/Templates \
#     ../shared/bench/run_ssg.sh 1000 $PWD/Benchmarks/gazette-bench.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# Copied only when different, so the file's time stays and the build cache stays valid.
cmp -s "$here/${GAZETTE_SITE_YML:-site.yml}" Content/site.yml || cp "$here/${GAZETTE_SITE_YML:-site.yml}" Content/site.yml
exec "$here/../.build/release/gazette" build --quiet "$@" 2>/dev/null
