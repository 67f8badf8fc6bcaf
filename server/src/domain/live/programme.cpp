#include "domain/live/programme.hpp"

#include <boost/json.hpp>
#include <string>

#include "domain/errors.hpp"
#include "domain/foundation/validation.hpp"

namespace vk::domain {

namespace json = boost::json;

namespace {

// The what-works conversation (wat-werkt-gesprek) adds a kind per step that needs its own
// screen: choose (1), case (2), dilemma (3), perspectives (4), whatworks (5), agreements (6),
// report (7). "Waar verschillen we?" (differ) shows the craft picture's widest differences.
constexpr std::string_view kKinds[] = {"song",     "interview",    "mirror",    "sentence",   "verse",
                                       "free",     "vote",         "choose",    "case",       "dilemma",
                                       "perspectives", "whatworks", "agreements", "report", "differ"};

std::string stringOf(const json::object& o, std::string_view key) {
  auto it = o.find(key);
  return it != o.end() && it->value().is_string() ? trimmed(it->value().as_string()) : std::string();
}

}  // namespace

bool isBlockKind(std::string_view kind) {
  for (auto k : kKinds)
    if (k == kind) return true;
  return false;
}

json::array checkedBlocks(const json::value& blocks) {
  if (!blocks.is_array() || blocks.as_array().empty() || blocks.as_array().size() > kMaxBlocks)
    invalid("Een programma heeft 1 tot 30 blokken.", {{"blocks", "Kies 1 tot 30 blokken."}});
  json::array out;
  std::vector<FieldError> errors;
  size_t i = 0;
  for (auto& b : blocks.as_array()) {
    std::string at = "blocks[" + std::to_string(i++) + "]";
    if (!b.is_object()) {
      errors.push_back({at, "Dit blok is niet leesbaar."});
      continue;
    }
    auto& bo = b.as_object();
    std::string kind = stringOf(bo, "kind");
    if (kind.empty()) kind = "free";
    if (!isBlockKind(kind)) errors.push_back({at + ".kind", "Onbekend soort blok."});
    std::string title = stringOf(bo, "title");
    if (title.empty()) errors.push_back({at + ".title", "Elk blok heeft een titel."});
    if (title.size() > 120) errors.push_back({at + ".title", "Houd de titel bij 120 tekens."});
    std::string prompt = stringOf(bo, "prompt");
    if (prompt.size() > 500) errors.push_back({at + ".prompt", "Houd de opdracht bij 500 tekens."});
    int64_t minutes = 10;
    if (auto it = bo.find("minutes"); it != bo.end() && it->value().is_int64()) minutes = it->value().as_int64();
    if (minutes < 1 || minutes > 240) errors.push_back({at + ".minutes", "Een blok duurt 1 tot 240 minuten."});
    out.push_back(json::object{{"kind", kind}, {"title", title}, {"prompt", prompt}, {"minutes", minutes}});
  }
  if (!errors.empty()) invalid("Het programma klopt nog niet.", std::move(errors));
  return out;
}

}  // namespace vk::domain
