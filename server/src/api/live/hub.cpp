#include "api/live/hub.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/json.hpp>
#include <optional>
#include <set>

#include "api/privacy/guard.hpp"
#include "api/live/guideline.hpp"
#include "api/live/programme.hpp"
#include "api/problem.hpp"
#include "domain/errors.hpp"
#include "domain/live/conversation.hpp"
#include "domain/live/programme.hpp"
#include "store/live/pg_listener.hpp"
#include "store/foundation/store.hpp"

namespace vk::api {

namespace json = boost::json;

namespace {

struct GuidelineKeys {
  std::set<std::string> rules, parts;
};

const GuidelineKeys& guidelineKeys() {
  // Organisations word the guideline their own way, but its keys stay those of the default.
  static const GuidelineKeys keys = [] {
    GuidelineKeys k;
    for (auto& r : defaultGuideline().at("rules").as_array()) k.rules.insert(std::string(r.at("key").as_string()));
    for (auto& p : defaultGuideline().at("parts").as_array()) k.parts.insert(std::string(p.at("key").as_string()));
    return k;
  }();
  return keys;
}

std::string errorFrame(std::string_view clientId, int status, std::string_view title, json::array findings = {}) {
  json::object o{{"type", "error"}, {"clientId", clientId}, {"status", status}, {"title", title}};
  if (!findings.empty()) o["findings"] = std::move(findings);
  return json::serialize(o);
}

std::string textField(const json::object& data, std::string_view name, size_t maxLen) {
  auto it = data.find(name);
  if (it == data.end() || !it->value().is_string())
    throw domain::Error(domain::ErrorKind::Invalid, "Schrijf eerst iets op.");
  std::string t(it->value().as_string());
  while (!t.empty() && std::isspace(static_cast<unsigned char>(t.back()))) t.pop_back();
  size_t start = 0;
  while (start < t.size() && std::isspace(static_cast<unsigned char>(t[start]))) ++start;
  t = t.substr(start);
  if (t.empty()) throw domain::Error(domain::ErrorKind::Invalid, "Schrijf eerst iets op.");
  if (t.size() > maxLen)
    throw domain::Error(domain::ErrorKind::Invalid, "Dit is te lang: houd het bij " + std::to_string(maxLen) + " tekens.");
  return t;
}

int64_t intField(const json::object& data, std::string_view name) {
  auto it = data.find(name);
  if (it == data.end() || !it->value().is_int64())
    throw domain::Error(domain::ErrorKind::Invalid, "Er ontbreekt een nummer (" + std::string(name) + ").");
  return it->value().as_int64();
}

std::string keyField(const json::object& data, std::string_view name, const std::set<std::string>& allowed) {
  auto it = data.find(name);
  if (it == data.end() || !it->value().is_string() || !allowed.count(std::string(it->value().as_string())))
    throw domain::Error(domain::ErrorKind::Invalid, "Kies een vuistregel en een onderdeel van de opdracht.");
  return std::string(it->value().as_string());
}

// Checks a submission and returns the payload to store (its texts go through the guard).
json::object sanitise(std::string_view kind, const json::object& data, bool confirmed) {
  json::object out;
  if (kind == "thought" || kind == "sentence" || kind == "verse") {
    std::string text = textField(data, "text", kind == "thought" ? 1000 : 300);
    out["text"] = text;
    if (kind == "thought" && data.contains("block") && data.at("block").is_int64()) out["block"] = data.at("block");
    // Step 4 of the what-works conversation: whose perspective the thought speaks for.
    if (kind == "thought" && data.contains("perspective")) {
      auto& p = data.at("perspective");
      if (!p.is_string() || !domain::isConversationPerspective(p.as_string()))
        throw domain::Error(domain::ErrorKind::Invalid, "Kies een perspectief: bewoner, professional, partner of gemeente.");
      out["perspective"] = p;
    }
  } else if (kind == "place") {
    out["thought"] = intField(data, "thought");
    out["rule"] = keyField(data, "rule", guidelineKeys().rules);
    out["part"] = keyField(data, "part", guidelineKeys().parts);
  } else if (kind == "block") {
    int64_t i = intField(data, "index");
    if (i < 0 || i > 100) throw domain::Error(domain::ErrorKind::Invalid, "Dit blok bestaat niet.");
    out["index"] = i;
  } else if (kind == "group") {
    out["thought"] = intField(data, "thought");
    auto it = data.find("group");
    std::string g = it != data.end() && it->value().is_string() ? std::string(it->value().as_string()) : "";
    if (g.size() > 80) throw domain::Error(domain::ErrorKind::Invalid, "Geef de groep een kortere naam.");
    out["group"] = g;
  } else if (kind == "programme") {
    auto it = data.find("blocks");
    auto blocks = domain::checkedBlocks(it == data.end() ? json::value() : it->value());
    out["blocks"] = std::move(blocks);
  }
  // reveal, end: no data
  return out;
}

}  // namespace

bool liveKindAllowed(std::string_view kind, bool facilitator) {
  if (kind == "thought" || kind == "sentence" || kind == "verse" || kind == "place") return true;
  if (kind == "block" || kind == "reveal" || kind == "group" || kind == "programme" || kind == "end")
    return facilitator;
  return false;
}

LiveHub::~LiveHub() {
  listener_.reset();  // joins the listener thread before anything else goes
  {
    std::lock_guard lock(tickMu_);
    stopping_ = true;
  }
  tickCv_.notify_all();
  if (ticker_.joinable()) ticker_.join();
}

void LiveHub::countLoop() {
  std::unique_lock lock(tickMu_);
  for (;;) {
    tickCv_.wait(lock, [&] { return stopping_ || tickWanted_; });
    if (stopping_) return;
    // Wait until the earliest count is due (at once after a quiet spell), then flush every
    // room whose count waits. Off the I/O threads: a submit never pays for the room's count.
    tickCv_.wait_until(lock, tickDue_, [&] { return stopping_; });
    if (stopping_) return;
    tickWanted_ = false;
    lock.unlock();
    std::vector<std::shared_ptr<Room>> rooms;
    {
      std::lock_guard ml(mu_);
      for (auto& [id, r] : rooms_) rooms.push_back(r);
    }
    auto now = std::chrono::steady_clock::now();
    std::optional<std::chrono::steady_clock::time_point> later;  // a room not yet due
    for (auto& r : rooms) {
      std::lock_guard rl(r->mu);
      if (!r->countDirty) continue;
      if (now - r->lastCount >= kCountInterval) flushCountLocked(*r);
      else if (!later || r->lastCount + kCountInterval < *later) later = r->lastCount + kCountInterval;
    }
    lock.lock();
    if (later && (!tickWanted_ || *later < tickDue_)) {
      tickDue_ = *later;
      tickWanted_ = true;
    }
  }
}

void LiveHub::bind(store::Store& s) {
  std::call_once(bound_, [&] {
    store_ = &s;
    live_ = std::make_unique<store::LiveStore>(s);
    listener_ = store::startLiveListener(s, [this](int64_t session, int64_t) {
      if (session == 0) pumpAll();
      else pump(session);
    });
    ticker_ = std::thread([this] { countLoop(); });
  });
}

size_t LiveHub::connections() const {
  std::lock_guard lock(mu_);
  size_t n = 0;
  for (auto& [id, r] : rooms_) {
    std::lock_guard rl(r->mu);
    n += r->clients.size();
  }
  return n;
}

std::shared_ptr<LiveHub::Room> LiveHub::room(int64_t sessionId) {
  std::lock_guard lock(mu_);
  auto& r = rooms_[sessionId];
  if (!r) {
    r = std::make_shared<Room>();
    r->sessionId = sessionId;
  }
  return r;
}

void LiveHub::makeFrames(Room& r, size_t index) {
  const auto& e = r.events[index];
  auto& f = r.frames[index];
  json::object o{{"type", "event"}, {"seq", e.seq}, {"kind", e.kind}, {"at", e.createdAt}, {"mine", false}};
  o["data"] = json::parse(e.payload);
  f.full = std::make_shared<const std::string>(json::serialize(o));
  o["mine"] = true;
  f.fullMine = std::make_shared<const std::string>(json::serialize(o));
  o["mine"] = false;
  if (e.kind == "thought") {
    // Never sent to the others as such (seesEvent): they get counts, then the reveal.
  } else if (e.kind == "reveal") {
    // One batch: the thoughts this reveal reveals (those since the previous reveal).
    int64_t previous = 0;
    for (size_t i = index; i-- > 0;)
      if (r.events[i].kind == "reveal") {
        previous = r.events[i].seq;
        break;
      }
    json::array thoughts;
    for (size_t i = 0; i < index; ++i)
      if (r.events[i].kind == "thought" && r.events[i].seq > previous)
        thoughts.push_back(json::object{
            {"seq", r.events[i].seq}, {"at", r.events[i].createdAt}, {"data", json::parse(r.events[i].payload)}});
    o["data"] = json::object{{"thoughts", std::move(thoughts)}};
    f.forOthers = std::make_shared<const std::string>(json::serialize(o));
  } else {
    f.forOthers = f.full;
  }
}

bool LiveHub::seesEvent(const Room& r, const Client& c, size_t index) {
  const auto& e = r.events[index];
  if (e.kind != "thought" || c.viewer.facilitator) return true;
  return (c.viewer.userId && e.authorUser == c.viewer.userId) || (c.viewer.guestId && e.authorGuest == c.viewer.guestId);
}

// Sends event `index` to the client if it is new to it and meant for it; returns the bytes
// sent (0: none).
size_t LiveHub::sendEvent(Room& r, Client& c, size_t index) {
  const auto& e = r.events[index];
  if (e.seq <= c.lastSent) return 0;
  c.lastSent = e.seq;
  if (e.kind == "reveal") c.countedHidden = 0;  // the reveal tells it nothing waits
  if (!seesEvent(r, c, index)) return 0;  // a hidden thought of someone else: the count covers it
  bool mine = (c.viewer.userId && e.authorUser == c.viewer.userId) || (c.viewer.guestId && e.authorGuest == c.viewer.guestId);
  const auto& f = r.frames[index];
  const http::Frame& frame = mine ? f.fullMine : c.viewer.facilitator ? f.full : f.forOthers;
  c.conn->send(frame);  // the room's one buffer, shared by every connection
  return frame->size() + 1;
}

// A frame the room made for a client that is still catching up: it gets it later from the
// replay; one that falls further behind than its queue limit does not read, and is closed.
void LiveHub::owe(Client& c) {
  if (++c.owed <= c.conn->queueLimit() || c.dropped) return;
  c.dropped = true;
  c.conn->close();
}

// The next chunk of a client's replay: the events after the last it got, up to half its
// queue limit in frames (or kReplayChunkBytes). The rest follows on the connection's onDrain;
// when nothing is left, the client is current: a participant gets its count, and from then on
// the live stream.
void LiveHub::replayLocked(Room& r, Client& c) {
  if (c.dropped) return;
  c.owed = 0;
  const size_t maxFrames = std::max<size_t>(1, c.conn->queueLimit() / 2);
  size_t frames = 0, bytes = 0;
  auto from = std::upper_bound(r.events.begin(), r.events.end(), c.lastSent,
                               [](int64_t seq, const store::LiveEvent& e) { return seq < e.seq; });
  for (size_t i = static_cast<size_t>(from - r.events.begin()); i < r.events.size(); ++i) {
    if (frames >= maxFrames || bytes >= kReplayChunkBytes) {
      c.catchingUp = true;
      c.conn->requestDrain();
      return;
    }
    if (size_t n = sendEvent(r, c, i)) {
      ++frames;
      bytes += n;
    }
  }
  c.catchingUp = false;
  // A participant learns how many thoughts wait, and that it is current: a resume ends so.
  if (!c.viewer.facilitator) sendCount(r, c, countFrame(r));
}

void LiveHub::continueReplay(const std::shared_ptr<Client>& c) {
  auto r = room(c->viewer.sessionId);
  std::lock_guard lock(r->mu);
  if (!c->catchingUp) return;
  try {
    replayLocked(*r, *c);
  } catch (const std::exception& e) {
    spdlog::warn("{{\"live\":\"replay\",\"session\":{},\"error\":\"{}\"}}", r->sessionId, e.what());
    c->conn->close();  // it resumes on reconnect
  }
}

// The count frame: how many thoughts wait for the reveal, and the number up to which the
// participant now has everything meant for it (its resume point, `after=seq`).
http::Frame LiveHub::countFrame(const Room& r) const {
  int64_t last = r.events.empty() ? 0 : r.events.back().seq;
  return std::make_shared<const std::string>(
      json::serialize(json::object{{"type", "count"}, {"seq", last}, {"hidden", r.hidden}}));
}

void LiveHub::sendCount(Room& r, Client& c, const http::Frame& frame) {
  if (c.viewer.facilitator) return;  // facilitators get every thought itself
  if (c.catchingUp) {                // its replay ends with a count of its own
    owe(c);
    return;
  }
  int64_t last = r.events.empty() ? 0 : r.events.back().seq;
  if (c.lastSent >= last && c.countedHidden == r.hidden) return;  // it knows already
  c.lastSent = std::max(c.lastSent, last);  // every event up to last was dispatched (under the lock)
  c.countedHidden = r.hidden;
  c.conn->send(frame);
}

void LiveHub::flushCountLocked(Room& r) {
  r.countDirty = false;
  r.lastCount = std::chrono::steady_clock::now();
  http::Frame frame = countFrame(r);  // serialised once for the room
  for (auto& c : r.clients) sendCount(r, *c, frame);
}

// Reads the room's new events from the store without holding its lock (the I/O threads
// that accept connections and the listener do not wait on each other's reads), then adds
// those it does not have yet under the lock. Every read starts after the room's last event
// and returns the events after it in order, so what is added continues the room's list:
// nothing twice, no gap, order kept, also when two pumps overlap.
void LiveHub::pumpRoom(Room& r) {
  int64_t last = 0;
  {
    std::lock_guard lock(r.mu);
    last = r.events.empty() ? 0 : r.events.back().seq;
  }
  auto fresh = live_->eventsAfter(r.sessionId, last);
  std::lock_guard lock(r.mu);
  r.loaded = true;
  addLocked(r, std::move(fresh));
}

void LiveHub::addLocked(Room& r, std::vector<store::LiveEvent> fresh) {
  for (auto& e : fresh) {
    if (!r.events.empty() && e.seq <= r.events.back().seq) continue;  // another pump added it
    r.events.push_back(std::move(e));
    r.frames.emplace_back();
    size_t index = r.events.size() - 1;
    makeFrames(r, index);
    const auto& added = r.events[index];
    if (added.kind == "reveal") {
      r.revealSeq = added.seq;
      r.hidden = 0;
      r.countDirty = false;  // the reveal itself tells everyone
    } else if (added.kind == "thought") {
      ++r.hidden;
      r.countDirty = true;
    } else if (added.kind == "end") {
      r.endedAt = added.createdAt;  // the session's ended_at, written with this event
    }
    for (auto& c : r.clients) {
      if (!c->catchingUp) sendEvent(r, *c, index);
      else if (seesEvent(r, *c, index)) owe(*c);  // its replay reaches this event later
    }
  }
  if (!r.countDirty) return;
  // Leading edge: the first count after a quiet spell is due at once; then one per interval.
  auto due = std::max(std::chrono::steady_clock::now(), r.lastCount + kCountInterval);
  {
    std::lock_guard lock(tickMu_);
    if (!tickWanted_ || due < tickDue_) tickDue_ = due;
    tickWanted_ = true;
  }
  tickCv_.notify_one();
}

void LiveHub::pump(int64_t sessionId) {
  std::shared_ptr<Room> r;
  {
    std::lock_guard lock(mu_);
    auto it = rooms_.find(sessionId);
    if (it == rooms_.end()) return;
    r = it->second;
  }
  try {
    pumpRoom(*r);
  } catch (const std::exception& e) {
    spdlog::warn("{{\"live\":\"pump\",\"session\":{},\"error\":\"{}\"}}", sessionId, e.what());
  }
}

void LiveHub::pumpAll() {
  std::vector<int64_t> ids;
  {
    std::lock_guard lock(mu_);
    for (auto& [id, r] : rooms_) ids.push_back(id);
  }
  for (auto id : ids) pump(id);
}

void LiveHub::accept(http::PendingUpgrade& up, const store::LiveViewer& viewer, std::function<int64_t()> clock,
                     int64_t afterSeq) {
  auto client = std::make_shared<Client>();
  client->viewer = viewer;
  client->lastSent = afterSeq;
  std::weak_ptr<LiveHub> weak = shared_from_this();
  std::weak_ptr<Client> weakClient = client;
  http::LiveCallbacks cb;
  cb.onMessage = [weak, weakClient, clock](const std::shared_ptr<http::LiveConnection>&, std::string_view text) {
    auto hub = weak.lock();
    auto c = weakClient.lock();
    if (hub && c) hub->onMessage(c, text, clock());
  };
  cb.onClose = [weak, weakClient](const std::shared_ptr<http::LiveConnection>&) {
    auto hub = weak.lock();
    auto c = weakClient.lock();
    if (hub && c) hub->detach(c);
  };
  cb.onDrain = [weak, weakClient](const std::shared_ptr<http::LiveConnection>&) {
    auto hub = weak.lock();
    auto c = weakClient.lock();
    if (hub && c) hub->continueReplay(c);
  };
  client->conn = up.accept(std::move(cb));

  auto r = room(viewer.sessionId);
  // Outside the room's lock: the store's reads. A room knows its events once loaded (the
  // listener, or this instance's own submissions, bring the rest), so a resume reads them
  // only for a new room, or when it saw an event on another instance that the listener has
  // not brought here yet. The welcome data is the room's, read again when it is stale.
  bool needPump = false;
  std::shared_ptr<const Room::Welcome> welcome;
  auto generation = store_->db().changeGeneration();
  {
    std::lock_guard lock(r->mu);
    int64_t last = r->events.empty() ? 0 : r->events.back().seq;
    needPump = !r->loaded || last < afterSeq;
    auto& w = r->welcome;
    if (w && ((generation && w->generation == generation) ||
              std::chrono::steady_clock::now() - w->readAt < kWelcomeFresh))
      welcome = w;
  }
  if (needPump) pumpRoom(*r);
  if (!welcome) {
    welcome = readWelcome(viewer.sessionId);
    std::lock_guard lock(r->mu);
    if (!r->welcome || r->welcome->readAt < welcome->readAt) r->welcome = welcome;
  }
  json::object s = welcome->session;  // a copy, outside the lock
  json::object you{{"name", viewer.name}, {"facilitator", viewer.facilitator}, {"guest", viewer.guestId.has_value()}};

  std::lock_guard lock(r->mu);
  // Ended: closed on the server (nothing more is taken, the code works no more). From the
  // room's end event, so it agrees with lastSeq.
  s["endedAt"] = r->endedAt ? json::value(*r->endedAt) : json::value(nullptr);
  if (viewer.facilitator && !r->endedAt) s["joinCode"] = welcome->joinCode;
  int64_t lastSeq = r->events.empty() ? 0 : r->events.back().seq;
  client->conn->send(json::serialize(json::object{
      {"type", "welcome"}, {"session", std::move(s)}, {"you", std::move(you)}, {"lastSeq", lastSeq}, {"resumedAfter", afterSeq}}));
  // The replay, in chunks as the connection drains (replayLocked); it ends with the count.
  r->clients.push_back(client);
  replayLocked(*r, *client);
}

// The part of the welcome that is the same for every connection of the session.
std::shared_ptr<const LiveHub::Room::Welcome> LiveHub::readWelcome(int64_t sessionId) {
  auto w = std::make_shared<Room::Welcome>();
  w->generation = store_->db().changeGeneration();  // before the reads it labels
  w->readAt = std::chrono::steady_clock::now();
  auto session = live_->sessionById(sessionId);
  json::object s{{"id", session.id},
                 {"title", session.title},
                 {"teamId", session.teamId},
                 {"teamName", session.teamName},
                 {"programme", json::parse(session.programme)},
                 {"songUrl", live_->songUrlOfOrg(session.orgId)},
                 {"guideline", orgGuideline(*live_, session.orgId)}};
  // The team's song so far: inside a session everyone (guests too) sees it grow.
  json::array earlier;
  for (auto& line : live_->earlierVerses(session.id)) earlier.emplace_back(line);
  s["teamVerses"] = std::move(earlier);
  w->session = std::move(s);
  w->joinCode = session.joinCode;
  return w;
}

void LiveHub::forgetWelcomes() {
  std::lock_guard lock(mu_);
  for (auto& [id, r] : rooms_) {
    std::lock_guard rl(r->mu);
    r->welcome.reset();
  }
}

void LiveHub::detach(const std::shared_ptr<Client>& c) {
  auto r = room(c->viewer.sessionId);
  std::lock_guard lock(r->mu);
  std::erase(r->clients, c);
}

void LiveHub::onMessage(const std::shared_ptr<Client>& c, std::string_view text, int64_t now) {
  std::string clientId;
  try {
    boost::system::error_code ec;
    auto v = json::parse(text, ec);
    if (ec || !v.is_object()) {
      c->conn->send(errorFrame("", 400, "Dit bericht is onleesbaar."));
      return;
    }
    auto& o = v.as_object();
    auto type = o.contains("type") && o.at("type").is_string() ? std::string(o.at("type").as_string()) : "";
    if (type == "ping") {
      static const http::Frame pong = std::make_shared<const std::string>(R"({"type":"pong"})");
      c->conn->send(pong);
      return;
    }
    if (type != "submit") {
      c->conn->send(errorFrame("", 400, "Onbekend soort bericht."));
      return;
    }
    if (o.contains("clientId") && o.at("clientId").is_string()) clientId = std::string(o.at("clientId").as_string());
    if (clientId.empty() || clientId.size() > 64) {
      c->conn->send(errorFrame(clientId, 400, "Elke inzending heeft een eigen clientId (1–64 tekens)."));
      return;
    }
    std::string kind = o.contains("kind") && o.at("kind").is_string() ? std::string(o.at("kind").as_string()) : "";
    if (!liveKindAllowed(kind, c->viewer.facilitator)) {
      c->conn->send(errorFrame(clientId, 403, "Dit mag alleen de begeleider van de sessie."));
      return;
    }
    json::object empty;
    const json::object& data = o.contains("data") && o.at("data").is_object() ? o.at("data").as_object() : empty;
    bool confirmed = o.contains("privacyConfirmed") && o.at("privacyConfirmed").is_bool() && o.at("privacyConfirmed").as_bool();
    json::value payload = sanitise(kind, data, confirmed);
    auto checked = PrivacyGuard::check(payloadTexts(payload.as_object()), confirmed, &payload);
    auto res = live_->append(c->viewer.sessionId, clientId, c->viewer, kind, checked.document, now);
    if (c->viewer.userId && !res.duplicate)  // a member confirmed a finding (a guest has no account to name)
      for (auto& f : checked.overridden)
        store_->audit(domain::Actor{*c->viewer.userId, live_->sessionById(c->viewer.sessionId).orgId, false},
                      "privacy.override", "live-session/" + std::to_string(c->viewer.sessionId) + "#" + f, now);
    if (!res.duplicate) pump(c->viewer.sessionId);
    c->conn->send(json::serialize(
        json::object{{"type", "ack"}, {"clientId", clientId}, {"seq", res.event.seq}, {"duplicate", res.duplicate}}));
  } catch (const PrivacyRefusal& e) {
    c->conn->send(errorFrame(clientId, 422,
                             e.hard() ? "Hier staat een BSN of rekeningnummer in. Haal dat weg: er is niets opgeslagen."
                                      : "Er staan mogelijk gegevens van een inwoner in. Vervang ze door bijvoorbeeld "
                                        "[naam], of bevestig dat het geen gegevens van een inwoner zijn.",
                             e.findings()));
  } catch (const domain::Error& e) {
    // Invalid content: 422 as before; an ended session: 409 with its Dutch title.
    int status = e.kind() == domain::ErrorKind::Invalid ? 422 : statusOf(e.kind());
    c->conn->send(errorFrame(clientId, status, e.what()));
  } catch (const std::exception& e) {
    spdlog::error("{{\"live\":\"submit\",\"error\":\"{}\"}}", e.what());
    c->conn->send(errorFrame(clientId, 500, "Er ging iets mis aan onze kant. Probeer het opnieuw."));
  }
}

}  // namespace vk::api
