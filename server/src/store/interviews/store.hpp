#pragma once
// Interviews about the craft: decks, interviews (readable only by the two participants),
// shared fragments and their themes, zodatjes, statements, the team's chain and common
// threads at team, organisation and national level. Every call scopes itself to the
// actor's organisation; views above a team keep the 5-person threshold.
#include <boost/json/value.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/interviews/craft.hpp"
#include "domain/guarded_text.hpp"
#include "domain/foundation/people.hpp"
#include "store/db.hpp"
#include "store/privacy/personal_data.hpp"

namespace vk::store {

struct NewInterview {
  std::optional<int64_t> teamId;
  int64_t intervieweeId = 0;
  std::string purpose;
  std::optional<int64_t> deckId;
  std::vector<int64_t> cardIds;  // empty: the whole deck
  std::optional<int64_t> parentId;
};

struct CardInput {
  std::string group, groupTitle, title;  // labels; groupTitle: only for a group new to the deck
  domain::GuardedText quote;             // free text: through the privacy guard
  std::vector<domain::GuardedText> questions, prompts;
};

// A file of the association's national common threads (from another organisation's export).
struct NationalThread {
  std::string theme;             // a theme key
  domain::GuardedText fragment;  // an anonymous fragment: through the privacy guard
  std::string period, sizeBand;  // "2026-K4", "10-19"
};
struct NationalImport {
  std::string source;  // the organisation it came from
  std::vector<NationalThread> threads;
};

// What the store answers (api/interviews/views.cpp gives them their JSON shape).
struct DeckSummary {
  int64_t id = 0;
  std::string name;
  bool starter = false;
  int64_t cardCount = 0;
};
struct DeckDetail {
  int64_t id = 0;
  std::string name;
  bool starter = false;
  std::vector<domain::Card> cards;
};

struct InterviewSummary {
  int64_t id = 0;
  std::string purpose;
  std::optional<int64_t> teamId;
  std::string teamName;
  std::optional<int64_t> interviewerId;  // none: the interviewer's account was erased
  std::string interviewerName;
  int64_t intervieweeId = 0;
  std::string intervieweeName;
  std::string myRole;  // "interviewee" or "interviewer"
  std::optional<int64_t> deckId, parentId;
  int64_t createdAt = 0;
  std::optional<int64_t> completedAt;
};
struct InterviewList {
  std::vector<InterviewSummary> items;
  std::vector<InterviewSummary> chainInvitations;  // completed as interviewee, not yet passed on
};
struct InterviewNote {
  int64_t cardId = 0;
  std::string text;
  int64_t updatedAt = 0;
};
// A shared fragment as its team sees it; authorName only when it was shared with a name.
struct Fragment {
  int64_t id = 0;
  int64_t teamId = 0;
  std::string text;
  bool anonymous = false;
  std::vector<std::string> themes;
  bool themesConfirmed = false;
  int64_t sharedAt = 0;
  std::string source;
  bool leadMayChangeThemes = false;
  std::vector<int64_t> subthemes;
  std::optional<std::string> authorName;
  bool canChangeThemes = false;  // for the actor who asked
};
struct InterviewDetail {
  InterviewSummary summary;
  std::vector<domain::Card> cards;  // the opening and the chosen cards
  std::vector<InterviewNote> notes;
  std::vector<Fragment> sharedFragments;
};

struct CloudWord {
  std::string word;
  int64_t count = 0;
  double score = 0;
};
struct ThemeCloud {
  std::string theme, title;
  int64_t fragmentCount = 0;
  int64_t peopleCount = 0;
  std::vector<CloudWord> words;
};
struct ThreadsPeriod {
  std::string period;                     // "2026-K4"
  std::map<std::string, int64_t> counts;  // per theme key
};
struct TeamThreads {
  std::vector<ThemeCloud> themes;
  std::vector<Fragment> fragments;
  std::vector<ThreadsPeriod> timeline;
};
struct ChainPerson {
  int64_t id = 0;
  std::string name;
};
struct ChainLink {
  int64_t id = 0;
  std::optional<int64_t> from;
  int64_t to = 0;
  std::string purpose;
  int64_t createdAt = 0;
  bool completed = false;
  std::optional<int64_t> parentId;
};
struct TeamChain {
  std::vector<ChainPerson> people;
  std::vector<ChainLink> links;
};
struct OrgThreads {
  int64_t minGroupSize = 0;
  int64_t teamCount = 0;
  std::vector<ThemeCloud> themes;  // only themes with at least minGroupSize people
};
struct ExportedThread {
  std::string theme, fragment, period, teamSizeBand;
};
struct ThreadsExport {
  std::string source;
  int64_t exportedAt = 0;
  std::vector<ExportedThread> threads;
};
struct NationalExample {
  std::string fragment, period;
};
struct NationalTheme {
  ThemeCloud cloud;  // its peopleCount is not shown: the files carry no people
  int64_t organisationCount = 0;
  std::vector<NationalExample> examples;
};
struct NationalThreads {
  std::vector<std::string> sources;
  std::vector<NationalTheme> themes;
};

struct Zodatje {
  int64_t id = 0;
  std::string text;
  std::vector<std::string> themes;
  int64_t createdAt = 0;
  std::optional<int64_t> sharedWithTeamId;
  bool anonymous = false;
};
struct CraftStatement {
  int64_t teamId = 0;
  int64_t userId = 0;
  std::string name;  // the author's name (in the team's list)
  std::string text;
  int64_t updatedAt = 0;
  bool outside = false;  // the author lets it go, without their name, on the team's "Ons vak" page
};

class InterviewStore {
 public:
  explicit InterviewStore(Db& db) : db_(db) {}

