#pragma once
// The picture of the craft (seed 001, section 2: seven themes, each a few statements a team
// member holds against their own work) and the core of the craft (seed 002: four parts a
// member responds to). Pure rules: parsing the content, checking an organisation's edit,
// the spread of a statement's answers, and the tallies with their thresholds. No I/O; a
// tally here carries no person.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "domain/errors.hpp"

namespace vk::domain {

// Team view of the picture: at least this many members answered, else the count alone.
inline constexpr int64_t kMinPictureResponders = 3;
// Team view of the core: at least this many members responded.
inline constexpr int64_t kMinCoreResponders = 5;
// Above a team (organisation, national file): only teams with at least this many responders.
inline constexpr int64_t kMinCraftTeamResponders = 5;
// The national view: files of at least this many organisations.
inline constexpr int64_t kMinCraftOrganisations = 3;
// An organisation's theme holds this many statements.
inline constexpr size_t kMinStatements = 4;
inline constexpr size_t kMaxStatements = 8;
inline constexpr size_t kStatementMax = 200;  // characters
inline constexpr size_t kIntroMax = 600;
inline constexpr size_t kLineMax = 500;
inline constexpr size_t kCoreTextMax = 1000;

struct CraftStatement {
  std::string key;  // a stable slug: "werker-menselijk"
  std::string text;
  bool edited = false;  // the organisation changed or added it
};

struct PictureTheme {
  std::string key;  // one of the 7 keys of craft-themes.json
  std::string title;
  std::string intro;
  std::vector<CraftStatement> statements;
};

struct CraftPicture {
  std::string intro;
  std::vector<PictureTheme> themes;
};

struct CorePart {
  std::string key;  // "context", "gesprek", "houding", "instrument"
  std::string title;
  std::string text;
  std::vector<std::string> questions;
};

struct CraftCore {
  std::string intro;
  std::vector<CorePart> parts;
};

// content/nl/craft-picture.json and craft-core.json; throw Invalid when the shape is wrong.
CraftPicture parsePicture(std::string_view json);
CraftCore parseCore(std::string_view json);
// The embedded starter content, parsed once.
const CraftPicture& starterPicture();
const CraftCore& starterCore();
const PictureTheme* findTheme(const CraftPicture& p, std::string_view key);
bool starterStatement(std::string_view key);  // a statement key of the starter picture
bool coreKey(std::string_view key);

// A statement as an admin sends it: an existing key, or none for a new one.
struct StatementEdit {
  std::optional<std::string> key;
  std::string text;
};
// Checks an organisation's edit of one theme (4–8 statements, lengths, known keys of that
// theme, no key twice) and fills in a key for every new statement: "<theme>-eigen-<n>",
// n above every number in `taken` (all keys the organisation ever used). Field errors go to
// `errors` with paths "intro", "statements[i].text", "statements[i].key".
std::vector<CraftStatement> checkThemeEdit(const std::string& themeKey, const std::string& intro,
                                           const std::vector<StatementEdit>& edits,
                                           const std::set<std::string>& themeKeys,
                                           const std::set<std::string>& taken, std::vector<FieldError>& errors);

// One member's answer on one statement: "herken ik" and "bij ons anders" exclude each
// other; "speelt nu bij ons" goes with either, or alone.
struct StatementAnswer {
  std::string statementKey;
  std::string recognition;  // "herken", "anders" or "" (neither)
  bool current = false;
};
bool validRecognition(std::string_view r);  // "", "herken", "anders"
bool emptyAnswer(const StatementAnswer& a);  // nothing chosen: not stored

struct StatementTally {
  std::string statementKey;
  int64_t herken = 0, anders = 0, current = 0;
  int64_t answered = 0;  // people who chose anything for it
};
// 0 when everyone who chose herken or anders chose the same, 1 when they split evenly:
// 1 - |herken - anders| / (herken + anders); 0 when nobody chose either.
double spread(int64_t herken, int64_t anders);
// Tallies of the answers, in the order of `order` (statement keys); keys not in `order` are
// left out (a retired statement no longer counts).
std::vector<StatementTally> tallyAnswers(const std::vector<StatementAnswer>& answers,
                                         const std::vector<std::string>& order);
// Adds b to a (same keys) — for sums across teams and organisations.
void addTallies(std::vector<StatementTally>& into, const std::vector<StatementTally>& more);
// The widest spread first; ties: more answers first, then the order given.
std::vector<StatementTally> bySpread(std::vector<StatementTally> tallies);

bool pictureVisible(int64_t responders);  // ≥ kMinPictureResponders
bool coreVisible(int64_t responders);     // ≥ kMinCoreResponders
bool teamCountsAbove(int64_t responders);  // ≥ kMinCraftTeamResponders

// One member's response to a part of the core.
struct CoreResponse {
  std::string partKey;
  std::string fit;    // "past", "mist", "anders"
  std::string text;   // required for mist and anders
  std::string share;  // "prive", "team", "landelijk"
};
bool validFit(std::string_view f);
bool validShare(std::string_view s);
// Checks responses (known part, each part once, fit, share, text when needed, lengths) into `errors`
// with paths "responses[i].…".
void checkCoreResponses(const std::vector<CoreResponse>& responses, std::vector<FieldError>& errors);

struct CoreTally {
  std::string partKey;
  int64_t past = 0, mist = 0, anders = 0;
};
std::vector<CoreTally> tallyCore(const std::vector<CoreResponse>& responses);  // parts in content order
void addCoreTallies(std::vector<CoreTally>& into, const std::vector<CoreTally>& more);

}  // namespace vk::domain
