# Benchmark and fuzzing entry points; the lead merges these targets with the project's others.
.PHONY: bench fuzz

bench:
	bench/run.sh

fuzz:
	bench/fuzz.sh
