#include "app/cmd_match.hpp"

#include <boost/json.hpp>

#include <charconv>
#include <istream>
#include <ostream>

#include "domain/knowledge/catalogue.hpp"
#include "domain/errors.hpp"
#include "domain/knowledge/matcher.hpp"
#include "domain/resources.hpp"

namespace vk::app {
namespace {

// [{"id":"inkomen","score":2.5},…] — written by hand so scores print as 2.5, not 2.5E0.
void writeScored(std::ostream& out, const char* name, const std::vector<domain::Scored>& v) {
  out << '"' << name << "\":[";
  for (std::size_t i = 0; i < v.size(); ++i) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v[i].score);
    out << (i ? "," : "") << "{\"id\":" << boost::json::serialize(boost::json::string(v[i].id))
        << ",\"score\":" << std::string_view(buf, ec == std::errc() ? end - buf : 0) << '}';
  }
  out << ']';
}

}  // namespace

int runMatch(const std::vector<std::string>& texts, bool fromStdin, std::istream& in, std::ostream& out) {
  auto json = resources::get("content/nl/catalogue.json");
  if (!json) {
    out << R"({"error":"De kenniscatalogus ontbreekt in deze build."})" << '\n';
    return 1;
  }
  domain::Catalogue catalogue;
  try {
    catalogue = domain::parseCatalogue(*json);
  } catch (const domain::Error& e) {
    out << boost::json::serialize(boost::json::object{{"error", e.title()}}) << '\n';
    return 1;
  }
  const domain::Matcher matcher(catalogue);
  auto print = [&](const std::string& text) {
    domain::MatchResult r = matcher.match(text);
    out << '{';
    writeScored(out, "domains", r.domains);
    out << ',';
    writeScored(out, "aspects", r.aspects);
    out << ',';
    writeScored(out, "groups", r.groups);
    out << "}\n";
  };
  for (const std::string& t : texts) print(t);
  if (fromStdin) {
    std::string line;
    while (std::getline(in, line))
      if (line.find_first_not_of(" \t\r") != std::string::npos) print(line);
  }
  out.flush();
  return 0;
}

}  // namespace vk::app
