// Help-question matcher throughput on one core, against the obvious alternative: an SQLite FTS5
// index of the catalogue (one row per knowledge aspect: name, description, terms) queried with
// bm25 and an OR of the question's words. Both run over the labelled questions of
// server/tests/data/eval/help-questions.tsv (the shared 40) and server/tests/data/help-questions-dev.tsv
// (our 300) and report questions/s and domain recall/precision as counters.
//
//   vk_bench --benchmark_filter=Match
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/knowledge/catalogue.hpp"
#include "domain/knowledge/matcher.hpp"
#include "domain/resources.hpp"
#include "text/normalise.hpp"
#include "text/stopwords.hpp"

namespace {

using vk::domain::Catalogue;
using vk::domain::Matcher;

struct Labelled {
  std::string question;
  std::set<std::string> domains;
};

const std::vector<Labelled>& questions() {
  static const std::vector<Labelled> rows = [] {
    std::vector<Labelled> out;
    for (const char* path : {VK_SOURCE_DIR "/server/tests/data/eval/help-questions.tsv",
                             VK_SOURCE_DIR "/server/tests/data/help-questions-dev.tsv"}) {
      std::ifstream in(path);
      std::string line;
      std::getline(in, line);  // header
      while (std::getline(in, line)) {
        std::vector<std::string> cols;
        std::stringstream ss(line);
        std::string col;
        while (std::getline(ss, col, '\t')) cols.push_back(col);
        if (cols.size() < 3) continue;
        Labelled l{cols[1], {}};
        std::stringstream ds(cols[2]);
        while (std::getline(ds, col, ','))
          if (!col.empty()) l.domains.insert(col);
        out.push_back(std::move(l));
      }
    }
    if (out.empty()) throw std::runtime_error("help-questions.tsv not found");
    return out;
  }();
  return rows;
}

const Catalogue& catalogue() {
  static const Catalogue c = vk::domain::parseCatalogue(*vk::resources::get("content/nl/catalogue.json"));
  return c;
}

struct Quality {
  double recall = 0, precision = 0;
};

Quality quality(const std::vector<std::vector<std::string>>& predicted) {
  std::size_t gold = 0, pred = 0, hit = 0;
  for (std::size_t i = 0; i < predicted.size(); ++i) {
    gold += questions()[i].domains.size();
    pred += predicted[i].size();
    for (auto& d : predicted[i]) hit += questions()[i].domains.count(d);
  }
  return {gold ? double(hit) / gold : 0, pred ? double(hit) / pred : 0};
}

// ---------------------------------------------------------------------------------------------

void BM_MatchMatcher(benchmark::State& state) {
  const Matcher matcher(catalogue());
  const auto& qs = questions();
  std::vector<std::vector<std::string>> predicted(qs.size());
  for (std::size_t i = 0; i < qs.size(); ++i)
    for (auto& d : matcher.match(qs[i].question).domains) predicted[i].push_back(d.id);
  std::size_t n = 0;
  for (auto _ : state) {
    auto r = matcher.match(qs[n % qs.size()].question);
    benchmark::DoNotOptimize(r);
    ++n;
  }
  Quality q = quality(predicted);
  state.counters["questions/s"] = benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsRate);
  state.counters["domain_recall"] = q.recall;
  state.counters["domain_precision"] = q.precision;
}
BENCHMARK(BM_MatchMatcher);

// ---------------------------------------------------------------------------------------------

