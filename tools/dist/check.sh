#!/bin/sh
# `make dist-check`: the packed dipkb runs where Swift is not installed. Unpacks the tarball in a
# temporary folder and runs the binary with an empty environment (no LD_LIBRARY_PATH, no PATH
# to the toolchain), after checking that the loader resolves none of its libraries from the
# Swift toolchain: only the C library, libm and SQLite (libsqlite3-0 on Debian) may remain.
# Usage: tools/dist/check.sh dist/NAME.tar.gz
set -eu
tarball=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$tarball"
binary=$(find "$work" -name dipkb -type f)
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")

libraries=$(env -i ldd "$binary")
echo "$libraries" | sed 's/^/  ldd: /'
if echo "$libraries" | grep -E "libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|$toolchain"; then
    echo "dist-check FAILED: the binary still loads Swift libraries (above)"; exit 1
fi
unexpected=$(echo "$libraries" | grep -vE "linux-vdso|ld-linux|libc\.so|libm\.so|libsqlite3\.so|libstdc\+\+|libgcc_s" || true)
if [ -n "$unexpected" ]; then
    echo "dist-check FAILED: unexpected libraries:"; echo "$unexpected"; exit 1
fi

cd "$work"
env -i "$binary" --help > help.txt
grep -q "USAGE: dipkb" help.txt || { echo "dist-check FAILED: dipkb --help printed no usage"; exit 1; }
cp -r "$OLDPWD/seeds" seeds
summary=$(env -i "$binary" load --db kb.sqlite seeds)
echo "  load seeds: $summary"
case $summary in "1 new, 0 skipped, 0 failed,"*) ;; *) echo "dist-check FAILED: the seed did not load"; exit 1 ;; esac
meetings=$(env -i "$binary" query --db kb.sqlite who-met-whom --format csv | tail -n +2 | wc -l)
[ "$meetings" -ge 1 ] || { echo "dist-check FAILED: no meetings from the seed"; exit 1; }
echo "dist-check passed: $(basename "$tarball") runs dipkb --help and loads the seed ($meetings meeting rows) with no Swift library reachable"
