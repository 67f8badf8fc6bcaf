// Privacy guard entry points: runs the detectors, resolves overlaps, redacts.
#include "text/privacy_guard.hpp"

#include <algorithm>

#include "text/privacy_detail.hpp"
#include "text/privacy_normalise.hpp"

namespace vk::text {
namespace {

// On overlap the more sensitive / more specific kind wins.
int priority(FindingKind k) {
  switch (k) {
    case FindingKind::Email: return 7;
    case FindingKind::Iban: return 6;
    case FindingKind::Bsn: return 5;
    case FindingKind::Phone: return 4;
    case FindingKind::Birthdate: return 3;
    case FindingKind::Address: return 2;
    case FindingKind::Name: return 1;
  }
  return 0;
}

}  // namespace

std::string_view kindName(FindingKind k) {
  switch (k) {
    case FindingKind::Bsn: return "bsn";
    case FindingKind::Iban: return "iban";
    case FindingKind::Phone: return "phone";
    case FindingKind::Email: return "email";
    case FindingKind::Address: return "address";
    case FindingKind::Birthdate: return "birthdate";
    case FindingKind::Name: return "name";
  }
  return "unknown";
}

bool isRefused(FindingKind k) { return k == FindingKind::Bsn || k == FindingKind::Iban; }

std::string placeholderFor(FindingKind k) {
  switch (k) {
    case FindingKind::Bsn: return "[bsn]";
    case FindingKind::Iban: return "[iban]";
    case FindingKind::Phone: return "[telefoon]";
    case FindingKind::Email: return "[e-mail]";
    case FindingKind::Address: return "[adres]";
    case FindingKind::Birthdate: return "[geboortedatum]";
    case FindingKind::Name: return "[naam]";
  }
  return "[?]";
}

std::vector<Finding> scanPrivacy(std::string_view original) {
  using namespace privacy_detail;
  // The detectors read the normalised text; their findings are mapped back to the original's
  // byte offsets before overlaps are resolved, so the result holds whole original characters.
  const GuardText norm(original);
  const std::string_view s = norm.text();
  std::vector<Finding> cand;
  detectEmails(s, cand);
  detectIbans(s, cand);
  detectBsns(s, cand);
  detectPhones(s, cand);
  const std::vector<Token> toks = tokenize(s);
  detectBirthdates(s, toks, cand);
  detectAddresses(s, toks, cand);
  detectNames(s, toks, cand);
  if (norm.changed())
    for (Finding& f : cand) {
      f.start = norm.originalStart(f.start);
      f.end = norm.originalEnd(f.end);
    }

  std::sort(cand.begin(), cand.end(), [](const Finding& a, const Finding& b) {
    if (a.start != b.start) return a.start < b.start;
    if (priority(a.kind) != priority(b.kind)) return priority(a.kind) > priority(b.kind);
    return a.end > b.end;
  });
  std::vector<Finding> out;
  out.reserve(cand.size());
  for (const Finding& f : cand) {
    if (f.end <= f.start || f.end > original.size()) continue;
    // `out` is sorted and disjoint, so only its last element can overlap f.
    if (!out.empty() && out.back().end > f.start) {
      if (priority(out.back().kind) >= priority(f.kind)) continue;
      out.pop_back();
    }
    out.push_back(f);
  }
  return out;
}

std::string redact(std::string_view text, const std::vector<Finding>& which) {
  std::vector<Finding> fs;
  fs.reserve(which.size());
  for (const Finding& f : which)
    if (f.start < f.end && f.end <= text.size()) fs.push_back(f);
  std::sort(fs.begin(), fs.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  for (const Finding& f : fs) {
    if (f.start < pos) continue;  // overlaps an earlier finding
    out.append(text.substr(pos, f.start - pos));
    out += placeholderFor(f.kind);
    pos = f.end;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace vk::text
