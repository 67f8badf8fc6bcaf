// Normalisation for the privacy guard (see privacy_normalise.hpp). One pass over the bytes; ASCII
// is copied as is, and nothing is copied at all until the first character that changes. Each
// non-ASCII character, together with the combining marks that follow it (also after an ASCII
// letter: "e" + U+0301), is one segment: it goes through utf8proc's NFKC and the guard's own
// mapping, and if the result differs from the original bytes the segment becomes an edit. So a
// finding's offsets map back to whole original characters. Invalid UTF-8 is copied unchanged.
#include "text/privacy_normalise.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace vk::text::privacy_detail {
namespace {

constexpr int kMaxSegment = 32;  // code points per segment; longer runs of marks are split

const std::uint8_t* bytes(std::string_view s) { return reinterpret_cast<const std::uint8_t*>(s.data()); }

// Value of a decimal digit (category Nd). Unicode encodes every decimal digit set as a contiguous
// run 0..9, so the value is the distance to the start of its run, modulo 10 (some runs hold several
// sets back to back).
int digitValue(utf8proc_int32_t cp) {
  int back = 0;
  while (back < 64 && utf8proc_category(cp - back - 1) == UTF8PROC_CATEGORY_ND) ++back;
  return back % 10;
}

bool isDotLike(utf8proc_int32_t cp) {
  // middle dot, hyphenation point, bullet operator, dot operator, katakana middle dot
  return cp == 0x00B7 || cp == 0x2027 || cp == 0x2219 || cp == 0x22C5 || cp == 0x30FB;
}
bool isSlashLike(utf8proc_int32_t cp) { return cp == 0x2044 || cp == 0x2215 || cp == 0x29F8; }
bool isDashLike(utf8proc_int32_t cp, utf8proc_category_t cat) {
  return cat == UTF8PROC_CATEGORY_PD || cp == 0x2212 || cp == 0x2043 || cp == 0x2796 || cp == 0x02D7;
}

// A lone non-ASCII character that the normalisation would leave unchanged: no decomposition, or a
// precomposed Latin letter (é, ë, ş: canonical decomposition into a letter and marks, which NFC
// composes back); not ignorable; none of the categories the guard maps.
bool unchangedAlone(utf8proc_int32_t cp) {
  const utf8proc_property_t* p = utf8proc_get_property(cp);
  if (p->ignorable) return false;
  if (p->decomp_seqindex != UINT16_MAX) {
    bool precomposedLatin = cp >= 0xC0 && cp <= 0x24F && p->decomp_type == 0 && !p->comp_exclusion;
    if (!precomposedLatin) return false;
  }
  switch (p->category) {
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_PD:
    case UTF8PROC_CATEGORY_ND:
      return false;
    default:
      break;
  }
  return !isDotLike(cp) && !isSlashLike(cp) && !isDashLike(cp, static_cast<utf8proc_category_t>(p->category));
}

// Bytes the main loop must look at: tab, vertical tab, form feed and every non-ASCII byte.
constexpr std::array<bool, 256> kSpecial = [] {
  std::array<bool, 256> t{};
  t['\t'] = t['\v'] = t['\f'] = true;
  for (int c = 0x80; c < 256; ++c) t[c] = true;
  return t;
}();

void appendUtf8(std::string& out, utf8proc_int32_t cp) {
  std::uint8_t tmp[4];
  utf8proc_ssize_t k = utf8proc_encode_char(cp, tmp);
  out.append(reinterpret_cast<const char*>(tmp), static_cast<std::size_t>(k));
}

}  // namespace

