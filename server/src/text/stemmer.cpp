#include "text/stemmer.hpp"

#include <libstemmer.h>

#include <memory>

namespace vk::text {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

sb_stemmer* threadStemmer() {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> s(sb_stemmer_new("dutch", "UTF_8"));
  return s.get();
}

bool endsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() && w.substr(w.size() - suffix.size()) == suffix;
}

void pushUnique(std::vector<std::string>& out, std::string s, std::string_view original) {
  if (s.empty() || s == original) return;
  for (auto& o : out)
    if (o == s) return;
  out.push_back(std::move(s));
}

}  // namespace

void stem(std::string_view word, std::string& out) {
  out.clear();
  if (word.empty()) return;
  sb_stemmer* s = threadStemmer();
  const sb_symbol* r = s ? sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(word.data()),
                                           static_cast<int>(word.size()))
                         : nullptr;
  if (!r) {
    out.assign(word);
    return;
  }
  out.assign(reinterpret_cast<const char*>(r), static_cast<std::size_t>(sb_stemmer_length(s)));
}

std::string stem(std::string_view word) {
  std::string out;
  stem(word, out);
  return out;
}

void stemVariants(std::string_view w, std::vector<std::string>& out) {
  out.clear();
  const std::string base = stem(w);
  if (w.size() < 4) return;
  // Present tense 2nd/3rd person and past participles of weak verbs: "werkt", "drinkt", "gebeld".
  if (endsWith(w, "t") || endsWith(w, "d")) pushUnique(out, stem(w.substr(0, w.size() - 1)), base);
  // ... whose infinitive doubles the consonant, which Snowball keeps for s and p:
  // "past" → "passen" → "pass", "stopt" → "stoppen" → "stopp".
  if (endsWith(w, "t") && w.size() >= 4) {
    char c = w[w.size() - 2];
    if (c == 's' || c == 'p' || c == 'f' || c == 'l' || c == 'm' || c == 'n' || c == 'r') {
      std::string inf(w.substr(0, w.size() - 1));
      inf += c;
      inf += "en";
      pushUnique(out, stem(inf), base);
    }
  }
  // Plurals that double the consonant after a short vowel, which Snowball keeps for s, p, f, l,
  // m, n and r: "stadspassen" → "stadspas", "bussen" → "bus", "stoffen" → "stof".
  if (endsWith(w, "en") && w.size() >= 6) {
    char c = w[w.size() - 3];
    if (c == w[w.size() - 4] && (c == 's' || c == 'p' || c == 'f' || c == 'l' || c == 'm' || c == 'n' || c == 'r'))
      pushUnique(out, stem(w.substr(0, w.size() - 3)), base);
  }
  // Plurals in -s ("meisjes", "autos", "ouders") that Snowball keeps.
  if (endsWith(w, "s")) pushUnique(out, stem(w.substr(0, w.size() - 1)), base);
  // Past participles: ge-...-t/-d/-en ("gepest", "geslagen", "gebeld").
  if (w.size() > 5 && w.substr(0, 2) == "ge") {
    std::string_view rest = w.substr(2);
    pushUnique(out, stem(rest), base);
    if (endsWith(rest, "t") || endsWith(rest, "d")) pushUnique(out, stem(rest.substr(0, rest.size() - 1)), base);
  }
  // Inflected adjectives whose base doubles the vowel and Snowball keeps it:
  // "homoseksuele" → "homoseksueel", "financiele" → "financieel", "structurele" → "structureel".
  if (endsWith(w, "ele") && w.size() > 5) {
    std::string b(w.substr(0, w.size() - 3));
    b += "eel";
    pushUnique(out, stem(b), base);
  }
  // Inflected adjectives and verbs with -e, -de, -te ("bange" handled by Snowball; "maakte").
  if (endsWith(w, "te") || endsWith(w, "de")) pushUnique(out, stem(w.substr(0, w.size() - 2)), base);
}

}  // namespace vk::text
