#!/usr/bin/env bash
# Builds the benchmark corpus: real Dutch prose from Debian's Dutch documentation
# packages (LibreOffice help, Debian FAQ, GIMP help), converted from HTML to plain
# text. Nothing of it is committed; it goes to .build-corpus/ (ignored by git).
#
# Usage: fetch-corpus.sh [OUTPUT_DIR]     (default: .build-corpus in the package root)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
out="${1:-$root/.build-corpus}"
mkdir -p "$out/debs"
cd "$out/debs"
packages=(libreoffice-help-nl debian-faq-nl gimp-help-nl)
for package in "${packages[@]}"; do
    if ! ls "${package}"_*.deb >/dev/null 2>&1; then
        apt-get download "$package" 2>&1 | grep -v -e 'unsandboxed' -e '^Get:' || true
    fi
    ls "${package}"_*.deb >/dev/null 2>&1 || { echo "Kon $package niet downloaden (apt-get download $package)." >&2; exit 2; }
    [ -d "$package" ] || dpkg-deb -x "${package}"_*.deb "$package"
done
python3 "$here/html-to-text.py" "$out/libreoffice-help-nl.txt" "libreoffice-help-nl/usr/share/libreoffice/help/nl/**/*.html"
python3 "$here/html-to-text.py" "$out/debian-faq-nl.txt" "debian-faq-nl/usr/share/doc/debian/FAQ/nl/*.html"
python3 "$here/html-to-text.py" "$out/gimp-help-nl.txt" "gimp-help-nl/usr/share/gimp/2.0/help/nl/**/*.html"
cat "$out/libreoffice-help-nl.txt" "$out/debian-faq-nl.txt" "$out/gimp-help-nl.txt" > "$out/corpus-nl.txt"
echo "Corpus: $out/corpus-nl.txt ($(wc -c < "$out/corpus-nl.txt") bytes)"
