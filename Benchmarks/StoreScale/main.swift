import CaseStore
import Crypto
import Foundation
import MeldcodeKit

// How the case store grows: listing cases, opening and rendering a long
// case, appending, deleting, at 1k, 5k and 10k. Rerunnable:
//
//   swift run -c release StoreScale [DIR]
//
// builds its store in DIR/meldcode-scale (a temporary directory when DIR is
// not given), replacing what an earlier run left there. Nothing is timed in
// the unit tests: figures from a shared machine vary too much for a limit.

let sizes = [1_000, 5_000, 10_000]
let arguments = CommandLine.arguments.dropFirst()
let base = arguments.first.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory
let directory = base.appendingPathComponent("meldcode-scale", isDirectory: true)
try? FileManager.default.removeItem(at: directory)
defer { if arguments.isEmpty { try? FileManager.default.removeItem(at: directory) } }

let content = try Content.load()
let engine = Engine(content: content)
let renderer = DossierRenderer(content: content)
let events = Workload(engine: engine)

/// The median of `runs` timings of `body`, in milliseconds.
func measure(runs: Int = 5, _ body: () throws -> Void) rethrows -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        times.append(Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15)
    }
    return times.sorted()[times.count / 2]
}

func row(_ cells: [String]) {
    print(cells.enumerated().map { $0.offset == 0 ? $0.element.padding(toLength: 40, withPad: " ", startingAt: 0)
        : String(repeating: " ", count: max(0, 10 - $0.element.count)) + $0.element }.joined())
}

func ms(_ value: Double) -> String { String(format: "%.1f", value) }

print("StoreScale: store in \(directory.path)")
let key = StoreKey.raw(SymmetricKey(size: .bits256))
let store = try CaseStore.open(directory: directory, key: key)

// --- Many cases --------------------------------------------------------------
var listing: [Double] = []
var appendSmall: [Double] = []
var built = 0
var lastCase: CaseID?
let buildStart = ContinuousClock.now
for size in sizes {
    while built < size {
        let id = try store.createCase(label: "Casus \(built)", route: "basismodel", at: events.small[0].at,
                                      events: events.small)
        lastCase = id
        built += 1
    }
    listing.append(try measure {
        let count = try store.cases(includeArchived: true).count
        precondition(count == size)
    })
    appendSmall.append(try measure(runs: 21) { try store.append([.paused(at: Date())], to: lastCase!) })
}
let buildTime = ContinuousClock.now - buildStart

// --- One long case -----------------------------------------------------------
let big = try store.createCase(label: "Lange casus", route: "basismodel", at: events.long[0].at)
var reading: [Double] = [], replaying: [Double] = [], rendering: [Double] = [], appendBig: [Double] = []
var replayingSessions: [Double] = []
var appended = 0
/// Events the append measurements added on the way.
var extra = 0
for size in sizes {
    try store.append(Array(events.long[appended..<size]), to: big)
    appended = size
    var conversation: Conversation?
    var read: [CaseEvent] = []
    reading.append(try measure { read = try store.events(of: big) })
    precondition(read.count == size + extra, "read \(read.count) of \(size + extra)")
    replaying.append(measure { conversation = engine.replay(read) })
    let replayed = conversation!
    let sessions = Array(events.sessionsOnly.prefix(size))
    replayingSessions.append(measure { precondition(engine.replay(sessions) != nil) })
    var dossier = ""
    rendering.append(measure { dossier = renderer.text(replayed) })
    precondition(!dossier.isEmpty)
    appendBig.append(try measure(runs: 21) { try store.append([.paused(at: Date())], to: big) })
    extra += 21
}

// --- Opening, deleting, size -------------------------------------------------
let openWithKey = try measure { _ = try CaseStore.open(directory: directory, key: key) }
let passphraseDirectory = directory.appendingPathComponent("passphrase")
_ = try CaseStore.open(directory: passphraseDirectory, key: .passphrase("een lange wachtwoordzin"))
let openWithPassphrase = try measure {
    _ = try CaseStore.open(directory: passphraseDirectory, key: .passphrase("een lange wachtwoordzin"))
}
let deleteTime = try measure(runs: 3) {
    let victim = try store.createCase(label: "weg", route: "basismodel", events: events.small)
    try store.delete(victim)
}
let fileSize = (try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("cases.sqlite").path)[.size] as? Int) ?? 0

print("")
print("Built \(built) cases of \(events.small.count) events and one of \(appended) events in "
      + String(format: "%.0f s", Double(buildTime.components.seconds)) + "; file \(fileSize / 1_048_576) MiB.")
print("The long case: a whole route, then sessions (pause, resume); every fifth session the last answer is")
print("taken back and given again. Median times in milliseconds:")
row(["size"] + sizes.map { "\($0 / 1000)k" })
row(["list all cases (decrypt labels)"] + listing.map(ms))
row(["append 1 event to a small case"] + appendSmall.map(ms))
row(["long case: read + decrypt + decode"] + reading.map(ms))
row(["long case: replay (Engine)"] + replaying.map(ms))
row(["  the same without take-backs"] + replayingSessions.map(ms))
row(["long case: open = read + replay"] + zip(reading, replaying).map { ms($0 + $1) })
row(["long case: render dossier"] + rendering.map(ms))
row(["append 1 event to the long case"] + appendBig.map(ms))
print("")
row(["open store, raw key (10k cases)", ms(openWithKey)])
row(["open store, passphrase (scrypt 2^15)", ms(openWithPassphrase)])
row(["delete a case (with VACUUM, 10k)", ms(deleteTime)])
