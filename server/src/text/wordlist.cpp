#include "text/wordlist.hpp"

namespace vk::text {

std::string_view dutchWordListData();  // generated (build/generated/nl_words.cpp)

WordList::WordList(std::string_view data) {
  words_.reserve(data.size() / 9);
  std::size_t start = 0;
  while (start < data.size()) {
    std::size_t end = data.find('\n', start);
    if (end == std::string_view::npos) end = data.size();
    if (end > start) words_.insert(data.substr(start, end - start));
    start = end + 1;
  }
}

const WordList& WordList::dutch() {
  static const WordList list(dutchWordListData());
  return list;
}

}  // namespace vk::text
