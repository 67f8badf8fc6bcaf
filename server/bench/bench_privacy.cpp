// Throughput of the privacy guard on realistic Dutch case notes (a few hundred KB, mostly plain
// text with now and then a name, phone number, address, date or amount).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <vector>

#include "text/privacy_guard.hpp"

namespace {

const std::vector<std::string>& sentences() {
  static const std::vector<std::string> s{
      "Huisbezoek afgelegd bij het gezin; moeder maakt zich zorgen over de schulden en de huur.",
      "Gesprek met mevrouw Bakker over haar zoon, die sinds de zomer niet meer naar school gaat.",
      "Vader werkt in ploegendienst en is overdag moeilijk bereikbaar, bel 06-12345678 na vijf uur.",
      "De schuld bedraagt \xE2\x82\xAC 12.450,00 bij 7 schuldeisers; een aanvraag schuldhulp loopt.",
      "Afspraak op 12-03-2024 om 14:30 uur op het wijkkantoor, samen met de collega van Jeugdzorg.",
      "Het gezin woont aan de Lindelaan 14b, 3581 KL Utrecht, een portiekwoning zonder lift.",
      "Fatima El Amrani komt morgen langs met de brieven van de Belastingdienst en het UWV.",
      "Zoon Daan (8) heeft moeite met lezen; de juf heeft een gesprek met de ouders gepland.",
      "Er is overleg geweest met de huisarts en de wijkverpleegkundige over de mantelzorg.",
      "Moeder is geboren op 4 juli 1979 en woont sinds 2015 in Nederland met drie kinderen.",
      "De woningcorporatie wil de achterstand van 3 maanden huur in een regeling omzetten.",
      "Mail de stukken naar k.devries@example.nl zodat het verslag voor vrijdag klaar is.",
      "Dochter gaat 2 dagen per week naar de opvang; de kosten worden deels vergoed via de toeslag.",
      "Er is geen sprake van huiselijk geweld, wel van veel spanning door geldzorgen en werkloosheid.",
      "Volgende stap: budgetcoaching aanvragen en samen met moeder een weekoverzicht maken.",
      "De buurvrouw helpt met boodschappen; de familie in Marokko stuurt af en toe geld.",
      "In groep 7 is een nieuwe leerkracht gestart; de school merkt dat het kind onrustig is.",
      "Het team bespreekt de casus volgende week dinsdag in het multidisciplinair overleg.",
      "Telefonisch contact met Jan de Vries van de gemeente over de bijzondere bijstand.",
      "Cli\xC3\xABnt heeft een energietoeslag van 1300 euro ontvangen en die direct besteed.",
  };
  return s;
}

std::string corpus(std::size_t bytes) {
  std::string out;
  std::uint32_t seed = 1;
  const auto& s = sentences();
  while (out.size() < bytes) {
    seed = seed * 1664525u + 1013904223u;
    out += s[(seed >> 8) % s.size()];
    out += (seed >> 20) % 5 == 0 ? "\n" : " ";
  }
  return out;
}

void BM_ScanPrivacy(benchmark::State& state) {
  const std::string text = corpus(static_cast<std::size_t>(state.range(0)));
  std::size_t findings = 0;
  for (auto _ : state) {
    auto fs = vk::text::scanPrivacy(text);
    findings = fs.size();
    benchmark::DoNotOptimize(fs.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
  state.counters["findings"] = static_cast<double>(findings);
}
BENCHMARK(BM_ScanPrivacy)->Arg(300 * 1024)->Unit(benchmark::kMillisecond);

// Short texts, as submitted by a form (one help question each).
void BM_ScanPrivacyShort(benchmark::State& state) {
  const auto& s = sentences();
  std::size_t bytes = 0;
  for (const auto& x : s) bytes += x.size();
  for (auto _ : state)
    for (const auto& x : s) benchmark::DoNotOptimize(vk::text::scanPrivacy(x).size());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(bytes));
}
BENCHMARK(BM_ScanPrivacyShort);

}  // namespace

// vk_bench has no other main; if another bench file adds one, remove this line.
