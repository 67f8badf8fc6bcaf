#include "domain/interviews/craft.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <cmath>
#include <ctime>
#include <unordered_map>
#include <unordered_set>

#include "domain/errors.hpp"
#include "domain/resources.hpp"
#include "text/keys.hpp"
#include "text/lemma.hpp"
#include "text/normalise.hpp"
#include "text/stopwords.hpp"

namespace vk::domain {

namespace json = boost::json;

namespace {
std::vector<std::string> strings(const json::value* v) {
  std::vector<std::string> out;
  if (v && v->is_array())
    for (auto& x : v->as_array())
      if (x.is_string()) out.emplace_back(x.as_string());
  return out;
}
std::string str(const json::object& o, std::string_view k) {
  auto* v = o.if_contains(k);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}
}  // namespace

Deck parseDeck(std::string_view text) {
  auto root = json::parse(text).as_object();
  Deck d;
  d.name = str(root, "name");
  std::map<std::string, std::string> groupTitles;
  if (auto* g = root.if_contains("groups"))
    for (auto& x : g->as_array()) groupTitles[str(x.as_object(), "key")] = str(x.as_object(), "title");
  if (auto* o = root.if_contains("opening")) {
    auto& op = o->as_object();
    Card c;
    c.group = "opening";
    c.groupTitle = "De invalshoek";
    c.title = str(op, "title");
    c.questions = {str(op, "text")};
    c.prompts = strings(op.if_contains("prompts"));
    d.cards.push_back(std::move(c));
  }
  for (auto& x : root.at("cards").as_array()) {
    auto& o = x.as_object();
    Card c;
    c.group = str(o, "group");
    c.groupTitle = groupTitles[c.group];
    c.title = str(o, "title");
    c.quote = str(o, "quote");
    c.questions = strings(o.if_contains("questions"));
    c.prompts = strings(o.if_contains("prompts"));
    d.cards.push_back(std::move(c));
  }
  return d;
}

std::vector<CraftTheme> parseThemes(std::string_view text) {
  std::vector<CraftTheme> out;
  json::value root = json::parse(text);  // kept alive for the loop
  for (auto& x : root.at("themes").as_array()) {
    auto& o = x.as_object();
    CraftTheme t{str(o, "key"), str(o, "title"), str(o, "description"), {}, strings(o.if_contains("keywords"))};
    for (auto& s : strings(o.if_contains("subthemes"))) t.subthemes.push_back({0, s, "", {}, false});
    out.push_back(std::move(t));
  }
  return out;
}

const std::vector<CraftTheme>& starterThemes() {
  static const std::vector<CraftTheme> themes = parseThemes(*resources::get("content/nl/craft-themes.json"));
  return themes;
}

bool knownThemeKey(std::string_view key) {
  for (auto& t : starterThemes())
    if (t.key == key) return true;
  return false;
}

namespace {
std::set<std::string> textKeys(std::string_view text) {
  std::set<std::string> keys;
  for (auto& t : text::tokenize(text))
    if (!text::isStopword(t.text)) keys.insert(text::wordKey(t.text));
  return keys;
}
// Content words of a keyword phrase, as keys (a phrase of stop words only has none).
std::vector<std::string> phraseKeys(std::string_view phrase) {
  std::vector<std::string> out;
  for (auto& w : text::tokenize(phrase))
    if (!text::isStopword(w.text)) out.push_back(text::wordKey(w.text));
  return out;
}
// Every content word of the phrase occurs in the text.
bool phraseIn(const std::set<std::string>& keys, std::string_view phrase) {
  auto words = phraseKeys(phrase);
  if (words.empty()) return false;
  for (auto& w : words)
    if (!keys.count(w)) return false;
  return true;
}
int hits(const std::set<std::string>& keys, const std::vector<std::string>& words) {
  int n = 0;
  for (auto& kw : words) n += phraseIn(keys, kw) ? 1 : 0;
  return n;
}
}  // namespace

std::vector<std::string> suggestThemes(std::string_view text, const std::vector<CraftTheme>& themes, size_t max) {
  auto keys = textKeys(text);
  std::vector<std::pair<int, size_t>> scored;
  for (size_t i = 0; i < themes.size(); ++i) {
    int score = hits(keys, themes[i].keywords);
    for (auto& s : themes[i].subthemes)
      if (!s.retired) score += hits(keys, s.keywords);
    if (score > 0) scored.push_back({score, i});
  }
  std::stable_sort(scored.begin(), scored.end(), [](auto& a, auto& b) { return a.first > b.first; });
  std::vector<std::string> out;
  for (auto& [s, i] : scored)
    if (out.size() < max) out.push_back(themes[i].key);
  return out;
}

std::vector<int64_t> suggestSubthemes(std::string_view text, const std::vector<CraftTheme>& themes,
                                      const std::vector<std::string>& themeKeys) {
  auto keys = textKeys(text);
  std::vector<int64_t> out;
  for (auto& t : themes) {
    if (std::find(themeKeys.begin(), themeKeys.end(), t.key) == themeKeys.end()) continue;
    for (auto& s : t.subthemes)
      if (!s.retired && s.id && hits(keys, s.keywords) > 0) out.push_back(s.id);
  }
  return out;
}

std::vector<std::string> cleanKeywords(const std::vector<std::string>& words, const std::string& field,
                                       std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (auto& raw : words) {
    auto b = raw.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) continue;
    std::string w = raw.substr(b, raw.find_last_not_of(" \t\r\n") - b + 1);
    if (w.size() > 60) {
      errors.push_back({field, "\"" + w.substr(0, 20) + "…\" is te lang voor een woord (hoogstens 60 tekens)."});
      continue;
    }
    auto k = phraseKeys(w);
    if (k.empty()) {
      errors.push_back({field, "\"" + w + "\" bestaat alleen uit stopwoorden en telt daarom nooit mee."});
      continue;
    }
    std::string joined;
    for (auto& x : k) joined += x + " ";
    if (seen.insert(joined).second) out.push_back(w);
  }
  if (out.size() > 80) errors.push_back({field, "Hoogstens 80 woorden per thema."});
  return out;
}

