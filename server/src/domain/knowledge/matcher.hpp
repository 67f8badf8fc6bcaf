#pragma once
// Recognises which life domains, knowledge aspects and target groups a help question touches.
//
//   Matcher m(parseCatalogue(*resources::get("content/nl/catalogue.json")));
//   MatchResult r = m.match("Mevrouw van 84 heeft een huurachterstand en durft de deur niet uit.");
//   // r.domains: inkomen, participatie …   r.groups: ouderen
//
// How: every catalogue term (aspect names and terms, domain terms, group terms) is analysed once
// at construction into word keys (text::wordKey: lexicon + Snowball). Single-word terms become
// postings key → domain / aspect / group with an IDF-like weight (a word shared by many domains
// counts less); multi-word terms become phrases that match when all their words occur close
// together, in any order (Dutch moves verbs around: "weet de weg niet", "de weg niet weten"). A question's words are looked up directly, then through
// inflection variants and diminutives, then split as compounds against the catalogue's own
// vocabulary and the Dutch word list (huurachterstand → huur + achterstand; the head counts more
// than the other parts), then as a one-letter misspelling of a catalogue word. Each word counts
// once; words inside a denial ("geen sprake van schulden", "geen schulden") do not count. Ages
// ("van 84", "17 jaar", "mw 78") are cues for groups with an age range.
// Domains are returned best first after a calibration factor per domain: those with clear
// evidence, or a good share of the best domain's score (Thresholds, chosen by cross-validation);
// aspects only from returned domains; groups at or above Thresholds::minGroupScore.
//
// Thread-safety: match() is const and keeps its scratch space per thread; one Matcher may serve
// all threads. Pure: no I/O.
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "domain/knowledge/catalogue.hpp"
#include "text/decompound.hpp"

namespace vk::domain {

struct Scored {
  std::string id;
  double score = 0;  // sum of the weights of the matched words; comparable within one question
};

struct MatchResult {
  std::vector<Scored> domains;  // best first
  std::vector<Scored> aspects;  // best first, only aspects of the returned domains
  std::vector<Scored> groups;   // best first
};

// Every score of one question before the cut-offs, indexed like Matcher::domainIds() etc.
// For evaluation and for choosing thresholds on labelled questions (cross-validation).
struct RawScores {
  std::vector<double> domains, aspects, groups;
  std::vector<double> inferred;  // by domain: 1 when a situation frame infers it (text::inferredBy), else 0
};

// The cut-offs that turn scores into what is returned. The defaults were chosen by 5-fold
// cross-validation on server/tests/data/help-questions-dev.tsv (see docs/knowledge.md).
struct Thresholds {
  double minDomainScore = 0.4;   // a domain needs at least this score (one compound part: 0.7)
  double clearEvidence = 0.95;   // ... and this much, or relativeCutoff of the best domain
  double relativeCutoff = 0.6;
  double minAspectScore = 0.5;
  double minGroupScore = 0.6;    // one cue, also inflected or a compound's head
  // Calibration: a domain's raw score times its factor (missing ids: 1), so that the domains'
  // scores mean the same before the cut-off (some domains have many everyday words, others few).
  std::vector<std::pair<std::string, double>> domainScale = {
      {"lichamelijke-gezondheid", 1.15}, {"dagelijks-functioneren", 0.75}, {"inkomen", 1.5},
      {"participatie", 0.9},             {"opvoeden-opgroeien", 0.9},      {"veiligheid", 1.5},
      {"psychische-gezondheid", 1.5}};
  // Who the question is about says something about the domain: a recognised target group adds
  // this much to a life domain's (calibrated) score (a child → opvoeden-opgroeien).
  struct GroupPrior {
    std::string group, domain;
    double bonus = 0;
  };
  std::vector<GroupPrior> groupPriors = {{"kinderen-jongeren", "opvoeden-opgroeien", 0.5}};
  // A domain the situation implies beside the one the words name (text::inferredBy: a job lost
  // is also income, a child who no longer leaves his room also the mind) adds this much to its
  // calibrated score, never more than the best score of the question without such inferences:
  // an inferred domain needs a named one beside it and comes after it.
  double inferredBonus = 1.0;
};

// Organisation-specific corrections, learned from members who confirm or reject what the
// matcher recognised. Kept apart from the Matcher so that one Matcher (one catalogue) serves
// many organisations, each with its own small Corrections object (persisted by the caller).
//
//   Corrections c;
//   c.add("wooncoach", "dagelijks-functioneren", 1.0);   // our word for something we know
//   c.add("voedselbank", "participatie", -1.0);           // we never file this under participatie
//   c.learn(question, "inkomen", 0.5);                    // a member confirmed "inkomen"
//   m.match(question, &c);
//
// A target is a life-domain, aspect or target-group id; unknown ids are ignored at match time.
// An aspect is still only returned when its life domain is.
// Weights add up over repeated add()/learn() calls; a negative weight pushes a target down.
class Corrections {
 public:
  // `words` is a word or short phrase, analysed like a question (so "schuldeisers" and
  // "schuldeiser" are the same). A phrase counts when all its words occur in the question.
  void add(std::string_view words, const std::string& targetId, double weight);
  // Spreads `weight` over the content words of a whole question (each gets weight / sqrt(n)),
  // so confirmations of several similar questions reinforce their shared words. Stop words,
  // fillers and words of courtesy or asking ("goedemorgen", "vraag", "hulp") are no content.
  // Each call is one correction: a learned word taught by fewer than kMinSupport corrections
  // only strengthens a target the question already has evidence for; it never names one alone
  // (one correction of "Goedemorgen, ik heb een vraag." teaches nothing about greetings).
  void learn(std::string_view question, const std::string& targetId, double weight);
  static constexpr int kMinSupport = 2;
  bool empty() const { return rules_.empty(); }
  std::size_t size() const { return rules_.size(); }

