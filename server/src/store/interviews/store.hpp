#pragma once
// Interviews about the craft: decks, interviews (readable only by the two participants),
// shared fragments and their themes, zodatjes, statements, the team's chain and common
// threads at team, organisation and national level. Every call scopes itself to the
// actor's organisation; views above a team keep the 5-person threshold.
#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/interviews/craft.hpp"
#include "domain/guarded_text.hpp"
#include "domain/foundation/people.hpp"
#include "domain/interviews/craft.hpp"
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

class InterviewStore {
 public:
  explicit InterviewStore(Db& db) : db_(db) {}

  boost::json::array decks(const domain::Actor& a);
  boost::json::object deck(const domain::Actor& a, int64_t deckId);
  domain::Deck deckForPrint(const domain::Actor& a, int64_t deckId);
  domain::Deck deckById(int64_t deckId);  // command line: no actor
  boost::json::object copyDeck(const domain::Actor& a, int64_t fromDeckId, const std::string& name, int64_t now);
  boost::json::object putCard(const domain::Actor& a, int64_t deckId, std::optional<int64_t> cardId, const CardInput& in);
  void deleteCard(const domain::Actor& a, int64_t deckId, int64_t cardId);
  boost::json::object renameDeck(const domain::Actor& a, int64_t deckId, const std::string& name);
  void deleteDeck(const domain::Actor& a, int64_t deckId);
  boost::json::object reorderCards(const domain::Actor& a, int64_t deckId, const std::vector<int64_t>& cardIds);

  boost::json::object createInterview(const domain::Actor& a, const NewInterview& in, int64_t now);
  boost::json::object interviews(const domain::Actor& a);
  boost::json::object interview(const domain::Actor& a, int64_t id);
  boost::json::object putNote(const domain::Actor& a, int64_t id, int64_t cardId, const domain::GuardedText& text,
                              int64_t now);
  boost::json::object complete(const domain::Actor& a, int64_t id, int64_t now);
  boost::json::object shareFragment(const domain::Actor& a, int64_t interviewId, std::optional<int64_t> cardId,
                                    const domain::GuardedText& text, bool anonymous, int64_t now);
  void withdrawFragment(const domain::Actor& a, int64_t fragmentId);
  boost::json::object confirmThemes(const domain::Actor& a, int64_t fragmentId, const std::vector<std::string>& themes,
                                    const std::optional<std::vector<int64_t>>& subthemes = std::nullopt);
  // The author lets the team lead change the fragment's themes (or takes that back).
  boost::json::object setThemeConsent(const domain::Actor& a, int64_t fragmentId, bool leadMayChangeThemes);

  boost::json::object teamThreads(const domain::Actor& a, int64_t teamId);
  boost::json::object teamChain(const domain::Actor& a, int64_t teamId);
  boost::json::object orgThreads(const domain::Actor& a);
  boost::json::object exportThreads(const domain::Actor& a, int64_t now);
  int64_t importThreads(const domain::Actor& a, const NationalImport& file, int64_t now);
  boost::json::object nationalThreads(const domain::Actor& a);
  void setAnalyst(const domain::Actor& a, int64_t userId, bool analyst);
  bool isAnalyst(int64_t userId);

  boost::json::object addZodatje(const domain::Actor& a, const domain::GuardedText& text, std::optional<int64_t> teamId,
                                 int64_t now);
  boost::json::array zodatjes(const domain::Actor& a);
  boost::json::object shareZodatje(const domain::Actor& a, int64_t id, std::optional<int64_t> teamId, bool anonymous,
                                   int64_t now);
  void deleteZodatje(const domain::Actor& a, int64_t id);

  boost::json::object putStatement(const domain::Actor& a, int64_t teamId, const domain::GuardedText& text, int64_t now);
  boost::json::array statements(const domain::Actor& a, int64_t teamId);

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
boost::json::array themeClouds(const std::vector<const FragmentRow*>& scope, const std::vector<FragmentRow>& all,
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