bool cloudWord(std::string_view w) {
  if (w.size() < 3 || text::isStopword(w) || text::isFiller(w)) return false;
  return !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

namespace {
// Keys of the stop words and fillers: a word whose key is one of them is an inflection of one.
const std::unordered_set<std::string>& emptyKeys() {
  static const std::unordered_set<std::string> keys = [] {
    std::unordered_set<std::string> out;
    for (auto list : {text::stopwords(), text::fillers()})
      for (auto w : list) out.insert(text::wordKey(w));
    return out;
  }();
  return keys;
}

bool endsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}
}  // namespace

bool cloudKey(std::string_view folded, std::string& key) {
  if (!cloudWord(folded)) return false;
  text::wordKey(folded, key);
  return key.size() >= 3 && !emptyKeys().count(key);
}

bool cloudWordKey(std::string_view folded, std::string& key, std::string& infinitive) {
  infinitive.clear();
  if (!cloudKey(folded, key)) return false;
  auto verb = text::infinitiveOf(folded);
  if (!verb) return true;
  infinitive = std::move(*verb);
  return cloudKey(infinitive, key);
}

double cloudWeight(std::string_view key) {
  for (std::string_view end : {"lijk", "ig", "isch", "bar", "loos", "loz"})
    if (key.size() > end.size() + 2 && endsWith(key, end)) return 0.5;
  return 1.0;
}

std::string_view cloudFolded(std::string_view text, const text::Token& t) {
  std::string_view w = t.text;
  if (t.end > text.size() || t.begin >= t.end || w.size() < 2 || w.back() != 's') return w;
  std::string_view orig = text.substr(t.begin, t.end - t.begin);
  bool apostrophe = orig.size() >= 2 && (orig.back() == 's' || orig.back() == 'S') &&
                    (orig[orig.size() - 2] == '\'' ||
                     (orig.size() >= 4 && orig.substr(orig.size() - 4, 3) == "\xE2\x80\x99"));
  if (apostrophe) w.remove_suffix(1);
  return w;
}

