#include "text/keys.hpp"

#include "text/lexicon.hpp"
#include "text/normalise.hpp"
#include "text/stemmer.hpp"
#include "text/stopwords.hpp"

namespace vk::text {

void wordKey(std::string_view token, std::string& out) {
  thread_local std::string joined;
  if (token.find('-') != std::string_view::npos) {
    joined.clear();
    for (char c : token)
      if (c != '-') joined.push_back(c);
    token = joined;
  }
  if (auto base = baseForm(token)) token = *base;
  stem(token, out);
}

std::string wordKey(std::string_view token) {
  std::string out;
  wordKey(token, out);
  return out;
}

std::string phraseKey(std::string_view text) {
  std::string out, key;
  for (const Token& t : tokenize(text)) {
    if (isStopword(t.text)) continue;
    wordKey(t.text, key);
    if (!out.empty()) out.push_back(' ');
    out += key;
  }
  return out;
}

}  // namespace vk::text
