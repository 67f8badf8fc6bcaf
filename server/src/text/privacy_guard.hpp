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

// The findings without the names that are allowed in this text: in an interview's notes the two
// people in the interview and the members of its team may be named (they are colleagues, not
// residents). A name finding is dropped when each of its words (titles such as "mevrouw" and
// particles such as "van" aside) is a word of one and the same allowed name, compared without
// regard to case: "Ingrid", "Smit" and "mevrouw Smit" for "Ingrid Smit", but not "Ingrid Jansen".
// Other kinds (a phone number, an address, a BSN) are never dropped.
std::vector<Finding> withoutAllowedNames(std::string_view utf8Text, std::vector<Finding> findings,
                                         const std::vector<std::string>& allowedNames);

// Text containing a refused kind (BSN, IBAN) must never be saved, not even redacted.
bool isRefused(FindingKind k);

// "[bsn]", "[iban]", "[telefoon]", "[e-mail]", "[adres]", "[geboortedatum]", "[naam]"
std::string placeholderFor(FindingKind k);

// Replaces each finding by its placeholder. Findings that are out of bounds or overlap an
// earlier one are ignored, so any vector is safe to pass.
std::string redact(std::string_view text, const std::vector<Finding>& which);

}  // namespace vk::text
