#include "api/live/programme.hpp"

#include <boost/json.hpp>
#include <stdexcept>
#include <string>

#include "domain/resources.hpp"

namespace vk::api {

const boost::json::object& defaultProgramme() {
  static const boost::json::object programme = [] {
    auto text = resources::get("content/nl/session-programme.json");
    if (!text) throw std::runtime_error("missing resource content/nl/session-programme.json");
    return boost::json::parse(*text).as_object();
  }();
  return programme;
}

const boost::json::object& conversationProgramme() {
  static const boost::json::object programme = [] {
    auto text = resources::get("content/nl/conversation-programme.json");
    if (!text) throw std::runtime_error("missing resource content/nl/conversation-programme.json");
    return boost::json::parse(*text).as_object();
  }();
  return programme;
}

std::vector<FieldText> blockTexts(const boost::json::array& blocks) {
  std::vector<FieldText> out;
  for (size_t i = 0; i < blocks.size(); ++i) {
    auto& b = blocks[i].as_object();
    std::string at = "blocks[" + std::to_string(i) + "]";
    out.push_back({at + ".title", std::string(b.at("title").as_string())});
    out.push_back({at + ".prompt", std::string(b.at("prompt").as_string())});
  }
  return out;
}

std::vector<FieldText> payloadTexts(const boost::json::object& p) {
  std::vector<FieldText> out;
  for (const char* k : {"text", "group", "caseText", "tension", "choiceA", "costA", "choiceB", "costB", "what", "who"})
    if (auto* v = p.if_contains(k); v && v->is_string()) out.push_back({k, std::string(v->as_string())});
  if (auto* b = p.if_contains("blocks"); b && b->is_array())
    for (auto& t : blockTexts(b->as_array())) out.push_back(std::move(t));
  return out;
}

}  // namespace vk::api
