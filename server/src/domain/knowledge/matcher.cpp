#include "domain/knowledge/matcher.hpp"

#include <algorithm>
#include <cmath>

#include "text/clause.hpp"
#include "text/courtesy.hpp"
#include "text/keys.hpp"
#include "text/wordlist.hpp"
#include "text/lexicon.hpp"
#include "text/negation.hpp"
#include "text/normalise.hpp"
#include "text/situation.hpp"
#include "text/stemmer.hpp"
#include "text/stopwords.hpp"

namespace vk::domain {
namespace {

constexpr float kVariantFactor = 0.9f;   // "drinkt" found as "drink"
constexpr float kPartFactor = 0.7f;      // a part of a compound the catalogue does not know whole
constexpr float kHeadFactor = 0.9f;      // ... its last part, the head ("borstkanker" is kanker)
constexpr float kTypoFactor = 0.8f;      // one letter off a catalogue word ("agresief", "deurwaarde")
constexpr float kPhraseWeight = 1.5f;    // a multi-word term is specific
constexpr std::uint32_t kPhraseGap = 3;  // phrase words lie within 3 content words per extra word
constexpr std::uint32_t kClauseJump = 64;  // positions skipped at a clause start: beyond any phrase's window
constexpr double kAgeWeight = 1.0;
constexpr double kChildSubjectWeight = 1.0;  // a child as the question's subject → opvoeden-opgroeien
constexpr int kAdultAge = 18;                // ... unless every age the question names is an adult's

bool allDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isPersonNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "baby",    "broer",    "buurman", "buurvrouw", "client",   "dame",     "dochter", "heer",
      "inwoner", "jongeman", "jongen",  "jongere",   "kind",     "kleuter",  "leerling", "man",
      "meisje",  "meneer",   "mevrouw", "moeder",    "oma",      "opa",      "oudere",  "peuter",
      "puber",   "scholier", "student", "studente",  "tiener",   "vader",    "vrouw",   "weduwe",
      "weduwnaar", "zoon",   "zus",     "bewoner",   "leeftijd", "mannetje", "vrouwtje",
      // the abbreviations of case notes: "mw 78", "dhr. (82)", "mevr 66"
      "mw",      "mevr",     "dhr",     "hr",        "mr",       "mijnheer", "echtgenoot", "echtgenote",
      "broertje", "zusje",   "zoontje", "dochtertje", "kindje",  "jochie",   "stel",      "echtpaar",
      // "de oudste van 12", "de jongste (3)"; the shorthand "dr 14", "zn 16" (daughter, son)
      "oudste",  "jongste",  "middelste", "dr",     "zn"};
  return std::find(std::begin(kNouns), std::end(kNouns), w) != std::end(kNouns);
}

// "bang voor haar man", "bang voor de buurman", "bang voor hem": fear of a person.
bool isFearOfAPerson(const std::vector<text::Token>& t, std::size_t i) {
  if (i + 2 >= t.size() || t[i + 1].text != "voor") return false;
  std::string_view next = t[i + 2].text;
  if (next == "hem" || (next == "haar" && (i + 3 >= t.size() || t[i + 3].clauseStart))) return true;
  static constexpr std::string_view kWho[] = {"ex", "partner", "vriend", "vriendje", "exman", "expartner",
                                              "ex-partner", "ex-man", "familie", "schoonfamilie", "stiefvader"};
  for (std::size_t k = i + 2; k < std::min(t.size(), i + 4); ++k) {
    if (k > i + 2 && t[k].clauseStart) break;
    std::string_view w = t[k].text;
    if (isPersonNoun(w) || std::find(std::begin(kWho), std::end(kWho), w) != std::end(kWho)) return true;
  }
  return false;
}

