#!/usr/bin/env python3
"""Generate Dictionaries/frequentie/woordfrequentie.tsv from the `wordfreq` package.

What it does
------------
Reads the Dutch ("nl") frequency data of the Python package `wordfreq`
(Robyn Speer et al., https://github.com/rspeer/wordfreq; the data is licensed
CC BY-SA 4.0) and writes a tab-separated list

    woord<TAB>zipf

with one lowercase word per line and its Zipf frequency (log10 of the frequency
per billion words) rounded to one decimal. Taalmaat uses it to mark infrequent
("difficult") words; `frequentie/stoplijst.txt` lists the false alarms.

Which words are kept
--------------------
* only words made of letters: a-z and the accented letters used in Dutch
  (é, ë, ï, ö, ü, è, à, ç, ...), with an optional hyphen or apostrophe *inside*
  the word (`e-mail`, `auto's`); no digits, dots, symbols or emoji;
* Zipf >= --min-zipf (default 1.5);
* at most --max-words words (default 120,000). The list is cut at a whole
  rounded Zipf value, so words with the same rounded value are never split:
  the lowest value that still fits is kept completely, lower ones are dropped.

Order: highest frequency first; equal frequencies alphabetically, so the output
is the same on every run with the same `wordfreq` version.

The file starts with `#` comment lines naming the source, the `wordfreq`
version and the licence. The script prints what it wrote (word count, size,
lowest Zipf kept) and the `wordfreq` version.

Usage (from the repository root)
--------------------------------
    pip install wordfreq            # the list in the repo was made with 3.1.1
    python3 Dictionaries/scripts/make_frequency_list.py
    python3 Dictionaries/scripts/make_frequency_list.py --output /tmp/x.tsv --max-words 50000

`wordfreq` is frozen since 2024, so regenerating with the same version gives a
byte-identical file.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import math
import os
import re
import sys
from collections import Counter

try:
    import wordfreq
except ImportError:  # pragma: no cover - message for people without the package
    sys.exit("This script needs the package wordfreq: pip install wordfreq")

LANGUAGE = "nl"
WORDLIST = "large"  # the biggest Dutch list wordfreq has

# Letters that occur in Dutch words, including loanwords (café, façade, señor).
LETTERS = "a-zàáâäçèéêëìíîïñòóôöùúûü"
WORD_PATTERN = re.compile(rf"^[{LETTERS}]+(?:[-'][{LETTERS}]+)*$")

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUTPUT = os.path.join(HERE, os.pardir, "frequentie", "woordfrequentie.tsv")


def zipf(frequency: float) -> float:
    """Zipf value: log10 of the frequency per billion words."""
    return math.log10(frequency) + 9.0


def collect(min_zipf: float, max_words: int) -> list[tuple[str, float]]:
    """Words with their exact Zipf value, filtered and cut as described above."""
    frequencies = wordfreq.get_frequency_dict(LANGUAGE, wordlist=WORDLIST)
    words: list[tuple[str, float]] = []
    for word, frequency in frequencies.items():
        if frequency <= 0:
            continue
        # wordfreq's lists are lowercased already; normalise the curly apostrophe anyway.
        word = word.replace("\u2019", "'").lower()
        value = zipf(frequency)
        if value < min_zipf or not WORD_PATTERN.match(word):
            continue
        words.append((word, value))
    # Same word twice after normalisation: keep the higher value.
    best: dict[str, float] = {}
    for word, value in words:
        if value > best.get(word, -1.0):
            best[word] = value
    ordered = sorted(best.items(), key=lambda item: (-item[1], item[0]))

    # Cut at a whole rounded Zipf value so that no group of equal values is split.
    per_value = Counter(round(value, 1) for _, value in ordered)
    kept_total = 0
    lowest_kept = None
    for value in sorted(per_value, reverse=True):
        if kept_total + per_value[value] > max_words:
            break
        kept_total += per_value[value]
        lowest_kept = value
    if lowest_kept is None:
        return []
    return [(word, value) for word, value in ordered if round(value, 1) >= lowest_kept]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="file to write (default: %(default)s)")
    parser.add_argument("--min-zipf", type=float, default=1.5, help="lowest Zipf value to keep (default: %(default)s)")
    parser.add_argument("--max-words", type=int, default=120_000, help="most words to write (default: %(default)s)")
    args = parser.parse_args()

    version = importlib.metadata.version("wordfreq")
    words = collect(args.min_zipf, args.max_words)

    output = os.path.normpath(args.output)
    os.makedirs(os.path.dirname(output), exist_ok=True)
    header = [
        "# Dutch word frequencies (Zipf = log10 of the frequency per billion words), for Taalmaat.",
        f"# Source: wordfreq {version}, Dutch '{WORDLIST}' list. Robyn Speer (2022), rspeer/wordfreq,",
        "#   Zenodo, https://doi.org/10.5281/zenodo.7199437 - https://github.com/rspeer/wordfreq",
        "#   wordfreq combines several corpora, among them SUBTLEX-NL (Keuleers, Brysbaert & New 2010;",
        "#   freely available at http://crr.ugent.be/programs-data/subtitle-frequencies),",
        "#   OpenSubtitles 2018 and Wikipedia.",
        "# Licence of this file: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/),",
        "#   as the wordfreq data it is derived from. Changes: filtered and rounded, see below.",
        "# Generated by Dictionaries/scripts/make_frequency_list.py: lowercase words of letters only",
        f"#   (inner hyphen or apostrophe allowed), Zipf >= {args.min_zipf}, at most {args.max_words} words,",
        "#   highest frequency first, Zipf rounded to one decimal.",
    ]
    with open(output, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(header) + "\n")
        handle.write("woord\tzipf\n")
        for word, value in words:
            handle.write(f"{word}\t{value:.1f}\n")

    size = os.path.getsize(output)
    lowest = min((round(value, 1) for _, value in words), default=None)
    below_25 = sum(1 for _, value in words if round(value, 1) < 2.5)
    below_30 = sum(1 for _, value in words if round(value, 1) < 3.0)
    print(f"wordfreq {version}: wrote {len(words)} words to {output}")
    print(f"size {size} bytes ({size / 1024 / 1024:.2f} MiB); lowest Zipf kept {lowest}")
    print(f"words with Zipf < 2.5: {below_25}; with Zipf < 3.0: {below_30}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
