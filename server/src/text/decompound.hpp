#pragma once
// Splitting Dutch compounds into known parts: "schuldhulpverlening" → schuld + hulp + verlening,
// "huurachterstand" → huur + achterstand, "bijstandsuitkering" → bijstand + (s) + uitkering,
// "kinderopvangtoeslag" → kind + (er) + opvang + toeslag.
// Dynamic programming over a vocabulary of known words; linking elements -s-, -e-, -en-, -er-
// may sit between parts; the last part may carry a plural or verb ending ("vuilniszakken").
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "text/wordlist.hpp"

namespace vk::text {

class Decompounder {
 public:
  // Words shorter than minPart letters are never used as parts (avoids "ver" + "huis" + "d").
  explicit Decompounder(std::size_t minPart = 3) : minPart_(minPart) {}

  // Adds a folded word (no hyphens) to the vocabulary of parts.
  void add(std::string_view word);
  // Also accepts the words of `list` as parts (not owned; e.g. WordList::dutch()). A word the
  // list knows whole is still split, but then only into parts of at least 4 letters
  // ("energieleverancier" → energie + leverancier, but "verhuizing" stays whole).
  void useWordList(const WordList* list) { list_ = list; }
  bool knows(std::string_view word) const;
  std::size_t size() const { return words_.size(); }

  // Splits a folded word into two or more known parts (views into `word`, linking elements left
  // out) with as few parts as possible; among equals the longest final part wins. Returns false
  // (and leaves `parts` empty) when no split exists. The last part keeps any inflection ending.
  // `inflectedWord`: the caller knows the word as an inflected form of a dictionary word
  // ("maanden"), which is split like a word the dictionary knows whole (no "maan" + "den").
  bool split(std::string_view word, std::vector<std::string_view>& parts, bool inflectedWord = false) const;
  std::vector<std::string> split(std::string_view word) const;

  // A small built-in vocabulary of frequent Dutch compound parts (everyday nouns and verb stems).
  static const std::vector<std::string_view>& commonParts();

 private:
  bool knownFinal(std::string_view part) const;

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
  std::size_t minPart_;
  const WordList* list_ = nullptr;
};

}  // namespace vk::text
