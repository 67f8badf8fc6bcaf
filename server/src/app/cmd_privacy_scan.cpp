#include "app/cmd_privacy_scan.hpp"

#include <boost/json.hpp>
#include <istream>
#include <ostream>
#include <string>

#include "text/privacy_guard.hpp"

namespace vk::app {

int runPrivacyScan(std::istream& in, std::ostream& out) {
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    boost::json::array findings;
    for (const vk::text::Finding& f : vk::text::scanPrivacy(line)) {
      boost::json::object o;
      o["kind"] = vk::text::kindName(f.kind);
      o["start"] = f.start;
      o["end"] = f.end;
      // Boost.JSON escapes control characters; invalid UTF-8 is passed through as bytes.
      o["text"] = std::string_view(line).substr(f.start, f.end - f.start);
      findings.push_back(std::move(o));
    }
    boost::json::object result;
    result["findings"] = std::move(findings);
    out << boost::json::serialize(result) << '\n';
  }
  out.flush();
  return 0;
}

}  // namespace vk::app
