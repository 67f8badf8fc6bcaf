#include "text/decompound.hpp"

#include <algorithm>
#include <array>
#include <limits>

namespace vk::text {
namespace {

constexpr std::array<std::string_view, 4> kLinks = {"s", "e", "en", "er"};
constexpr std::array<std::string_view, 5> kFinalEndings = {"en", "s", "e", "n", "t"};
constexpr std::size_t kMaxWord = 64;

bool endsWith(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
}

}  // namespace

void Decompounder::add(std::string_view word) {
  if (word.size() >= minPart_) words_.emplace(word);
}

bool Decompounder::knows(std::string_view word) const {
  return words_.find(word) != words_.end() || (list_ && list_->contains(word));
}

bool Decompounder::knownFinal(std::string_view part) const {
  if (part.size() < minPart_) return false;
  if (knows(part)) return true;
  for (std::string_view e : kFinalEndings) {
    if (part.size() < e.size() + minPart_ || !endsWith(part, e)) continue;
    std::string_view b = part.substr(0, part.size() - e.size());
    if (knows(b)) return true;
    // Doubled consonant before -en: "zakken" → "zak", "pillen" → "pil".
    if (e == "en" && b.size() > minPart_ && b[b.size() - 1] == b[b.size() - 2] && knows(b.substr(0, b.size() - 1)))
      return true;
  }
  return false;
}

bool Decompounder::split(std::string_view word, std::vector<std::string_view>& parts, bool inflectedWord) const {
  parts.clear();
  const std::size_t n = word.size();
  if (n < 2 * minPart_ || n > kMaxWord || (words_.empty() && !list_)) return false;
  // A word the dictionary knows whole is split only into longer parts ("verhuizing" is no
  // "ver" + "huizing").
  const std::size_t minPart = inflectedWord || (list_ && list_->contains(word)) ? std::max<std::size_t>(minPart_, 4) : minPart_;
  constexpr int kInf = std::numeric_limits<int>::max() / 2;
  // best[i]: fewest parts covering word[0, i) where a part ends exactly at i (before any link).
  // Positions after a linking element are reachable too: start[j] says where the next part may begin.
  std::array<int, kMaxWord + 1> best;
  std::array<std::size_t, kMaxWord + 1> from;      // start of the part that ends at i
  std::array<std::size_t, kMaxWord + 1> prevEnd;   // end of the previous part (== from unless a link)
  best.fill(kInf);
  best[0] = 0;
  from[0] = prevEnd[0] = 0;
  // reach[p]: a part may start at p, coming from part end e (p == e, or p == e + link length).
  std::array<int, kMaxWord + 1> reachCost;
  std::array<std::size_t, kMaxWord + 1> reachFrom;
  reachCost.fill(kInf);
  reachCost[0] = 0;
  reachFrom[0] = 0;
  for (std::size_t p = 0; p < n; ++p) {
    if (best[p] < kInf && p > 0) {
      // Part ends at p: the next part may start at p, or after a linking element.
      auto offer = [&](std::size_t q) {
        if (q < n && best[p] < reachCost[q]) {
          reachCost[q] = best[p];
          reachFrom[q] = p;
        }
      };
      offer(p);
      for (std::string_view l : kLinks)
        if (word.substr(p, l.size()) == l) offer(p + l.size());
    }
    if (reachCost[p] >= kInf) continue;
    for (std::size_t e = p + minPart; e <= n; ++e) {
      if (p == 0 && e == n) continue;  // the whole word is no split
      std::string_view part = word.substr(p, e - p);
      bool ok = e == n ? knownFinal(part) : knows(part);
      if (!ok) continue;
      int cost = reachCost[p] + 1;
      // Prefer fewer parts; on a tie prefer the longer final part (the head of a Dutch compound).
      if (cost < best[e] || (cost == best[e] && e == n && p < from[e])) {
        best[e] = cost;
        from[e] = p;
        prevEnd[e] = reachFrom[p];
      }
    }
  }
  if (best[n] >= kInf || best[n] < 2) return false;
  std::size_t e = n;
  while (e > 0) {
    std::size_t s = from[e];
    parts.push_back(word.substr(s, e - s));
    e = prevEnd[e];
  }
  std::reverse(parts.begin(), parts.end());
  return true;
}

std::vector<std::string> Decompounder::split(std::string_view word) const {
  std::vector<std::string_view> v;
  split(word, v);
  return {v.begin(), v.end()};
}

const std::vector<std::string_view>& Decompounder::commonParts() {
  static const std::vector<std::string_view> parts = {
      "aanvraag", "achter", "afval", "alarm", "angst", "arbeid", "arts", "auto", "baan", "bad",
      "bed", "bedrag", "bejaarde", "beleid", "berg", "beroep", "besteding", "betaling", "bewoner",
      "bezoek", "bijstand", "boete", "boek", "boodschap", "brand", "brief", "buiten", "bureau",
      "buur", "buurt", "dag", "deur", "dienst", "dokter", "drank", "drugs", "druk", "echt",
      "eenzaam", "eet", "energie", "familie", "feest", "fiets", "gas", "gebruik", "geld", "gemeente", "geraakt",
      "gezin", "gezond", "gras", "groep", "grond", "handel", "haven", "heid", "hersen", "hoofd",
      "hulp", "huis", "huur", "inkomen", "jaar", "jeugd", "kamer", "kans", "kantoor", "kast",
      "keuken", "kind", "klacht", "kleding", "klein", "koop", "kosten", "kracht", "kroeg", "kwijt",
      "land", "leef", "leer", "leven", "licht", "loon", "lucht", "maand", "maatschappij", "markt",
      "medicijn", "melding", "middag", "midden", "minimum", "moeder", "nacht", "ouder", "pakket",
      "partner", "pas", "pijn", "plaats", "plan", "plicht", "politie", "post", "praat", "reis",
      "rekening", "rust", "schade", "school", "schuld", "slaap", "speel", "sport", "staat", "stad",
      "straat", "stress", "tafel", "tijd", "toeslag", "trap", "tuin", "uitkering", "vader",
      "veilig", "verlening", "vervoer", "vlucht", "voedsel", "vrij", "vrouw", "vuil", "vuilnis",
      "water", "week", "werk", "wijk", "winkel", "woning", "woon", "zak", "ziek", "ziekte", "zoon",
      "zorg",
  };
  return parts;
}

}  // namespace vk::text
