#pragma once
// Internal interface between the privacy guard and its detectors. Not for use outside text/.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/privacy_guard.hpp"

namespace vk::text::privacy_detail {

enum class TokType : std::uint8_t { Word, Number, Punct };

// One token of the input. Words are runs of letters (non-ASCII bytes count as letters, an
// apostrophe between letters stays inside: "collega's"); numbers are runs of ASCII digits;
// everything else is one punctuation token per character (a multi-byte punctuation character,
// e.g. a curly quote or the euro sign, is one token).
struct Token {
  std::size_t b;
  std::size_t e;
  TokType type;
  std::uint8_t gap;       // whitespace characters between the previous token and this one (capped)
  bool newlineBefore;     // that whitespace contained a line break
  std::string_view text(std::string_view s) const { return s.substr(b, e - b); }
};

std::vector<Token> tokenize(std::string_view s);

// Byte-level detectors: append candidates (may overlap; scanPrivacy resolves).
void detectEmails(std::string_view s, std::vector<Finding>& out);
void detectIbans(std::string_view s, std::vector<Finding>& out);
void detectBsns(std::string_view s, std::vector<Finding>& out);
void detectPhones(std::string_view s, std::vector<Finding>& out);

// Token-level detectors.
void detectAddresses(std::string_view s, const std::vector<Token>& t, std::vector<Finding>& out);
void detectBirthdates(std::string_view s, const std::vector<Token>& t, std::vector<Finding>& out);
void detectNames(std::string_view s, const std::vector<Token>& t, std::vector<Finding>& out);

// Checksums, exposed for tests of the detectors.
bool elfproef(const int (&digits)[9]);
bool ibanMod97(std::string_view compactUpper);

}  // namespace vk::text::privacy_detail
