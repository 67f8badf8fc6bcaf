#pragma once
// The what-works conversation (wat-werkt-gesprek, issue 11) on a live session: its pure
// rules. Where it starts (a dilemma of the library or a case a member brings), the four
// perspectives a thought in step 4 may take, the look-back date of an agreement and when
// the team page reminds of it. No I/O.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vk::domain {

// "bewoner", "professional", "partner", "gemeente" (the dilemma library's perspectives).
bool isConversationPerspective(std::string_view who);
// "dilemma" (a key of the team's library) or "case" (a text, guarded).
bool isConversationStart(std::string_view kind);
// A dilemma key as the library names them: a starter's slug (a-z, 0-9, '-') or "eigen-<id>".
bool isDilemmaKey(std::string_view key);
// A calendar date "YYYY-MM-DD" that exists (2027-02-30 does not).
bool isCalendarDate(std::string_view date);
// The UTC calendar date of epoch seconds ("2027-01-15").
std::string utcDate(int64_t epochSeconds);
// Days from `from` to `to` (both valid calendar dates).
int64_t daysBetween(std::string_view from, std::string_view to);
// The team page reminds of an open agreement once its look-back date has come or is at
// most seven days away (today: the UTC date of now).
constexpr int64_t kAgreementReminderDays = 7;
bool agreementDue(std::string_view lookBackOn, bool done, int64_t now);

}  // namespace vk::domain
