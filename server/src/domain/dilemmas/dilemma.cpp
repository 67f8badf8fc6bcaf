#include "domain/dilemmas/dilemma.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <set>

#include "domain/errors.hpp"
#include "domain/resources.hpp"

namespace vk::domain {

namespace json = boost::json;

namespace {

constexpr size_t kTitleMax = 120;
constexpr size_t kLineMax = 600;
constexpr size_t kListMax = 8;

std::string trimmed(std::string_view s) {
  auto isSpace = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return std::string(s);
}

// UTF-8 characters, not bytes, so that a Dutch text with diacritics gets its full length.
size_t characters(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::set<std::string> keysOf(const char* file, const char* list) {
  std::set<std::string> out;
  auto text = resources::get(file);
  if (!text) return out;
  auto root = json::parse(*text);
  if (auto* l = root.as_object().if_contains(list))
    for (auto& x : l->as_array())
      // The catalogue names its life domains by "id", the guideline and the craft themes by "key".
      for (auto name : {"key", "id"})
        if (auto* k = x.as_object().if_contains(name); k && k->is_string()) out.emplace(k->as_string());
  return out;
}
const std::set<std::string>& domainKeys() {
  static const auto keys = keysOf("content/nl/catalogue.json", "domains");
  return keys;
}
const std::set<std::string>& ruleKeys() {
  static const auto keys = keysOf("content/nl/guideline.json", "rules");
  return keys;
}
const std::set<std::string>& themeKeys() {
  static const auto keys = keysOf("content/nl/craft-themes.json", "themes");
  return keys;
}

// Reads the fields of one incoming dilemma, collecting every field error before throwing.
class Reader {
 public:
  explicit Reader(const json::value& v) {
    if (!v.is_object()) invalid("Een dilemma is een object met een titel en een spanning.");
    root_ = &v.as_object();
  }

  std::string text(const json::object& o, std::string_view key, const std::string& path, size_t max, bool required) {
    auto* v = o.if_contains(key);
    if (!v || v->is_null()) {
      if (required) fail(path, "Vul dit in.");
      return {};
    }
    if (!v->is_string()) {
      fail(path, "Dit moet tekst zijn.");
      return {};
    }
    std::string s = trimmed(v->as_string());
    if (required && s.empty()) fail(path, "Vul dit in.");
    if (characters(s) > max) fail(path, "Dit is te lang: hooguit " + std::to_string(max) + " tekens.");
    return s;
  }

  std::vector<std::string> texts(const json::object& o, std::string_view key, const std::string& path, size_t max,
                                 const std::set<std::string>* allowed = nullptr) {
    std::vector<std::string> out;
    auto* v = o.if_contains(key);
    if (!v || v->is_null()) return out;
    if (!v->is_array()) {
      fail(path, "Dit moet een lijst zijn.");
      return out;
    }
    if (v->as_array().size() > kListMax) fail(path, "Hooguit " + std::to_string(kListMax) + " items.");
    size_t i = 0;
    for (auto& x : v->as_array()) {
      std::string at = path + "[" + std::to_string(i++) + "]";
      if (!x.is_string()) {
        fail(at, "Dit moet tekst zijn.");
        continue;
      }
      std::string s = trimmed(x.as_string());
      if (s.empty()) continue;
      if (characters(s) > max) fail(at, "Dit is te lang: hooguit " + std::to_string(max) + " tekens.");
      if (allowed && !allowed->count(s)) fail(at, "Onbekende sleutel: " + s + ".");
      if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
    return out;
  }

  DilemmaSide side(std::string_view key) {
    DilemmaSide s;
    std::string path(key);
    auto* v = root_->if_contains(key);
    if (!v || !v->is_object()) {
      fail(path + ".choice", "Vul de keuze aan deze kant in.");
      return s;
    }
    onlyKnown(v->as_object(), {"choice", "cost", "values"}, path + ".");
    s.choice = text(v->as_object(), "choice", path + ".choice", kLineMax, true);
    s.cost = text(v->as_object(), "cost", path + ".cost", kLineMax, false);
    s.values = texts(v->as_object(), "values", path + ".values", kTitleMax);
    return s;
  }

  void onlyKnown(const json::object& o, std::initializer_list<std::string_view> known, const std::string& prefix) {
    for (auto& kv : o)
      if (std::find(known.begin(), known.end(), std::string_view(kv.key())) == known.end())
        fail(prefix + std::string(kv.key()), "Dit veld kennen we niet.");
  }

  void fail(std::string field, std::string message) { errors_.push_back({std::move(field), std::move(message)}); }
  const json::object& root() const { return *root_; }
  void finish() const {
    if (!errors_.empty()) invalid("Het dilemma is nog niet compleet of klopt niet.", errors_);
  }

 private:
  const json::object* root_ = nullptr;
  std::vector<FieldError> errors_;
};

std::set<std::string> topicKeys() {
  std::set<std::string> out;
  for (auto& t : dilemmaTopics()) out.insert(t.key);
  return out;
}

json::array strings(const std::vector<std::string>& v) {
  json::array a;
  for (auto& s : v) a.emplace_back(s);
  return a;
}

json::object sideJson(const DilemmaSide& s) {
  return {{"choice", s.choice}, {"cost", s.cost}, {"values", strings(s.values)}};
}

}  // namespace

const std::vector<DilemmaTopic>& dilemmaTopics() {
  static const std::vector<DilemmaTopic> topics = {
      {"integraal", "Integraal werken: één gezin, één plan, één regisseur"},
      {"eigen-kracht", "Eigen kracht en zorg"},
      {"helpen-en-indiceren", "Helpen en beslissen over hulp"},
      {"partners", "Partners met een andere kijk"},
      {"gemeente", "De opdracht van de gemeente"},
      {"veiligheid", "Veiligheid"},
      {"administratie", "Administratie en verantwoording"},
      {"team", "Samen dragen in het team"},
  };
  return topics;
}

const std::vector<std::string>& dilemmaPerspectives() {
  static const std::vector<std::string> who = {"bewoner", "professional", "partner", "gemeente"};
  return who;
}

Dilemma checkedDilemma(const json::value& v) {
  Reader r(v);
  auto& o = r.root();
  r.onlyKnown(o, {"key", "topic", "title", "tension", "a", "b", "perspectives", "domains", "rules", "themes", "examples",
                  "questions"},
              "");
  Dilemma d;
  d.title = r.text(o, "title", "title", kTitleMax, true);
  d.tension = r.text(o, "tension", "tension", kLineMax, true);
  d.topic = r.text(o, "topic", "topic", 40, false);
  if (!d.topic.empty() && !topicKeys().count(d.topic)) r.fail("topic", "Onbekend onderwerp: " + d.topic + ".");
  d.a = r.side("a");
  d.b = r.side("b");
  if (auto* p = o.if_contains("perspectives"); p && !p->is_null()) {
    if (!p->is_array()) {
      r.fail("perspectives", "Dit moet een lijst zijn.");
    } else {
      const auto& known = dilemmaPerspectives();
      size_t i = 0;
      for (auto& x : p->as_array()) {
        std::string at = "perspectives[" + std::to_string(i++) + "]";
        if (!x.is_object()) {
          r.fail(at, "Een perspectief heeft een 'who' en een 'stake'.");
          continue;
        }
        r.onlyKnown(x.as_object(), {"who", "stake"}, at + ".");
        DilemmaPerspective dp{r.text(x.as_object(), "who", at + ".who", 20, true),
                              r.text(x.as_object(), "stake", at + ".stake", kLineMax, true)};
        if (!dp.who.empty() && std::find(known.begin(), known.end(), dp.who) == known.end())
          r.fail(at + ".who", "Kies bewoner, professional, partner of gemeente.");
        d.perspectives.push_back(std::move(dp));
      }
      if (d.perspectives.size() > kListMax) r.fail("perspectives", "Hooguit " + std::to_string(kListMax) + " perspectieven.");
    }
  }
  d.domains = r.texts(o, "domains", "domains", 60, &domainKeys());
  d.rules = r.texts(o, "rules", "rules", 60, &ruleKeys());
  d.themes = r.texts(o, "themes", "themes", 60, &themeKeys());
  d.examples = r.texts(o, "examples", "examples", kLineMax);
  d.questions = r.texts(o, "questions", "questions", kLineMax);
  r.finish();
  return d;
}

json::value dilemmaJson(const Dilemma& d) {
  json::array persp;
  for (auto& p : d.perspectives) persp.push_back(json::object{{"who", p.who}, {"stake", p.stake}});
  return json::object{{"key", d.key},           {"topic", d.topic},         {"title", d.title},
                      {"tension", d.tension},   {"a", sideJson(d.a)},       {"b", sideJson(d.b)},
                      {"perspectives", persp},  {"domains", strings(d.domains)}, {"rules", strings(d.rules)},
                      {"themes", strings(d.themes)}, {"examples", strings(d.examples)},
                      {"questions", strings(d.questions)}};
}

std::vector<Dilemma> parseDilemmas(std::string_view text) {
  auto root = json::parse(text);
  std::vector<Dilemma> out;
  for (auto& x : root.as_object().at("dilemmas").as_array()) {
    Dilemma d = checkedDilemma(x);
    d.key = std::string(x.as_object().at("key").as_string());
    out.push_back(std::move(d));
  }
  return out;
}

const std::vector<Dilemma>& starterDilemmas() {
  static const std::vector<Dilemma> library = parseDilemmas(*resources::get("content/nl/dilemmas.json"));
  return library;
}

const Dilemma* starterDilemma(std::string_view key) {
  for (auto& d : starterDilemmas())
    if (d.key == key) return &d;
  return nullptr;
}

}  // namespace vk::domain
