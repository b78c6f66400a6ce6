#!/bin/sh
# `make dist`: puts a release dipkb (Swift runtime linked in) into dist/NAME.tar.gz with the
# README and the licence notices of everything linked into the binary.
# Usage: tools/dist/package.sh BINARY SCRATCH NAME
set -eu
binary=$1 scratch=$2 name=$3
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
stage=dist/$name
rm -rf "$stage" "dist/$name.tar.gz"
mkdir -p "$stage/licenses"
cp "$binary" "$stage/dipkb"
# Symbols are for debugging the build machine's copy; the shipped one is several times smaller.
strip "$stage/dipkb"
cp README.md "$stage/"
cp tools/dist/NOTICE "$stage/"
cp "$scratch/checkouts/swift-argument-parser/LICENSE.txt" "$stage/licenses/swift-argument-parser.txt"
cp "$scratch/checkouts/swift-crypto/LICENSE.txt" "$stage/licenses/swift-crypto.txt"
cp "$scratch/checkouts/swift-crypto/NOTICE.txt" "$stage/licenses/swift-crypto-NOTICE.txt"
cp "$toolchain/share/swift/LICENSE.txt" "$stage/licenses/swift.txt"
cp tools/dist/licenses/icu.txt "$stage/licenses/icu.txt"
tar -C dist -czf "dist/$name.tar.gz" "$name"
echo "dist/$name.tar.gz: $(du -h "dist/$name.tar.gz" | cut -f1)"
