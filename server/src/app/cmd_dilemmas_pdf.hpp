#pragma once
// `vakkompas dilemmas-pdf --out FILE`: prints the starter library of dilemmas as a card set
// (A4, cut marks, front and back), without a store.
#include <string>

namespace vk::app {
int runDilemmasPdf(const std::string& out);
}
