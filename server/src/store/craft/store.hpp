#pragma once
// The picture of the craft and the core of the craft, per organisation and team. Every call
// scopes itself to the actor's organisation and team. The thresholds live in the queries
// here: below them a view carries the count of responders alone (visible = false), no
// tallies and no texts. A member's own line or core text leaves them only when they shared
// it, and never with their name; above a team only teams with at least 5 responders count.
#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/craft/craft.hpp"
#include "domain/foundation/people.hpp"
#include "domain/guarded_text.hpp"
#include "store/db.hpp"
#include "store/privacy/personal_data.hpp"

namespace vk::store {

// An admin's statement: an existing key, or none for a new one.
struct StatementInput {
  std::optional<std::string> key;
  domain::GuardedText text;
};

struct PictureLine {
  std::string themeKey;
  std::string text;
  bool shared = false;
};
struct PictureLineInput {
  std::string themeKey;
  domain::GuardedText text;  // empty: no line for the theme
  bool shared = false;
};
struct MyPicture {
  std::vector<domain::StatementAnswer> answers;  // only statements with a choice
  std::vector<PictureLine> lines;
};

struct StatementCounts {
  std::string key, text;
  domain::StatementTally tally;
};
struct ThemeCounts {
  std::string key, title;
  int64_t recognised = 0, differs = 0, current = 0;  // sums over the theme's statements
  std::vector<StatementCounts> statements;
  std::vector<std::string> lines;  // shared lines, no names (team view only)
};
struct TeamPicture {
  int64_t responders = 0;
  bool visible = false;
  std::vector<ThemeCounts> themes;  // empty unless visible
};
struct Difference {
  std::string themeKey, themeTitle;
  StatementCounts statement;
  double spread = 0;
};
struct TeamDifferences {
  int64_t responders = 0;
  bool visible = false;
  std::vector<Difference> items;  // widest spread first; empty unless visible
};
struct OrgPicture {
  int64_t teams = 0;  // teams with at least 5 responders
  bool visible = false;
  std::vector<ThemeCounts> themes;  // no lines
};

struct CoreResponseInput {
  std::string partKey, fit, share;
  domain::GuardedText text;
};
struct CorePartCounts {
  std::string key, title;
  domain::CoreTally tally;
  std::vector<std::string> texts;  // team: shared with the team or nationally; organisation: nationally
};
struct TeamCore {
  int64_t responders = 0;
  bool visible = false;
  std::vector<CorePartCounts> parts;
};
struct OrgCore {
  int64_t teams = 0;
  bool visible = false;
  std::vector<CorePartCounts> parts;
};

// The organisation's file for the association: starter statements and counts only, and the
// core texts members chose to share nationally (no team, no name).
struct CraftExport {
  std::string source, period;
  int64_t teams = 0;
  struct Statement {
    std::string themeKey;
    domain::StatementTally tally;
  };
  std::vector<Statement> statements;
  std::vector<CorePartCounts> parts;  // title empty
};
// What an analyst imports: the file with its texts through the privacy guard again.
struct CraftImport {
  std::string source, period;
  int64_t teams = 0;
  std::vector<CraftExport::Statement> statements;
  struct Part {
    domain::CoreTally tally;
    std::vector<domain::GuardedText> texts;
  };
  std::vector<Part> parts;
};
struct NationalCraft {
  bool visible = false;
  int64_t organisations = 0;
  std::vector<std::string> sources;
  std::vector<ThemeCounts> themes;    // starter themes, summed
  std::vector<CorePartCounts> parts;  // summed, with the national texts
};

class CraftStore {
 public:
  explicit CraftStore(Db& db) : db_(db) {}

  // The organisation's picture: the starter content with its edits (edited marks them).
  domain::CraftPicture picture(const domain::Actor& a);
  // Organisation admins: replaces one theme's intro and statements (4–8; kept keys stay,
  // dropped ones retire, a statement without key is new).
  domain::PictureTheme editTheme(const domain::Actor& a, const std::string& themeKey,
                                 const domain::GuardedText& intro, const std::vector<StatementInput>& statements,
                                 int64_t now);

  MyPicture myPicture(const domain::Actor& a, int64_t teamId);
  // Replaces the caller's answers and lines in the team. No audit entry: like a vote, saving
  // one's own answers is not an act on others' data (privacy overrides are still audited).
  MyPicture saveMyPicture(const domain::Actor& a, int64_t teamId, const std::vector<domain::StatementAnswer>& answers,
                          const std::vector<PictureLineInput>& lines, int64_t now);
  // The team's picture per theme; at least 3 responders, else the count alone.
  TeamPicture teamPicture(const domain::Actor& a, int64_t teamId);
  TeamDifferences teamDifferences(const domain::Actor& a, int64_t teamId);
  OrgPicture organisationPicture(const domain::Actor& a);

  std::vector<domain::CoreResponse> myCore(const domain::Actor& a, int64_t teamId);
  // Replaces the caller's responses (no audit entry, as saveMyPicture).
  std::vector<domain::CoreResponse> saveMyCore(const domain::Actor& a, int64_t teamId,
                                               const std::vector<CoreResponseInput>& responses, int64_t now);
  // The team's core per part; at least 5 responders, else the count alone.
  TeamCore teamCore(const domain::Actor& a, int64_t teamId);
  OrgCore organisationCore(const domain::Actor& a);

  // Organisation admins; 409 while neither the picture nor the core counts a team.
  CraftExport exportCraft(const domain::Actor& a, int64_t now);
  // Analysts of the association: a file replaces an earlier one of the same source and period;
  // keys that are not starter statements or parts are skipped. Returns the statements kept.
  int64_t importCraft(const domain::Actor& a, const CraftImport& file, int64_t now);
  NationalCraft nationalCraft(const domain::Actor& a);
  bool isAnalyst(int64_t userId);

 private:
  Db& db_;
};

// AVG (store/privacy/personal_data.cpp): the person's answers, lines and core responses
// (their own download only: the organisation keeps nothing of them by name). Erasure deletes
// them: the team views are counts of the team as it is now; files already sent to the
// association hold counts without people.
boost::json::value craftExport(Conn& c, int64_t userId, ExportFor who);
void craftErase(Conn& c, int64_t userId);

}  // namespace vk::store
