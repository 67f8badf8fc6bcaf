// Checksummed identifiers: BSN (elfproef) and IBAN (ISO 13616 mod 97). Only numbers that pass
// the checksum are reported, so invoice and case numbers of the same shape are left alone.
#include <array>
#include <cstring>

#include "text/privacy_chars.hpp"
#include "text/privacy_detail.hpp"

namespace vk::text::privacy_detail {

bool elfproef(const int (&d)[9]) {
  int sum = 0;
  bool allZero = true;
  for (int k = 0; k < 8; ++k) {
    sum += (9 - k) * d[k];
    allZero = allZero && d[k] == 0;
  }
  sum -= d[8];
  allZero = allZero && d[8] == 0;
  return !allZero && sum % 11 == 0;
}

bool ibanMod97(std::string_view iban) {
  if (iban.size() < 5 || iban.size() > 34) return false;
  unsigned rem = 0;
  auto feed = [&rem](unsigned char c) {
    if (isDigit(c)) {
      rem = (rem * 10 + (c - '0')) % 97;
    } else if (isAsciiUpper(c)) {
      unsigned v = c - 'A' + 10;
      rem = (rem * 100 + v) % 97;
    } else {
      return false;
    }
    return true;
  };
  for (std::size_t i = 4; i < iban.size(); ++i)
    if (!feed(static_cast<unsigned char>(iban[i]))) return false;
  for (std::size_t i = 0; i < 4; ++i)
    if (!feed(static_cast<unsigned char>(iban[i]))) return false;
  return rem == 1;
}

namespace {

// IBAN lengths per country (SEPA plus countries residents commonly bank in).
struct IbanCountry {
  char cc[3];
  int len;
};
constexpr std::array<IbanCountry, 52> kIbanCountries{{
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BR", 29}, {"CH", 21}, {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DK", 18}, {"EE", 20},
    {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22},
    {"GI", 23}, {"GL", 18}, {"GR", 27}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IS", 26},
    {"IT", 27}, {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"MA", 28}, {"MC", 27},
    {"MD", 24}, {"ME", 22}, {"MK", 19}, {"MT", 31}, {"NL", 18}, {"NO", 15}, {"PL", 28},
    {"PT", 25}, {"RO", 24}, {"RS", 22}, {"SA", 24}, {"SE", 24}, {"SI", 19}, {"SK", 24},
    {"SM", 27}, {"TR", 26}, {"UA", 29},
}};

int ibanLength(unsigned char a, unsigned char b) {
  a = toUpperAscii(a);
  b = toUpperAscii(b);
  for (const auto& c : kIbanCountries)
    if (c.cc[0] == a && c.cc[1] == b) return c.len;
  return 0;
}

bool boundaryBefore(std::string_view s, std::size_t i) {
  return i == 0 || !isWordByte(static_cast<unsigned char>(s[i - 1]));
}

// A number glued to a preceding "1.", "1," or "-" digit group is part of something longer
// (an amount, a range, a longer code).
bool gluedBefore(std::string_view s, std::size_t i) {
  if (i >= 2) {
    unsigned char p = at(s, i - 1);
    if ((p == '.' || p == ',' || p == '-' || p == '/') && isDigit(at(s, i - 2))) return true;
  }
  return false;
}

bool gluedAfter(std::string_view s, std::size_t j) {
  unsigned char c = at(s, j);
  if (j < s.size() && isWordByte(c)) return true;
  if ((c == '.' || c == ',' || c == '-' || c == '/') && isDigit(at(s, j + 1))) return true;
  return false;
}

bool bsnKeywordBefore(std::string_view s, std::size_t i) {
  std::size_t from = i > 40 ? i - 40 : 0;
  char buf[40];
  std::string_view w = foldAscii(s.substr(from, i - from), buf);
  return w.find("bsn") != std::string_view::npos || w.find("burgerservicenummer") != std::string_view::npos ||
         w.find("sofi") != std::string_view::npos;
}

}  // namespace

