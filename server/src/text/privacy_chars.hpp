#pragma once
// Byte classification shared by the privacy detectors. ASCII only decides; bytes >= 0x80 are
// treated as letters unless they start a known punctuation/space sequence (see privacy_tokens).
#include <cstddef>
#include <string_view>

namespace vk::text::privacy_detail {

constexpr bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }
constexpr bool isAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool isAsciiLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
constexpr bool isAsciiAlpha(unsigned char c) { return isAsciiUpper(c) || isAsciiLower(c); }
constexpr bool isAsciiAlnum(unsigned char c) { return isAsciiAlpha(c) || isDigit(c); }
constexpr unsigned char toLowerAscii(unsigned char c) { return isAsciiUpper(c) ? c + 32 : c; }
constexpr unsigned char toUpperAscii(unsigned char c) { return isAsciiLower(c) ? c - 32 : c; }

// Letter or digit, where any non-ASCII byte counts as a letter: used for word boundaries, so that
// a number glued to a word ("art12", "é123456782") is not taken as standalone.
constexpr bool isWordByte(unsigned char c) { return isAsciiAlnum(c) || c >= 0x80; }

inline unsigned char at(std::string_view s, std::size_t i) {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

// Length of a non-ASCII punctuation, symbol or space character at i (0 if it is none): Latin-1
// symbols (C2 xx: « » § ° nbsp), × ÷, general punctuation, currency and symbols (E2 80..9F xx:
// quotes, dashes, €), CJK punctuation (E3 80 xx).
inline std::size_t nonAsciiPunctLen(std::string_view s, std::size_t i) {
  unsigned char c = at(s, i), c2 = at(s, i + 1), c3 = at(s, i + 2);
  if (c == 0xC2 && c2 >= 0x80 && c2 <= 0xBF) return 2;
  if (c == 0xC3 && (c2 == 0x97 || c2 == 0xB7)) return 2;
  if (c == 0xE2 && c2 >= 0x80 && c2 <= 0x9F && c3 >= 0x80 && c3 <= 0xBF) return 3;
  if (c == 0xE3 && c2 == 0x80 && c3 >= 0x80 && c3 <= 0xBF) return 3;
  return 0;
}

// A letter or digit at i, where every non-ASCII character except punctuation and symbols counts
// as a letter (so "“111222333”" stands alone and "é111222333" does not).
inline bool wordCharAt(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return isAsciiAlnum(c);
  return nonAsciiPunctLen(s, i) == 0;
}

// The character ending just before i is a letter or digit (as in wordCharAt).
inline bool wordCharBefore(std::string_view s, std::size_t i) {
  if (i == 0 || i > s.size()) return false;
  unsigned char p = static_cast<unsigned char>(s[i - 1]);
  if (p < 0x80) return isAsciiAlnum(p);
  std::size_t b = i - 1;
  while (b > 0 && i - b < 4 && (at(s, b) & 0xC0) == 0x80) --b;
  std::size_t len = nonAsciiPunctLen(s, b);
  return len == 0 || b + len != i;
}

// Case-insensitive (ASCII) equality.
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (toLowerAscii(static_cast<unsigned char>(a[i])) != toLowerAscii(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

inline bool iendsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

// Lower-cases ASCII letters of `w` into `buf` (capacity N); returns empty when it does not fit.
template <std::size_t N>
std::string_view foldAscii(std::string_view w, char (&buf)[N]) {
  if (w.size() > N) return {};
  for (std::size_t i = 0; i < w.size(); ++i)
    buf[i] = static_cast<char>(toLowerAscii(static_cast<unsigned char>(w[i])));
  return {buf, w.size()};
}

// True when the word starts with an upper-case letter: ASCII, Latin-1 (U+00C0..U+00DE) or
// Latin Extended-A (Ł, Ş, Ç, İ, Ž ...).
inline bool startsUpper(std::string_view w) {
  unsigned char c = at(w, 0);
  if (isAsciiUpper(c)) return true;
  if (c < 0xC3 || c > 0xC5 || w.size() < 2) return false;
  unsigned char c2 = at(w, 1);
  if (c2 < 0x80 || c2 > 0xBF) return false;
  unsigned cp = ((c & 0x1Fu) << 6) | (c2 & 0x3Fu);
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  if (cp == 0x178) return true;
  if (cp >= 0x179 && cp <= 0x17E) return cp % 2 == 1;
  return false;
}

// Upper-case start followed by at least one non-upper letter ("Bakker", "El"; not "GGD", "A").
inline bool isCapitalised(std::string_view w) {
  if (w.size() < 2 || !startsUpper(w)) return false;
  std::size_t first = static_cast<unsigned char>(w[0]) < 0x80 ? 1 : 2;
  for (std::size_t i = first; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (isAsciiLower(c) || c >= 0x80) return true;
  }
  return false;
}

inline bool isAllLowerAscii(std::string_view w) {
  for (char ch : w)
    if (!isAsciiLower(static_cast<unsigned char>(ch))) return false;
  return !w.empty();
}

}  // namespace vk::text::privacy_detail
