#pragma once
// Free text that may describe a resident (a help question, a note, a card's question, a
// partner's role, …), after the privacy guard has let it through. Only the guard makes one
// (api::PrivacyGuard::check, in api/guarded_text.cpp): the constructor that takes a text is
// private and the guard is its only friend. Every store command that saves such a text takes
// a `const GuardedText&`, so a handler that forgot the guard does not compile.
// The empty text is the one value anybody may make (there is nothing in it to guard).
// Reading back what was stored gives plain std::string in the store's result structs.
#include <string>
#include <utility>

namespace vk::api {
class PrivacyGuard;
}

namespace vk::domain {

class GuardedText {
 public:
  GuardedText() = default;
  const std::string& str() const { return text_; }
  bool empty() const { return text_.empty(); }

 private:
  friend class vk::api::PrivacyGuard;
  explicit GuardedText(std::string text) : text_(std::move(text)) {}
  std::string text_;
};

}  // namespace vk::domain
