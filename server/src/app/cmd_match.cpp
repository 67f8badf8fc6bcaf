#include "app/cmd_match.hpp"

#include <boost/json.hpp>

#include <istream>
#include <ostream>

#include "domain/catalogue.hpp"
#include "domain/errors.hpp"
#include "domain/matcher.hpp"
#include "domain/resources.hpp"

namespace vk::app {
namespace {

boost::json::array toJson(const std::vector<domain::Scored>& v) {
  boost::json::array a;
  a.reserve(v.size());
  for (const auto& s : v) a.push_back(boost::json::object{{"id", s.id}, {"score", s.score}});
  return a;
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
    boost::json::object o{{"domains", toJson(r.domains)}, {"aspects", toJson(r.aspects)}, {"groups", toJson(r.groups)}};
    out << boost::json::serialize(o) << '\n';
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
