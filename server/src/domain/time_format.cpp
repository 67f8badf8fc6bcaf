#include "domain/time_format.hpp"

#include <chrono>
#include <cstdio>

namespace vk::domain {

std::string isoUtc(int64_t epochSeconds) {
  using namespace std::chrono;
  sys_seconds tp{seconds{epochSeconds}};
  auto day = floor<days>(tp);
  year_month_day ymd{day};
  hh_mm_ss hms{tp - day};
  char buf[64];  // room for any year the types allow, so no output is cut
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02ld:%02ld:%02ldZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count()),
                static_cast<long>(hms.seconds().count()));
  return buf;
}

namespace {
std::string written(std::chrono::year_month_day ymd) {
  static const char* const months[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                       "juli",    "augustus", "september", "oktober", "november", "december"};
  return std::to_string(static_cast<unsigned>(ymd.day())) + " " + months[static_cast<unsigned>(ymd.month()) - 1] + " " +
         std::to_string(static_cast<int>(ymd.year()));
}
}  // namespace

std::string dutchDate(int64_t epochSeconds) {
  using namespace std::chrono;
  return written(year_month_day{floor<days>(sys_seconds{seconds{epochSeconds}})});
}

std::string dutchDay(const std::string& isoDay) {
  using namespace std::chrono;
  int y = 0;
  unsigned m = 0, d = 0;
  char tail = 0;
  if (isoDay.size() != 10 || std::sscanf(isoDay.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3) return isoDay;
  year_month_day ymd{year{y}, month{m}, day{d}};
  return ymd.ok() ? written(ymd) : isoDay;
}

}  // namespace vk::domain