GuardText::GuardText(std::string_view s) : original_(s) {
  const std::uint8_t* p = bytes(s);
  const std::size_t n = s.size();
  utf8proc_int32_t cps[kMaxSegment];
  std::string out;
  std::size_t i = 0;
  while (i < n) {
    while (i < n && !kSpecial[p[i]]) ++i;  // plain ASCII
    if (i >= n) break;
    if (p[i] < 0x80) {  // tab, vertical tab, form feed
      replace(i, i + 1, " ");
      ++i;
      continue;
    }
    // A segment: one character and the combining marks after it; the character may be the ASCII
    // letter before this byte ("e" + U+0301).
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
    if (len <= 0) {  // invalid UTF-8: one byte, unchanged
      ++i;
      continue;
    }
    std::size_t b = i;
    if (utf8proc_get_property(cp)->combining_class != 0 && i > copied_ && i > 0 && p[i - 1] < 0x80) b = i - 1;
    std::size_t j = i + static_cast<std::size_t>(len);
    int count = b < i ? 2 : 1;
    while (j < n && count < kMaxSegment && p[j] >= 0x80) {
      utf8proc_int32_t next;
      utf8proc_ssize_t l2 = utf8proc_iterate(p + j, static_cast<utf8proc_ssize_t>(n - j), &next);
      if (l2 <= 0 || utf8proc_get_property(next)->combining_class == 0) break;
      ++count;
      j += static_cast<std::size_t>(l2);
    }
    if (count == 1 && unchangedAlone(cp)) {
      i = j;
      continue;
    }
    i = b;
    // NFKC of the segment, without default-ignorable characters.
    utf8proc_ssize_t m = utf8proc_decompose(p + i, static_cast<utf8proc_ssize_t>(j - i), cps, kMaxSegment,
                                            static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_IGNORE));
    if (m < 0 || m > kMaxSegment) {  // does not fit (long compatibility expansion): leave it
      i = j;
      continue;
    }
    m = utf8proc_normalize_utf32(cps, m, static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_COMPOSE));
    if (m < 0) {
      i = j;
      continue;
    }
    out.clear();
    for (utf8proc_ssize_t k = 0; k < m; ++k) {
      utf8proc_int32_t x = cps[k];
      auto cat = utf8proc_category(x);
      if (cat == UTF8PROC_CATEGORY_CF) continue;  // format characters: bidi marks, zero-width, ...
      if (cat == UTF8PROC_CATEGORY_ZS) {
        out += ' ';
      } else if (cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP) {
        out += '\n';
      } else if (isDashLike(x, cat)) {
        out += '-';
      } else if (cat == UTF8PROC_CATEGORY_ND && x >= 0x80) {
        out += static_cast<char>('0' + digitValue(x));
      } else if (isSlashLike(x)) {
        out += '/';
      } else if (isDotLike(x)) {
        unsigned char prev = 0;
        if (!out.empty()) prev = static_cast<unsigned char>(out.back());
        else if (i > copied_) prev = p[i - 1];
        else if (!buf_.empty()) prev = static_cast<unsigned char>(buf_.back());
        if (prev >= '0' && prev <= '9') out += '.';
        else appendUtf8(out, x);
      } else {
        appendUtf8(out, x);
      }
    }
    if (std::string_view(out) != s.substr(i, j - i)) replace(i, j, out);
    i = j;
  }
  if (edits_.empty()) {
    text_ = s;
  } else {
    buf_.append(s.substr(copied_));
    text_ = buf_;
  }
}

void GuardText::replace(std::size_t ob, std::size_t oe, std::string_view with) {
  if (edits_.empty()) buf_.reserve(original_.size() + 16);
  buf_.append(original_.substr(copied_, ob - copied_));
  std::size_t nb = buf_.size();
  buf_.append(with);
  edits_.push_back({nb, buf_.size(), ob, oe});
  copied_ = oe;
}

// The last edit whose normalised start is <= n (edits are in order; a removed character comes
// before a replaced one at the same offset).
const GuardText::Edit* GuardText::lastEditAtOrBefore(std::size_t n) const {
  auto it = std::upper_bound(edits_.begin(), edits_.end(), n, [](std::size_t v, const Edit& e) { return v < e.nb; });
  return it == edits_.begin() ? nullptr : &*(it - 1);
}

std::size_t GuardText::originalStart(std::size_t n) const {
  const Edit* e = lastEditAtOrBefore(n);
  if (!e) return n;
  if (n < e->ne) return e->ob;  // inside a replaced character: its start
  return e->oe + (n - e->ne);
}

std::size_t GuardText::originalEnd(std::size_t n) const {
  if (n == 0) return 0;
  const Edit* e = lastEditAtOrBefore(n - 1);
  if (!e) return n;
  if (n - 1 < e->ne) return e->oe;  // the last byte is part of a replaced character: its end
  return e->oe + (n - e->ne);
}

}  // namespace vk::text::privacy_detail
