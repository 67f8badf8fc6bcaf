#include "domain/partners/partners.hpp"

#include "domain/foundation/totp.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <cstdio>

namespace vk::domain {

namespace json = boost::json;

const std::vector<std::string>& partnerKinds() {
  static const std::vector<std::string> k = {"school",  "huisarts", "woningcorporatie", "schuldhulp",
                                             "politie", "gemeente", "welzijn",          "anders"};
  return k;
}

bool validPartnerKind(std::string_view kind) {
  const auto& k = partnerKinds();
  return std::find(k.begin(), k.end(), kind) != k.end();
}

std::string base32Lower(const unsigned char* bytes, size_t n) {
  std::string out = base32Encode(std::string_view(reinterpret_cast<const char*>(bytes), n));
  for (auto& ch : out)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return out;
}

bool validPartnerToken(std::string_view token) {
  if (token.size() != kPartnerTokenLength) return false;
  for (char ch : token)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '2' && ch <= '7'))) return false;
  return true;
}

namespace {

// Howard Hinnant's civil-from-days and days-from-civil.
int64_t daysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

}  // namespace

std::string utcDay(int64_t epochSeconds) {
  int64_t z = (epochSeconds >= 0 ? epochSeconds : epochSeconds - 86399) / 86400 + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = static_cast<int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  char buf[40];  // room for any year the types allow, so no output is cut
  std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  return buf;
}

std::optional<int64_t> parseUtcDay(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  int y = std::stoi(std::string(s.substr(0, 4)));
  unsigned m = static_cast<unsigned>(std::stoi(std::string(s.substr(5, 2))));
  unsigned d = static_cast<unsigned>(std::stoi(std::string(s.substr(8, 2))));
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  int64_t t = daysFromCivil(y, m, d) * 86400;
  if (utcDay(t) != s) return std::nullopt;  // 2027-02-30 and friends
  return t;
}

bool partnerRoundOpen(const std::string& closesOn, bool closed, int64_t now) {
  if (closed) return false;
  return utcDay(now) <= closesOn;  // ISO days compare as strings
}

json::value questionsJson(const PartnerQuestions& q) {
  json::array rules;
  for (auto& r : q.rules)
    rules.push_back(json::object{{"ruleKey", r.ruleKey}, {"name", r.name}, {"description", r.description}});
  return json::object{{"rules", std::move(rules)},
                      {"recognise", q.recognise},
                      {"example", q.example},
                      {"distinctive", q.distinctive},
                      {"missing", q.missing}};
}

namespace {
std::string str(const json::object& o, const char* k) {
  auto* v = o.if_contains(k);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}
}  // namespace

PartnerQuestions questionsFrom(const json::value& v) {
  PartnerQuestions q;
  if (!v.is_object()) return q;
  auto& o = v.as_object();
  if (auto* r = o.if_contains("rules"); r && r->is_array())
    for (auto& x : r->as_array())
      if (x.is_object()) q.rules.push_back({str(x.as_object(), "ruleKey"), str(x.as_object(), "name"), str(x.as_object(), "description")});
  for (auto [key, field] : {std::pair{"recognise", &q.recognise}, std::pair{"example", &q.example},
                            std::pair{"distinctive", &q.distinctive}, std::pair{"missing", &q.missing}})
    if (auto s = str(o, key); !s.empty()) *field = s;
  return q;
}

bool validPartnerRecognition(std::string_view r) { return r == "herken" || r == "soms" || r == "niet"; }

PartnerAnswers readPartnerAnswers(const json::value& v, const PartnerQuestions& q, std::vector<FieldError>& errors) {
  PartnerAnswers a;
  for (auto& rule : q.rules) a.rules.push_back({rule.ruleKey, "", ""});
  if (!v.is_object()) {
    errors.push_back({"", "Verwacht de antwoorden als object."});
    return a;
  }
  auto& o = v.as_object();
  auto text = [&](const json::value* x, const std::string& at, std::string& out) {
    if (!x || x->is_null()) return;
    if (!x->is_string()) {
      errors.push_back({at, "Verwacht tekst."});
      return;
    }
    if (x->as_string().size() > kPartnerTextMax) {
      errors.push_back({at, "Houd het onder de " + std::to_string(kPartnerTextMax) + " tekens."});
      return;
    }
    out = std::string(x->as_string());
  };
  text(o.if_contains("distinctive"), "distinctive", a.distinctive);
  text(o.if_contains("missing"), "missing", a.missing);
  auto* rules = o.if_contains("rules");
  if (!rules || rules->is_null()) return a;
  if (!rules->is_array()) {
    errors.push_back({"rules", "Verwacht een lijst."});
    return a;
  }
  if (rules->as_array().size() > q.rules.size()) errors.push_back({"rules", "Meer antwoorden dan vragen."});
  size_t i = 0;
  for (auto& x : rules->as_array()) {
    std::string at = "rules[" + std::to_string(i++) + "]";
    if (!x.is_object()) {
      errors.push_back({at, "Een antwoord heeft ruleKey, recognition en example."});
      continue;
    }
    auto& r = x.as_object();
    for (auto& kv : r)
      if (kv.key() != "ruleKey" && kv.key() != "recognition" && kv.key() != "example")
        errors.push_back({at + "." + std::string(kv.key()), "Onbekend veld."});
    std::string key = str(r, "ruleKey");
    auto it = std::find_if(a.rules.begin(), a.rules.end(), [&](auto& ra) { return ra.ruleKey == key; });
    if (it == a.rules.end()) {
      errors.push_back({at + ".ruleKey", "Deze vuistregel hoort niet bij de vragen."});
      continue;
    }
    if (auto* rec = r.if_contains("recognition"); rec && !rec->is_null()) {
      if (!rec->is_string() || !validPartnerRecognition(std::string_view(rec->as_string())))
        errors.push_back({at + ".recognition", "Kies herken, soms of niet."});
      else
        it->recognition = std::string(rec->as_string());
    }
    text(r.if_contains("example"), at + ".example", it->example);
  }
  return a;
}

