// Addresses: a street name followed by a house number ("Kerkstraat 12", "Van Goghlaan 3a",
// "Burgemeester de Vlugtlaan 14-2", "Oude Gracht 123 bis", "Laan van Meerdervoort 5") and Dutch
// postcodes ("3581 KL", "3581KL"). A number after an ordinary word ("groep 7", "artikel 12",
// "3 kinderen") is no address: the word before the number must look like a street.
#include "text/privacy_chars.hpp"
#include "text/privacy_detail.hpp"
#include "text/privacy_lexicon.hpp"

namespace vk::text::privacy_detail {
namespace {

bool isPunct(const Token& t, std::string_view s, char c) {
  return t.type == TokType::Punct && t.e - t.b == 1 && s[t.b] == c;
}

bool isLowerTussen(std::string_view w) { return isTussenvoegsel(w) && !startsUpper(w); }

// Capitalised word that can be part of a street name ("Burgemeester", "Oude", "Van").
bool isStreetNamePart(std::string_view w) { return startsUpper(w) && !isStreetStopword(w) && !isWeekday(w); }

// Decides whether token index w (a word right before a house number) ends a street name, and
// returns the index of the first token of that name, or -1.
long streetStart(std::string_view s, const std::vector<Token>& t, long w) {
  std::string_view word = t[w].text(s);
  if (word.size() < 3 || isStreetStopword(word)) return -1;
  int strength = streetSuffixStrength(word);
  bool upper = startsUpper(word);
  long first = w;
  auto prevWord = [&](long k) -> long {  // previous token if it is a word separated by one space
    if (k <= 0 || t[k].gap != 1 || t[k].newlineBefore || t[k - 1].type != TokType::Word) return -1;
    return k - 1;
  };
  bool suffixOk = false;
  if (strength != 0) {
    bool bare = false;  // the word is only the suffix: "Gracht", "Dijk", "Singel"
    for (std::string_view suf : {"straat", "laan", "gracht", "plein", "singel", "kade", "dreef", "weg", "hof", "dijk",
                                 "park", "pad", "baan", "markt", "ring", "dam", "wal", "haven", "veld", "erf", "burg",
                                 "vaart", "poort", "brink", "kanaal", "steeg", "plantsoen", "boulevard", "allee"})
      if (iequals(word, suf)) bare = true;
    suffixOk = strength == 1 ? (upper || isAllLowerAscii(word)) : upper;
    if (suffixOk && bare) {
      // a bare short suffix needs a name part before it ("Oude Dijk"); a bare "Singel" or
      // "Gracht" with a capital is a street on its own
      long p = prevWord(w);
      bool namePart = p >= 0 && isStreetNamePart(t[p].text(s));
      suffixOk = upper && (strength == 1 || namePart);
    }
  }
  if (!suffixOk) {
    // "Laan van Meerdervoort 12", "Laan van 't Hof 4": a street-type word, tussenvoegsels,
    // capitalised words.
    if (!upper) return -1;
    long k = w;
    int steps = 0;
    while (steps++ < 4) {
      long p = prevWord(k);
      if (p < 0) return -1;
      std::string_view pw = t[p].text(s);
      if (isStreetTypeWord(pw) && startsUpper(pw)) { first = p; break; }
      if (!isLowerTussen(pw) && !isStreetNamePart(pw)) return -1;
      k = p;
    }
    if (first == w) return -1;
  }
  // Extend backwards over capitalised name parts and tussenvoegsels that sit between them.
  for (int steps = 0; steps < 4; ++steps) {
    long p = prevWord(first);
    if (p < 0) break;
    std::string_view pw = t[p].text(s);
    if (isStreetNamePart(pw)) {
      first = p;
    } else if (isLowerTussen(pw)) {
      long pp = prevWord(p);
      if (pp < 0 || !isStreetNamePart(t[pp].text(s))) break;
      first = pp;
    } else {
      break;
    }
  }
  return first;
}

bool isHouseSuffixWord(std::string_view w) {
  if (w.size() == 1) return isAsciiAlpha(static_cast<unsigned char>(w[0])) && w != "u" && w != "U";
  for (std::string_view x : {"bis", "hs", "huis", "zw", "rd", "bg", "II", "III", "IV", "ab", "bv", "boven", "beneden"})
    if (iequals(w, x)) return true;
  return false;
}

// House number at token n: returns the index of the last token that belongs to it, or -1.
long houseNumberEnd(std::string_view s, const std::vector<Token>& t, long n) {
  const Token& num = t[n];
  std::size_t len = num.e - num.b;
  if (len == 0 || len > 5 || s[num.b] == '0') return -1;
  long last = n;
  long size = static_cast<long>(t.size());
  if (n + 1 < size && t[n + 1].gap == 0) {
    const Token& nx = t[n + 1];
    std::string_view w = nx.text(s);
    if (nx.type == TokType::Word) {
      if (w.size() > 3 && !iequals(w, "boven") && !iequals(w, "huis")) return -1;  // "12jaar"
      last = n + 1;
    } else if ((isPunct(nx, s, ':') || isPunct(nx, s, '.') || isPunct(nx, s, ',')) && n + 2 < size &&
               t[n + 2].gap == 0 && t[n + 2].type == TokType::Number) {
      return -1;  // 14:30, 12.50, 3,5
    } else if (isPunct(nx, s, '%')) {
      return -1;
    } else if ((isPunct(nx, s, '-') || isPunct(nx, s, '/')) && n + 2 < size && t[n + 2].gap == 0) {
      const Token& x = t[n + 2];
      if ((x.type == TokType::Number && x.e - x.b <= 4) ||
          (x.type == TokType::Word && x.e - x.b <= 4)) {
        last = n + 2;
        // "14-2a"
        if (x.type == TokType::Number && n + 3 < size && t[n + 3].gap == 0 && t[n + 3].type == TokType::Word &&
            t[n + 3].e - t[n + 3].b == 1)
          last = n + 3;
      }
    }
  }
  if (last == n && n + 1 < size && t[n + 1].gap == 1 && !t[n + 1].newlineBefore &&
      t[n + 1].type == TokType::Word && isHouseSuffixWord(t[n + 1].text(s))) {
    // "123 bis", "12 A"; a single letter only when nothing word-like follows it.
    std::string_view w = t[n + 1].text(s);
    bool followedByWord = n + 2 < size && t[n + 2].type == TokType::Word && t[n + 2].gap <= 1;
    if (w.size() > 1 || !followedByWord) last = n + 1;
  }
  return last;
}

void detectPostcodes(std::string_view s, const std::vector<Token>& t, std::vector<Finding>& out) {
  long size = static_cast<long>(t.size());
  for (long i = 0; i + 1 < size; ++i) {
    const Token& num = t[i];
    if (num.type != TokType::Number || num.e - num.b != 4 || s[num.b] == '0') continue;
    const Token& let = t[i + 1];
    if (let.type != TokType::Word || let.e - let.b != 2 || let.gap > 1) continue;
    unsigned char a = at(s, let.b), b = at(s, let.b + 1);
    if (!isAsciiUpper(a) || !isAsciiUpper(b)) continue;
    if (a == 'S' && (b == 'A' || b == 'D' || b == 'S')) continue;  // never issued
    if (i >= 2 && num.gap == 0 && t[i - 1].type == TokType::Punct && t[i - 2].type == TokType::Number) continue;
    if (i >= 1 && t[i - 1].type == TokType::Punct && at(s, t[i - 1].b) == 0xE2) continue;  // € 1250 EU
    // Followed directly by more letters/digits ("1234 AB12") is some other code.
    if (i + 2 < size && t[i + 2].gap == 0 && t[i + 2].type != TokType::Punct) continue;
    out.push_back({FindingKind::Address, num.b, let.e});
    ++i;
  }
}

}  // namespace

void detectAddresses(std::string_view s, const std::vector<Token>& t, std::vector<Finding>& out) {
  long size = static_cast<long>(t.size());
  for (long n = 1; n < size; ++n) {
    if (t[n].type != TokType::Number || t[n].gap != 1 || t[n].newlineBefore) continue;
    if (t[n - 1].type != TokType::Word) continue;
    long last = houseNumberEnd(s, t, n);
    if (last < 0) continue;
    long first = streetStart(s, t, n - 1);
    if (first < 0) continue;
    out.push_back({FindingKind::Address, t[first].b, t[last].e});
    n = last;
  }
  detectPostcodes(s, t, out);
}

}  // namespace vk::text::privacy_detail