// Verbs that follow a subject in case notes: "dr is bang", "zn heeft schulden", "dr wil niet".
bool isSubjectVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {"is", "heeft", "wil", "wordt", "gaat", "zit", "kan", "komt",
                                                "doet", "krijgt", "was", "had", "moet", "durft", "spijbelt"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

bool isNotAgeUnit(std::string_view w) {
  static constexpr std::string_view kUnits[] = {"maanden", "maand", "weken", "week",   "dagen",
                                                "dag",     "uur",   "euro",  "procent", "kinderen",
                                                "keer",    "kilo",  "km",    "minuten", "jaren",
                                                "mnd",     "mndn",  "wk",    "wkn",     "dgn"};
  return std::find(std::begin(kUnits), std::end(kUnits), w) != std::end(kUnits);
}


// "dreigt met ontslag", "dreigt weg te gaan", "de verhuurder dreigt hem eruit te zetten": a
// threat of a consequence or "is about to", not a threat of violence; "dreigt haar iets aan te
// doen", "dreigt de kinderen mee te nemen" stay threats.
bool isThreatWord(std::string_view w) {
  return w == "dreigt" || w == "dreigen" || w == "dreigde" || w == "dreigden" || w == "gedreigd" || w == "dreig";
}
bool isNonViolentThreat(const std::vector<text::Token>& t, std::size_t i) {
  static constexpr std::string_view kConsequences[] = {
      "ontslag", "ontslaan", "ontruiming", "uitzetting", "afsluiting", "afsluiten", "boete", "beslag",
      "deurwaarder", "incasso", "rechtszaak", "rechter", "advocaat", "opzegging", "opzeggen", "stopzetten",
      "korting", "maatregel", "sancties", "sanctie"};
  static constexpr std::string_view kViolent[] = {"aandoen", "slaan", "vermoorden", "doden", "steken", "nemen",
                                                  "meenemen", "ontvoeren", "pakken", "schieten", "verbranden",
                                                  "ombrengen", "afmaken", "vermoorden", "mishandelen"};
  for (std::size_t k = i + 1; k < t.size() && k < i + 10; ++k) {
    if (t[k].clauseStart) break;
    std::string_view w = t[k].text;
    if (std::find(std::begin(kViolent), std::end(kViolent), w) != std::end(kViolent)) return false;
    if (w == "met" && k + 1 < t.size() && !t[k + 1].clauseStart) {
      for (std::size_t m = k + 1; m < std::min(t.size(), k + 4); ++m)
        if (std::find(std::begin(kConsequences), std::end(kConsequences), t[m].text) != std::end(kConsequences))
          return true;
    }
    if (w == "te" && k + 1 < t.size()) {
      // the verb after "te", with a separable prefix before it: "aan te doen", "mee te nemen"
      std::string verb(t[k + 1].text);
      if (k > i + 1) verb = t[k - 1].text + verb;
      for (std::string_view v : {std::string_view(t[k + 1].text), std::string_view(verb)})
        if (std::find(std::begin(kViolent), std::end(kViolent), v) != std::end(kViolent)) return false;
      return true;  // "dreigt weg te gaan", "dreigt af te sluiten", "dreigt eruit te zetten"
    }
  }
  return false;
}

// The verb "werken" of someone who simply works ("partner werkt dag en nacht", "moeder werkt
// fulltime", "ouders werken in de kassen") says nothing about work as a problem; it counts with
// a denial or a wish in its clause ("werkt niet meer", "wil graag werken", "nooit gewerkt").
bool isWorkVerb(std::string_view w) {
  return w == "werkt" || w == "werken" || w == "werkte" || w == "werkten" || w == "gewerkt";
}
bool workIsAtStake(const std::vector<text::Token>& t, std::size_t i) {
  return text::clauseHas(t, i, {"niet", "nooit", "geen", "wil", "wilt", "willen", "graag", "zoekt", "zoeken", "weer",
                                "meer", "stoppen", "gestopt", "mag", "moeite", "lukt", "kan", "kunnen"});
}


// "verkoopt drugs", "drugs dealen", "vervoert drugs": trade in drugs is crime (its phrases
// count), not one's own use; the word takes part in phrases only.
bool isDrugWord(std::string_view w) {
  return w == "drugs" || w == "drug" || w == "wiet" || w == "coke" || w == "cocaine" || w == "hasj" || w == "xtc";
}
bool isDrugTrade(const std::vector<text::Token>& t, std::size_t i) {
  return text::clauseHas(t, i, {"verkoopt", "verkopen", "verkocht", "dealt", "dealen", "dealde", "vervoert",
                                "vervoeren", "vervoerd", "smokkelt", "smokkelen", "bezorgt", "bezorgen", "handel",
                                "handelt", "koerier", "runner"});
}

// "drinkt liters water", "drinkt alleen koffie", "de baby drinkt slecht aan de borst": drinking
// something without alcohol is no drinking problem; the verb takes part in phrases only.
bool isDrinkVerb(std::string_view w) {
  return w == "drinkt" || w == "drinken" || w == "dronk" || w == "dronken" || w == "drink" || w == "drinke";
}
bool drinksNoAlcohol(const std::vector<text::Token>& t, std::size_t i) {
  return text::clauseHas(t, i, {"water", "koffie", "thee", "fris", "frisdrank", "melk", "borst", "fles", "flesje",
                                "limonade", "sap", "cola", "baby"});
}

// "valt op jongens", "het inkomen valt weg", "het valt mee", "valt tegen": the verb with a
// particle or an object of liking is no fall; it takes part in phrases only.
bool isFallVerb(std::string_view w) { return w == "valt" || w == "vallen" || w == "viel" || w == "vielen"; }
bool fallsInAnotherSense(const std::vector<text::Token>& t, std::size_t i) {
  if (text::clauseHas(t, i, {"weg", "mee", "tegen", "onder", "samen", "stil"}, text::ClausePart::After)) return true;
  return i + 2 < t.size() && t[i + 1].text == "op" && !t[i + 2].clauseStart &&
         (t[i + 2].text == "jongens" || t[i + 2].text == "meisjes" || t[i + 2].text == "mannen" ||
          t[i + 2].text == "vrouwen" || t[i + 2].text == "hem" || t[i + 2].text == "haar");
}

// "lastiggevallen door jongeren", "door een groep jongens uitgemaakt", "een groep jongeren
// hangt rond": youths as the ones who do something to others, not a young person the question is
// about (nor their upbringing); the word takes part in phrases only.
bool isYouthsAsOthers(const std::vector<text::Token>& t, std::size_t i) {
  std::string_view w = t[i].text;
  if (w != "jongeren" && w != "jongens" && w != "jongelui" && w != "tieners") return false;
  if (i == 0 || t[i].clauseStart) return false;
  std::string_view before = t[i - 1].text;
  if (before == "groep" || before == "groepje" || before == "door") return true;
  return i >= 2 && before == "een" && t[i - 2].text == "door";
}

// "zichzelf iets aandoen", "dat ze zichzelf wat aandoet": harm to oneself, not violence.
bool isSelfHarm(const std::vector<text::Token>& t, std::size_t i) {
  std::string_view w = t[i].text;
  if (w != "aandoen" && w != "aandoet" && w != "aan" && w != "aangedaan") return false;
  if (w == "aan" && !(i + 2 < t.size() && t[i + 1].text == "te" && t[i + 2].text == "doen")) return false;
  return text::clauseHas(t, i, {"zichzelf", "mezelf", "zelf", "jezelf"}, text::ClausePart::Before);
}


// "snijdt zichzelf", "snijdt in haar armen" is self-harm; "kan haar eten niet zelf snijden" is
// daily life: the bare verb takes part in phrases only.
bool isCutting(std::string_view w) {
  return w == "snijden" || w == "snijdt" || w == "snijd" || w == "sneed" || w == "sneden" || w == "gesneden";
}
bool isCuttingOneself(const std::vector<text::Token>& t, std::size_t i) {
  return text::clauseHas(t, i, {"zichzelf", "zich", "mezelf", "jezelf", "arm", "armen", "pols", "polsen", "benen",
                                "been", "huid", "bovenbenen"});
}

// "kan niet meer lezen sinds zijn ogen slechter zijn": an ability lost, not illiteracy.
bool isLostLiteracy(const std::vector<text::Token>& t, std::size_t i) {
  std::string_view w = t[i].text;
  if (w != "lezen" && w != "leest" && w != "schrijven" && w != "schrijft") return false;
  for (std::size_t k = i >= 4 ? i - 4 : 0; k + 1 < i + 1 && k + 1 < t.size(); ++k)
    if (t[k].text == "niet" && t[k + 1].text == "meer") return true;
  return false;
}

// "heeft contact opgenomen met de school", "neemt contact op met de huisarts", "contact gehad
// met": getting in touch, neither social contacts nor an admission.
bool isGettingInTouch(const std::vector<text::Token>& t, std::size_t i) {
  std::string_view w = t[i].text;
  if (w == "contact")
    return text::clauseHas(t, i, {"opgenomen", "opnemen", "neemt", "nam", "namen", "gezocht", "zoeken", "zoekt",
                                  "gelegd", "leggen", "gehad", "contactpersoon"});
  if (w == "opgenomen" || w == "opnemen") return text::clauseHas(t, i, {"contact"});
  return false;
}

// "schaamt zich om hulp te vragen", "durft uit schaamte niets te zeggen": shame as the reason
// for not asking, not the problem itself ("schaamt zich voor haar lichaam" stays).
bool isShameAsAReason(const std::vector<text::Token>& t, std::size_t i) {
  std::string_view w = t[i].text;
  if (!w.starts_with("scha")) return false;  // cheap first: this runs for every word
  if (w != "schaamt" && w != "schaam" && w != "schamen" && w != "schaamde" && w != "schaamden" && w != "schaamte")
    return false;
  if (i > 0 && (t[i - 1].text == "uit" || t[i - 1].text == "door") && !t[i].clauseStart) return true;
  for (std::size_t k = i + 1; k < t.size() && k < i + 4 && !t[k].clauseStart; ++k)
    if (t[k].text == "om") return true;
  return false;
}

// "maakt zich zorgen om zijn moeder", "is bezorgd over haar vader": someone worried about a
// parent is a grown-up son or daughter, like one who cares for a parent.
bool isWorryAboutAParent(const std::vector<text::Token>& t, std::size_t i) {
  std::string_view w = t[i].text;
  if (w.size() < 6 || (w[0] != 'z' && w[0] != 'b' && w[0] != 'o')) return false;  // cheap first
  if (w != "zorgen" && w != "bezorgd" && w != "ongerust") return false;
  if (w == "zorgen" && !text::clauseHas(t, i, {"zich", "maakt", "maken", "maakte"}, text::ClausePart::Before)) return false;
  for (std::size_t k = i + 1; k + 1 < t.size() && k < i + 5 && !t[k].clauseStart; ++k)
    if ((t[k].text == "zijn" || t[k].text == "haar" || t[k].text == "hun" || t[k].text == "z'n") &&
        (t[k + 1].text == "moeder" || t[k + 1].text == "vader" || t[k + 1].text == "ouders" ||
         t[k + 1].text == "schoonmoeder" || t[k + 1].text == "schoonvader"))
      return true;
  return false;
}

// Negation words are stop words, but inside a multi-word term they matter: "geen geld",
// "zonder ontbijt", "komt de deur niet uit". They take part in phrases, never count alone.
bool isNegationWord(std::string_view w) {
  return w == "niet" || w == "geen" || w == "zonder" || w == "nooit" || w == "niets" || w == "nergens";
}

// Stop words that carry a term's sense as much as a negation does: "loopt slecht", "hoort
// slecht", "weinig contact", "eigen risico", "eerste hulp", "laatste fase", "nieuwe partner",
// "helemaal alleen". Without them those terms shrink to one everyday word ("het loopt uit de
// hand", "kinderen horen alles", "contact met school", "risico op vallen"). Like negation words
// they take part in phrases and never count alone.
bool isPhraseModifier(std::string_view w) {
  static constexpr std::string_view kModifiers[] = {"slecht", "slechte", "weinig", "eigen",  "eerste",
                                                    "laatste", "nieuw",  "nieuwe", "helemaal", "erg"};
  return std::find(std::begin(kModifiers), std::end(kModifiers), w) != std::end(kModifiers);
}

bool isPhraseOnlyWord(std::string_view w) { return w.size() <= 8 && (isNegationWord(w) || isPhraseModifier(w)); }

// Content words of a catalogue term, as keys.
std::vector<std::string> termKeys(std::string_view term) {
  std::vector<std::string> keys;
  std::vector<char> phraseOnly;
  for (const text::Token& t : text::tokenize(term)) {
    if (text::isStopword(t.text) && !isPhraseOnlyWord(t.text)) continue;
    keys.push_back(text::wordKey(t.text));
    phraseOnly.push_back(isPhraseOnlyWord(t.text));
  }
  // A term needs a content word: "niet", "weinig" or "niet erg" alone is none.
  if (std::all_of(phraseOnly.begin(), phraseOnly.end(), [](char c) { return c != 0; })) keys.clear();
  return keys;
}

void sortScored(std::vector<Scored>& v) {
  std::sort(v.begin(), v.end(), [](const Scored& a, const Scored& b) {
    return a.score != b.score ? a.score > b.score : a.id < b.id;
  });
}

constexpr std::uint32_t kNoKey = 0xFFFFFFFFu;
constexpr std::size_t kMinTypoWord = 7;  // shorter words are too often another real word

double round3(double x) { return std::round(x * 1000.0) / 1000.0; }

}  // namespace

