#pragma once
// The knowledge catalogue (Kennisbouwstenen): generic competences, life domains with their
// knowledge aspects, and target groups. Starter content lives in content/nl/catalogue.json;
// an organisation may edit its own copy. Pure: parses a JSON string, reads no files.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vk::domain {

struct Competence {
  std::string id, name, description;
};

enum class AspectKind {
  General,   // "algemeen": to notice and clarify (signaleren en verhelderen)
  Specific,  // "specifiek": to support (ondersteunen)
};

struct KnowledgeAspect {
  std::string id, name;
  AspectKind kind = AspectKind::General;
  std::string description;
  std::vector<std::string> terms;  // words residents and professionals use for it
};

struct LifeDomain {
  std::string id, name, description;
  std::vector<std::string> terms;  // domain-wide words not tied to one aspect
  std::vector<KnowledgeAspect> aspects;
};

struct TargetGroup {
  std::string id, name, description;
  std::vector<std::string> terms;  // cues in a help question ("dementie", "statushouder")
  std::optional<int> minAge, maxAge;  // an age mentioned in a question ("van 84") in this range is a cue
};

struct Catalogue {
  std::vector<Competence> competences;
  std::vector<LifeDomain> domains;
  std::vector<TargetGroup> groups;

  const LifeDomain* domain(std::string_view id) const;
  const TargetGroup* group(std::string_view id) const;
};

// Parses the catalogue JSON ({"competences":[…],"domains":[…],"groups":[…]}).
// Throws domain::Error (Invalid, Dutch title) on malformed JSON, missing fields, an unknown
// aspect kind, or duplicate ids.
Catalogue parseCatalogue(std::string_view json);

std::string_view toString(AspectKind k);  // "algemeen" | "specifiek"

}  // namespace vk::domain