json::value answersJson(const PartnerAnswers& a) {
  json::array rules;
  for (auto& r : a.rules)
    rules.push_back(json::object{{"ruleKey", r.ruleKey},
                                 {"recognition", r.recognition.empty() ? json::value(nullptr) : json::value(r.recognition)},
                                 {"example", r.example}});
  return json::object{{"rules", std::move(rules)}, {"distinctive", a.distinctive}, {"missing", a.missing}};
}

PartnerAnswers answersFrom(const json::value& v) {
  PartnerAnswers a;
  if (!v.is_object()) return a;
  auto& o = v.as_object();
  a.distinctive = str(o, "distinctive");
  a.missing = str(o, "missing");
  if (auto* r = o.if_contains("rules"); r && r->is_array())
    for (auto& x : r->as_array())
      if (x.is_object()) a.rules.push_back({str(x.as_object(), "ruleKey"), str(x.as_object(), "recognition"), str(x.as_object(), "example")});
  return a;
}

bool anyAnswer(const PartnerAnswers& a) {
  if (!a.distinctive.empty() || !a.missing.empty()) return true;
  for (auto& r : a.rules)
    if (!r.recognition.empty() || !r.example.empty()) return true;
  return false;
}

bool partnerResultsVisible(int64_t answerCount, int64_t minAnswers) {
  return answerCount >= std::max(minAnswers, kMinPartnerAnswersFloor);
}

PartnerResults aggregatePartnerAnswers(const PartnerQuestions& q, const std::vector<PartnerAnswers>& answers,
                                       const std::vector<std::string>& kinds, int64_t answerCount,
                                       int64_t minAnswers, bool anonymous) {
  PartnerResults out;
  out.answerCount = answerCount;
  out.minAnswers = minAnswers;
  out.visible = partnerResultsVisible(answerCount, minAnswers);
  if (!out.visible) return out;
  for (auto& rule : q.rules) out.rules.push_back({rule.ruleKey, rule.name, 0, 0, 0, {}});
  for (size_t i = 0; i < answers.size(); ++i) {
    auto& a = answers[i];
    for (auto& ra : a.rules) {
      auto it = std::find_if(out.rules.begin(), out.rules.end(), [&](auto& r) { return r.ruleKey == ra.ruleKey; });
      if (it == out.rules.end()) continue;
      if (ra.recognition == "herken") ++it->herken;
      else if (ra.recognition == "soms") ++it->soms;
      else if (ra.recognition == "niet") ++it->niet;
      if (!ra.example.empty()) it->examples.push_back(ra.example);
    }
    if (!a.distinctive.empty()) out.distinctive.push_back(a.distinctive);
    if (!a.missing.empty()) out.missing.push_back(a.missing);
    if (!anonymous && i < kinds.size() && !kinds[i].empty()) ++out.kinds[kinds[i]];
  }
  // Texts in a stable order that is not the order of arrival.
  for (auto& r : out.rules) std::sort(r.examples.begin(), r.examples.end());
  std::sort(out.distinctive.begin(), out.distinctive.end());
  std::sort(out.missing.begin(), out.missing.end());
  return out;
}

std::string PowChallenge::payload() const { return std::to_string(expires) + "." + salt; }

std::optional<PowChallenge> parsePowChallenge(std::string_view s) {
  if (s.size() > 200) return std::nullopt;
  auto a = s.find('.');
  if (a == std::string_view::npos) return std::nullopt;
  auto b = s.find('.', a + 1);
  if (b == std::string_view::npos || s.find('.', b + 1) != std::string_view::npos) return std::nullopt;
  auto hex = [](std::string_view x) {
    return !x.empty() && x.find_first_not_of("0123456789abcdef") == std::string_view::npos;
  };
  auto exp = s.substr(0, a), salt = s.substr(a + 1, b - a - 1), mac = s.substr(b + 1);
  if (exp.empty() || exp.size() > 12 || exp.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  if (!hex(salt) || !hex(mac) || salt.size() != 32 || mac.size() != 64) return std::nullopt;
  return PowChallenge{std::stoll(std::string(exp)), std::string(salt), std::string(mac)};
}

int leadingZeroBits(const unsigned char* digest, size_t n) {
  int bits = 0;
  for (size_t i = 0; i < n; ++i) {
    if (digest[i] == 0) {
      bits += 8;
      continue;
    }
    for (int b = 7; b >= 0; --b) {
      if (digest[i] & (1u << b)) return bits;
      ++bits;
    }
  }
  return bits;
}

bool validPowNonce(std::string_view nonce) {
  if (nonce.empty() || nonce.size() > 32) return false;
  for (char ch : nonce)
    if (ch <= ' ' || ch > '~' || ch == ':') return false;
  return true;
}

}  // namespace vk::domain