  std::vector<DeckSummary> decks(const domain::Actor& a);
  DeckDetail deck(const domain::Actor& a, int64_t deckId);
  domain::Deck deckForPrint(const domain::Actor& a, int64_t deckId);
  domain::Deck deckById(int64_t deckId);  // command line: no actor
  DeckDetail copyDeck(const domain::Actor& a, int64_t fromDeckId, const std::string& name, int64_t now);
  domain::Card putCard(const domain::Actor& a, int64_t deckId, std::optional<int64_t> cardId, const CardInput& in);
  void deleteCard(const domain::Actor& a, int64_t deckId, int64_t cardId);
  DeckDetail renameDeck(const domain::Actor& a, int64_t deckId, const std::string& name);
  void deleteDeck(const domain::Actor& a, int64_t deckId);
  DeckDetail reorderCards(const domain::Actor& a, int64_t deckId, const std::vector<int64_t>& cardIds);

  InterviewDetail createInterview(const domain::Actor& a, const NewInterview& in, int64_t now);
  InterviewList interviews(const domain::Actor& a);
  InterviewDetail interview(const domain::Actor& a, int64_t id);
  InterviewNote putNote(const domain::Actor& a, int64_t id, int64_t cardId, const domain::GuardedText& text,
                        int64_t now);
  // The names that may stand in this interview's notes: its two people and the members of its
  // team (colleagues, not residents). Only for the two participants (404 otherwise).
  std::vector<std::string> namesInNotes(const domain::Actor& a, int64_t id);
  InterviewDetail complete(const domain::Actor& a, int64_t id, int64_t now);
  Fragment shareFragment(const domain::Actor& a, int64_t interviewId, std::optional<int64_t> cardId,
                         const domain::GuardedText& text, bool anonymous, int64_t now);
  void withdrawFragment(const domain::Actor& a, int64_t fragmentId);
  Fragment confirmThemes(const domain::Actor& a, int64_t fragmentId, const std::vector<std::string>& themes,
                         const std::optional<std::vector<int64_t>>& subthemes = std::nullopt);
  // The author lets the team lead change the fragment's themes (or takes that back).
  Fragment setThemeConsent(const domain::Actor& a, int64_t fragmentId, bool leadMayChangeThemes);

  TeamThreads teamThreads(const domain::Actor& a, int64_t teamId);
  TeamChain teamChain(const domain::Actor& a, int64_t teamId);
  OrgThreads orgThreads(const domain::Actor& a);
  ThreadsExport exportThreads(const domain::Actor& a, int64_t now);
  int64_t importThreads(const domain::Actor& a, const NationalImport& file, int64_t now);
  NationalThreads nationalThreads(const domain::Actor& a);
  void setAnalyst(const domain::Actor& a, int64_t userId, bool analyst);
  bool isAnalyst(int64_t userId);

  Zodatje addZodatje(const domain::Actor& a, const domain::GuardedText& text, std::optional<int64_t> teamId,
                     int64_t now);
  std::vector<Zodatje> zodatjes(const domain::Actor& a);
  Zodatje shareZodatje(const domain::Actor& a, int64_t id, std::optional<int64_t> teamId, bool anonymous,
                       int64_t now);
  void deleteZodatje(const domain::Actor& a, int64_t id);

  // `outside`: the author's consent for the team's "Ons vak" page; unset keeps what it was.
  CraftStatement putStatement(const domain::Actor& a, int64_t teamId, const domain::GuardedText& text, int64_t now,
                              std::optional<bool> outside = std::nullopt);
  std::vector<CraftStatement> statements(const domain::Actor& a, int64_t teamId);
  // The sentences whose authors let them go outside the team: texts only, never names.
  std::vector<std::string> outsideStatements(const domain::Actor& a, int64_t teamId);

  // Seeds an organisation's starter deck if it has none; returns its id.
  static int64_t ensureStarterDeck(Conn& c, int64_t orgId, int64_t now);

 private:
  Db& db_;
};

// Pure aggregation over fragment rows, used by the store and the benchmark.
struct FragmentRow {
  int64_t id = 0;
  int64_t teamId = 0;
  int64_t authorId = 0;  // 0: unknown (erased account)
  std::string text;
  std::vector<std::string> themes;
  int64_t sharedAt = 0;
};
// Per theme: fragments, people, distinctive words of `scope` against `all` (scope points into all).
// Titles from `themes` (the organisation's codebook; the starter one nationally). Above the
// team, minPeoplePerWord (kMinGroupSize) keeps only words that many distinct authors wrote
// under the theme, and no name, address or capitalised proper noun reaches the cloud.
std::vector<ThemeCloud> themeClouds(const std::vector<const FragmentRow*>& scope, const std::vector<FragmentRow>& all,
                                    size_t words = 25, const std::vector<domain::CraftTheme>& themes = domain::starterThemes(),
                               size_t minPeoplePerWord = 0);

}  // namespace vk::store

namespace vk::store {
// Another part's contribution that its author agreed to share with the team's common
// threads (source e.g. "live"): a fragment with suggested themes, inside the caller's
// transaction; returns its id. Withdrawing consent deletes the fragment.
int64_t addSharedFragment(Conn& c, int64_t orgId, int64_t teamId, int64_t authorId, const std::string& source,
                          const std::string& text, bool anonymous, int64_t now);

// AVG parts (store/personal_data.cpp): interviews belong to the interviewee; erasure deletes
// the person's private items and keeps only shared anonymous fragments, without author.
boost::json::value interviewsExport(Conn& c, int64_t userId, ExportFor who);
void interviewsErase(Conn& c, int64_t userId);
}  // namespace vk::store
