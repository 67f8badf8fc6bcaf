#include "text/lemma.hpp"

#include <set>
#include <string_view>
#include <vector>

#include "text/keys.hpp"
#include "text/wordlist.hpp"

namespace vk::text {
namespace {

bool endsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// Base forms a folded token may be an inflection of, most likely first.
std::vector<std::string> tokenCandidates(std::string_view w) {
  std::vector<std::string> out;
  // Diminutives: gesprekje(s), praatje, bloempje, mannetje.
  for (std::string_view d : {"etjes", "etje", "tjes", "tje", "pjes", "pje", "jes", "je"})
    if (w.size() >= d.size() + 3 && endsWith(w, d)) out.emplace_back(w.substr(0, w.size() - d.size()));
  const bool dt = endsWith(w, "d") || endsWith(w, "t");
  // Participles: geluisterd, gewerkt; with a particle in front: samengewerkt, ingevuld.
  if (dt && w.size() >= 6) {
    for (size_t p = 0; p + 2 < w.size(); ++p) {
      if (w.compare(p, 2, "ge") != 0) continue;
      std::string base = std::string(w.substr(0, p)) + std::string(w.substr(p + 2, w.size() - p - 3));
      if (base.size() >= 3) out.push_back(base);
    }
  }
  // A verb's -t form: werkt, luistert (not after a vowel: "praat" is no form of "pra"); a
  // participle without ge-: vertrouwd, herkend (long words only: "wond" is no form of "wonen").
  if (endsWith(w, "t") && w.size() >= 5 && !vowel(w[w.size() - 2])) out.emplace_back(w.substr(0, w.size() - 1));
  if (endsWith(w, "d") && w.size() >= 7 && !vowel(w[w.size() - 2])) out.emplace_back(w.substr(0, w.size() - 1));
  return out;
}

// Base keys a key may be an inflection of: gezinn → gezin, gevoelen → gevoel.
std::vector<std::string> keyCandidates(const std::string& k) {
  std::vector<std::string> out;
  size_t n = k.size();
  if (n >= 5 && k[n - 1] == k[n - 2] && !vowel(k[n - 1])) out.push_back(k.substr(0, n - 1));
  if (n >= 6 && endsWith(k, "en")) out.push_back(k.substr(0, n - 2));
  return out;
}

bool plainLetters(std::string_view w) {
  for (char c : w)
    if (c < 'a' || c > 'z') return false;
  return true;
}

size_t syllables(std::string_view w) {
  size_t n = 0;
  for (size_t i = 0; i < w.size(); ++i)
    if (vowel(w[i]) && (i == 0 || !vowel(w[i - 1]))) ++n;
  return n;
}

// Infinitives a verb stem may have, most likely first: ken → kennen, leg → leggen (a single
// short vowel before one consonant doubles it; a word of one syllable has no other form);
// voel → voelen, luister → luisteren (longer stems, where the doubled form is no word);
// hoor → horen (a long vowel is written single before -en); geloof → geloven, reis → reizen
// (f and s voice between vowels).
std::vector<std::string> infinitivesOfStem(std::string_view stem) {
  std::vector<std::string> out;
  const size_t n = stem.size();
  const char last = stem[n - 1];
  auto voiced = [](std::string s) {
    if (s.back() == 'f') s.back() = 'v';
    else if (s.back() == 's') s.back() = 'z';
    return s;
  };
  if (vowel(last)) return out;
  const bool longVowel = vowel(stem[n - 2]) && stem[n - 2] == stem[n - 3];
  const bool shortVowel = vowel(stem[n - 2]) && !vowel(stem[n - 3]);
  if (longVowel) {
    std::string single = std::string(stem.substr(0, n - 2)) + last;
    out.push_back(voiced(single) + "en");
    out.push_back(single + "en");
    return out;
  }
  if (shortVowel) {
    out.push_back(std::string(stem) + last + "en");
    if (syllables(stem) == 1) return out;  // "lotte" is no form of "loten"
  }
  out.push_back(std::string(stem) + "en");
  if (last == 'f' || last == 's') out.push_back(voiced(std::string(stem)) + "en");
  return out;
}

}  // namespace

std::optional<std::string> infinitiveOf(std::string_view w) {
  const WordList& nl = WordList::dutch();
  if (w.size() < 4 || nl.empty() || !plainLetters(w) || nl.contains(w)) return std::nullopt;
  std::vector<std::string_view> stems;
  // Present: werkt, kijkt (the -t after a consonant; "praat" and "zet" are their own stems).
  if (w.back() == 't' && !vowel(w[w.size() - 2])) stems.push_back(w.substr(0, w.size() - 1));
  // Past: hoorde(n), stapte(n). Not when the word without its -e(n) is a word: that is an
  // adjective or a noun ("lichte", "harde", "borden"), or a past whose participle the list
  // holds ("werkte"), left as written rather than guessed. A stem ending in -en is a
  // participle in -ende ("bekende").
  for (std::string_view end : {"ten", "den", "te", "de"})
    if (w.size() >= end.size() + 3 && endsWith(w, end)) {
      auto stem = w.substr(0, w.size() - end.size());
      if (!endsWith(stem, "en") && !nl.contains(w.substr(0, w.size() - end.size() + 1))) stems.push_back(stem);
      break;
    }
  for (auto stem : stems) {
    if (stem.size() < 3) continue;
    for (auto& inf : infinitivesOfStem(stem))
      if (nl.contains(inf)) return inf;
  }
  return std::nullopt;
}

std::map<std::string, std::string> lemmaMerges(const std::map<std::string, std::string>& keyOfToken) {
  std::set<std::string> keys;
  for (auto& [tok, key] : keyOfToken) keys.insert(key);
  std::map<std::string, std::string> to;
  auto offer = [&](const std::string& key, const std::string& base) {
    if (base == key || !keys.count(base) || to.count(key)) return false;
    for (auto it = to.find(base); it != to.end(); it = to.find(it->second))
      if (it->second == key) return false;  // no circle
    to.emplace(key, base);
    return true;
  };
  std::string k;
  for (auto& [tok, key] : keyOfToken)
    for (auto& c : tokenCandidates(tok)) {
      wordKey(c, k);
      if (k.size() >= 3 && offer(key, k)) break;
    }
  for (auto& key : keys)
    for (auto& c : keyCandidates(key))
      if (offer(key, c)) break;
  // Resolve chains (gezinnetjes → gezinn → gezin); `offer` let no circle in.
  for (auto& [from, target] : to)
    for (auto it = to.find(target); it != to.end(); it = to.find(target)) target = it->second;
  return to;
}

}  // namespace vk::text
