#!/usr/bin/env bash
# The Gazette command for ../shared/bench/run_ssg.sh: runs in the corpus folder, puts
# Benchmarks/site.yml (comparable work) into Content/ and builds into Public/.
#   TEMPLATES=$PWD/Templates ../shared/bench/run_ssg.sh 1000 $PWD/Benchmarks/gazette-bench.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cp "$here/site.yml" Content/site.yml
exec "$here/../.build/release/gazette" build --quiet "$@" 2>/dev/null
