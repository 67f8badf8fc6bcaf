// libFuzzer target for the privacy guard: any bytes in, findings must be in bounds, sorted,
// non-overlapping and non-empty; redact must not crash and must keep the text outside findings.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "text/privacy_guard.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto findings = vk::text::scanPrivacy(text);
  std::size_t prevEnd = 0;
  std::size_t removed = 0, added = 0;
  for (const auto& f : findings) {
    if (f.start >= f.end || f.end > size || f.start < prevEnd) std::abort();
    if (vk::text::kindName(f.kind).empty()) std::abort();
    prevEnd = f.end;
    removed += f.end - f.start;
    added += vk::text::placeholderFor(f.kind).size();
  }
  std::string red = vk::text::redact(text, findings);
  if (red.size() != size - removed + added) std::abort();
  if (!findings.empty() && red.compare(0, findings.front().start, text.substr(0, findings.front().start)) != 0)
    std::abort();
  return 0;
}
