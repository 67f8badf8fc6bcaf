#include "text/normalise.hpp"

#include <algorithm>

namespace vk::text {
namespace {

// Folding of U+00C0..U+00FF (index = code point - 0xC0). Empty string = not a letter.
constexpr const char* kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0-CF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF (D7 ×)
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y",   // F0-FF (F7 ÷)
};

// Decodes one UTF-8 sequence at s[i]; returns its length (1 for invalid bytes) and the code point.
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  auto cont = [&](std::size_t k) {
    return i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
  };
  if (c < 0x80) { cp = c; return 1; }
  if ((c & 0xE0) == 0xC0 && cont(1)) {
    cp = (char32_t(c & 0x1F) << 6) | (s[i + 1] & 0x3F);
    return 2;
  }
  if ((c & 0xF0) == 0xE0 && cont(1) && cont(2)) {
    cp = (char32_t(c & 0x0F) << 12) | (char32_t(s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    return 3;
  }
  if ((c & 0xF8) == 0xF0 && cont(1) && cont(2) && cont(3)) {
    cp = (char32_t(c & 0x07) << 18) | (char32_t(s[i + 1] & 0x3F) << 12) |
         (char32_t(s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F);
    return 4;
  }
  cp = 0xFFFD;
  return 1;
}

enum class Kind { Word, Apostrophe, Hyphen, ClauseBreak, Space, Invisible };

// Full-width forms (U+FF01..U+FF5E, typed on a phone with an Asian keyboard or pasted from a
// PDF: "zoon van １６") read as the ASCII they stand for.
char32_t narrow(char32_t cp) { return cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp; }

// Characters that show as nothing (a soft hyphen, zero-width space and joiners, the word
// joiner, a byte-order mark): pasted text carries them inside words ("spij\u200bbelt"), so
// they are skipped rather than splitting the word.
bool invisible(char32_t cp) {
  return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
}

Kind classify(char32_t cp) {
  if (invisible(cp)) return Kind::Invisible;
  if (cp < 0x80) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) return Kind::Word;
    if (cp == '\'') return Kind::Apostrophe;
    if (cp == '-') return Kind::Hyphen;
    if (cp == ',' || cp == '.' || cp == ';' || cp == ':' || cp == '!' || cp == '?' || cp == '(' ||
        cp == ')' || cp == '\n' || cp == '\r')
      return Kind::ClauseBreak;
    return Kind::Space;
  }
  if (cp == 0x2019 || cp == 0x2018) return Kind::Apostrophe;  // ’ ‘
  if (cp == 0x2010 || cp == 0x2011) return Kind::Hyphen;
  if (cp == 0x2013 || cp == 0x2014 || cp == 0x2026) return Kind::ClauseBreak;  // – — …
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return Kind::Space;  // Latin-1 punctuation, nbsp
  if (cp >= 0x2000 && cp <= 0x206F) return Kind::Space;           // general punctuation
  if (cp >= 0x3000 && cp <= 0x303F) return Kind::Space;
  return Kind::Word;
}

void appendFolded(std::string& out, std::string_view s, std::size_t i, std::size_t len, char32_t cp) {
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    out.push_back(c);
  } else if (cp >= 0xC0 && cp <= 0xFF && *kLatin1[cp - 0xC0]) {
    out += kLatin1[cp - 0xC0];
  } else if (cp == 0x0133 || cp == 0x0132) {  // ĳ ligature
    out += "ij";
  } else if (cp == 0x0153 || cp == 0x0152) {
    out += "oe";
  } else {
    out.append(s.substr(i, len));
  }
}

// "Mw. is 80", "Dhr. (82)", "bijv. de huur", "i.v.m. schulden": the full stop of an
// abbreviation ends no clause.
bool isAbbreviation(std::string_view w) {
  static constexpr std::string_view kAbbreviations[] = {"mw", "mevr", "dhr", "hr", "mr", "bijv", "bv", "evt", "ca",
                                                        "resp", "nl", "zgn", "mbt", "ivm", "oa", "dwz", "vnl", "tel"};
  return w.size() == 1 || std::find(std::begin(kAbbreviations), std::end(kAbbreviations), w) != std::end(kAbbreviations);
}

}  // namespace

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp;
    std::size_t len = decode(s, i, cp);
    cp = narrow(cp);
    if (!invisible(cp)) appendFolded(out, s, i, len, cp);
    i += len;
  }
  return out;
}

std::string visible(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp;
    std::size_t len = decode(s, i, cp);
    const char32_t n = narrow(cp);
    if (n != cp) out.push_back(static_cast<char>(n));
    else if (!invisible(cp)) out.append(s.substr(i, len));
    i += len;
  }
  return out;
}

void tokenize(std::string_view s, std::vector<Token>& out) {
  out.clear();
  Token cur;
  bool inWord = false;
  bool pendingBreak = true;
  // A joiner (apostrophe/hyphen) seen inside a word; kept only if a word character follows.
  Kind pendingJoin = Kind::Space;
  auto finish = [&] {
    if (inWord) {
      out.push_back(std::move(cur));
      cur = Token{};
      inWord = false;
    }
    pendingJoin = Kind::Space;
  };
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp;
    std::size_t len = decode(s, i, cp);
    cp = narrow(cp);
    Kind k = classify(cp);
    if (k == Kind::Invisible) {
      i += len;
      continue;
    }
    if (k == Kind::Word) {
      if (!inWord) {
        cur.begin = i;
        cur.clauseStart = pendingBreak || out.empty();
        pendingBreak = false;
        inWord = true;
      } else if (pendingJoin == Kind::Hyphen) {
        cur.text.push_back('-');
      }
      pendingJoin = Kind::Space;
      appendFolded(cur.text, s, i, len, cp);
      cur.end = i + len;
    } else if ((k == Kind::Apostrophe || k == Kind::Hyphen) && inWord && pendingJoin == Kind::Space) {
      pendingJoin = k;
    } else {
      const bool abbreviation = cp == U'.' && inWord && isAbbreviation(cur.text);
      finish();
      if (k == Kind::ClauseBreak && !abbreviation) pendingBreak = true;
    }
    i += len;
  }
  finish();
}

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  tokenize(s, out);
  return out;
}

std::vector<std::string_view> hyphenParts(std::string_view token) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t pos = token.find('-', start);
    std::string_view part = token.substr(start, pos == std::string_view::npos ? token.npos : pos - start);
    if (!part.empty()) parts.push_back(part);
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return parts;
}

std::string joinHyphens(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  for (char c : token)
    if (c != '-') out.push_back(c);
  return out;
}

}  // namespace vk::text