void detectIbans(std::string_view s, std::vector<Finding>& out) {
  const std::size_t n = s.size();
  for (std::size_t i = 0; i + 4 <= n; ++i) {
    unsigned char c0 = at(s, i);
    if (!isAsciiAlpha(c0) || !boundaryBefore(s, i)) continue;
    if (!isAsciiAlpha(at(s, i + 1)) || !isDigit(at(s, i + 2)) || !isDigit(at(s, i + 3))) continue;
    int len = ibanLength(c0, at(s, i + 1));
    if (len == 0) continue;
    char compact[34];
    int count = 0;
    std::size_t j = i;
    while (count < len && j < n) {
      unsigned char c = at(s, j);
      if (isAsciiAlnum(c)) {
        compact[count++] = static_cast<char>(toUpperAscii(c));
        ++j;
      } else if (c == ' ' && count >= 2 && isAsciiAlnum(at(s, j + 1))) {
        ++j;  // "NL91 ABNA 0417 1643 00"
      } else {
        break;
      }
    }
    if (count != len || (j < n && isWordByte(at(s, j)))) continue;
    if (!ibanMod97(std::string_view(compact, count))) continue;
    out.push_back({FindingKind::Iban, i, j});
    i = j - 1;
  }
}

void detectBsns(std::string_view s, std::vector<Finding>& out) {
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (!isDigit(at(s, i))) continue;
    if (!boundaryBefore(s, i) || gluedBefore(s, i)) {
      while (i + 1 < n && isDigit(at(s, i + 1))) ++i;
      continue;
    }
    std::size_t j = i;
    while (j < n && isDigit(at(s, j))) ++j;
    std::size_t run = j - i;
    int d[9];
    std::size_t end = 0;
    if (run == 9 && !gluedAfter(s, j)) {
      for (int k = 0; k < 9; ++k) d[k] = s[i + k] - '0';
      end = j;
    } else if (run == 8 && !gluedAfter(s, j) && bsnKeywordBefore(s, i)) {
      d[0] = 0;  // leading zero left out
      for (int k = 0; k < 8; ++k) d[k + 1] = s[i + k] - '0';
      end = j;
    } else if (run == 3) {
      // 123.456.782 or 123 456 782 (same separator twice)
      unsigned char sep = at(s, j);
      if ((sep == '.' || sep == ' ' || sep == '-') && isDigit(at(s, j + 1)) && isDigit(at(s, j + 2)) &&
          isDigit(at(s, j + 3)) && at(s, j + 4) == sep && isDigit(at(s, j + 5)) && isDigit(at(s, j + 6)) &&
          isDigit(at(s, j + 7))) {
        std::size_t e = j + 8;
        bool continues = (e < n && isWordByte(at(s, e))) ||
                         ((at(s, e) == sep || at(s, e) == ',' || at(s, e) == '.') && isDigit(at(s, e + 1)));
        bool money = i >= 1 && (at(s, i - 1) == 0xAC /* € */ || (i >= 2 && at(s, i - 2) == 0xAC));
        if (!continues && !money) {
          const std::size_t pos[9] = {i, i + 1, i + 2, j + 1, j + 2, j + 3, j + 5, j + 6, j + 7};
          for (int k = 0; k < 9; ++k) d[k] = s[pos[k]] - '0';
          end = e;
        }
      }
    } else if (run == 4) {
      // 1234.56.782 or 1234 56 782: the notation on Dutch identity cards and passports
      unsigned char sep = at(s, j);
      if ((sep == '.' || sep == ' ' || sep == '-') && isDigit(at(s, j + 1)) && isDigit(at(s, j + 2)) &&
          at(s, j + 3) == sep && isDigit(at(s, j + 4)) && isDigit(at(s, j + 5)) && isDigit(at(s, j + 6))) {
        std::size_t e = j + 7;
        bool continues = (e < n && isWordByte(at(s, e))) ||
                         ((at(s, e) == sep || at(s, e) == ',' || at(s, e) == '.') && isDigit(at(s, e + 1)));
        if (!continues) {
          const std::size_t pos[9] = {i, i + 1, i + 2, i + 3, j + 1, j + 2, j + 4, j + 5, j + 6};
          for (int k = 0; k < 9; ++k) d[k] = s[pos[k]] - '0';
          end = e;
        }
      }
    }
    if (end != 0 && elfproef(d)) {
      out.push_back({FindingKind::Bsn, i, end});
      i = end - 1;
    } else {
      i = j - 1;
    }
  }
}

}  // namespace vk::text::privacy_detail
