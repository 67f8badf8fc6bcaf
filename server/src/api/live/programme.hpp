#pragma once
// Programmes at the API: the seed's half-day (content/nl/session-programme.json) as the
// default, and the texts of blocks for the privacy guard (a prompt may describe a case).
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <vector>

#include "api/privacy/guard.hpp"

namespace vk::api {

const boost::json::object& defaultProgramme();
// The what-works conversation (content/nl/conversation-programme.json): seven steps.
const boost::json::object& conversationProgramme();
// Each block's title and prompt, named "blocks[i].title" / "blocks[i].prompt".
std::vector<FieldText> blockTexts(const boost::json::array& blocks);
// Every text of a live event's payload: a thought's, sentence's or verse's text (it may
// describe a resident), a group's name, a programme's block titles and prompts (a case),
// the conversation's case and dilemma, an agreement's what and who.
std::vector<FieldText> payloadTexts(const boost::json::object& payload);

}  // namespace vk::api
