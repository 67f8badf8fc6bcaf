// Dates of birth: a date (12-03-1985, 12/3/85, 1985-03-12, 4 juli 1979, 4 jul. 1979) counts only
// when a birth keyword (geboren, geb., geboortedatum, DOB, "is van" ...) stands a few words
// before it in the same clause. "Afspraak op 12-03-2024" is not a birthdate.
#include "text/privacy_chars.hpp"
#include "text/privacy_detail.hpp"
#include "text/privacy_lexicon.hpp"

namespace vk::text::privacy_detail {
namespace {

bool punctIs(const Token& t, std::string_view s, char c) {
  return t.type == TokType::Punct && t.e - t.b == 1 && s[t.b] == c;
}

int numberValue(const Token& t, std::string_view s) {
  int v = 0;
  for (std::size_t i = t.b; i < t.e && i < t.b + 5; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

bool validDay(int d) { return d >= 1 && d <= 31; }
bool validMonth(int m) { return m >= 1 && m <= 12; }
bool validYear4(int y) { return y >= 1900 && y <= 2099; }

// Numeric date starting at token i; returns the index of its last token or -1.
long numericDate(std::string_view s, const std::vector<Token>& t, long i) {
  long size = static_cast<long>(t.size());
  if (i + 4 >= size) return -1;
  const Token &a = t[i], &p1 = t[i + 1], &b = t[i + 2], &p2 = t[i + 3], &c = t[i + 4];
  if (a.type != TokType::Number || b.type != TokType::Number || c.type != TokType::Number) return -1;
  if (p1.gap || b.gap || p2.gap || c.gap) return -1;
  if (p1.type != TokType::Punct || p1.e - p1.b != 1) return -1;
  char sep = s[p1.b];
  if ((sep != '-' && sep != '/' && sep != '.') || !punctIs(p2, s, sep)) return -1;
  std::size_t la = a.e - a.b, lb = b.e - b.b, lc = c.e - c.b;
  bool ok = false;
  if (la <= 2 && lb <= 2 && (lc == 2 || lc == 4)) {
    ok = validDay(numberValue(a, s)) && validMonth(numberValue(b, s)) && (lc == 2 || validYear4(numberValue(c, s)));
  } else if (la == 4 && lb <= 2 && lc <= 2) {
    ok = validYear4(numberValue(a, s)) && validMonth(numberValue(b, s)) && validDay(numberValue(c, s));
  }
  if (!ok) return -1;
  // 1.2.2024.5 or 12-03-1985-2: part of something longer
  if (i + 6 < size && t[i + 5].gap == 0 && t[i + 5].type == TokType::Punct && t[i + 6].gap == 0 &&
      t[i + 6].type == TokType::Number)
    return -1;
  if (i + 5 < size && t[i + 5].gap == 0 && t[i + 5].type != TokType::Punct) return -1;
  return i + 4;
}

// Written date starting at token i: "4 juli 1979", "4 jul. 1979", "4 juli '79", "4 juli".
long writtenDate(std::string_view s, const std::vector<Token>& t, long i) {
  long size = static_cast<long>(t.size());
  if (i + 1 >= size || t[i].type != TokType::Number || t[i].e - t[i].b > 2) return -1;
  if (!validDay(numberValue(t[i], s))) return -1;
  long k = i + 1;
  if (t[k].type == TokType::Word && t[k].gap == 0 && (iequals(t[k].text(s), "e") || iequals(t[k].text(s), "ste")))
    ++k;  // "4e juli"
  if (k >= size || t[k].type != TokType::Word || t[k].gap == 0 || monthNumber(t[k].text(s)) == 0) return -1;
  long last = k;
  if (k + 1 < size && punctIs(t[k + 1], s, '.') && t[k + 1].gap == 0) ++k;
  if (k + 1 < size && t[k + 1].gap >= 1 && t[k + 1].type == TokType::Number && t[k + 1].e - t[k + 1].b == 4 &&
      validYear4(numberValue(t[k + 1], s))) {
    return k + 1;
  }
  if (k + 2 < size && t[k + 1].gap >= 1 && t[k + 1].type == TokType::Punct &&
      (punctIs(t[k + 1], s, '\'') || at(s, t[k + 1].b) == 0xE2) && t[k + 2].gap == 0 &&
      t[k + 2].type == TokType::Number && t[k + 2].e - t[k + 2].b == 2) {
    return k + 2;
  }
  return last;  // without a year: only with a birth keyword, which is required anyway
}

bool isBirthKeyword(std::string_view w) {
  for (std::string_view k : {"geboren", "geb", "geboortedatum", "geboortedag", "gebdat", "gebdatum", "geboortedat",
                             "dob", "geboorte", "born", "birth", "birthdate", "birthday", "geboortedata"})
    if (iequals(w, k)) return true;
  return false;
}

// Looks back from token i (the first token of a date) for a birth keyword in the same clause.
bool hasBirthContext(std::string_view s, const std::vector<Token>& t, long i) {
  // "is van 12-03-2010"
  if (i >= 2 && t[i - 1].type == TokType::Word && t[i - 2].type == TokType::Word && iequals(t[i - 1].text(s), "van") &&
      iequals(t[i - 2].text(s), "is"))
    return true;
  int words = 0;
  for (long k = i - 1; k >= 0 && k >= i - 10; --k) {
    const Token& tk = t[k];
    if (tk.type == TokType::Number) return false;  // another date or number in between
    if (tk.type == TokType::Word) {
      std::string_view w = tk.text(s);
      if (isBirthKeyword(w)) return true;
      // "geb.datum", "geb.dat."
      if ((iequals(w, "datum") || iequals(w, "dat")) && k >= 2 && punctIs(t[k - 1], s, '.') &&
          iequals(t[k - 2].text(s), "geb"))
        return true;
      if (++words > 4) return false;
      continue;
    }
    // punctuation
    if (tk.e - tk.b == 1) {
      char c = s[tk.b];
      if (c == ':' || c == '(' || c == '-' || c == '/' || c == '*') continue;
      if (c == '.') {
        // abbreviation dot right after a keyword: "geb.", "geb.dat."
        if (k >= 1 && t[k - 1].type == TokType::Word && tk.gap == 0) {
          std::string_view w = t[k - 1].text(s);
          if (iequals(w, "geb") || iequals(w, "gebdat") || iequals(w, "dat") || iequals(w, "d") || iequals(w, "o") ||
              iequals(w, "b"))
            continue;
        }
        return false;
      }
      return false;
    }
    if (at(s, tk.b) == 0xE2 || at(s, tk.b) == 0xC2) continue;  // dashes, quotes, nbsp-like symbols
    return false;
  }
  return false;
}

}  // namespace

void detectBirthdates(std::string_view s, const std::vector<Token>& t, std::vector<Finding>& out) {
  long size = static_cast<long>(t.size());
  for (long i = 0; i < size; ++i) {
    if (t[i].type != TokType::Number) continue;
    long last = numericDate(s, t, i);
    if (last < 0) last = writtenDate(s, t, i);
    if (last < 0) continue;
    if (hasBirthContext(s, t, i)) out.push_back({FindingKind::Birthdate, t[i].b, t[last].e});
    i = last;
  }
}

}  // namespace vk::text::privacy_detail