 private:
  friend class Matcher;
  struct Rule {
    std::vector<std::string> keys;  // all must occur
    std::string target;
    double weight;
    int support = 0;  // learned: how many corrections taught it; said by add(): kMinSupport
  };
  void put(std::vector<std::string> keys, const std::string& targetId, double weight, int support);
  std::vector<Rule> rules_;
};

class Matcher {
 public:
  // A domain is returned when it has at least kMinDomainScore and either one clear word of its
  // own (kClearEvidence: a word no other domain uses, or a phrase) or kRelativeCutoff of the best.
  // (see Thresholds for the values).
  static constexpr std::size_t kMaxAspects = 8;

  explicit Matcher(const Catalogue& catalogue, Thresholds thresholds = {});

  MatchResult match(std::string_view question, const Corrections* corrections = nullptr) const;

  // The same in two steps: all scores, then the cut-offs (match() == select(scores(q), thresholds())).
  RawScores scores(std::string_view question, const Corrections* corrections = nullptr) const;
  MatchResult select(const RawScores& scores, const Thresholds& t) const;
  const Thresholds& thresholds() const { return thresholds_; }
  const std::vector<std::string>& domainIds() const { return domainIds_; }
  const std::vector<std::string>& groupIds() const { return groupIds_; }

  // How a question was read, for explanations in the UI and for tests: the keys found per word.
  std::vector<std::string> explain(std::string_view question) const;

 private:
  enum class Kind : std::uint8_t { Domain, Aspect, Group };
  struct Posting {
    Kind kind;
    std::uint16_t target;
    float weight;
  };
  struct Phrase {
    std::vector<std::uint32_t> keys;
    std::vector<Posting> postings;
  };
  struct KeyEntry {
    std::vector<Posting> postings;
    std::vector<std::uint32_t> phrases;  // phrases whose first key this is
  };
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  // One content word of a question after lookup.
  struct Hit {
    std::uint32_t key;
    float factor;  // 1 direct, less for variants and compound parts
    std::uint32_t pos;  // content-word position (phrases); parts share their word's position
  };
  struct Scratch;

  std::uint32_t internKey(const std::string& key);
  void addTerm(std::string_view term, Kind kind, std::uint16_t target, float weight);
  void finishWeights();
  const std::uint32_t* findKey(std::string_view key) const;
  void resolveWord(std::string_view folded, std::uint32_t pos, Scratch& s) const;
  void collectAges(Scratch& s) const;
  void score(std::string_view question, const Corrections* corrections, Scratch& s) const;
  MatchResult selectFrom(const std::vector<double>& domain, const std::vector<double>& aspect,
                         const std::vector<double>& group, const std::vector<double>& inferred,
                         const Thresholds& t) const;

  Thresholds thresholds_;

  std::vector<std::string> domainIds_, aspectIds_, groupIds_;
  std::vector<std::uint16_t> aspectDomain_;
  std::vector<std::pair<int, int>> groupAges_;  // [min, max]; min > max if none
  // Words of kinship ("zoon", "dochter", "kinderen"): a cue for a youth group (one with an upper
  // age) unless the question is about an elder, whose sons and daughters are adults.
  std::vector<std::uint32_t> kinshipKeys_;
  std::vector<std::uint32_t> grandKeys_;  // "opa", "kleinkind": an elder with children around
  // "begrijpt de brieven niet", "snapt de formulieren niet": a cue for laaggeletterdheid unless
  // the question names a migratieachtergrond, whose new language explains it ("laaggeletterd",
  // "kan niet lezen" stay cues). Phrases built on these keys are such soft cues.
  std::vector<std::uint32_t> understandKeys_;
  std::vector<char> phraseSoft_;  // by phrase
  int literacyGroup_ = -1, languageGroup_ = -1, youthGroup_ = -1, upbringingDomain_ = -1;
  int workDomain_ = -1, exploitationAspect_ = -1;  // a workplace's words keep counting for these
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> keyIds_;
  std::vector<KeyEntry> entries_;
  std::vector<std::string> keyNames_;  // by key id
  std::vector<Phrase> phrases_;
  text::Decompounder decompounder_;
  // Misspellings one letter off a catalogue word (a letter missing, extra, changed or two
  // swapped), for words the Dutch word list does not know: catalogue words and their one-letter
  // deletions → key (kNoKey when two words share a deletion).
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> spellWords_, spellDeletes_;
  void addSpelling(std::string_view foldedWord);
  const std::uint32_t* findTypo(std::string_view folded, std::string& buf) const;
  // A catalogue word with one letter missing, read before a compound split would misread it.
  const std::uint32_t* findMissingLetter(std::string_view folded, std::string& buf) const;
};

}  // namespace vk::domain
