#pragma once
// JSON shapes of the interviews part: decks and cards, interviews, notes and fragments,
// common threads at team, organisation and national level, zodatjes and craft statements.
// The store answers structs; the routes give them these shapes.
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <vector>

#include "domain/interviews/craft.hpp"
#include "store/interviews/codebook.hpp"
#include "store/interviews/store.hpp"

namespace vk::api::interviews {

boost::json::object view(const store::DeckSummary& d);
boost::json::object view(const store::DeckDetail& d);
boost::json::object view(const domain::Card& c);
boost::json::object view(const store::InterviewSummary& s);
boost::json::object view(const store::InterviewList& l);
boost::json::object view(const store::InterviewNote& n);
boost::json::object view(const store::Fragment& f);
boost::json::object view(const store::InterviewDetail& d);
boost::json::object view(const store::CloudWord& w);
boost::json::object view(const store::ThemeCloud& t);
boost::json::object view(const store::ThreadsPeriod& p);
boost::json::object view(const store::TeamThreads& t);
boost::json::object view(const store::ChainPerson& p);
boost::json::object view(const store::ChainLink& l);
boost::json::object view(const store::TeamChain& c);
boost::json::object view(const store::OrgThreads& o);
// The file format of the national common threads ("vakkompas-rode-draden/1").
boost::json::object view(const store::ThreadsExport& e);
boost::json::object view(const store::NationalThreads& n);
boost::json::object view(const store::Zodatje& z);
// A team's list of statements: who wrote it.
boost::json::object view(const store::CraftStatement& s);
// The author's own statement as saved: which team.
boost::json::object savedView(const store::CraftStatement& s);

boost::json::object view(const store::CodebookSubtheme& s);
boost::json::object view(const store::CodebookTheme& t);
boost::json::object view(const store::CodeSuggestion& s);

template <typename T>
boost::json::array arrayOf(const std::vector<T>& xs) {
  boost::json::array a;
  a.reserve(xs.size());
  for (auto& x : xs) a.push_back(view(x));
  return a;
}

}  // namespace vk::api::interviews
