// Tokenizer for the privacy guard: one pass over the bytes, no allocation per token beyond the
// output vector. Never reads past the end, whatever the bytes are.
#include "text/privacy_chars.hpp"
#include "text/privacy_detail.hpp"

namespace vk::text::privacy_detail {
namespace {

// Length of a whitespace character at i (0 if none). NBSP (C2 A0) and the Unicode spaces
// U+2000..U+200B, U+202F count as whitespace.
std::size_t spaceLen(std::string_view s, std::size_t i) {
  unsigned char c = at(s, i);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && at(s, i + 1) == 0xA0) return 2;
  if (c == 0xE2 && at(s, i + 1) == 0x80) {
    unsigned char c3 = at(s, i + 2);
    if ((c3 >= 0x80 && c3 <= 0x8B) || c3 == 0xAF) return 3;
  }
  return 0;
}

// Length of a non-ASCII punctuation/symbol character at i (0 if it is a letter): Latin-1
// symbols (C2 xx: « » § ° ...), × ÷, general punctuation (E2 80/81 xx: quotes, dashes, bullets),
// currency (E2 82 xx: €), arrows/symbols (E2 84..9F xx).
std::size_t punctLen(std::string_view s, std::size_t i) {
  unsigned char c = at(s, i), c2 = at(s, i + 1);
  if (c == 0xC2 && c2 >= 0x80 && c2 <= 0xBF) return 2;
  if (c == 0xC3 && (c2 == 0x97 || c2 == 0xB7)) return 2;
  if (c == 0xE2 && c2 >= 0x80 && c2 <= 0x9F) {
    unsigned char c3 = at(s, i + 2);
    if (c3 >= 0x80 && c3 <= 0xBF) return 3;
  }
  return 0;
}

bool isApostrophe(std::string_view s, std::size_t i, std::size_t* len) {
  if (at(s, i) == '\'') { *len = 1; return true; }
  if (at(s, i) == 0xE2 && at(s, i + 1) == 0x80 && (at(s, i + 2) == 0x98 || at(s, i + 2) == 0x99)) {
    *len = 3;
    return true;
  }
  return false;
}

bool isLetterAt(std::string_view s, std::size_t i) {
  unsigned char c = at(s, i);
  if (i >= s.size()) return false;
  if (isAsciiAlpha(c)) return true;
  return c >= 0x80 && spaceLen(s, i) == 0 && punctLen(s, i) == 0;
}

}  // namespace

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  out.reserve(s.size() / 5 + 4);
  std::size_t i = 0, n = s.size();
  unsigned gap = 0;
  bool nl = false;
  while (i < n) {
    if (std::size_t sl = spaceLen(s, i)) {
      if (s[i] == '\n' || s[i] == '\r') nl = true;
      if (gap < 255) ++gap;
      i += sl;
      continue;
    }
    Token t{i, i, TokType::Punct, static_cast<std::uint8_t>(gap), nl};
    gap = 0;
    nl = false;
    unsigned char c = at(s, i);
    std::size_t al = 0;
    if (isDigit(c)) {
      while (i < n && isDigit(at(s, i))) ++i;
      t.type = TokType::Number;
    } else if (isLetterAt(s, i)) {
      t.type = TokType::Word;
      while (i < n) {
        if (isLetterAt(s, i)) {
          ++i;
        } else if (isApostrophe(s, i, &al) && isLetterAt(s, i + al)) {
          i += al;  // "collega's", "d'Ancona"
        } else {
          break;
        }
      }
    } else if (isApostrophe(s, i, &al) && (at(s, i + al) == 't' || at(s, i + al) == 's') &&
               !isLetterAt(s, i + al + 1)) {
      i += al + 1;  // "'t" as in "van 't Hof", "'s" as in "'s avonds"
      t.type = TokType::Word;
    } else if (std::size_t pl = punctLen(s, i)) {
      i += pl;
    } else {
      ++i;
    }
    t.e = i;
    out.push_back(t);
  }
  return out;
}

}  // namespace vk::text::privacy_detail
