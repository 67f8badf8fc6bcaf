// The one main of vk_bench: every server/bench/bench_*.cpp registers its benchmarks.
#include <benchmark/benchmark.h>

BENCHMARK_MAIN();
