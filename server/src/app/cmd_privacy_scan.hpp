#pragma once
// `vakkompas privacy-scan --json`: runs the privacy guard over one text per input line.
#include <iosfwd>

namespace vk::app {

// Reads one text per line from `in` and writes one JSON object per line to `out`:
// {"findings":[{"kind":"bsn","start":12,"end":21,"text":"111222333"}]}
// Offsets are byte offsets into the line (without its line break). Returns 0.
int runPrivacyScan(std::istream& in, std::ostream& out);

}  // namespace vk::app
