// Checksummed identifiers: BSN (elfproef) and IBAN (ISO 13616 mod 97). Only numbers that pass
// the checksum are reported, so invoice and case numbers of the same shape are left alone. Both
// read the normalised text (privacy_normalise.hpp): every space is ' ', every dash '-', every
// decimal digit ASCII, invisible characters are gone.
#include <algorithm>
#include <array>
#include <cstdint>
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

// --- IBAN --------------------------------------------------------------------------------

// IBAN length and BBAN format per country (SEPA plus countries residents commonly bank in), as
// in the SWIFT IBAN registry: "4a10n" = 4 letters then 10 digits, "c" = letter or digit.
struct IbanCountry {
  char cc[3];
  int len;
  const char* bban;
};
constexpr std::array<IbanCountry, 52> kIbanCountries{{
    {"AD", 24, "4n4n12c"},    {"AE", 23, "3n16n"},       {"AL", 28, "8n16c"},     {"AT", 20, "5n11n"},
    {"BA", 20, "3n3n8n2n"},   {"BE", 16, "3n7n2n"},      {"BG", 22, "4a4n2n8c"},  {"BR", 29, "8n5n10n1a1c"},
    {"CH", 21, "5n12c"},      {"CY", 28, "3n5n16c"},     {"CZ", 24, "4n6n10n"},   {"DE", 22, "8n10n"},
    {"DK", 18, "4n9n1n"},     {"EE", 20, "2n2n11n1n"},   {"EG", 29, "4n4n17n"},   {"ES", 24, "4n4n1n1n10n"},
    {"FI", 18, "3n11n"},      {"FO", 18, "4n9n1n"},      {"FR", 27, "5n5n11c2n"}, {"GB", 22, "4a6n8n"},
    {"GE", 22, "2a16n"},      {"GI", 23, "4a15c"},       {"GL", 18, "4n9n1n"},    {"GR", 27, "3n4n16c"},
    {"HR", 21, "7n10n"},      {"HU", 28, "3n4n1n15n1n"}, {"IE", 22, "4a6n8n"},    {"IS", 26, "4n2n6n10n"},
    {"IT", 27, "1a5n5n12c"},  {"LI", 21, "5n12c"},       {"LT", 20, "5n11n"},     {"LU", 20, "3n13c"},
    {"LV", 21, "4a13c"},      {"MA", 28, "24n"},         {"MC", 27, "5n5n11c2n"}, {"MD", 24, "2c18c"},
    {"ME", 22, "3n13n2n"},    {"MK", 19, "3n10c2n"},     {"MT", 31, "4a5n18c"},   {"NL", 18, "4a10n"},
    {"NO", 15, "4n6n1n"},     {"PL", 28, "8n16n"},       {"PT", 25, "4n4n11n2n"}, {"RO", 24, "4a16c"},
    {"RS", 22, "3n13n2n"},    {"SA", 24, "2n18c"},       {"SE", 24, "3n16n1n"},   {"SI", 19, "5n8n2n"},
    {"SK", 24, "4n6n10n"},    {"SM", 27, "1a5n5n12c"},   {"TR", 26, "5n1n16c"},   {"UA", 29, "6n19c"},
}};

// Country code (two ASCII capitals) -> index into kIbanCountries + 1, 0 for none.
constexpr std::array<std::uint8_t, 26 * 26> kCountryIndex = [] {
  std::array<std::uint8_t, 26 * 26> t{};
  for (std::size_t k = 0; k < kIbanCountries.size(); ++k)
    t[(kIbanCountries[k].cc[0] - 'A') * 26 + (kIbanCountries[k].cc[1] - 'A')] = static_cast<std::uint8_t>(k + 1);
  return t;
}();

const IbanCountry* ibanCountry(char a, char b) {
  if (!isAsciiUpper(static_cast<unsigned char>(a)) || !isAsciiUpper(static_cast<unsigned char>(b))) return nullptr;
  std::uint8_t k = kCountryIndex[(a - 'A') * 26 + (b - 'A')];
  return k ? &kIbanCountries[k - 1] : nullptr;
}

