#pragma once
// The text the privacy detectors read: the input after Unicode NFKC, without invisible (format and
// default-ignorable) characters, with every kind of space as ' ', every dash as '-', every decimal
// digit as an ASCII digit, fraction and division slashes as '/' and a middle dot after a digit as
// '.'. Keeps a map back to the original bytes, so findings are reported in the caller's offsets.
// Not for use outside text/ (the knowledge matcher has its own normalise.hpp).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vk::text::privacy_detail {

class GuardText {
 public:
  explicit GuardText(std::string_view original);
  GuardText(const GuardText&) = delete;
  GuardText& operator=(const GuardText&) = delete;

  // The normalised text; the original itself (no copy) when nothing had to change.
  std::string_view text() const { return text_; }
  bool changed() const { return !edits_.empty(); }

  // Byte offset in the original where the character holding normalised byte `n` starts; for
  // n == text().size() the original's size.
  std::size_t originalStart(std::size_t n) const;
  // Exclusive end in the original of a span ending (exclusively) at normalised offset `n`: the
  // end of the original character that produced normalised byte n - 1; 0 for n == 0.
  std::size_t originalEnd(std::size_t n) const;

 private:
  // Normalised bytes [nb, ne) came from original bytes [ob, oe); everything between two edits is
  // copied unchanged. nb == ne for a removed character.
  struct Edit {
    std::size_t nb, ne, ob, oe;
  };
  void replace(std::size_t ob, std::size_t oe, std::string_view with);
  const Edit* lastEditAtOrBefore(std::size_t n) const;

  std::string_view original_;
  std::string buf_;
  std::string_view text_;
  std::vector<Edit> edits_;
  std::size_t copied_ = 0;  // original bytes before this offset are in buf_ already
};

}  // namespace vk::text::privacy_detail
