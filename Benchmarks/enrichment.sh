#!/usr/bin/env bash
# Enrichment time per article from 1,000 to 20,000 articles (issue: tagging and related scale).
# Uses the generated corpora of ../shared/bench (gen_corpus.py, seed 1, Chinese), with automatic
# topics and topic links on, and prints `gazette check --timings` per size.
#   Benchmarks/enrichment.sh [SIZES...]     (default: 1000 5000 10000 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product gazette >/dev/null
bench=../shared/bench
sizes=("${@:-1000 5000 10000 20000}")
printf '%8s %10s %10s %14s\n' articles load_s enrich_s enrich_us/article
for n in ${sizes[@]}; do
    corpus=/tmp/ssg-bench/zh-s1-n$n
    [ -d "$corpus/Content" ] || python3 "$bench/gen_corpus.py" --articles "$n" --out "$corpus" --seed 1 >/dev/null
    sed -e 's/^autoTopics: false/autoTopics: true/' -e 's/^autoLinkTopics: false/autoLinkTopics: true/' \
        Benchmarks/site.yml > "$corpus/Content/site.yml"
    out=$(.build/release/gazette check --site "$corpus" --timings 2>/dev/null || true)
    load=$(awk '/^load\+parse/ {print $2}' <<<"$out")
    enrich=$(awk '/^enrich/ {print $2}' <<<"$out")
    printf '%8d %10s %10s %14.1f\n' "$n" "$load" "$enrich" "$(python3 -c "print($enrich * 1e6 / $n)")"
    rm -f "$corpus/Content/site.yml"
done