// ---------------------------------------------------------------------------------------------
// Corrections

void Corrections::put(std::vector<std::string> keys, const std::string& targetId, double weight, int support) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  for (Rule& r : rules_)
    if (r.target == targetId && r.keys == keys) {
      r.weight += weight;
      r.support += support;
      return;
    }
  rules_.push_back(Rule{std::move(keys), targetId, weight, support});
}

void Corrections::add(std::string_view words, const std::string& targetId, double weight) {
  std::vector<std::string> keys = termKeys(words);
  if (keys.empty()) return;
  put(std::move(keys), targetId, weight, kMinSupport);
}

void Corrections::learn(std::string_view question, const std::string& targetId, double weight) {
  std::vector<std::string> keys;
  for (const text::Token& t : text::tokenize(question)) {
    if (text::isStopword(t.text) || text::isFiller(t.text) || text::isCourtesy(t.text) ||
        std::any_of(t.text.begin(), t.text.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    keys.push_back(text::wordKey(t.text));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  if (keys.empty()) return;
  const double each = weight / std::sqrt(static_cast<double>(keys.size()));
  for (const std::string& k : keys) put({k}, targetId, each, 1);
}

// ---------------------------------------------------------------------------------------------
// Construction

std::uint32_t Matcher::internKey(const std::string& key) {
  auto [it, inserted] = keyIds_.try_emplace(key, static_cast<std::uint32_t>(entries_.size()));
  if (inserted) {
    entries_.emplace_back();
    keyNames_.push_back(key);
  }
  return it->second;
}

void Matcher::addTerm(std::string_view term, Kind kind, std::uint16_t target, float weight) {
  std::vector<std::string> keys = termKeys(term);
  if (keys.empty()) return;
  auto addTo = [&](std::vector<Posting>& postings) {
    for (const Posting& p : postings)
      if (p.kind == kind && p.target == target) return;
    postings.push_back(Posting{kind, target, weight});
  };
  if (keys.size() == 1) {
    addTo(entries_[internKey(keys[0])].postings);
    return;
  }
  // Phrases match in any order, so "zit thuis" and "thuis zitten" are one phrase.
  std::vector<std::uint32_t> ids;
  for (const std::string& k : keys) ids.push_back(internKey(k));
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (ids.size() == 1) {
    addTo(entries_[ids[0]].postings);
    return;
  }
  for (std::uint32_t pi : entries_[ids[0]].phrases)
    if (phrases_[pi].keys == ids) {
      addTo(phrases_[pi].postings);
      return;
    }
  entries_[ids[0]].phrases.push_back(static_cast<std::uint32_t>(phrases_.size()));
  phrases_.push_back(Phrase{ids, {}});
  addTo(phrases_.back().postings);
}

void Matcher::finishWeights() {
  // IDF over domains for domain postings and over aspects for aspect postings: a word that
  // several domains share says less about any one of them.
  const double nd = static_cast<double>(std::max<std::size_t>(domainIds_.size(), 1));
  const double na = static_cast<double>(std::max<std::size_t>(aspectIds_.size(), 1));
  for (KeyEntry& e : entries_) {
    std::size_t dfD = 0, dfA = 0;
    for (const Posting& p : e.postings) {
      dfD += p.kind == Kind::Domain;
      dfA += p.kind == Kind::Aspect;
    }
    for (Posting& p : e.postings) {
      if (p.kind == Kind::Domain) p.weight *= static_cast<float>(std::log1p(nd / dfD) / std::log1p(nd));
      if (p.kind == Kind::Aspect) p.weight *= static_cast<float>(std::log1p(na / dfA) / std::log1p(na));
    }
  }
}

Matcher::Matcher(const Catalogue& c, Thresholds thresholds) : thresholds_(thresholds) {
  for (std::size_t d = 0; d < c.domains.size(); ++d) {
    const LifeDomain& dom = c.domains[d];
    const auto di = static_cast<std::uint16_t>(d);
    domainIds_.push_back(dom.id);
    addTerm(dom.name, Kind::Domain, di, 1.0f);
    for (const std::string& t : dom.terms) addTerm(t, Kind::Domain, di, 1.0f);
    for (const KnowledgeAspect& a : dom.aspects) {
      const auto ai = static_cast<std::uint16_t>(aspectIds_.size());
      aspectIds_.push_back(a.id);
      aspectDomain_.push_back(di);
      addTerm(a.name, Kind::Aspect, ai, 1.0f);
      addTerm(a.name, Kind::Domain, di, 1.0f);
      for (const std::string& t : a.terms) {
        addTerm(t, Kind::Aspect, ai, 1.0f);
        addTerm(t, Kind::Domain, di, 1.0f);
      }
    }
  }
  for (std::size_t g = 0; g < c.groups.size(); ++g) {
    const TargetGroup& grp = c.groups[g];
    groupIds_.push_back(grp.id);
    if (grp.minAge || grp.maxAge) groupAges_.emplace_back(grp.minAge.value_or(0), grp.maxAge.value_or(200));
    else groupAges_.emplace_back(1, 0);  // no age range: an empty interval
    for (const std::string& t : grp.terms) addTerm(t, Kind::Group, static_cast<std::uint16_t>(g), 1.0f);
  }
  for (std::string_view w : {"zoon", "zoons", "dochter", "dochters", "kind", "kinderen", "zus", "zussen", "broer", "broers"})
    if (const std::uint32_t* id = findKey(text::wordKey(w))) kinshipKeys_.push_back(*id);
  for (std::string_view w : {"opa", "oma", "grootouder", "grootouders", "kleinkind", "kleinkinderen", "kleinzoon",
                             "kleindochter"})
    if (const std::uint32_t* id = findKey(text::wordKey(w))) grandKeys_.push_back(*id);
  for (std::string_view w : {"brief", "brieven", "formulier", "formulieren", "begrijpen", "begrijpt", "snapt", "snappen"})
    if (const std::uint32_t* id = findKey(text::wordKey(w))) understandKeys_.push_back(*id);
  phraseSoft_.assign(phrases_.size(), 0);
  for (std::size_t pi = 0; pi < phrases_.size(); ++pi)
    for (std::uint32_t k : phrases_[pi].keys)
      if (std::find(understandKeys_.begin(), understandKeys_.end(), k) != understandKeys_.end()) phraseSoft_[pi] = 1;
  for (std::size_t g = 0; g < groupIds_.size(); ++g) {
    if (groupIds_[g] == "laaggeletterdheid") literacyGroup_ = static_cast<int>(g);
    if (groupIds_[g] == "migratieachtergrond") languageGroup_ = static_cast<int>(g);
    if (groupIds_[g] == "kinderen-jongeren") youthGroup_ = static_cast<int>(g);
  }
  for (std::size_t d = 0; d < domainIds_.size(); ++d)
    if (domainIds_[d] == "opvoeden-opgroeien") upbringingDomain_ = static_cast<int>(d);
    else if (domainIds_[d] == "participatie") workDomain_ = static_cast<int>(d);
  for (std::size_t a = 0; a < aspectIds_.size(); ++a)
    if (aspectIds_[a] == "seksueel-geweld-en-uitbuiting") exploitationAspect_ = static_cast<int>(a);
  for (Phrase& p : phrases_)
    for (Posting& q : p.postings) q.weight = q.kind == Kind::Group ? 1.0f : kPhraseWeight;
  finishWeights();
  // Compound parts are looked up in the catalogue's own vocabulary plus common Dutch parts.
  for (const std::string_view w : text::Decompounder::commonParts()) decompounder_.add(w);
  decompounder_.useWordList(&text::WordList::dutch());
  auto addWords = [&](std::string_view s) {
    for (const text::Token& t : text::tokenize(s))
      if (!text::isStopword(t.text) && t.text.find('-') == std::string::npos) {
        addSpelling(t.text);
        decompounder_.add(t.text);
        if (auto b = text::baseForm(t.text)) decompounder_.add(*b);
      }
  };
  for (const LifeDomain& d : c.domains) {
    for (auto& t : d.terms) addWords(t);
    for (auto& a : d.aspects) {
      addWords(a.name);
      for (auto& t : a.terms) addWords(t);
    }
  }
  for (const TargetGroup& g : c.groups)
    for (auto& t : g.terms) addWords(t);
}


// The Dutch word list holds base forms: "maanden", "opgezegd", "kinderen" are not in it, yet are
// no misspellings ("maanden" is not one letter off "aandoen"). A word that is a base form of the
// list plus a common ending (doubled consonant undone), or ge-…-d/t, is taken as written.
static bool isInflectionOfAWord(std::string_view w, std::string& buf) {
  const text::WordList& list = text::WordList::dutch();
  static constexpr std::string_view kEndings[] = {"en", "s", "t", "d", "e", "n", "te", "de", "ten", "den", "er", "ers", "ste"};
  auto known = [&](std::string_view stem) {
    if (stem.size() < 3) return false;
    if (list.contains(stem)) return true;
    if (stem.size() >= 4 && stem[stem.size() - 1] == stem[stem.size() - 2] && list.contains(stem.substr(0, stem.size() - 1)))
      return true;  // "stoppen" → "stopp" → "stop"
    // a long vowel written single before the ending: "betaalde" → "betaal", "lopen" → "lop" → "loop"
    if (stem.size() >= 3) {
      buf.assign(stem.substr(0, stem.size() - 1));
      buf.push_back(stem[stem.size() - 2]);
      buf.push_back(stem.back());
      if (list.contains(buf)) return true;
    }
    return false;
  };
  for (std::string_view e : kEndings)
    if (w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e && known(w.substr(0, w.size() - e.size())))
      return true;
  if (w.size() > 6 && w.substr(0, 2) == "ge" && (w.back() == 'd' || w.back() == 't')) {  // "gebeld", "gepest"
    if (known(w.substr(2, w.size() - 3))) return true;
  } else if (w.size() > 7 && w.substr(0, 2) == "ge" && w.substr(w.size() - 2) == "en") {  // "gebroken"
    if (known(w.substr(2, w.size() - 4))) return true;
  }
  // separable verbs: "opgezegd" = op + ge + zeg + d
  for (std::string_view prefix : {"op", "af", "uit", "in", "aan", "mee", "door", "weg", "terug", "over", "om", "toe", "na"}) {
    if (w.size() > prefix.size() + 4 && w.substr(0, prefix.size()) == prefix && w.substr(prefix.size(), 2) == "ge") {
      std::string_view rest = w.substr(prefix.size() + 2);
      if (rest.size() >= 4 && (rest.back() == 'd' || rest.back() == 't') && known(rest.substr(0, rest.size() - 1)))
        return true;
    }
  }
  return false;
}

void Matcher::addSpelling(std::string_view w) {
  if (w.size() + 1 < kMinTypoWord) return;
  const std::string key = text::wordKey(w);
  const std::uint32_t* id = findKey(key);
  if (!id) return;
  auto put = [&](auto& map, std::string k) {
    auto [it, inserted] = map.try_emplace(std::move(k), *id);
    if (!inserted && it->second != *id) it->second = kNoKey;
  };
  put(spellWords_, std::string(w));
  for (std::size_t i = 0; i < w.size(); ++i) {
    std::string d(w);
    d.erase(i, 1);
    put(spellDeletes_, std::move(d));
  }
}

const std::uint32_t* Matcher::findMissingLetter(std::string_view w, std::string& buf) const {
  if (w.size() < kMinTypoWord) return nullptr;
  auto it = spellDeletes_.find(w);
  if (it == spellDeletes_.end() || it->second == kNoKey) return nullptr;
  if (text::WordList::dutch().contains(w) || isInflectionOfAWord(w, buf)) return nullptr;
  return &it->second;
}

const std::uint32_t* Matcher::findTypo(std::string_view w, std::string& buf) const {
  if (w.size() < kMinTypoWord || spellDeletes_.empty() || text::WordList::dutch().contains(w)) return nullptr;
  if (isInflectionOfAWord(w, buf)) return nullptr;
  auto found = [](const auto& map, std::string_view k) -> const std::uint32_t* {
    auto it = map.find(k);
    return it == map.end() || it->second == kNoKey ? nullptr : &it->second;
  };
  if (const auto* id = found(spellDeletes_, w)) return id;  // a letter missing: "agresief"
  for (std::size_t i = 0; i < w.size(); ++i) {
    buf.assign(w);
    buf.erase(i, 1);
    if (const auto* id = found(spellWords_, buf)) return id;    // a letter too many
    if (const auto* id = found(spellDeletes_, buf)) return id;  // a letter changed or swapped
  }
  return nullptr;
}

// ---------------------------------------------------------------------------------------------
// Matching

struct Matcher::Scratch {
  std::vector<text::Token> tokens;
  std::vector<char> negated;
  std::vector<Hit> hits;
  std::vector<std::uint32_t> seenKeys, seenPhrases;
  std::vector<double> domain, aspect, group, kinship, grand, soft, inferred;
  std::vector<int> ages;  // ages the question names ("zoon van 16", "16-jarige")
  std::string key;
  std::vector<std::string> variants;
  std::vector<std::string_view> parts;
};

const std::uint32_t* Matcher::findKey(std::string_view key) const {
  auto it = keyIds_.find(key);
  return it == keyIds_.end() ? nullptr : &it->second;
}

void Matcher::resolveWord(std::string_view w, std::uint32_t pos, Scratch& s) const {
  text::wordKey(w, s.key);
  if (const auto* id = findKey(s.key)) {
    s.hits.push_back(Hit{*id, 1.0f, pos});
    return;
  }
  // Inflections Snowball misses, then diminutives.
  text::stemVariants(w, s.variants);
  for (const std::string& v : s.variants)
    if (const auto* id = findKey(v)) {
      s.hits.push_back(Hit{*id, kVariantFactor, pos});
      return;
    }
  text::diminutiveBases(w, s.parts);
  for (std::string_view b : s.parts) {
    text::wordKey(b, s.key);
    if (const auto* id = findKey(s.key)) {
      s.hits.push_back(Hit{*id, kVariantFactor, pos});
      return;
    }
  }
  // Compounds: hyphenated words split at the hyphen, others against the vocabulary.
  if (w.find('-') != std::string_view::npos) {
    s.parts = text::hyphenParts(w);
  } else if (const std::uint32_t* id = findMissingLetter(w, s.key)) {
    // "deurwaarde" is "deurwaarder" with a letter missing, not "deur" + "waarde".
    s.hits.push_back(Hit{*id, kTypoFactor, pos});
    return;
  } else if (!decompounder_.split(w, s.parts, isInflectionOfAWord(w, s.key))) {
    if (const auto* id = findTypo(w, s.key)) s.hits.push_back(Hit{*id, kTypoFactor, pos});
    return;
  }
  for (std::size_t pi = 0; pi < s.parts.size(); ++pi) {
    std::string_view part = s.parts[pi];
    const float factor = pi + 1 == s.parts.size() && part.size() >= 4 ? kHeadFactor : kPartFactor;
    if (text::isStopword(part)) continue;
    text::wordKey(part, s.key);
    const std::uint32_t* id = findKey(s.key);
    if (!id) {
      text::stemVariants(part, s.variants);
      for (const std::string& v : s.variants)
        if ((id = findKey(v))) break;
    }
    if (id) s.hits.push_back(Hit{*id, factor, pos});
  }
}

void Matcher::collectAges(Scratch& s) const {
  const auto& t = s.tokens;
  s.ages.clear();
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::string_view w = t[i].text;
    std::size_t digits = 0;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
    if (digits == 0 || digits > 3) continue;
    std::string_view rest = w.substr(digits);
    bool isAge = false;
    if (rest == "-jarige" || rest == "-jarig" || rest == "-jarigen") {
      isAge = true;
    } else if (rest.empty()) {
      std::string_view next = i + 1 < t.size() ? std::string_view(t[i + 1].text) : "";
      if (next == "jaar" || next == "jarige" || next == "jarig" || next == "jr") {
        isAge = !(i > 0 && (t[i - 1].text == "al" || t[i - 1].text == "sinds" || t[i - 1].text == "ruim"));
      } else if (i >= 2 && t[i - 1].text == "van" && !isNotAgeUnit(next) &&
                 std::any_of(t.begin() + static_cast<std::ptrdiff_t>(i >= 5 ? i - 5 : 0), t.begin() + static_cast<std::ptrdiff_t>(i - 1),
                             [](const text::Token& x) { return isPersonNoun(x.text); })) {
        isAge = true;  // "zoon van 16", "een jongen uit Afghanistan van 16"
      } else if (i >= 1 && isPersonNoun(t[i - 1].text) && !isNotAgeUnit(next)) {
        isAge = true;  // the shorthand of case notes: "meneer (82)", "zoon 16"
      } else if (i >= 1 && (t[i - 1].text == "is" || t[i - 1].text == "wordt") &&
                 (i + 1 == t.size() || t[i + 1].clauseStart || next == "en" || next == "geworden")) {
        isAge = true;  // "Ze is 81, woont ...", "Mw is 80 en ..." (a number that ends its clause)
      } else if (next == "geworden") {
        isAge = true;  // "net 18 geworden"
      }
    }
    if (!isAge) continue;
    int age = 0;
    for (std::size_t k = 0; k < digits; ++k) age = age * 10 + (w[k] - '0');
    if (age > 120) continue;
    s.ages.push_back(age);
    for (std::size_t g = 0; g < groupAges_.size(); ++g)
      if (age >= groupAges_[g].first && age <= groupAges_[g].second)
        s.group[g] += kAgeWeight;
  }
}

void Matcher::score(std::string_view question, const Corrections* corrections, Scratch& s) const {
  text::tokenize(question, s.tokens);
  text::markNegated(s.tokens, s.negated);
  s.hits.clear();
  s.domain.assign(domainIds_.size(), 0.0);
  s.aspect.assign(aspectIds_.size(), 0.0);
  s.group.assign(groupIds_.size(), 0.0);
  s.kinship.assign(groupIds_.size(), 0.0);
  s.soft.assign(groupIds_.size(), 0.0);
  s.grand.assign(groupIds_.size(), 0.0);
  s.inferred.assign(domainIds_.size(), 0.0);

  std::uint32_t pos = 0;
  // A word read in another sense takes part in phrases only: a hit without weight at its place.
  auto phraseOnly = [&](std::string_view word) {
    text::wordKey(word, s.key);
    if (const auto* id = findKey(s.key)) s.hits.push_back(Hit{*id, 0.0f, pos});
    ++pos;
  };
  // A son or daughter who cares for a parent, or worries about one, is a grown-up (the mantelzorg frame).
  bool carer = false;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    const std::string& w = s.tokens[i].text;
    if (i > 0 && s.tokens[i].clauseStart) pos += kClauseJump;  // a phrase lies in one clause
    if (s.negated[i] || allDigits(w)) continue;
    // A second domain the situation implies: kept apart, scored in select (Thresholds::inferredBonus).
    if (const std::string_view inferred = text::inferredBy(s.tokens, i); !inferred.empty())
      if (const auto* id = findKey(text::wordKey(inferred)))
        for (const Posting& p : entries_[*id].postings)
          if (p.kind == Kind::Domain) s.inferred[p.target] = 1.0;
    // "bang dat ze wordt afgesloten" is a worry about something else, not fear.
    if ((w == "bang" || w == "angst") && i + 1 < s.tokens.size() && s.tokens[i + 1].text == "dat") continue;
    // "bang haar baan te verliezen", "bang zijn huis kwijt te raken": a feared loss, told by what is lost.
    if ((w == "bang" || w == "angst") &&
        text::clauseHas(s.tokens, i, {"verliezen", "kwijtraken", "kwijt"}, text::ClausePart::After))
      continue;
    // "bang voor haar ex", "angst voor zijn vader": fear of a person is a sign about safety (its
    // phrases count), not an anxiety of one's own; the word takes part in phrases only.
    if ((w == "bang" || w == "angst") && isFearOfAPerson(s.tokens, i)) {
      phraseOnly(w);
      continue;
    }
    // "omzet ingestort", "het plafond is ingestort": a thing collapsed, not a person.
    if (w == "ingestort" && text::clauseHas(s.tokens, i, {"omzet", "inkomen", "inkomsten", "bedrijf", "zaak", "verkoop",
                                                          "plafond", "dak", "muur", "markt", "opdrachten", "klanten"}))
      continue;
    // "de kachel is afgekeurd", "de auto is afgekeurd": a thing rejected, not a person declared
    // unfit for work ("is afgekeurd voor haar werk" stays).
    if (w == "afgekeurd" && text::clauseHas(s.tokens, i, {"kachel", "ketel", "cv-ketel", "geiser", "auto", "apk",
                                                          "woning", "aanvraag", "meter", "lift", "leiding", "dak"}))
      continue;
    // "een afspraak gemist", "de bus gemist": something missed, not "gemis" (grief); the word
    // takes part in phrases only.
    if (w == "gemist") {
      phraseOnly(w);
      continue;
    }
    if (isThreatWord(w) && isNonViolentThreat(s.tokens, i)) continue;
    carer |= isWorryAboutAParent(s.tokens, i);
    if (isShameAsAReason(s.tokens, i)) {
      phraseOnly(w);
      continue;
    }
    if (isGettingInTouch(s.tokens, i)) {
      phraseOnly(w);
      continue;
    }
    if (isDrugWord(w) && isDrugTrade(s.tokens, i)) {
      phraseOnly(w);
      continue;
    }
    // "in haar armen", "zijn arm gebroken": the body, not being poor ("arm", "werkende armen").
    if ((w == "arm" || w == "armen") && i > 0 &&
        (s.tokens[i - 1].text == "haar" || s.tokens[i - 1].text == "zijn" || s.tokens[i - 1].text == "mijn" ||
         s.tokens[i - 1].text == "z'n" || s.tokens[i - 1].text == "hun" || s.tokens[i - 1].text == "je" ||
         s.tokens[i - 1].text == "linkerarm" || s.tokens[i - 1].text == "beide")) {
      phraseOnly(w);
      continue;
    }
    // "haar volwassen zoon", "een volwassen dochter": a child of someone, no child.
    if (i > 0 && (s.tokens[i - 1].text == "volwassen" || s.tokens[i - 1].text == "meerderjarige") &&
        (w == "zoon" || w == "dochter" || w == "kind" || w == "kinderen" || w == "zoons" || w == "dochters")) {
      phraseOnly(w);
      continue;
    }
    if (isYouthsAsOthers(s.tokens, i) || (isDrinkVerb(w) && drinksNoAlcohol(s.tokens, i)) || (isFallVerb(w) && fallsInAnotherSense(s.tokens, i))) {
      phraseOnly(w);
      continue;
    }
    if (isCutting(w) && !isCuttingOneself(s.tokens, i)) {
      phraseOnly(w);
      continue;
    }
    if (isSelfHarm(s.tokens, i)) {
      resolveWord("zelfbeschadiging", pos++, s);
      continue;
    }
    // A situation that implies a domain ("zorgt voor haar vader" → mantelzorg): the implied
    // word counts at the cue's place; a cue read in another sense counts in phrases only.
    if (const text::Implied implied = text::impliedBy(s.tokens, i); !implied.word.empty()) {
      resolveWord(implied.word, pos, s);
      carer |= implied.word == "mantelzorg";
      if (implied.replacesCue) {
        phraseOnly(w);
        continue;
      }
    }
    if (isWorkVerb(w) && !workIsAtStake(s.tokens, i)) continue;
    // "werkt in de zorg", "vrijwilligerswerk bij de voedselbank": the workplace, not a problem;
    // its word counts in phrases only, unless it is itself about work ("bij een uitzendbureau")
    // or exploitation ("laat haar werken in de prostitutie").
    if (text::namesWhereOneWorks(s.tokens, i) && !text::isStopword(w)) {
      const std::size_t first = s.hits.size();
      resolveWord(w, pos++, s);
      for (std::size_t k = first; k < s.hits.size(); ++k) {
        const auto& postings = entries_[s.hits[k].key].postings;
        const bool keeps = std::any_of(postings.begin(), postings.end(), [&](const Posting& p) {
          return (p.kind == Kind::Domain && static_cast<int>(p.target) == workDomain_) ||
                 (p.kind == Kind::Aspect && static_cast<int>(p.target) == exploitationAspect_);
        });
        if (!keeps) s.hits[k].factor = 0.0f;
      }
      continue;
    }
    if (isLostLiteracy(s.tokens, i)) continue;
    // The shorthand of case notes before an age: "dr 14" is a daughter, "zn (16)" a son.
    // So is "dr is bang", "zn wil niet naar school": the shorthand as a subject before its verb.
    if ((w == "dr" || w == "zn") && i + 1 < s.tokens.size() &&
        (allDigits(s.tokens[i + 1].text) || isSubjectVerb(s.tokens[i + 1].text))) {
      resolveWord(w == "dr" ? "dochter" : "zoon", pos++, s);
      continue;
    }
    if (text::isStopword(w)) {
      // Only negation words and modifiers that some phrase uses take part (as phrase words; they
      // carry no postings).
      if (isPhraseOnlyWord(w)) {
        text::wordKey(w, s.key);
        if (const auto* id = findKey(s.key)) s.hits.push_back(Hit{*id, 1.0f, pos++});
      }
      continue;
    }
    resolveWord(w, pos++, s);
  }

  auto apply = [&](const std::vector<Posting>& postings, double factor) {
    for (const Posting& p : postings) {
      double v = p.weight * factor;
      switch (p.kind) {
        case Kind::Domain: s.domain[p.target] += v; break;
        case Kind::Aspect: s.aspect[p.target] += v; break;
        case Kind::Group: s.group[p.target] += v; break;
      }
    }
  };

  // Single words: each key counts once, at its best factor.
  s.seenKeys.clear();
  std::stable_sort(s.hits.begin(), s.hits.end(), [](const Hit& a, const Hit& b) { return a.factor > b.factor; });
  for (const Hit& h : s.hits) {
    if (std::find(s.seenKeys.begin(), s.seenKeys.end(), h.key) != s.seenKeys.end()) continue;
    s.seenKeys.push_back(h.key);
    apply(entries_[h.key].postings, h.factor);
    const bool kin = std::find(kinshipKeys_.begin(), kinshipKeys_.end(), h.key) != kinshipKeys_.end();
    const bool grand = std::find(grandKeys_.begin(), grandKeys_.end(), h.key) != grandKeys_.end();
    if (kin || grand)
      for (const Posting& p : entries_[h.key].postings)
        if (p.kind == Kind::Group) (kin ? s.kinship : s.grand)[p.target] += p.weight * h.factor;
  }
  // Phrases: all words near the first one, in any order (Dutch word order varies: "weet de weg
  // niet" / "de weg niet weten").
  s.seenPhrases.clear();
  for (const Hit& anchor : s.hits) {
    for (std::uint32_t pi : entries_[anchor.key].phrases) {
      if (std::find(s.seenPhrases.begin(), s.seenPhrases.end(), pi) != s.seenPhrases.end()) continue;
      const Phrase& ph = phrases_[pi];
      const std::uint32_t window = kPhraseGap * static_cast<std::uint32_t>(ph.keys.size() - 1);
      bool all = true;
      for (std::size_t k = 1; k < ph.keys.size() && all; ++k) {
        all = std::any_of(s.hits.begin(), s.hits.end(), [&](const Hit& h) {
          const std::uint32_t d = h.pos > anchor.pos ? h.pos - anchor.pos : anchor.pos - h.pos;
          return h.key == ph.keys[k] && d <= window;
        });
      }
      if (all) {
        s.seenPhrases.push_back(pi);
        apply(ph.postings, 1.0);
        if (phraseSoft_[pi])
          for (const Posting& p : ph.postings)
            if (p.kind == Kind::Group) s.soft[p.target] += p.weight;
      }
    }
  }

  collectAges(s);
  // A named age outweighs a word: "zoon van 40" or "dochter (45 jaar)" is no child, and
  // "mevrouw van 58" no elder. A group with an age range goes when every named age is outside it.
  if (!s.ages.empty())
    for (std::size_t g = 0; g < groupAges_.size(); ++g) {
      auto [lo, hi] = groupAges_[g];
      if (lo > hi) continue;
      if (std::none_of(s.ages.begin(), s.ages.end(), [&](int age) { return age >= lo && age <= hi; })) s.group[g] = 0;
    }

  // "mw 84, dochter komt elke dag", "dhr met dementie, de kinderen willen ...": an elder's sons,
  // daughters and children are adults. A youth group whose only cue is a word of kinship goes
  // when an elder group (one with a lower age bound) has evidence; a named age in the youth
  // range, or another youth word ("puber", "school"), keeps it. Grandparents ("de kinderen
  // slapen bij opa") are elders whose grandchildren are the children of the question.
  bool elder = false;
  for (std::size_t g = 0; g < groupAges_.size(); ++g)
    elder |= groupAges_[g].first <= groupAges_[g].second && groupAges_[g].first >= 50 && s.group[g] - s.grand[g] > 1e-9;
  // "Dochter zorgt dagelijks voor haar vader": the carer is an adult too.
  if (elder || carer)
    for (std::size_t g = 0; g < groupAges_.size(); ++g)
      if (s.kinship[g] > 0 && groupAges_[g].first <= groupAges_[g].second && groupAges_[g].second < 50)
        s.group[g] = std::max(0.0, s.group[g] - s.kinship[g]);

  // "mijn dochter is bang", "Jongen (14) wordt gepest": the child's own problem is also one of
  // upbringing (when the child is still one: an elder's daughter is not, see above).
  // A young adult ("jongen van 20", "net 18") is in the youth group but no longer being raised.
  const bool onlyAdultAges =
      !s.ages.empty() && std::all_of(s.ages.begin(), s.ages.end(), [](int age) { return age >= kAdultAge; });
  if (youthGroup_ >= 0 && upbringingDomain_ >= 0 && s.group[youthGroup_] > 0 && !onlyAdultAges &&
      text::childIsTheSubject(s.tokens))
    s.domain[upbringingDomain_] += kChildSubjectWeight;

  if (literacyGroup_ >= 0 && languageGroup_ >= 0 && s.group[languageGroup_] > 0 && s.soft[literacyGroup_] > 0)
    s.group[literacyGroup_] = std::max(0.0, s.group[literacyGroup_] - s.soft[literacyGroup_]);

  if (corrections && !corrections->empty()) {
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < s.tokens.size(); ++i)
      if (!s.negated[i] && !text::isStopword(s.tokens[i].text)) keys.push_back(text::wordKey(s.tokens[i].text));
    for (const Hit& h : s.hits) keys.push_back(keyNames_[h.key]);
    // A word that only one correction taught (support below kMinSupport) does not name a target
    // alone: it counts when the question has evidence of its own for the target (for an aspect,
    // its life domain will do) or when two or more such words agree.
    struct Weak {
      double sum = 0;
      int words = 0;
    };
    std::vector<Weak> weakDomain(domainIds_.size()), weakAspect(aspectIds_.size()), weakGroup(groupIds_.size());
    for (const Corrections::Rule& r : corrections->rules_) {
      bool all = std::all_of(r.keys.begin(), r.keys.end(), [&](const std::string& k) {
        return std::find(keys.begin(), keys.end(), k) != keys.end();
      });
      if (!all) continue;
      const bool alone = r.weight < 0 || r.support >= Corrections::kMinSupport;
      auto collect = [&](const std::vector<std::string>& ids, std::vector<double>& score, std::vector<Weak>& weak) {
        for (std::size_t i = 0; i < ids.size(); ++i) {
          if (ids[i] != r.target) continue;
          if (alone) {
            score[i] = std::max(0.0, score[i] + r.weight);
          } else {
            weak[i].sum += r.weight;
            ++weak[i].words;
          }
        }
      };
      collect(domainIds_, s.domain, weakDomain);
      collect(aspectIds_, s.aspect, weakAspect);
      collect(groupIds_, s.group, weakGroup);
    }
    auto settle = [](std::vector<double>& score, const std::vector<Weak>& weak, auto&& hasOwn) {
      for (std::size_t i = 0; i < score.size(); ++i)
        if (weak[i].words > 0 && (weak[i].words >= 2 || hasOwn(i))) score[i] = std::max(0.0, score[i] + weak[i].sum);
    };
    // Aspects first: they look at their domain's evidence before the domain's weak words count.
    settle(s.aspect, weakAspect, [&](std::size_t a) { return s.aspect[a] > 0 || s.domain[aspectDomain_[a]] > 0; });
    settle(s.domain, weakDomain, [&](std::size_t d) { return s.domain[d] > 0; });
    settle(s.group, weakGroup, [&](std::size_t g) { return s.group[g] > 0; });
  }

}

