// Phone numbers: Dutch national (06-12345678, 010-1234567, 0297 123456, (020) 123 4567) and
// international (+31 6 12345678, 0031 20 1234567, +32 470 12 34 56). Amounts, times, dates,
// years and postcodes never start with a 0 followed by exactly ten digits, or with +/00 and a
// country code, which is what this relies on.
#include <array>

#include "text/privacy_chars.hpp"
#include "text/privacy_detail.hpp"

namespace vk::text::privacy_detail {
namespace {

bool boundaryBefore(std::string_view s, std::size_t i) {
  if (i == 0) return true;
  unsigned char p = at(s, i - 1);
  if (isWordByte(p) || p == '+') return false;
  // part of a longer digit sequence such as "12-0612345678" or "1.0612345678"
  if ((p == '.' || p == ',' || p == '-' || p == '/' || p == ':') && i >= 2 && isDigit(at(s, i - 2))) return false;
  return true;
}

// Skips one separator between digit groups: " ", "-", ".", "/", " - ", " / ", ") ", ")", " (".
// Returns the position of the next digit, or npos.
std::size_t skipSeparator(std::string_view s, std::size_t j) {
  std::size_t k = j;
  int spaces = 0, marks = 0;
  while (k < s.size() && k - j < 4) {
    unsigned char c = at(s, k);
    if (c == ' ') {
      ++spaces;
    } else if (c == '-' || c == '.' || c == '/' || c == '(' || c == ')') {
      ++marks;
    } else {
      break;
    }
    ++k;
  }
  if (k == j || spaces > 2 || marks > 1 || !isDigit(at(s, k))) return std::string_view::npos;
  return k;
}

struct Groups {
  int digits = 0;
  std::size_t end = 0;
  int firstGroup = 0;
  bool ok = false;
};

// Reads digit groups from j until exactly `want` digits (min..max when greedy) are read; a group
// may not be split. Returns the end position after the last digit.
Groups readGroups(std::string_view s, std::size_t j, int minDigits, int maxDigits) {
  Groups g;
  bool first = true;
  while (true) {
    std::size_t k = j;
    while (k < s.size() && isDigit(at(s, k))) ++k;
    int run = static_cast<int>(k - j);
    if (run == 0 || g.digits + run > maxDigits) break;
    g.digits += run;
    g.end = k;
    if (first) g.firstGroup = run;
    first = false;
    if (g.digits == maxDigits) break;
    std::size_t next = skipSeparator(s, k);
    if (next == std::string_view::npos) break;
    // A following group that would overflow ends the number here.
    std::size_t k2 = next;
    while (k2 < s.size() && isDigit(at(s, k2))) ++k2;
    if (g.digits + static_cast<int>(k2 - next) > maxDigits) break;
    j = next;
  }
  g.ok = g.digits >= minDigits && g.digits <= maxDigits;
  if (g.ok && g.end < s.size() && isWordByte(at(s, g.end))) g.ok = false;
  return g;
}

// A date like 06-12-2024 or 06/12/24 would otherwise look like the start of a mobile number.
bool looksLikeDate(std::string_view s, std::size_t i) {
  std::size_t j = i;
  auto digits = [&](std::size_t& p) {
    std::size_t b = p;
    while (p < s.size() && isDigit(at(s, p))) ++p;
    return p - b;
  };
  std::size_t a = digits(j);
  if (a < 1 || a > 2) return false;
  unsigned char sep = at(s, j);
  if (sep != '-' && sep != '/' && sep != '.') return false;
  ++j;
  std::size_t b = digits(j);
  if (b < 1 || b > 2 || at(s, j) != sep) return false;
  ++j;
  std::size_t c = digits(j);
  // 06.12.34.56.78 continues after the "year": a phone number, not a date
  if (at(s, j) == sep && isDigit(at(s, j + 1))) return false;
  return c == 2 || c == 4;
}

constexpr std::array<std::string_view, 44> kCountryCodes{
    "1",   "7",   "20",  "27",  "30",  "32",  "33",  "34",  "36",  "39",  "40",
    "41",  "43",  "44",  "45",  "46",  "47",  "48",  "49",  "212", "213", "216",
    "220", "221", "233", "234", "244", "251", "291", "297", "351", "352", "353",
    "354", "355", "359", "370", "380", "420", "421", "597", "599", "90",  "98"};

bool startsWithCountryCode(std::string_view s, std::size_t j) {
  for (auto cc : kCountryCodes) {
    bool match = true;
    for (std::size_t k = 0; k < cc.size(); ++k)
      if (at(s, j + k) != static_cast<unsigned char>(cc[k])) { match = false; break; }
    if (match) return true;
  }
  return false;
}

// After the Dutch country code: optional separator, optional "(0)", then 9 digits (10 when
// the trunk 0 was written anyway: "+31 06 12345678").
std::size_t readDutchNational(std::string_view s, std::size_t j) {
  while (at(s, j) == ' ' || at(s, j) == '-') ++j;
  if (at(s, j) == '(' && at(s, j + 1) == '0' && at(s, j + 2) == ')') {
    j += 3;
    while (at(s, j) == ' ') ++j;
  }
  if (!isDigit(at(s, j))) return 0;
  int want = at(s, j) == '0' ? 10 : 9;
  Groups g = readGroups(s, j, want, want);
  return g.ok ? g.end : 0;
}

std::size_t tryPhone(std::string_view s, std::size_t i) {
  unsigned char c = at(s, i);
  if (c == '+') {
    if (!isDigit(at(s, i + 1))) return 0;
    if (at(s, i + 1) == '3' && at(s, i + 2) == '1') return readDutchNational(s, i + 3);
    Groups g = readGroups(s, i + 1, 9, 15);
    return g.ok ? g.end : 0;
  }
  if (c == '0' && at(s, i + 1) == '0') {
    if (at(s, i + 2) == '3' && at(s, i + 3) == '1') return readDutchNational(s, i + 4);
    if (!startsWithCountryCode(s, i + 2)) return 0;
    Groups g = readGroups(s, i + 2, 9, 15);
    return g.ok ? g.end : 0;
  }
  if (c == '(' && at(s, i + 1) == '0' && isDigit(at(s, i + 2)) && at(s, i + 2) != '0') {
    // (020) 123 4567, (0297) 123456
    std::size_t j = i + 1;
    while (isDigit(at(s, j))) ++j;
    std::size_t area = j - (i + 1);
    if (area < 3 || area > 4 || at(s, j) != ')') return 0;
    ++j;
    while (at(s, j) == ' ' || at(s, j) == '-') ++j;
    Groups g = readGroups(s, j, static_cast<int>(10 - area), static_cast<int>(10 - area));
    return g.ok ? g.end : 0;
  }
  if (c == '0' && isDigit(at(s, i + 1)) && at(s, i + 1) != '0') {
    Groups g = readGroups(s, i, 10, 10);
    if (!g.ok) return 0;
    // Area code as first group: 06 (mobile, 2 digits), 010 / 0297 (3-4 digits), or all ten.
    bool mobile = at(s, i + 1) == '6' || at(s, i + 1) == '8' || at(s, i + 1) == '9';
    bool shapeOk = g.firstGroup == 10 || g.firstGroup == 3 || g.firstGroup == 4 ||
                   (g.firstGroup == 2 && mobile);
    if (!shapeOk || looksLikeDate(s, i)) return 0;
    return g.end;
  }
  return 0;
}

}  // namespace

void detectPhones(std::string_view s, std::vector<Finding>& out) {
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char c = at(s, i);
    if (c != '+' && c != '0' && c != '(') continue;
    if (!boundaryBefore(s, i)) continue;
    std::size_t end = tryPhone(s, i);
    if (end > i) {
      out.push_back({FindingKind::Phone, i, end});
      i = end - 1;
    } else if (c == '0') {
      while (i + 1 < n && isDigit(at(s, i + 1))) ++i;
    }
  }
}

}  // namespace vk::text::privacy_detail
