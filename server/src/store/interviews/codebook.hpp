#pragma once
// The organisation's own codebook: the 7 themes of the craft (fixed keys, own titles,
// descriptions and words) and their sub-themes. It starts as the starter content; an
// organisation admin edits it. Sub-themes used by confirmed fragments are retired, never
// deleted. The text engine suggests themes with these words.
#include <cstdint>
#include <string>
#include <vector>

#include "domain/interviews/craft.hpp"
#include "domain/guarded_text.hpp"
#include "domain/foundation/people.hpp"
#include "domain/interviews/craft.hpp"
#include "domain/foundation/people.hpp"
#include "store/db.hpp"

namespace vk::store {

// The organisation's codebook, or the starter content while it has never been stored.
std::vector<domain::CraftTheme> codebookOf(Conn& c, int64_t orgId);
// Stores the starter codebook for the organisation if it has none yet.
void ensureCodebook(Conn& c, int64_t orgId);

struct CodeSuggestion {
  std::vector<std::string> themes;
  std::vector<int64_t> subthemes;
};
// Themes and sub-themes for a shared text, with the organisation's codebook.
CodeSuggestion suggestCodes(Conn& c, int64_t orgId, std::string_view text);

struct CodeInput {
  std::string title;                // a label
  domain::GuardedText description;  // free text: through the privacy guard
  std::vector<std::string> keywords;
  bool retired = false;  // sub-themes only
};

// The codebook as its editor sees it: each sub-theme with how many confirmed fragments carry it.
struct CodebookSubtheme {
  domain::SubTheme subtheme;
  int64_t confirmedCount = 0;
};
struct CodebookTheme {
  std::string key, title, description;
  std::vector<std::string> keywords;
  std::vector<CodebookSubtheme> subthemes;
};

class CodebookStore {
 public:
  explicit CodebookStore(Db& db) : db_(db) {}
  std::vector<CodebookTheme> themes(const domain::Actor& a);
  CodebookTheme putTheme(const domain::Actor& a, const std::string& key, const CodeInput& in);
  CodebookSubtheme addSubtheme(const domain::Actor& a, const std::string& key, const CodeInput& in);
  CodebookSubtheme putSubtheme(const domain::Actor& a, const std::string& key, int64_t id, const CodeInput& in);
  void deleteSubtheme(const domain::Actor& a, const std::string& key, int64_t id);
  CodeSuggestion suggest(const domain::Actor& a, const std::string& text);

 private:
  Db& db_;
};

}  // namespace vk::store
