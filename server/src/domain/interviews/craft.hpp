#pragma once
// Interviews about the craft: the card deck, the codebook of 7 themes, and the pure
// analysis of shared fragments (theme suggestions, distinctive words for the word
// clouds, the k-anonymity threshold for views above a team). No I/O.
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "text/normalise.hpp"

#include "domain/errors.hpp"

namespace vk::domain {

struct Card {
  int64_t id = 0;
  std::string group;       // "opening" for the angle of the interview
  std::string groupTitle;
  std::string title;
  std::string quote;
  std::vector<std::string> questions;
  std::vector<std::string> prompts;  // doorvragen
};

struct Deck {
  int64_t id = 0;
  std::string name;
  std::vector<Card> cards;  // the opening first
};

// The starter deck (content/nl/interview-cards.json) as cards, the opening first.
Deck parseDeck(std::string_view json);

struct SubTheme {
  int64_t id = 0;  // 0 in the starter content; an organisation's codebook numbers them
  std::string title;
  std::string description;
  std::vector<std::string> keywords;  // extra words that point to the theme (and to this sub-theme)
  bool retired = false;               // no longer suggested or offered, kept for what was confirmed
};

struct CraftTheme {
  std::string key;  // fixed: the same 7 keys in every organisation and in the national export
  std::string title;
  std::string description;
  std::vector<SubTheme> subthemes;
  std::vector<std::string> keywords;
};
std::vector<CraftTheme> parseThemes(std::string_view json);
// The starter codebook, parsed once from the embedded content.
const std::vector<CraftTheme>& starterThemes();
bool knownThemeKey(std::string_view key);  // one of the 7 starter keys

// Themes whose keywords (the theme's own and those of its sub-themes still in use) occur
// in the text (same folding, stop words and stemming as the knowledge matcher), best
// first; at most `max`.
std::vector<std::string> suggestThemes(std::string_view text, const std::vector<CraftTheme>& themes, size_t max = 3);
// Sub-themes in use, within `themeKeys`, whose own keywords occur in the text.
std::vector<int64_t> suggestSubthemes(std::string_view text, const std::vector<CraftTheme>& themes,
                                      const std::vector<std::string>& themeKeys);

// The words of a codebook entry as typed by a person: trimmed, empty ones dropped,
// duplicates (same key after folding and stemming) once. A phrase of stop words only can
// never match, so it is refused with a Dutch message in `errors` (field `field`).
std::vector<std::string> cleanKeywords(const std::vector<std::string>& words, const std::string& field,
                                       std::vector<FieldError>& errors);

// A word that counts in a word cloud (folded token): at least 3 characters, not a number, not a
// stop word and not a filler (numerals, modal and light verbs, fillers: text::isFiller).
bool cloudWord(std::string_view folded);

// The key a cloud counts for a folded token (text::wordKey), or false when the word does not count:
// not a cloudWord, a key shorter than 3, or the key of a stop word or filler, so every inflection
// of a filler is left out too ("hoeven", "hoefde", "neemt", "genomen" as well as "hoeft").
bool cloudKey(std::string_view folded, std::string& key);

// What a cloud counts a folded token as: its key (cloudKey) and, for a verb form, the infinitive
// it is counted and shown as (text::infinitiveOf: "voelt", "voelde" → "voelen"; empty: shown as
// written). False when the word does not count, as itself or as its infinitive.
bool cloudWordKey(std::string_view folded, std::string& key, std::string& infinitive);

// Adjectives and adverbs say less about a theme than nouns and verbs: a key ending like one
// (-lijk, -ig, -isch, -baar, -loos; as keys) weighs 0.5 in the distinctive score, anything else 1.
double cloudWeight(std::string_view key);

// The folded token a cloud counts: an 's written with an apostrophe is dropped ("collega's" →
// "collega", "baby's" → "baby"), so the plural shares its key with the singular. A view into t.text.
std::string_view cloudFolded(std::string_view text, const text::Token& t);

// The token as written in `text`: lowercased, with its apostrophes and diacritics ("Collega's" →
// "collega's", "Één" → "één"; a typographic apostrophe becomes ').
std::string writtenForm(std::string_view text, const text::Token& t);

// The written forms of each key (every inflection of a word shares its key), to show a word in
// its commonest written form: "collega's" when that is written most, "kinderen" over "kind".
class WrittenForms {
 public:
  void add(const std::string& key, std::string form);
  // Per key the form written most often; on a tie the one seen first.
  std::map<std::string, std::string> best() const;
  // Moves the forms of each key `from` to its lemma `to` (text::lemmaMerges), so the lemma is
  // shown in the form written most across all its inflections.
  void merge(const std::map<std::string, std::string>& into);

 private:
  struct Form {
    std::string text;
    int64_t count = 0;
  };
  std::map<std::string, std::vector<Form>> forms_;
};

// Word counts of a text: key → count, only cloud words (cloudKey), inflections merged into one
// lemma (text::lemmaMerges). `surface` keeps, per key,
// the first written form seen (for display); `forms` counts every written form.
void countWords(std::string_view text, std::map<std::string, int64_t>& counts,
                std::map<std::string, std::string>* surface = nullptr, WrittenForms* forms = nullptr);

struct WordWeight {
  std::string word;  // display form
  std::string key;
  int64_t count = 0;
  double score = 0;  // how much more the group uses it than the background
};
// Words that stand out in `group` against `background` (which includes the group):
// weighted log-odds with an informative prior (Monroe et al.), highest first.
std::vector<WordWeight> distinctiveWords(const std::map<std::string, int64_t>& group,
                                         const std::map<std::string, int64_t>& background,
                                         const std::map<std::string, std::string>& surface, size_t max = 30);

// k-anonymity above team level: a group (team, theme, organisation) is shown only when at
// least k distinct people contributed; otherwise it is left out entirely.
constexpr size_t kMinGroupSize = 5;
bool showGroup(const std::set<int64_t>& people, size_t k = kMinGroupSize);
// A team's size as a band, never the exact number: "1-9", "10-19", "20-29", "30+".
std::string sizeBand(int64_t members);
// The quarter of an epoch time, e.g. "2026-K4".
std::string quarterOf(int64_t epochSeconds);

bool validPurpose(std::string_view purpose);  // collegial, onboarding, teamday, audit

}  // namespace vk::domain
