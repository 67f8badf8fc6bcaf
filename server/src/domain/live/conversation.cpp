#include "domain/live/conversation.hpp"

#include <chrono>
#include <cstdio>

namespace vk::domain {

namespace {

std::optional<std::chrono::year_month_day> parse(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return std::nullopt;
  auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) v = v * 10 + (d[i] - '0');
    return v;
  };
  std::chrono::year_month_day ymd{std::chrono::year(num(0, 4)), std::chrono::month(static_cast<unsigned>(num(5, 2))),
                                  std::chrono::day(static_cast<unsigned>(num(8, 2)))};
  if (!ymd.ok() || int(ymd.year()) < 2000 || int(ymd.year()) > 2200) return std::nullopt;
  return ymd;
}

}  // namespace

bool isConversationPerspective(std::string_view who) {
  return who == "bewoner" || who == "professional" || who == "partner" || who == "gemeente";
}

bool isConversationStart(std::string_view kind) { return kind == "dilemma" || kind == "case"; }

bool isDilemmaKey(std::string_view key) {
  if (key.empty() || key.size() > 80 || key.front() == '-' || key.back() == '-') return false;
  for (char ch : key)
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) return false;
  return true;
}

bool isCalendarDate(std::string_view date) { return parse(date).has_value(); }

std::string utcDate(int64_t epochSeconds) {
  std::chrono::sys_days day = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(epochSeconds)));
  std::chrono::year_month_day ymd{day};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
  return buf;
}

int64_t daysBetween(std::string_view from, std::string_view to) {
  auto a = parse(from), b = parse(to);
  if (!a || !b) return 0;
  return (std::chrono::sys_days(*b) - std::chrono::sys_days(*a)).count();
}

bool agreementDue(std::string_view lookBackOn, bool done, int64_t now) {
  if (done || !isCalendarDate(lookBackOn)) return false;
  return daysBetween(utcDate(now), lookBackOn) <= kAgreementReminderDays;
}

}  // namespace vk::domain
