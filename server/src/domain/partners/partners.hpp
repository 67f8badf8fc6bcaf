#pragma once
// The partners' view from outside: the pure rules of a partner round. Which kinds of
// partner there are, what a link's token looks like, a partner's answers and their check,
// the proof of work on an open link, and the results with their threshold. No I/O.
#include <boost/json/value.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/errors.hpp"

namespace vk::domain {

constexpr int64_t kMinPartnerAnswersFloor = 3;  // never fewer: nobody stands out
constexpr int64_t kDefaultMinPartnerAnswers = 5;
constexpr size_t kPartnerTokenBytes = 16;   // 128 bits
constexpr size_t kPartnerTokenLength = 26;  // base32 without padding
constexpr size_t kPartnerTextMax = 2000;    // bytes per free text of a partner
constexpr int kPartnerPowDifficulty = 14;   // leading zero bits: a few hundred ms in a browser

// school, huisarts, woningcorporatie, schuldhulp, politie, gemeente, welzijn, anders.
const std::vector<std::string>& partnerKinds();
bool validPartnerKind(std::string_view kind);

// A link's token: 16 random bytes as lowercase base32 (RFC 4648 alphabet), no padding.
std::string base32Lower(const unsigned char* bytes, size_t n);
bool validPartnerToken(std::string_view token);

// "YYYY-MM-DD" of an epoch second (UTC), and back (the start of that UTC day).
std::string utcDay(int64_t epochSeconds);
std::optional<int64_t> parseUtcDay(std::string_view day);
// A round is open through its end date (UTC) unless someone closed it.
bool partnerRoundOpen(const std::string& closesOn, bool closed, int64_t now);

// A question per rule of the organisation's guideline, and the two open questions.
struct PartnerRuleQuestion {
  std::string ruleKey;
  std::string name;
  std::string description;
};
struct PartnerQuestions {
  std::vector<PartnerRuleQuestion> rules;
  std::string recognise = "Herken je dit in het werk van het team?";
  std::string example = "Wanneer en hoe zie je dat? (niet verplicht)";
  std::string distinctive = "Wat doet dit team wat anderen niet doen?";
  std::string missing = "Wat mis je?";
};
boost::json::value questionsJson(const PartnerQuestions& q);
PartnerQuestions questionsFrom(const boost::json::value& v);

// One partner's answers: per rule herken/soms/niet (or none yet) and an optional example.
struct PartnerRuleAnswer {
  std::string ruleKey;
  std::string recognition;  // "herken", "soms", "niet" or "" (not answered)
  std::string example;
};
struct PartnerAnswers {
  std::vector<PartnerRuleAnswer> rules;
  std::string distinctive;
  std::string missing;
};
bool validPartnerRecognition(std::string_view r);
// Reads {rules:[{ruleKey, recognition, example}], distinctive, missing} against the
// round's questions; every problem is a field error ("rules[1].recognition").
PartnerAnswers readPartnerAnswers(const boost::json::value& v, const PartnerQuestions& q,
                                  std::vector<FieldError>& errors);
boost::json::value answersJson(const PartnerAnswers& a);
PartnerAnswers answersFrom(const boost::json::value& v);  // stored JSON, lenient
// Whether anything was answered at all (an empty submission is refused).
bool anyAnswer(const PartnerAnswers& a);

// The results of a round: nothing but the count below the threshold.
struct PartnerRuleResult {
  std::string ruleKey;
  std::string name;
  int64_t herken = 0, soms = 0, niet = 0;
  std::vector<std::string> examples;
};
struct PartnerResults {
  int64_t answerCount = 0;
  int64_t minAnswers = kDefaultMinPartnerAnswers;
  bool visible = false;
  std::vector<PartnerRuleResult> rules;
  std::vector<std::string> distinctive;
  std::vector<std::string> missing;
  std::map<std::string, int64_t> kinds;  // named rounds only
};
bool partnerResultsVisible(int64_t answerCount, int64_t minAnswers);
// `kinds` parallel to `answers` ("" in anonymous rounds). Below the threshold the answers
// are ignored and only the count comes back.
PartnerResults aggregatePartnerAnswers(const PartnerQuestions& q, const std::vector<PartnerAnswers>& answers,
                                       const std::vector<std::string>& kinds, int64_t answerCount,
                                       int64_t minAnswers, bool anonymous);

// Proof of work on an open link: "<expires>.<nonce-hex>.<mac-hex>" signed by the server;
// SHA-256(challenge + ":" + nonce) must start with `difficulty` zero bits.
struct PowChallenge {
  int64_t expires = 0;
  std::string salt;
  std::string mac;
  std::string payload() const;  // "<expires>.<salt>", what the mac covers
};
std::optional<PowChallenge> parsePowChallenge(std::string_view challenge);
int leadingZeroBits(const unsigned char* digest, size_t n);
bool validPowNonce(std::string_view nonce);  // 1–32 visible ASCII characters, no ':'

}  // namespace vk::domain
