#pragma once
// The live hub: the WebSocket side of a live team session. Every submission is
// appended to the store (with the session's next event number) before it is
// acknowledged and broadcast; clients resume from the last number they saw; a
// client id per submission suppresses duplicates. With PostgreSQL, events written
// by other instances arrive through LISTEN/NOTIFY and are broadcast here too.
//
// Fan-out (issue 14): a hidden thought goes as a frame only to its author and the
// facilitators; every other participant gets a coalesced `count` frame (at most one per
// room per kCountInterval) with the number of thoughts waiting and the number it is current
// up to, so its resume point stays whole. A reveal goes to them as one frame carrying the
// thoughts it reveals. Cost per thought is O(1) frames, plus O(room) a few times a second.
// Each frame is serialised once and the same buffer (http::Frame) goes to every connection.
//
// Resume in chunks: a client that connects with ?after=N is "catching up" until its replay
// is done. The replay goes out in chunks of at most half the connection's queue limit (and
// kReplayChunkBytes); the next chunk follows when the connection reports its queue drained
// (onDrain). Meanwhile the live stream passes it by: the room's events stay in order in
// memory and the replay reads on from where it was, so it ends current and then joins the
// stream: nothing lost, nothing twice, order kept. A catching-up client that does not read
// is closed once the room has produced more frames for it than its queue limit since its
// last chunk drained, as a caught-up client is when its queue overflows.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include <boost/json.hpp>

#include "http/live_connection.hpp"
#include "store/live/pg_listener.hpp"
#include "store/live/store.hpp"

namespace vk::store {
class Store;
}  // namespace vk::store

namespace vk::api {

class LiveHub : public std::enable_shared_from_this<LiveHub> {
 public:
  LiveHub() = default;
  ~LiveHub();
  // Binds the hub to its store on first use (starts the PostgreSQL listener).
  void bind(store::Store& s);
  // Accepts an upgraded connection for viewer; replays the events after afterSeq.
  void accept(http::PendingUpgrade& up, const store::LiveViewer& viewer, std::function<int64_t()> clock,
              int64_t afterSeq);
  // Brings every connected client of the session up to date with the store.
  void pump(int64_t sessionId);
  void pumpAll();
  size_t connections() const;
  // Forgets the welcome data every room keeps (the organisation's song link or guideline
  // changed on this instance); the next connection reads it again.
  void forgetWelcomes();
  // How long a room's welcome data is used after the store changed (elsewhere) since it was
  // read: what is not an event of the room (song link, guideline, team name, earlier verses)
  // reaches a new connection at most this late from another instance.
  static constexpr std::chrono::milliseconds kWelcomeFresh{1000};
  // At most one count frame per room per interval (a few updates a second).
  static constexpr std::chrono::milliseconds kCountInterval{250};
  // At most this many bytes of frames per replay chunk (besides half the queue limit).
  static constexpr size_t kReplayChunkBytes = 4 << 20;

 private:
  struct Client {
    std::shared_ptr<http::LiveConnection> conn;
    store::LiveViewer viewer;
    int64_t lastSent = 0;
    int64_t countedHidden = -1;  // the hidden number of the last count it got
    bool catchingUp = false;     // its replay is not done: the live stream passes it by
    size_t owed = 0;             // frames the room made for it since its last chunk drained
    bool dropped = false;        // closed for not reading
  };
  struct Room {
    std::mutex mu;
    int64_t sessionId = 0;
    std::vector<store::LiveEvent> events;  // all events of the session, in order
    // The frames of each event, serialised once (not per client): as the author and the
    // facilitator see it, as others see it (hidden thought, reveal with the texts).
    struct Frames {
      http::Frame full, fullMine, forOthers;
    };
    std::vector<Frames> frames;
    int64_t revealSeq = 0;                 // thoughts before this number are revealed
    int64_t hidden = 0;                    // thoughts after the last reveal
    bool countDirty = false;               // participants have not yet had the latest count
    std::chrono::steady_clock::time_point lastCount{};
    std::vector<std::shared_ptr<Client>> clients;
    bool loaded = false;                   // its events were read from the store once
    std::optional<int64_t> endedAt;        // the time of its end event
    // What every connection's welcome shows and is not an event of the room: read once and
    // kept (kWelcomeFresh), so a resume reads only its own log-in check.
    struct Welcome {
      boost::json::object session;  // without endedAt and joinCode (from the room's events)
      std::string joinCode;
      std::optional<uint64_t> generation;  // the store's change generation before the reads
      std::chrono::steady_clock::time_point readAt;
    };
    std::shared_ptr<const Welcome> welcome;
  };
  std::shared_ptr<Room> room(int64_t sessionId);
  void pumpRoom(Room& r);
  void addLocked(Room& r, std::vector<store::LiveEvent> fresh);
  std::shared_ptr<const Room::Welcome> readWelcome(int64_t sessionId);
  size_t sendEvent(Room& r, Client& c, size_t index);
  void replayLocked(Room& r, Client& c);
  void continueReplay(const std::shared_ptr<Client>& c);
  void owe(Client& c);
  void makeFrames(Room& r, size_t index);
  void onMessage(const std::shared_ptr<Client>& c, std::string_view text, int64_t now);
  void detach(const std::shared_ptr<Client>& c);
  static bool seesEvent(const Room& r, const Client& c, size_t index);
  http::Frame countFrame(const Room& r) const;
  void sendCount(Room& r, Client& c, const http::Frame& frame);
  void flushCountLocked(Room& r);
  void countLoop();

  store::Store* store_ = nullptr;
  std::unique_ptr<store::LiveStore> live_;
  std::unique_ptr<store::LiveListener> listener_;
  mutable std::mutex mu_;
  std::once_flag bound_;
  std::unordered_map<int64_t, std::shared_ptr<Room>> rooms_;
  // The trailing count flush: woken when a room has a count waiting.
  std::mutex tickMu_;
  std::condition_variable tickCv_;
  bool tickWanted_ = false;
  std::chrono::steady_clock::time_point tickDue_{};  // when the earliest waiting count is due
  bool stopping_ = false;
  std::thread ticker_;
};

// Allowed kinds of submission and who may send them (facilitator-only kinds).
bool liveKindAllowed(std::string_view kind, bool facilitator);

}  // namespace vk::api