MatchResult Matcher::match(std::string_view question, const Corrections* corrections) const {
  thread_local Scratch s;
  score(question, corrections, s);
  return selectFrom(s.domain, s.aspect, s.group, s.inferred, thresholds_);
}

RawScores Matcher::scores(std::string_view question, const Corrections* corrections) const {
  thread_local Scratch s;
  score(question, corrections, s);
  return RawScores{s.domain, s.aspect, s.group, s.inferred};
}

MatchResult Matcher::select(const RawScores& r, const Thresholds& t) const {
  return selectFrom(r.domains, r.aspects, r.groups, r.inferred, t);
}

MatchResult Matcher::selectFrom(const std::vector<double>& domain, const std::vector<double>& aspect,
                                const std::vector<double>& group, const std::vector<double>& inferred,
                                const Thresholds& t) const {
  MatchResult r;
  thread_local std::vector<double> scaled;
  scaled.assign(domain.begin(), domain.end());
  for (const auto& [id, factor] : t.domainScale)
    for (std::size_t d = 0; d < domainIds_.size(); ++d)
      if (domainIds_[d] == id) scaled[d] *= factor;
  for (const Thresholds::GroupPrior& prior : t.groupPriors)
    for (std::size_t g = 0; g < groupIds_.size(); ++g)
      if (groupIds_[g] == prior.group && group[g] >= t.minGroupScore)
        for (std::size_t d = 0; d < domainIds_.size(); ++d)
          if (domainIds_[d] == prior.domain) scaled[d] += prior.bonus;
  if (t.inferredBonus > 0 && inferred.size() == scaled.size()) {
    const double named = *std::max_element(scaled.begin(), scaled.end());
    for (std::size_t d = 0; d < scaled.size(); ++d)
      if (inferred[d] > 0) scaled[d] = std::max(scaled[d], std::min(scaled[d] + t.inferredBonus * inferred[d], 0.99 * named));
  }
  const std::vector<double>& domainScores = scaled;
  const double best = domainScores.empty() ? 0.0 : *std::max_element(domainScores.begin(), domainScores.end());
  const double cut = std::max(t.minDomainScore, std::min(t.clearEvidence, t.relativeCutoff * best));
  std::vector<char> chosen(domainIds_.size(), 0);
  for (std::size_t d = 0; d < domainIds_.size(); ++d)
    if (domainScores[d] >= cut && domainScores[d] > 0) {
      chosen[d] = 1;
      r.domains.push_back(Scored{domainIds_[d], round3(domainScores[d])});
    }
  for (std::size_t a = 0; a < aspectIds_.size(); ++a)
    if (chosen[aspectDomain_[a]] && aspect[a] >= t.minAspectScore)
      r.aspects.push_back(Scored{aspectIds_[a], round3(aspect[a])});
  for (std::size_t g = 0; g < groupIds_.size(); ++g)
    if (group[g] >= t.minGroupScore) r.groups.push_back(Scored{groupIds_[g], round3(group[g])});
  sortScored(r.domains);
  sortScored(r.aspects);
  if (r.aspects.size() > kMaxAspects) r.aspects.resize(kMaxAspects);
  sortScored(r.groups);
  return r;
}

std::vector<std::string> Matcher::explain(std::string_view question) const {
  Scratch s;
  text::tokenize(question, s.tokens);
  text::markNegated(s.tokens, s.negated);
  std::vector<std::string> out;
  std::uint32_t pos = 0;
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    const std::string& w = s.tokens[i].text;
    if (text::isStopword(w) || allDigits(w)) continue;
    if (s.negated[i]) {
      out.push_back(w + " → (ontkend)");
      continue;
    }
    s.hits.clear();
    resolveWord(w, pos++, s);
    std::string line = w + " →";
    for (const Hit& h : s.hits) line += " " + keyNames_[h.key] + (h.factor < 1.0f ? "*" : "");
    if (s.hits.empty()) line += " ?";
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace vk::domain
