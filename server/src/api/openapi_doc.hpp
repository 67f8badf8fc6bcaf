#pragma once
// The served OpenAPI description: docs/api/openapi.json (the foundation) with the
// fragments of each part of Vakkompas (docs/api/paths/*.json, each
// {"paths": {…}, "schemas": {…}}) merged in, so parts document themselves in
// their own file.
#include <string>

namespace vk::api {
const std::string& openApiDocument();  // empty when the build has no description
}
