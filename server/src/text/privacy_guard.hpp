#pragma once
// Privacy guard: finds residents' identifying data (BSN, IBAN, phone numbers, e-mail, addresses,
// dates of birth, person names) in Dutch free text before it is saved. Pure: no I/O, only the
// standard library and utf8proc. Works on arbitrary bytes; offsets are byte offsets into the input.
// The detectors read a normalised copy (NFKC, invisible characters removed, every space, dash and
// decimal digit in its ASCII form: privacy_normalise.hpp); findings are mapped back, so they always
// cover whole characters of the original text.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vk::text {

enum class FindingKind { Bsn, Iban, Phone, Email, Address, Birthdate, Name };

// "bsn", "iban", "phone", "email", "address", "birthdate", "name"
std::string_view kindName(FindingKind k);

struct Finding {
  FindingKind kind;
  std::size_t start;  // byte offset into the UTF-8 input
  std::size_t end;    // exclusive
  friend bool operator==(const Finding&, const Finding&) = default;
};

// All findings, sorted by start and non-overlapping (on overlap the more sensitive kind wins).
std::vector<Finding> scanPrivacy(std::string_view utf8Text);

// Text containing a refused kind (BSN, IBAN) must never be saved, not even redacted.
bool isRefused(FindingKind k);

// "[bsn]", "[iban]", "[telefoon]", "[e-mail]", "[adres]", "[geboortedatum]", "[naam]"
std::string placeholderFor(FindingKind k);

// Replaces each finding by its placeholder. Findings that are out of bounds or overlap an
// earlier one are ignored, so any vector is safe to pass.
std::string redact(std::string_view text, const std::vector<Finding>& which);

}  // namespace vk::text