std::string writtenForm(std::string_view text, const text::Token& t) {
  std::string out;
  if (t.end > text.size() || t.begin >= t.end) return t.text;
  // As it shows: a zero-width space or full-width letters pasted into a word are read away by
  // tokenize, so the word is shown without them too.
  const std::string shown = text::visible(text.substr(t.begin, t.end - t.begin));
  std::string_view w = shown;
  out.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    auto c = static_cast<unsigned char>(w[i]);
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < w.size()) {
      // Latin-1 capitals À–Þ (except ×) are U+00C0–U+00DE: C3 80–9E; their small letters are 0x20 on.
      auto d = static_cast<unsigned char>(w[i + 1]);
      out += static_cast<char>(c);
      out += static_cast<char>(d >= 0x80 && d <= 0x9E && d != 0x97 ? d + 0x20 : d);
      ++i;
    } else if (c == 0xE2 && i + 2 < w.size() && static_cast<unsigned char>(w[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(w[i + 2]) == 0x99 || static_cast<unsigned char>(w[i + 2]) == 0x98)) {
      out += '\'';  // ’ or ‘ inside a word
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

void WrittenForms::add(const std::string& key, std::string form) {
  auto& v = forms_[key];
  for (auto& f : v)
    if (f.text == form) {
      ++f.count;
      return;
    }
  v.push_back({std::move(form), 1});
}

void WrittenForms::merge(const std::map<std::string, std::string>& into) {
  for (auto& [from, to] : into) {
    auto it = forms_.find(from);
    if (it == forms_.end() || from == to) continue;
    auto moved = std::move(it->second);
    forms_.erase(it);
    auto& target = forms_[to];
    for (auto& f : moved) {
      auto same = std::find_if(target.begin(), target.end(), [&](const Form& x) { return x.text == f.text; });
      if (same != target.end()) same->count += f.count;
      else target.push_back(std::move(f));
    }
  }
}

std::map<std::string, std::string> WrittenForms::best() const {
  std::map<std::string, std::string> out;
  for (auto& [key, v] : forms_) {
    const Form* top = nullptr;
    for (auto& f : v)
      if (!top || f.count > top->count) top = &f;
    if (top) out.emplace(key, top->text);
  }
  return out;
}

void countWords(std::string_view text, std::map<std::string, int64_t>& counts, std::map<std::string, std::string>* surface,
                WrittenForms* forms) {
  thread_local std::vector<text::Token> toks;
  std::string key, infinitive;
  text::tokenize(text, toks);
  std::vector<std::pair<std::string, std::string>> seen;  // key, written form, in text order
  std::map<std::string, std::string> keyOfToken;
  for (auto& t : toks) {
    auto folded = cloudFolded(text, t);
    if (!cloudWordKey(folded, key, infinitive)) continue;
    keyOfToken.emplace(std::string(folded), key);
    seen.emplace_back(key, infinitive.empty() ? writtenForm(text, t) : infinitive);
  }
  // Inflections of the text's own words (and of words counted before) count as one lemma.
  for (auto& [k, n] : counts) keyOfToken.emplace(k, k);
  auto merges = text::lemmaMerges(keyOfToken);
  for (auto& [k, written] : seen) {
    auto m = merges.find(k);
    const std::string& lemma = m == merges.end() ? k : m->second;
    auto [it, inserted] = counts.try_emplace(lemma, 0);
    ++it->second;
    if (inserted && surface) surface->try_emplace(lemma, written);
    if (forms) forms->add(lemma, written);
  }
}

std::vector<WordWeight> distinctiveWords(const std::map<std::string, int64_t>& group,
                                         const std::map<std::string, int64_t>& background,
                                         const std::map<std::string, std::string>& surface, size_t max) {
  // Log-odds ratio with an informative Dirichlet prior from the background
  // (Monroe, Colaresi & Quinn 2008), z-scored: frequent-and-specific words win,
  // rare words do not dominate. Group words are part of the background.
  double n1 = 0, n0 = 0;
  for (auto& [k, v] : group) n1 += double(v);
  for (auto& [k, v] : background) n0 += double(v);
  if (n1 == 0) return {};
  double a0 = std::max(n0, n1);
  const double priorScale = 500.0;  // total pseudo-count of the prior
  std::vector<WordWeight> out;
  for (auto& [k, y1i] : group) {
    auto it = background.find(k);
    double bg = it == background.end() ? double(y1i) : std::max<double>(double(it->second), double(y1i));
    double alpha = priorScale * bg / a0;
    double y1 = double(y1i);
    double y0 = std::max(0.0, bg - y1);  // the rest of the organisation
    double rest = std::max(1.0, n0 - n1);
    double d = std::log((y1 + alpha) / (n1 + priorScale - y1 - alpha)) -
               std::log((y0 + alpha) / (rest + priorScale - y0 - alpha));
    double var = 1.0 / (y1 + alpha) + 1.0 / (y0 + alpha);
    double z = d / std::sqrt(var);
    if (z > 0) z *= cloudWeight(k);  // nouns and verbs before adjectives and adverbs
    auto s = surface.find(k);
    out.push_back({s == surface.end() ? k : s->second, k, y1i, z});
  }
  auto cmp = [](const WordWeight& a, const WordWeight& b) {
    return a.score != b.score ? a.score > b.score : a.key < b.key;
  };
  if (out.size() > max) {
    std::partial_sort(out.begin(), out.begin() + long(max), out.end(), cmp);
    out.resize(max);
  } else {
    std::sort(out.begin(), out.end(), cmp);
  }
  return out;
}

bool showGroup(const std::set<int64_t>& people, size_t k) { return people.size() >= k; }

std::string sizeBand(int64_t n) {
  if (n < 10) return "1-9";
  if (n < 20) return "10-19";
  if (n < 30) return "20-29";
  return "30+";
}

std::string quarterOf(int64_t t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  return std::to_string(tm.tm_year + 1900) + "-K" + std::to_string(tm.tm_mon / 3 + 1);
}

bool validPurpose(std::string_view p) {
  return p == "collegial" || p == "onboarding" || p == "teamday" || p == "audit";
}

}  // namespace vk::domain
