#pragma once
// Free text that may describe residents (help questions, cases, notes, card questions, …)
// passes the privacy guard before it is saved, and the guard is the only maker of
// domain::GuardedText, the type every store command for such a field takes.
// A BSN or IBAN is always refused; other findings (names, addresses, phone numbers, e-mail,
// dates of birth) are refused until the person has seen them and confirms (body field
// "privacyConfirmed": true), or has replaced them by placeholders such as [naam]. A
// confirmed finding is an override: in a request it goes into the audit log
// (action "privacy.override", object "<path>#<field>", never the text).
// Refusals are 422 problem+json answers with a "findings" list:
// [{field, kind, start, end, text, placeholder, refused}] (byte offsets in UTF-8).
#include <boost/json/value.hpp>
#include <exception>
#include <functional>
#include <string>
#include <vector>

#include "domain/guarded_text.hpp"

namespace vk::api {

struct Ctx;

// A text as it came in, with the body field it came from ("text", "blocks[2].prompt").
struct FieldText {
  std::string field;
  std::string text;
};

class PrivacyRefusal : public std::exception {
 public:
  PrivacyRefusal(bool hardRefusal, boost::json::array findings)
      : hard_(hardRefusal), findings_(std::move(findings)) {}
  const char* what() const noexcept override { return "privacy refusal"; }
  bool hard() const { return hard_; }
  const boost::json::array& findings() const { return findings_; }

 private:
  bool hard_;
  boost::json::array findings_;
};

// All findings in the texts, as the JSON list described above. `allowedNames` are names that may
// stand in these texts (the people of an interview and its team's members in its notes): a name
// finding that is one of them is no finding (text::withoutAllowedNames).
boost::json::array privacyFindings(const std::vector<FieldText>& texts,
                                   const std::vector<std::string>& allowedNames = {});

class PrivacyGuard {
 public:
  struct Checked {
    std::vector<domain::GuardedText> texts;  // in the order given
    domain::GuardedText document;            // the serialised document, when one was given
    std::vector<std::string> overridden;     // fields whose findings the person confirmed
  };
  // The one place that decides and makes GuardedText: throws PrivacyRefusal when the texts
  // may not be saved as they are. With a JSON document (a programme, a guideline, a live
  // event), `texts` must hold every text in it (the caller takes them from doc); then the
  // document's serialisation is guarded as a whole.
  static Checked check(const std::vector<FieldText>& texts, bool confirmed,
                       const boost::json::value* document = nullptr,
                       const std::vector<std::string>& allowedNames = {});
};

// In a request: guards and records an override in the audit log (same request).
domain::GuardedText guard(Ctx& c, std::string field, std::string text, bool confirmed);
// The same, with names that may stand in this text (see privacyFindings).
domain::GuardedText guard(Ctx& c, std::string field, std::string text, bool confirmed,
                          const std::vector<std::string>& allowedNames);
std::vector<domain::GuardedText> guard(Ctx& c, const std::vector<FieldText>& texts, bool confirmed);
// The document's texts (and any others given with them): all checked together.
PrivacyGuard::Checked guardDocument(Ctx& c, const boost::json::value& doc, const std::vector<FieldText>& texts,
                                    bool confirmed);
// Outside a request (demo data, tests, the live hub's socket): nothing is audited.
domain::GuardedText guard(std::string field, std::string text, bool confirmed = false);

}  // namespace vk::api
