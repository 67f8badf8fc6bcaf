#include "domain/craft/craft.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <cmath>
#include <map>

#include "domain/resources.hpp"

namespace vk::domain {

namespace json = boost::json;

namespace {

std::string trimmed(std::string_view s) {
  auto isSpace = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
  return std::string(s);
}

// UTF-8 characters, not bytes.
size_t characters(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

const json::object& objectOf(const json::value& v, const char* what) {
  if (!v.is_object()) invalid(std::string("De inhoud van het vak klopt niet: ") + what + " is geen object.");
  return v.as_object();
}
std::string str(const json::object& o, const char* key, const char* what) {
  auto* v = o.if_contains(key);
  if (!v || !v->is_string() || v->as_string().empty())
    invalid(std::string("De inhoud van het vak klopt niet: ") + what + " mist " + key + ".");
  return std::string(v->as_string());
}
const json::array& arr(const json::object& o, const char* key, const char* what) {
  auto* v = o.if_contains(key);
  if (!v || !v->is_array()) invalid(std::string("De inhoud van het vak klopt niet: ") + what + " mist " + key + ".");
  return v->as_array();
}
json::object root(std::string_view text) {
  json::value v;
  try {
    v = json::parse(text);
  } catch (const std::exception&) {
    invalid("De inhoud van het vak is geen geldige JSON.");
  }
  auto& o = objectOf(v, "het bestand");
  auto* version = o.if_contains("version");
  if (!version || !version->is_int64() || version->as_int64() != 1) invalid("De inhoud van het vak heeft geen versie 1.");
  return o;
}

const std::set<std::string> kCoreKeys = {"context", "gesprek", "houding", "instrument"};

}  // namespace

CraftPicture parsePicture(std::string_view text) {
  auto o = root(text);
  CraftPicture p;
  p.intro = str(o, "intro", "het beeld");
  std::set<std::string> keys;
  for (auto& tv : arr(o, "themes", "het beeld")) {
    auto& t = objectOf(tv, "een thema");
    PictureTheme theme{str(t, "key", "een thema"), str(t, "title", "een thema"), str(t, "intro", "een thema"), {}};
    for (auto& sv : arr(t, "statements", "een thema")) {
      auto& s = objectOf(sv, "een uitspraak");
      CraftStatement st{str(s, "key", "een uitspraak"), str(s, "text", "een uitspraak"), false};
      if (!keys.insert(st.key).second) invalid("De inhoud van het vak noemt een uitspraak twee keer: " + st.key + ".");
      theme.statements.push_back(std::move(st));
    }
    if (theme.statements.size() < kMinStatements || theme.statements.size() > kMaxStatements)
      invalid("Het thema " + theme.key + " heeft 4 tot 8 uitspraken nodig.");
    p.themes.push_back(std::move(theme));
  }
  return p;
}

CraftCore parseCore(std::string_view text) {
  auto o = root(text);
  CraftCore core;
  core.intro = str(o, "intro", "de kern");
  for (auto& pv : arr(o, "parts", "de kern")) {
    auto& p = objectOf(pv, "een deel");
    CorePart part{str(p, "key", "een deel"), str(p, "title", "een deel"), str(p, "text", "een deel"), {}};
    if (!kCoreKeys.count(part.key)) invalid("De kern van het vak kent het deel " + part.key + " niet.");
    for (auto& q : arr(p, "questions", "een deel"))
      if (q.is_string()) part.questions.emplace_back(q.as_string());
    core.parts.push_back(std::move(part));
  }
  return core;
}

const CraftPicture& starterPicture() {
  static const CraftPicture p = parsePicture(resources::get("content/nl/craft-picture.json").value_or(""));
  return p;
}

const CraftCore& starterCore() {
  static const CraftCore c = parseCore(resources::get("content/nl/craft-core.json").value_or(""));
  return c;
}

const PictureTheme* findTheme(const CraftPicture& p, std::string_view key) {
  for (auto& t : p.themes)
    if (t.key == key) return &t;
  return nullptr;
}

bool starterStatement(std::string_view key) {
  for (auto& t : starterPicture().themes)
    for (auto& s : t.statements)
      if (s.key == key) return true;
  return false;
}

bool coreKey(std::string_view key) { return kCoreKeys.count(std::string(key)) > 0; }

std::vector<CraftStatement> checkThemeEdit(const std::string& themeKey, const std::string& intro,
                                           const std::vector<StatementEdit>& edits,
                                           const std::set<std::string>& themeKeys,
                                           const std::set<std::string>& taken, std::vector<FieldError>& errors) {
  std::vector<CraftStatement> out;
  if (trimmed(intro).empty()) errors.push_back({"intro", "Vul een korte inleiding in."});
  if (characters(intro) > kIntroMax)
    errors.push_back({"intro", "De inleiding is te lang: hooguit " + std::to_string(kIntroMax) + " tekens."});
  if (edits.size() < kMinStatements || edits.size() > kMaxStatements)
    errors.push_back({"statements", "Een thema heeft 4 tot 8 uitspraken."});
  // New keys count on from the highest own number the organisation ever used.
  int64_t next = 0;
  std::string prefix = themeKey + "-eigen-";
  for (auto& k : taken)
    if (k.rfind(prefix, 0) == 0) {
      auto rest = k.substr(prefix.size());
      if (!rest.empty() && rest.size() < 10 && rest.find_first_not_of("0123456789") == std::string::npos)
        next = std::max<int64_t>(next, std::stoll(rest));
    }
  std::set<std::string> seen;
  for (size_t i = 0; i < edits.size(); ++i) {
    std::string at = "statements[" + std::to_string(i) + "]";
    std::string text = trimmed(edits[i].text);
    if (text.empty()) errors.push_back({at + ".text", "Vul de uitspraak in."});
    if (characters(text) > kStatementMax)
      errors.push_back({at + ".text", "Een uitspraak is hooguit " + std::to_string(kStatementMax) + " tekens."});
    std::string key;
    if (edits[i].key) {
      key = *edits[i].key;
      if (!themeKeys.count(key)) errors.push_back({at + ".key", "Deze uitspraak hoort niet bij dit thema."});
      else if (!seen.insert(key).second) errors.push_back({at + ".key", "Deze uitspraak staat er al."});
    } else {
      key = prefix + std::to_string(++next);
    }
    out.push_back({key, text, true});
  }
  return out;
}

bool validRecognition(std::string_view r) { return r.empty() || r == "herken" || r == "anders"; }
bool emptyAnswer(const StatementAnswer& a) { return a.recognition.empty() && !a.current; }

double spread(int64_t herken, int64_t anders) {
  if (herken < 0 || anders < 0 || herken + anders == 0) return 0;
  return 1.0 - double(std::llabs(herken - anders)) / double(herken + anders);
}

std::vector<StatementTally> tallyAnswers(const std::vector<StatementAnswer>& answers,
                                         const std::vector<std::string>& order) {
  std::map<std::string, size_t> at;
  std::vector<StatementTally> out;
  for (auto& k : order)
    if (!at.count(k)) {
      at[k] = out.size();
      out.push_back({k});
    }
  for (auto& a : answers) {
    auto it = at.find(a.statementKey);
    if (it == at.end() || emptyAnswer(a)) continue;
    auto& t = out[it->second];
    if (a.recognition == "herken") ++t.herken;
    else if (a.recognition == "anders") ++t.anders;
    if (a.current) ++t.current;
    ++t.answered;
  }
  return out;
}

void addTallies(std::vector<StatementTally>& into, const std::vector<StatementTally>& more) {
  for (auto& m : more) {
    auto it = std::find_if(into.begin(), into.end(), [&](auto& t) { return t.statementKey == m.statementKey; });
    if (it == into.end()) {
      into.push_back(m);
      continue;
    }
    it->herken += m.herken;
    it->anders += m.anders;
    it->current += m.current;
    it->answered += m.answered;
  }
}

std::vector<StatementTally> bySpread(std::vector<StatementTally> tallies) {
  std::stable_sort(tallies.begin(), tallies.end(), [](const StatementTally& a, const StatementTally& b) {
    double sa = spread(a.herken, a.anders), sb = spread(b.herken, b.anders);
    if (std::fabs(sa - sb) > 1e-12) return sa > sb;
    return a.answered > b.answered;
  });
  return tallies;
}

bool pictureVisible(int64_t responders) { return responders >= kMinPictureResponders; }
bool coreVisible(int64_t responders) { return responders >= kMinCoreResponders; }
bool teamCountsAbove(int64_t responders) { return responders >= kMinCraftTeamResponders; }

bool validFit(std::string_view f) { return f == "past" || f == "mist" || f == "anders"; }
bool validShare(std::string_view s) { return s == "prive" || s == "team" || s == "landelijk"; }

void checkCoreResponses(const std::vector<CoreResponse>& responses, std::vector<FieldError>& errors) {
  std::set<std::string> seen;
  for (size_t i = 0; i < responses.size(); ++i) {
    auto& r = responses[i];
    std::string at = "responses[" + std::to_string(i) + "]";
    if (!coreKey(r.partKey)) errors.push_back({at + ".partKey", "Kies context, gesprek, houding of instrument."});
    else if (!seen.insert(r.partKey).second) errors.push_back({at + ".partKey", "Dit deel staat er al."});
    if (!validFit(r.fit)) errors.push_back({at + ".fit", "Kies past, mist of anders."});
    if (!validShare(r.share)) errors.push_back({at + ".share", "Kies prive, team of landelijk."});
    if ((r.fit == "mist" || r.fit == "anders") && trimmed(r.text).empty())
      errors.push_back({at + ".text", "Schrijf op wat je mist of hoe jij het zou zeggen."});
    if (characters(r.text) > kCoreTextMax)
      errors.push_back({at + ".text", "Dit is te lang: hooguit " + std::to_string(kCoreTextMax) + " tekens."});
  }
}

std::vector<CoreTally> tallyCore(const std::vector<CoreResponse>& responses) {
  std::vector<CoreTally> out;
  for (auto& p : starterCore().parts) out.push_back({p.key});
  for (auto& r : responses)
    for (auto& t : out)
      if (t.partKey == r.partKey) {
        if (r.fit == "past") ++t.past;
        else if (r.fit == "mist") ++t.mist;
        else if (r.fit == "anders") ++t.anders;
      }
  return out;
}

void addCoreTallies(std::vector<CoreTally>& into, const std::vector<CoreTally>& more) {
  for (auto& m : more) {
    auto it = std::find_if(into.begin(), into.end(), [&](auto& t) { return t.partKey == m.partKey; });
    if (it == into.end()) into.push_back(m);
    else it->past += m.past, it->mist += m.mist, it->anders += m.anders;
  }
}

}  // namespace vk::domain
