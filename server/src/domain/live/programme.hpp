#pragma once
// The programme of a live team session: blocks with a kind, a title, what the block asks
// and a duration. One check for every way a programme comes in (a new session, an own
// template, a change during the session), so they all accept the same blocks.
#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

namespace vk::domain {

constexpr size_t kMaxBlocks = 30;

// The known kinds of block (song, interview, mirror, sentence, verse, free, vote, and the
// steps of the what-works conversation: choose, case, dilemma, perspectives, whatworks,
// agreements, report).
bool isBlockKind(std::string_view kind);
// Checks the blocks and returns them cleaned up ({kind, title, prompt, minutes});
// throws Error(Invalid) with a Dutch title and field errors ("blocks[2].title").
boost::json::array checkedBlocks(const boost::json::value& blocks);

}  // namespace vk::domain
