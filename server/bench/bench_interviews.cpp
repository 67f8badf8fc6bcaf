// Theme aggregation with word clouds: 100,000 shared fragments across 300 teams, the
// organisation-wide view (every team, every theme, distinctive words) and one team's view
// against the whole organisation. Target: < 1 s.
#include <benchmark/benchmark.h>

#include <random>

#include "domain/interviews/craft.hpp"
#include "store/interviews/store.hpp"

namespace {

const std::vector<vk::store::FragmentRow>& corpus() {
  static const std::vector<vk::store::FragmentRow> rows = [] {
    const std::vector<std::string> words = {
        "contact", "gezin", "team", "collega", "duo", "intervisie", "administratie", "gemeente", "wijk", "school",
        "huisarts", "vertrouwen", "tempo", "regie", "schulden", "kinderen", "ouders", "bewoner", "beschikking", "visie",
        "missie", "richtlijn", "ervaring", "meester", "leerling", "beweging", "gezien", "resultaat", "werkdruk",
        "neventaken", "samenwerken", "tegenspraak", "humor", "steun", "huisbezoek", "jongeren", "zorgen", "brieven",
        "formulieren", "trots", "verbinden", "luisteren", "vragen", "kompas", "koers", "organisatie", "structuur"};
    const std::vector<std::string> glue = {"ik", "de", "het", "en", "met", "in", "als", "dat", "we", "een", "voor"};
    auto& themes = vk::domain::starterThemes();
    std::mt19937 rng(42);
    std::vector<vk::store::FragmentRow> out;
    out.reserve(100'000);
    for (int64_t i = 0; i < 100'000; ++i) {
      vk::store::FragmentRow r;
      r.id = i + 1;
      r.teamId = i % 300 + 1;
      r.authorId = r.teamId * 100 + int64_t(rng() % 25);
      int n = 12 + int(rng() % 14);
      for (int k = 0; k < n; ++k) {
        r.text += (k % 3 == 1 ? glue[rng() % glue.size()] : words[rng() % words.size()]);
        r.text += k + 1 < n ? " " : ".";
      }
      r.themes = {themes[rng() % themes.size()].key};
      if (rng() % 3 == 0) r.themes.push_back(themes[rng() % themes.size()].key);
      r.sharedAt = 1'780'000'000 + int64_t(rng() % 30'000'000);
      out.push_back(std::move(r));
    }
    return out;
  }();
  return rows;
}

void BM_OrganisationThemeClouds(benchmark::State& state) {
  auto& all = corpus();
  std::vector<const vk::store::FragmentRow*> scope;
  for (auto& f : all) scope.push_back(&f);
  for (auto _ : state) benchmark::DoNotOptimize(vk::store::themeClouds(scope, all));
  state.counters["fragments"] = double(all.size());
}
BENCHMARK(BM_OrganisationThemeClouds)->Unit(benchmark::kMillisecond);

void BM_TeamThemeCloudsAgainstOrganisation(benchmark::State& state) {
  auto& all = corpus();
  std::vector<const vk::store::FragmentRow*> scope;
  for (auto& f : all)
    if (f.teamId == 7) scope.push_back(&f);
  for (auto _ : state) benchmark::DoNotOptimize(vk::store::themeClouds(scope, all));
}
BENCHMARK(BM_TeamThemeCloudsAgainstOrganisation)->Unit(benchmark::kMillisecond);

}  // namespace
