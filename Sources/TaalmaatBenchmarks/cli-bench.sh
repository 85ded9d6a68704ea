#!/usr/bin/env bash
# Command-line speed: one letter as a whole process (start to exit), and a folder of
# 1,000 letters generated from the fixtures. Prints medians. Run after a release build:
#   swift build -c release --product taalmaat && Sources/TaalmaatBenchmarks/cli-bench.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
bin=.build/release/taalmaat
letter=Fixtures/voorbeeldbrief.txt
runs=${RUNS:-15}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
now_ms() { date +%s%N | awk '{ printf "%.3f", $1 / 1000000 }'; }

# One letter, whole process.
"$bin" check "$letter" --format regel >/dev/null 2>&1 || true   # warm the file cache
times=()
for _ in $(seq "$runs"); do
    start=$(now_ms); "$bin" check "$letter" --format regel >/dev/null 2>&1 || true; end=$(now_ms)
    times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')")
done
echo "taalmaat check $letter (heel proces): mediaan $(printf '%s\n' "${times[@]}" | median) ms over $runs runs"
echo "  runs (ms): ${times[*]}"

# A folder of 1,000 letters: the fixtures, copied with a number in the name.
folder=.build-corpus/brieven-1000
if [ ! -d "$folder" ] || [ "$(ls "$folder" | wc -l)" -lt 1000 ]; then
    rm -rf "$folder"; mkdir -p "$folder"
    sources=(Fixtures/brieven/*.txt Fixtures/voorbeeldbrief.txt)
    for i in $(seq 1 1000); do
        src=${sources[$(( (i - 1) % ${#sources[@]} ))]}
        # Put the copy number in every sentence, so no sentence repeats between copies
        # and the sentence cache cannot make copies free.
        sed -E "s/\.( |\$)/ $i.\1/g" "$src" > "$folder/brief-$i.txt"
    done
fi
cores=$(nproc)
folder_times=()
for _ in 1 2 3 4 5; do
    start=$(now_ms); "$bin" check "$folder" --format regel >/dev/null 2>&1 || true; end=$(now_ms)
    folder_times+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')")
done
median_ms=$(printf '%s\n' "${folder_times[@]}" | median)
echo "taalmaat check $folder (1000 brieven, $cores kernen): mediaan $median_ms ms = $(awk -v m="$median_ms" 'BEGIN { printf "%.0f", 1000 / (m / 1000) }') brieven/s"
echo "  runs (ms): ${folder_times[*]}"