// Cyrillic and Greek letters (and the dotless i) that look like a Latin capital, as typed by a
// keyboard in another layout or pasted from a document that swapped them.
struct LookAlike {
  char32_t cp;
  char latin;
};
constexpr LookAlike kLookAlikes[] = {
    {0x0131, 'I'}, {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'}, {0x0399, 'I'},
    {0x039A, 'K'}, {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'}, {0x03A1, 'P'}, {0x03A4, 'T'}, {0x03A5, 'Y'},
    {0x03A7, 'X'}, {0x03BA, 'K'}, {0x03BF, 'O'}, {0x03C1, 'P'}, {0x0405, 'S'}, {0x0406, 'I'}, {0x0408, 'J'},
    {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'}, {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'}, {0x041E, 'O'},
    {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'}, {0x0423, 'Y'}, {0x0425, 'X'}, {0x0430, 'A'}, {0x0435, 'E'},
    {0x043A, 'K'}, {0x043C, 'M'}, {0x043E, 'O'}, {0x0440, 'P'}, {0x0441, 'C'}, {0x0443, 'Y'}, {0x0445, 'X'},
    {0x0455, 'S'}, {0x0456, 'I'}, {0x0458, 'J'}, {0x04AE, 'Y'}, {0x04C0, 'I'},
};

// One IBAN character at j: an ASCII letter or digit (upper-cased) or a two-byte look-alike letter.
// Returns its length in bytes (0 when there is none) and the character in *out.
std::size_t ibanChar(std::string_view s, std::size_t j, char* out) {
  unsigned char c = at(s, j);
  if (j >= s.size()) return 0;
  if (isAsciiAlnum(c)) {
    *out = static_cast<char>(toUpperAscii(c));
    return 1;
  }
  if (c < 0xC4 || c > 0xD3) return 0;
  unsigned char c2 = at(s, j + 1);
  if (c2 < 0x80 || c2 > 0xBF) return 0;
  char32_t cp = (static_cast<char32_t>(c & 0x1F) << 6) | (c2 & 0x3F);
  for (const LookAlike& l : kLookAlikes)
    if (l.cp == cp) {
      *out = l.latin;
      return 2;
    }
  return 0;
}

// Separator between groups of an IBAN: up to three characters of spaces, or one '-', '.' or '/'
// (with spaces around it). Returns the position after it, or `j` when there is none.
std::size_t skipIbanSeparator(std::string_view s, std::size_t j) {
  std::size_t k = j;
  int marks = 0;
  while (k < s.size() && k - j < 3) {
    unsigned char c = at(s, k);
    if (c == ' ') {
      ++k;
    } else if ((c == '-' || c == '.' || c == '/') && marks == 0) {
      ++marks;
      ++k;
    } else {
      break;
    }
  }
  return k;
}

char digitLookAlike(char c) {
  if (c == 'O') return '0';
  if (c == 'I' || c == 'L') return '1';
  return c;
}

// The type of each IBAN position per country: 'n' digit, 'a' letter, 'c' either; the country code
// is "aa" and the check digits "nn". Built at compile time; a format whose length disagrees with
// the country's IBAN length fails the build.
using IbanTypes = std::array<char, 35>;
constexpr IbanTypes expandFormat(const IbanCountry& c) {
  IbanTypes types{};
  int pos = 0;
  for (char t : {'a', 'a', 'n', 'n'}) types[pos++] = t;
  for (const char* f = c.bban; *f && pos < 34;) {
    int count = 0;
    while (*f >= '0' && *f <= '9') count = count * 10 + (*f++ - '0');
    char type = *f ? *f++ : 'c';
    for (int k = 0; k < count && pos < 34; ++k) types[pos++] = type;
  }
  return types;
}

constexpr std::array<IbanTypes, kIbanCountries.size()> kIbanTypes = [] {
  std::array<IbanTypes, kIbanCountries.size()> t{};
  for (std::size_t k = 0; k < kIbanCountries.size(); ++k) t[k] = expandFormat(kIbanCountries[k]);
  return t;
}();

constexpr bool formatsMatchLengths() {
  for (std::size_t k = 0; k < kIbanCountries.size(); ++k) {
    int len = 0;
    while (len < 35 && kIbanTypes[k][len] != 0) ++len;
    if (len != kIbanCountries[k].len) return false;
  }
  return true;
}
static_assert(formatsMatchLengths(), "an IBAN format does not add up to its country's length");

// Fits character x (upper case, look-alikes already Latin) into a position of the given type:
// in a digit position the letter O stands for 0 and I or L for 1. False when it does not fit.
bool fitType(char& x, char type) {
  if (type == 'n') {
    x = digitLookAlike(x);
    return isDigit(static_cast<unsigned char>(x));
  }
  return type != 'a' || isAsciiUpper(static_cast<unsigned char>(x));
}

bool boundaryBefore(std::string_view s, std::size_t i) { return !wordCharBefore(s, i); }

// --- BSN ---------------------------------------------------------------------------------

bool bsnKeywordBefore(std::string_view s, std::size_t i) {
  std::size_t from = i > 40 ? i - 40 : 0;
  char buf[40];
  std::string_view w = foldAscii(s.substr(from, i - from), buf);
  return w.find("bsn") != std::string_view::npos || w.find("burgerservicenummer") != std::string_view::npos ||
         w.find("sofi") != std::string_view::npos;
}

// Digits glued to the word before them: only a BSN keyword ("BSN111222333", "bsnnr123...",
// "sofinummer...") or "nr"/"nummer" after one.
bool keywordGlued(std::string_view s, std::size_t i) {
  std::size_t b = i;
  while (b > 0 && i - b < 24 && isAsciiAlpha(at(s, b - 1))) --b;
  if (b == i || (b > 0 && isWordByte(at(s, b - 1)))) return false;
  char buf[24];
  std::string_view w = foldAscii(s.substr(b, i - b), buf);
  auto ends = [&w](std::string_view x) { return w.size() >= x.size() && w.substr(w.size() - x.size()) == x; };
  if (ends("bsn") || ends("sofinummer") || ends("sofinr") || ends("burgerservicenummer")) return true;
  return (ends("nr") || ends("nummer")) && bsnKeywordBefore(s, i);
}

// An amount: a currency sign or word just before, or a currency word or ",-" just after.
bool moneyBefore(std::string_view s, std::size_t i) {
  std::size_t k = i;
  if (k > 0 && at(s, k - 1) == ' ') --k;
  if (k >= 3 && at(s, k - 3) == 0xE2 && at(s, k - 2) == 0x82 && at(s, k - 1) == 0xAC) return true;  // €
  if (k >= 1 && at(s, k - 1) == '$') return true;
  if (k >= 2 && at(s, k - 2) == 0xC2 && at(s, k - 1) == 0xA3) return true;  // £
  for (std::string_view w : {"eur", "euro"})
    if (k >= w.size() && iequals(s.substr(k - w.size(), w.size()), w) && (k == w.size() || !isWordByte(at(s, k - w.size() - 1))))
      return true;
  return false;
}

bool moneyAfter(std::string_view s, std::size_t e) {
  if (at(s, e) == ',' && at(s, e + 1) == '-') return true;
  std::size_t k = e;
  if (at(s, k) == ' ') ++k;
  if (at(s, k) == 0xE2 && at(s, k + 1) == 0x82 && at(s, k + 2) == 0xAC) return true;
  char buf[4];
  std::string_view w = foldAscii(s.substr(k, std::min<std::size_t>(4, s.size() - std::min(k, s.size()))), buf);
  return w.substr(0, 3) == "eur";
}

// Digit groups joined by separators: 1 or 2 spaces, or one '-', '.' or '/'. "111 222 333",
// "1 1 1 2 2 2 3 3 3", "6201.16.419", "111-222-333 2" (four groups).
struct Chain {
  static constexpr int kMax = 16;
  int n = 0;
  std::size_t b[kMax], e[kMax];
  char sep[kMax];  // separator after group k (' ' for spaces)
  bool truncated = false;
  int size(int k) const { return static_cast<int>(e[k] - b[k]); }
};

Chain readChain(std::string_view s, std::size_t i) {
  Chain c;
  std::size_t j = i;
  while (true) {
    std::size_t k = j;
    while (k < s.size() && isDigit(at(s, k))) ++k;
    if (c.n == Chain::kMax) {
      c.truncated = true;
      break;
    }
    c.b[c.n] = j;
    c.e[c.n] = k;
    c.sep[c.n] = 0;
    ++c.n;
    unsigned char x = at(s, k);
    std::size_t next = k;
    if (x == ' ') {
      next = k + 1;
      if (at(s, next) == ' ') ++next;
    } else if (x == '-' || x == '.' || x == '/') {
      next = k + 1;
    }
    if (next == k || !isDigit(at(s, next))) break;
    c.sep[c.n - 1] = x == ' ' ? ' ' : static_cast<char>(x);
    j = next;
  }
  return c;
}

// The shapes a BSN is written in: 9, 3-3-3, 4-2-3 (identity cards) and nine single digits.
bool bsnShape(const Chain& c, int from, int to, bool spacedDigits) {
  int groups = to - from + 1;
  if (groups == 1) return c.size(from) == 9;
  if (groups == 3)
    return (c.size(from) == 3 && c.size(from + 1) == 3 && c.size(from + 2) == 3) ||
           (c.size(from) == 4 && c.size(from + 1) == 2 && c.size(from + 2) == 3);
  if (groups == 9 && spacedDigits) {
    for (int k = from; k <= to; ++k)
      if (c.size(k) != 1) return false;
    return true;
  }
  return false;
}

// Groups from..to (inclusive) hold `digits` digits that may be a BSN, judging by what follows:
// the chain ends there, or goes on after a space with another number ("BSN 111 222 333 2 kinderen").
bool tailOk(std::string_view s, const Chain& c, int to) {
  if (to < c.n - 1 || c.truncated) return c.sep[to] == ' ';
  std::size_t e = c.e[to];
  unsigned char x = at(s, e);
  if (wordCharAt(s, e)) return false;  // "111222333kg", "111222333é"
  if ((x == ',' || x == ':') && isDigit(at(s, e + 1))) return false;  // 111.222.333,00 / 12:30
  return !moneyAfter(s, e);
}

// Reads groups from..to as the BSN's digits (8 with the leading zero left out); false if the
// checksum fails.
bool bsnDigits(std::string_view s, const Chain& c, int from, int to, int digits, int (&d)[9]) {
  int k = 0;
  if (digits == 8) d[k++] = 0;
  for (int g = from; g <= to; ++g)
    for (std::size_t p = c.b[g]; p < c.e[g]; ++p) d[k++] = s[p] - '0';
  return k == 9 && elfproef(d);
}

// Index of the last group where the digits from `from` add up to exactly `want`, or -1.
int groupsFor(const Chain& c, int from, int want) {
  int sum = 0;
  for (int g = from; g < c.n; ++g) {
    sum += c.size(g);
    if (sum == want) return g;
    if (sum > want) return -1;
  }
  return -1;
}

bool uniformSeparators(const Chain& c, int from, int to) {
  for (int g = from + 1; g < to; ++g)
    if (c.sep[g] != c.sep[from]) return false;
  return true;
}

// The IBAN starting at i (a word start), or 0: its end.
std::size_t ibanAt(std::string_view s, std::size_t i) {
  const std::size_t n = s.size();
  char cc[2];
  std::size_t l0 = ibanChar(s, i, &cc[0]);
  if (l0 == 0) return 0;
  std::size_t l1 = ibanChar(s, i + l0, &cc[1]);
  if (l1 == 0) return 0;
  const IbanCountry* country = ibanCountry(cc[0], cc[1]);
  if (!country) return 0;
  // check digits next, possibly after a separator ("NL 91 ABNA ..."): a digit or the letter O
  std::size_t j = i + l0 + l1;
  unsigned char c2 = at(s, j);
  if (!isDigit(c2) && c2 < 0x80 && c2 != ' ' && c2 != '-' && c2 != '.' && c2 != '/' && c2 != 'O' && c2 != 'o')
    return 0;  // "bedrag", "nl,"
  const IbanTypes& types = kIbanTypes[static_cast<std::size_t>(country - kIbanCountries.data())];
  const int len = country->len;
  char compact[34];
  compact[0] = cc[0];
  compact[1] = cc[1];
  int count = 2;
  while (count < len && j < n) {
    char x;
    if (std::size_t l = ibanChar(s, j, &x)) {
      if (!fitType(x, types[count])) return 0;  // stops "Bel 06-1234..." at its first letter
      compact[count++] = x;
      j += l;
      continue;
    }
    std::size_t k = skipIbanSeparator(s, j);
    if (k == j || ibanChar(s, k, &x) == 0) break;
    j = k;  // "NL91 ABNA 0417 1643 00", "NL91-ABNA-0417-1643-00"
  }
  if (count != len || wordCharAt(s, j)) return 0;
  if (!ibanMod97(std::string_view(compact, count))) return 0;
  return j;
}

}  // namespace

void detectIbans(std::string_view s, std::vector<Finding>& out) {
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i + 4 <= n) {
    unsigned char c0 = at(s, i);
    bool ascii = isAsciiAlpha(c0);
    if ((!ascii && (c0 < 0xC4 || c0 > 0xD3)) || !boundaryBefore(s, i)) {  // letters, look-alike lead bytes
      ++i;
      continue;
    }
    if (ascii) {  // the common case, decided without decoding: "de", "bedrag", "nl."
      unsigned char c1 = at(s, i + 1), c2 = at(s, i + 2);
      bool maybe = c1 >= 0x80 || (isAsciiAlpha(c1) && ibanCountry(static_cast<char>(toUpperAscii(c0)),
                                                                   static_cast<char>(toUpperAscii(c1))) &&
                                  (isDigit(c2) || c2 >= 0x80 || c2 == ' ' || c2 == '-' || c2 == '.' ||
                                   c2 == '/' || c2 == 'O' || c2 == 'o'));
      if (!maybe) {
        ++i;
        while (i < n && isAsciiAlnum(at(s, i))) ++i;
        continue;
      }
    }
    if (std::size_t e = ibanAt(s, i)) {
      out.push_back({FindingKind::Iban, i, e});
      i = e;
      continue;
    }
    ++i;
    if (ascii)
      while (i < n && isAsciiAlnum(at(s, i))) ++i;  // the rest of this word starts nothing
  }
}

void detectBsns(std::string_view s, std::vector<Finding>& out) {
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (!isDigit(at(s, i))) continue;
    // i starts a chain of digit groups (the previous chain was skipped as a whole)
    const Chain c = readChain(s, i);
    const std::size_t chainEnd = c.e[c.n - 1];
    unsigned char prev = i > 0 ? at(s, i - 1) : 0;
    // +31 6 1234 5678, 0032 470 123 456: a phone number, wherever the groups fall
    bool phone = prev == '+' || (at(s, i) == '0' && at(s, i + 1) == '0' && c.size(0) != 9);
    bool money = moneyBefore(s, i);
    if (phone || money) {
      i = chainEnd - 1;
      continue;
    }
    bool startOk = true;
    if (wordCharBefore(s, i)) startOk = keywordGlued(s, i);  // "art12" no, "BSN111222333" yes
    if ((prev == ',' || prev == ':') && i >= 2 && isDigit(at(s, i - 2))) startOk = false;
    bool found = false;
    if (startOk) {
      int d[9];
      int to = groupsFor(c, 0, 9);
      if (to >= 0) {
        bool shaped = bsnShape(c, 0, to, true) ||
                      (to == c.n - 1 && !c.truncated && uniformSeparators(c, 0, to) && bsnKeywordBefore(s, i));
        if (shaped && tailOk(s, c, to) && bsnDigits(s, c, 0, to, 9, d)) {
          out.push_back({FindingKind::Bsn, i, c.e[to]});
          found = true;
        }
      } else if (c.n == 1 && c.size(0) == 8 && tailOk(s, c, 0) && bsnKeywordBefore(s, i) &&
                 bsnDigits(s, c, 0, 0, 8, d)) {
        out.push_back({FindingKind::Bsn, i, c.e[0]});  // leading zero left out
        found = true;
      }
    }
    // A BSN further on in the chain, after a space: "kamer 3 111222333", "art12 111 222 333".
    for (int g = 1; !found && g < c.n; ++g) {
      if (c.sep[g - 1] != ' ') continue;
      int to = groupsFor(c, g, 9);
      int d[9];
      if (to >= 0 && bsnShape(c, g, to, false) && tailOk(s, c, to) && bsnDigits(s, c, g, to, 9, d)) {
        out.push_back({FindingKind::Bsn, c.b[g], c.e[to]});
        found = true;
      }
    }
    i = chainEnd - 1;
  }
}

}  // namespace vk::text::privacy_detail
