#pragma once
// `vakkompas match --json "tekst"` / `vakkompas match --json --stdin`: runs the help-question
// matcher on the embedded starter catalogue and prints one JSON line per question:
// {"domains":[{"id":…,"score":…}],"aspects":[…],"groups":[…]}
#include <iosfwd>
#include <string>
#include <vector>

namespace vk::app {

// Matches each of `texts`, then (if fromStdin) each non-empty line of `in`. Returns 0, or 1 when
// the embedded catalogue is missing or invalid (message on `out` as {"error":…}).
int runMatch(const std::vector<std::string>& texts, bool fromStdin, std::istream& in, std::ostream& out);

}  // namespace vk::app
