#pragma once
// The Dutch words of Debian's hunspell-nl dictionary (about 129,000 lowercase words, affix flags
// dropped), for splitting compounds whose parts the catalogue does not know: "energieleverancier"
// → energie + leverancier, "bewindvoerder" → bewind + voerder. The list is made at build time by
// server/cmake/wordlist.cmake and linked into the binary, so nothing is read at run time; without
// the dictionary on the build machine it is empty and callers fall back to their own vocabulary.
//
//   const WordList& nl = WordList::dutch();   // built once, shared, thread-safe
//   nl.contains("leverancier");                // true
#include <cstddef>
#include <string_view>
#include <unordered_set>

namespace vk::text {

class WordList {
 public:
  // Words one per line (views into `data`, which must outlive the list).
  explicit WordList(std::string_view data);
  bool contains(std::string_view foldedWord) const { return words_.find(foldedWord) != words_.end(); }
  std::size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }

  // The embedded hunspell-nl list.
  static const WordList& dutch();

 private:
  std::unordered_set<std::string_view> words_;
};

}  // namespace vk::text