class Fts5Index {
 public:
  explicit Fts5Index(const Catalogue& c) {
    check(sqlite3_open(":memory:", &db_));
    exec("CREATE VIRTUAL TABLE aspects USING fts5(domain UNINDEXED, name, description, terms,"
         " tokenize = 'unicode61 remove_diacritics 2', prefix = '5')");
    sqlite3_stmt* ins = nullptr;
    exec("BEGIN");
    check(sqlite3_prepare_v2(db_, "INSERT INTO aspects VALUES (?, ?, ?, ?)", -1, &ins, nullptr));
    for (auto& d : c.domains)
      for (auto& a : d.aspects) {
        std::string terms;
        for (auto& t : a.terms) terms += t + ", ";
        for (auto& t : d.terms) terms += t + ", ";
        sqlite3_bind_text(ins, 1, d.id.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 2, a.name.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 3, a.description.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(ins, 4, terms.c_str(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(ins) != SQLITE_DONE) throw std::runtime_error(sqlite3_errmsg(db_));
        sqlite3_reset(ins);
      }
    sqlite3_finalize(ins);
    exec("COMMIT");
    exec("INSERT INTO aspects(aspects) VALUES ('optimize')");  // one b-tree segment
    check(sqlite3_prepare_v2(db_,
                             "SELECT domain, -bm25(aspects) FROM aspects WHERE aspects MATCH ? ORDER BY rank LIMIT 20",
                             -1, &query_, nullptr));
  }
  ~Fts5Index() {
    sqlite3_finalize(query_);
    sqlite3_close(db_);
  }

  // Domains ranked by summed bm25 of their matching aspects; those within 40% of the best.
  // With `prefix`, longer words become 5-letter prefix queries (a crude stemmer).
  std::vector<std::string> topDomains(const std::string& question, bool prefix) {
    std::string match;
    for (const auto& t : vk::text::tokenize(question)) {
      if (vk::text::isStopword(t.text) || t.text.size() < 3) continue;
      std::string w;
      for (char ch : t.text)
        if (ch != '-') w.push_back(ch);
      if (!match.empty()) match += " OR ";
      // Poor man's stemming: a 5-letter prefix query for longer words ("schulden" → "schul*"),
      // served by the table's prefix index.
      if (prefix && w.size() >= 6) match += "\"" + w.substr(0, 5) + "\"*";
      else match += "\"" + w + "\"";
    }
    std::vector<std::string> out;
    if (match.empty()) return out;
    sqlite3_bind_text(query_, 1, match.c_str(), -1, SQLITE_TRANSIENT);
    std::map<std::string, double> score;
    while (sqlite3_step(query_) == SQLITE_ROW)
      score[reinterpret_cast<const char*>(sqlite3_column_text(query_, 0))] += sqlite3_column_double(query_, 1);
    sqlite3_reset(query_);
    double best = 0;
    for (auto& [d, s] : score) best = std::max(best, s);
    std::vector<std::pair<double, std::string>> ranked;
    for (auto& [d, s] : score)
      if (s >= 0.4 * best) ranked.emplace_back(s, d);
    std::sort(ranked.rbegin(), ranked.rend());
    for (auto& [s, d] : ranked) out.push_back(d);
    return out;
  }

 private:
  void check(int rc) {
    if (rc != SQLITE_OK) throw std::runtime_error(db_ ? sqlite3_errmsg(db_) : "sqlite");
  }
  void exec(const char* sql) { check(sqlite3_exec(db_, sql, nullptr, nullptr, nullptr)); }
  sqlite3* db_ = nullptr;
  sqlite3_stmt* query_ = nullptr;
};

void BM_MatchFts5Bm25(benchmark::State& state) {
  Fts5Index index(catalogue());
  const auto& qs = questions();
  std::vector<std::vector<std::string>> predicted(qs.size());
  const bool prefix = state.range(0) != 0;
  for (std::size_t i = 0; i < qs.size(); ++i) predicted[i] = index.topDomains(qs[i].question, prefix);
  std::size_t n = 0;
  for (auto _ : state) {
    auto r = index.topDomains(qs[n % qs.size()].question, prefix);
    benchmark::DoNotOptimize(r);
    ++n;
  }
  Quality q = quality(predicted);
  state.counters["questions/s"] = benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsRate);
  state.counters["domain_recall"] = q.recall;
  state.counters["domain_precision"] = q.precision;
}
BENCHMARK(BM_MatchFts5Bm25)->ArgName("prefix")->Arg(0)->Arg(1);

// Building the matcher's index (once per catalogue / organisation).
void BM_MatchBuildIndex(benchmark::State& state) {
  for (auto _ : state) {
    Matcher m(catalogue());
    benchmark::DoNotOptimize(m);
  }
}
BENCHMARK(BM_MatchBuildIndex)->Unit(benchmark::kMillisecond);

}  // namespace
