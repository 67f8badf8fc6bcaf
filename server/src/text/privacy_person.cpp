// Person names: a title with a surname ("mevrouw Bakker", "dhr. J. van der Berg", "de heer El
// Amrani"), a known first name with a capitalised surname ("Fatima El Amrani", "Jan de Vries"),
// and a known first name on its own when the context shows a person ("zoon Daan", "met Sanne").
// Capitalised words at the start of a sentence, place names, weekdays and months are no names.
#include "text/privacy_chars.hpp"
#include "text/privacy_detail.hpp"
#include "text/privacy_lexicon.hpp"

namespace vk::text::privacy_detail {
namespace {

using Toks = std::vector<Token>;

struct Ctx {
  std::string_view s;
  const Toks& t;
  long size() const { return static_cast<long>(t.size()); }
  std::string_view w(long k) const { return t[k].text(s); }
  bool word(long k) const { return k >= 0 && k < size() && t[k].type == TokType::Word; }
  // word separated from the previous token by exactly one space on the same line
  bool spacedWord(long k) const { return word(k) && t[k].gap == 1 && !t[k].newlineBefore; }
  bool punct(long k, char c) const {
    return k >= 0 && k < size() && t[k].type == TokType::Punct && t[k].e - t[k].b == 1 && s[t[k].b] == c;
  }
};

bool isSurnameWord(std::string_view w) {
  return isCapitalised(w) && !isNameStopword(w) && !isPersonTitle(w) && !isRelationWord(w);
}

// Parses [tussenvoegsels] Surname [-[tussenvoegsels] Surname] starting at token k (which must be
// preceded by a single space, checked by the caller). Returns the index one past the last token
// of the surname, or k when there is none.
long parseSurname(const Ctx& c, long k, int extraWords) {
  long j = k;
  int tv = 0;
  while (tv < 3 && c.word(j) && isTussenvoegsel(c.w(j)) && (j == k || c.spacedWord(j))) {
    // "El Amrani": a capitalised tussenvoegsel followed by a surname
    if (!c.spacedWord(j + 1)) break;
    ++j;
    ++tv;
  }
  if (!c.word(j) || (j != k && !c.spacedWord(j)) || !isSurnameWord(c.w(j))) {
    // a capitalised tussenvoegsel may itself be the surname ("mevrouw Van")? too rare: no name.
    return k;
  }
  long end = j + 1;
  // hyphenated double surname: Bakker-de Vries, Jansen-Pietersen
  if (c.punct(end, '-') && c.t[end].gap == 0 && c.word(end + 1) && c.t[end + 1].gap == 0) {
    long j2 = end + 1;
    int tv2 = 0;
    while (tv2 < 3 && c.word(j2) && isTussenvoegsel(c.w(j2)) && c.spacedWord(j2 + 1)) {
      ++j2;
      ++tv2;
    }
    if (c.word(j2) && isSurnameWord(c.w(j2))) end = j2 + 1;
  }
  // one more capitalised word: "Maria Sanchez Lopez", "Fatima Amrani Benali"
  if (extraWords > 0 && c.spacedWord(end) && isSurnameWord(c.w(end)) && !isFirstName(c.w(end))) {
    long after = parseSurname(c, end, extraWords - 1);
    if (after > end) end = after;
  }
  return end;
}

bool isSentenceStart(const Ctx& c, long k) {
  for (long j = k - 1;; --j) {
    if (c.t[j + 1].newlineBefore) return true;
    if (j < 0) return true;
    const Token& p = c.t[j];
    if (p.type != TokType::Punct) return false;
    unsigned char ch = static_cast<unsigned char>(c.s[p.b]);
    if (ch == '.' || ch == '!' || ch == '?') return true;
    if (ch == '"' || ch == '\'' || ch == '(' || ch == '[' || ch == 0xE2 || ch == 0xC2) continue;
    if ((ch == '-' || ch == '*') && (j == 0 || p.newlineBefore)) return true;
    return false;
  }
}

bool blockedBefore(const Ctx& c, long k) {
  if (!c.spacedWord(k) || !c.word(k - 1)) return false;
  std::string_view p = c.w(k - 1);
  for (std::string_view x : {"sint", "st", "prins", "prinses", "koning", "koningin", "hertog", "graaf", "paus",
                             "heilige", "hotel", "restaurant", "café", "cafe", "basisschool", "school", "stichting"})
    if (iequals(p, x)) return true;
  return false;
}

// Title at token k? Returns the token index where the name part starts (after "." and
// initials), or -1. `start` receives the first token of the title ("de" of "de heer").
long afterTitle(const Ctx& c, long k, long* start) {
  std::string_view w = c.w(k);
  *start = k;
  bool title = isPersonTitle(w);
  if (!title && iequals(w, "heer") && c.word(k - 1) && iequals(c.w(k - 1), "de") && c.spacedWord(k)) {
    title = true;
    *start = k - 1;
  }
  if (!title) return -1;
  long j = k + 1;
  bool dot = c.punct(j, '.') && c.t[j].gap == 0;
  if (dot) ++j;
  if (j >= c.size() || c.t[j].newlineBefore || c.t[j].gap > 1 || (c.t[j].gap == 0 && !dot)) return -1;
  // initials: "J.", "A.B.", "J.P.M."
  long first = j;
  while (c.word(j) && c.t[j].e - c.t[j].b == 1 && isAsciiUpper(static_cast<unsigned char>(c.s[c.t[j].b])) &&
         c.punct(j + 1, '.') && c.t[j + 1].gap == 0) {
    j += 2;
  }
  if (j != first && !(c.word(j) && c.t[j].gap <= 1)) return -1;
  return j;
}

void emit(const Ctx& c, std::vector<Finding>& out, long from, long toExclusive) {
  out.push_back({FindingKind::Name, c.t[from].b, c.t[toExclusive - 1].e});
}

}  // namespace

void detectNames(std::string_view s, const std::vector<Token>& toks, std::vector<Finding>& out) {
  Ctx c{s, toks};
  const long n = c.size();
  for (long k = 0; k < n; ++k) {
    if (toks[k].type != TokType::Word) continue;
    std::string_view w = c.w(k);

    // 1. Title + surname
    long start = 0;
    long nameAt = afterTitle(c, k, &start);
    if (nameAt >= 0) {
      long end = parseSurname(c, nameAt, 2);
      if (end > nameAt) {
        emit(c, out, start, end);
        k = end - 1;
        continue;
      }
      continue;
    }

    bool upper = startsUpper(w);
    bool relationBefore = c.spacedWord(k) && c.word(k - 1) && isRelationWord(c.w(k - 1));
    if (!relationBefore && c.word(k) && k >= 2 && c.punct(k - 1, ':') && c.word(k - 2) && isRelationWord(c.w(k - 2)))
      relationBefore = true;  // "zoon: Daan", "naam: Sanne"

    // 2. Known first name (also hyphenated: "Jan-Willem", "Anne-Fleur")
    long nameEnd = k + 1;
    bool known = isCapitalised(w) && isFirstName(w);
    if (c.punct(k + 1, '-') && toks[k + 1].gap == 0 && c.word(k + 2) && toks[k + 2].gap == 0 && isCapitalised(w) &&
        isCapitalised(c.w(k + 2)) && (known || isFirstName(c.w(k + 2)))) {
      known = true;
      nameEnd = k + 3;
    }
    if (known) {
      if (blockedBefore(c, k)) continue;
      long end = nameEnd;
      if (c.spacedWord(nameEnd)) end = parseSurname(c, nameEnd, 1);
      if (end > nameEnd) {
        emit(c, out, k, end);
        k = end - 1;
        continue;
      }
      // first name alone
      bool flag;
      if (relationBefore) {
        flag = true;
      } else if (monthNumber(w) != 0 && (k > 0 && toks[k - 1].type == TokType::Number)) {
        flag = false;  // "4 Jan 1979"
      } else if (c.spacedWord(nameEnd) && startsUpper(c.w(nameEnd)) && isNameStopword(c.w(nameEnd)) &&
                 !isWeekday(c.w(nameEnd)) && monthNumber(c.w(nameEnd)) == 0) {
        flag = false;  // "Emma Kinderziekenhuis", "Albert Heijn"
      } else if (c.punct(nameEnd, '.') && toks[nameEnd].gap == 0 && nameEnd + 1 < n && toks[nameEnd + 1].gap > 0 &&
                 toks[nameEnd + 1].type != TokType::Word) {
        flag = !isAmbiguousFirstName(w);  // "max. 3"
      } else if (isSentenceStart(c, k)) {
        flag = !isAmbiguousFirstName(w);
      } else {
        flag = true;  // capitalised mid-sentence: a proper noun, and a known first name
      }
      if (flag) {
        emit(c, out, k, nameEnd);
        k = nameEnd - 1;
      }
      continue;
    }

    // 3. Lower-case first name right after a relation word: "zoon daan"
    if (relationBefore && !upper && w.size() >= 3 && isFirstName(w) && !isAmbiguousFirstName(w)) {
      emit(c, out, k, k + 1);
      continue;
    }

    // 4. Unknown capitalised word right after a relation word: "dochter Kiki", "buurman Verhoef"
    if (relationBefore && isSurnameWord(w) && !isTussenvoegsel(w)) {
      long end = k + 1;
      if (c.spacedWord(k + 1)) end = parseSurname(c, k + 1, 1);
      emit(c, out, k, end);
      k = end - 1;
      continue;
    }
  }
}

}  // namespace vk::text::privacy_detail
