#pragma once
// Dutch text normalisation: lowercase, fold diacritics, split into word tokens.
// Pure functions, no I/O. Input is UTF-8; invalid bytes are kept as word characters.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vk::text {

// Lowercases ASCII and Latin-1 letters and folds diacritics (é→e, ë→e, ï→i, ç→c, ß→ss, æ→ae).
// Full-width forms read as ASCII ("１６" → "16"); characters that show as nothing (soft hyphen,
// zero-width space and joiners, BOM) are dropped. Other characters outside Latin-1 are copied
// unchanged. tokenize() reads text the same way.
std::string fold(std::string_view utf8);

// The text as it shows, not folded: full-width forms as ASCII, characters that show as nothing
// dropped, everything else as written (case, diacritics, apostrophes). For a word's display form.
std::string visible(std::string_view utf8);

struct Token {
  std::string text;        // folded; apostrophes dropped ("auto's" → "autos"), inner hyphens kept ("ex-partner")
  std::size_t begin = 0;   // byte offset of the first byte in the original text
  std::size_t end = 0;     // byte offset one past the last byte in the original text
  bool clauseStart = false;  // first token, or preceded by , . ; : ! ? ( ) or a line break
};

// Splits text into word tokens (runs of letters and digits). An apostrophe between letters
// ("auto's", "zo'n") or a hyphen between letters/digits ("ex-partner", "84-jarige") stays
// inside the word. Appends to `out` after clearing it, so a caller can reuse the buffer.
void tokenize(std::string_view utf8, std::vector<Token>& out);
std::vector<Token> tokenize(std::string_view utf8);

// The pieces of a hyphenated token ("auto-ongeluk" → "auto", "ongeluk"); the token itself otherwise.
std::vector<std::string_view> hyphenParts(std::string_view token);

// The token without hyphens ("ex-partner" → "expartner").
std::string joinHyphens(std::string_view token);

}  // namespace vk::text
