#pragma once
// Dutch stemming with Snowball's "dutch" algorithm (libstemmer), plus the inflections it misses.
// Thread-safe: each thread owns its own Snowball stemmer (Snowball stemmers are not re-entrant).
#include <string>
#include <string_view>
#include <vector>

namespace vk::text {

// Snowball stem of a folded, lowercase word ("schulden" → "schuld", "uitkeringen" → "uitker").
std::string stem(std::string_view word);
// Same, writing into `out` (reuses its capacity; no allocation once warmed up).
void stem(std::string_view word, std::string& out);

// Alternative stems for inflections Snowball leaves alone, most likely first:
// verb forms in -t/-d ("drinkt" → "drink"), plurals in -s/-'s ("meisjes" → "meisj", "autos" → "auto"),
// past participles with ge- ("gepest" → "pest", "geslagen" → "slag"). Each candidate is already stemmed.
// A caller uses the first candidate its vocabulary knows; none of them is right in general.
void stemVariants(std::string_view word, std::vector<std::string>& out);

}  // namespace vk::text
