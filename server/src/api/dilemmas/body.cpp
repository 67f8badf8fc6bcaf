#include "api/dilemmas/body.hpp"

#include <boost/json.hpp>

namespace vk::api::dilemmas {

namespace json = boost::json;

std::vector<std::string_view> dilemmaFields(std::initializer_list<std::string_view> extra) {
  std::vector<std::string_view> out = {"key",   "topic", "title",   "tension",  "a",         "b",
                                       "perspectives", "domains", "rules", "themes", "examples", "questions",
                                       "privacyConfirmed"};
  out.insert(out.end(), extra.begin(), extra.end());
  return out;
}

std::vector<FieldText> dilemmaTexts(const domain::Dilemma& d) {
  std::vector<FieldText> t{{"title", d.title}, {"tension", d.tension}};
  auto side = [&](const char* name, const domain::DilemmaSide& s) {
    std::string p(name);
    t.push_back({p + ".choice", s.choice});
    if (!s.cost.empty()) t.push_back({p + ".cost", s.cost});
    for (size_t i = 0; i < s.values.size(); ++i) t.push_back({p + ".values[" + std::to_string(i) + "]", s.values[i]});
  };
  side("a", d.a);
  side("b", d.b);
  for (size_t i = 0; i < d.perspectives.size(); ++i)
    t.push_back({"perspectives[" + std::to_string(i) + "].stake", d.perspectives[i].stake});
  for (size_t i = 0; i < d.examples.size(); ++i) t.push_back({"examples[" + std::to_string(i) + "]", d.examples[i]});
  for (size_t i = 0; i < d.questions.size(); ++i) t.push_back({"questions[" + std::to_string(i) + "]", d.questions[i]});
  return t;
}

namespace {

json::value contentDoc(const domain::Dilemma& d) {
  json::value doc = domain::dilemmaJson(d);
  doc.as_object().erase("key");
  return doc;
}

}  // namespace

GuardedDilemma guardedDilemma(Ctx& c, JsonBody& body, const std::vector<FieldText>& extra, bool confirmed) {
  json::object in = body.root().as_object();
  for (auto f : {"privacyConfirmed", "note", "key"}) in.erase(f);
  GuardedDilemma out;
  out.dilemma = domain::checkedDilemma(in);
  auto texts = dilemmaTexts(out.dilemma);
  size_t own = texts.size();
  texts.insert(texts.end(), extra.begin(), extra.end());
  auto checked = guardDocument(c, contentDoc(out.dilemma), texts, confirmed);
  out.content = std::move(checked.document);
  out.extra.assign(checked.texts.begin() + static_cast<std::ptrdiff_t>(own), checked.texts.end());
  return out;
}

domain::GuardedText guardedContent(const domain::Dilemma& d) {
  json::value doc = contentDoc(d);
  return PrivacyGuard::check(dilemmaTexts(d), false, &doc).document;
}

std::optional<int64_t> parseIsoTime(std::string_view s) {
  auto digits = [&](size_t at, size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  int y, mo, d, h = 23, mi = 59, sec = 59;
  if (!digits(0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(5, 2, mo) || s[7] != '-' || !digits(8, 2, d))
    return std::nullopt;
  int64_t offset = 0;
  if (s.size() > 10) {
    if (s[10] != 'T' && s[10] != 't' && s[10] != ' ') return std::nullopt;
    if (!digits(11, 2, h) || s.size() < 16 || s[13] != ':' || !digits(14, 2, mi)) return std::nullopt;
    size_t i = 16;
    sec = 0;
    if (i < s.size() && s[i] == ':') {
      if (!digits(i + 1, 2, sec)) return std::nullopt;
      i += 3;
      if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
      }
    }
    if (i == s.size()) return std::nullopt;  // a time needs its zone
    if (s[i] == 'Z' || s[i] == 'z') {
      if (i + 1 != s.size()) return std::nullopt;
    } else if (s[i] == '+' || s[i] == '-') {
      int oh, om;
      if (!digits(i + 1, 2, oh) || i + 3 >= s.size() || s[i + 3] != ':' || !digits(i + 4, 2, om) || i + 6 != s.size())
        return std::nullopt;
      offset = (s[i] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
    } else {
      return std::nullopt;
    }
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return std::nullopt;
  // Days from civil (Howard Hinnant's algorithm).
  int yy = y - (mo <= 2 ? 1 : 0);
  int era = (yy >= 0 ? yy : yy - 399) / 400;
  int yoe = yy - era * 400;
  int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  int64_t days = static_cast<int64_t>(era) * 146097 + doe - 719468;
  return days * 86400 + h * 3600 + mi * 60 + sec - offset;
}

}  // namespace vk::api::dilemmas
