#pragma once
// Free text that may describe residents (help questions, cases, notes) passes the
// privacy guard before it is saved. A BSN or IBAN is always refused; other findings
// (names, addresses, phone numbers, e-mail, dates of birth) are refused until the
// person has seen them and confirms (body field "privacyConfirmed": true), or has
// replaced them by placeholders such as [naam].
// Refusals are 422 problem+json answers with a "findings" list:
// [{field, kind, start, end, text, placeholder, refused}] (byte offsets in UTF-8).
#include <boost/json/value.hpp>
#include <exception>
#include <string>
#include <vector>

namespace vk::api {

struct GuardedText {
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

// All findings in the texts, as the JSON list described above.
boost::json::array privacyFindings(const std::vector<GuardedText>& texts);
// Throws PrivacyRefusal when the texts may not be saved as they are.
void guardTexts(const std::vector<GuardedText>& texts, bool confirmed);

}  // namespace vk::api
