#pragma once
// Words of courtesy and of asking as such: greetings ("goedemorgen"), thanks ("bedankt"), sign-offs
// ("groetjes", "mvg") and the words people use for asking itself ("vraag", "hulp", "advies").
// They say that someone asks, not what about: learning from corrections ignores them, so that one
// correction of "Goedemorgen, ik heb een vraag." teaches nothing. Pure: no I/O.
#include <span>
#include <string_view>

namespace vk::text {

// True if the folded, lowercase word is a greeting, thanks, sign-off or a word for asking.
bool isCourtesy(std::string_view foldedWord);
std::span<const std::string_view> courtesyWords();  // sorted

}  // namespace vk::text
