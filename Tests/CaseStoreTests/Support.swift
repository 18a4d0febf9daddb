@testable import CaseStore
import Crypto
import DutchText
import Foundation
import MeldcodeKit
import Testing

/// The shipped content, loaded once.
let shipped: Content = {
    do { return try Content.load() } catch { fatalError("content does not load: \(error)") }
}()

/// A cheap scrypt cost: the tests are about the store, not about scrypt.
let quick = ScryptCost(logN: 10, r: 8, p: 1)

/// Words that must never appear in the store's files.
let secretWords = ["Zwanenburg", "blauwe plekken", "Merel", "Vliegenbos"]

/// A directory of its own for one test, removed afterwards.
final class Scratch {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("meldcode-store-test-\(UUID().uuidString)", isDirectory: true)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var store: URL { url.appendingPathComponent("store", isDirectory: true) }
    var database: URL { store.appendingPathComponent("cases.sqlite") }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    deinit {
        // A test may have left the directory read-only.
        _ = chmodTree(url.path)
        try? FileManager.default.removeItem(at: url)
    }

    private func chmodTree(_ path: String) -> Bool {
        chmod(path, 0o700)
        for item in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            let child = path + "/" + item
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory), isDirectory.boolValue {
                _ = chmodTree(child)
            }
        }
        return true
    }
}

/// A date on a whole second, as the tests' clocks use.
func day(_ offset: Int) -> Date { Date(timeIntervalSince1970: 1_795_000_000 + Double(offset) * 60) }

/// Every kind of event and every kind of answer value.
let everyEvent: [CaseEvent] = [
    .started(dialogue: "basismodel", at: day(0)),
    .answered(question: "stap0.acuut_gevaar", text: "nee", value: .no, danger: false, at: day(1)),
    .answered(question: "stap1.signalen", text: "Merel had blauwe plekken op haar bovenarm, school Zwanenburg",
              value: .text, danger: true, at: day(2)),
    .answered(question: "afweging.1", text: "ja", value: .yes, danger: false, at: day(3)),
    .answered(question: "afweging.2", text: "weet ik niet", value: .unsure, danger: false, at: day(4)),
    .answered(question: "stap1.gesprek", text: "weet ik nog niet", value: .unknown, danger: false, at: day(5)),
    .answered(question: "leeftijd", text: "negen", value: .age(9), danger: false, at: day(6)),
    .answered(question: "leeftijd", text: "geen idee", value: .age(nil), danger: false, at: day(7)),
    .answered(question: "stap2.overleg_met", text: "met de aandachtsfunctionaris",
              value: .roles(["aandachtsfunctionaris", "collega"], .yes), danger: false, at: day(8)),
    .answered(question: "stap2.overleg_met", text: "met niemand", value: .roles([], .no), danger: false, at: day(9)),
    .answered(question: "stap2.overleg_met", text: "twijfel", value: .roles([], .unsure), danger: false, at: day(10)),
    .answered(question: "kindcheck.keuze", text: "de tweede", value: .choice("optie_b"), danger: false, at: day(11)),
    .emergency(question: "afweging.3", text: "hij dreigt haar in het Vliegenbos iets aan te doen", at: day(12)),
    .tookBack(at: day(13)),
    .jumped(step: "stap3", at: day(13)),
    .paused(at: day(14)),
    // Not on a whole second: kept to the microsecond.
    .resumed(at: Date(timeIntervalSince1970: 1_795_001_000.123456)),
]

/// A real conversation through the engine, to its end, in the
/// professional's words: with a take-back and an alarm on the way.
func conversation() -> (Engine, Conversation) {
    let engine = Engine(content: shipped)
    var clock = day(0)
    var (c, _) = engine.start("basismodel", at: clock)
    func type(_ text: String) {
        clock += 60
        _ = engine.handle(text, in: &c, at: clock)
    }
    let answers: [String: String] = [
        "stap0.acuut_gevaar": "nee nu niet gelukkig",
        "stap1.betrokkene": "Merel, een leerling uit groep 6 van de Zwanenburgschool",
        "leeftijd": "ze is 9",
        "stap1.signalen": "dinsdag had ze blauwe plekken op haar bovenarm",
        "stap1.bron": "zelf gezien",
        "stap1.bron_wie": "de moeder",
        "stap1.nog_nodig": "wat er thuis speelt",
        "stap1.betrekken": "de moeder, zij heeft het gezag",
        "stap1.besproken": "nee",
        "stap2.overleg_met": "met de aandachtsfunctionaris en een collega",
        "stap2.specialisten": "geen van deze",
        "stap2.advies": "gesprek met moeder voeren",
        "stap2.advies_gevolgd": "ja",
        "stap3.gesprek": "ja",
        "stap3.gesprek_met": "de moeder",
        "stap3.reactie": "ze schrok en zei dat Merel van de trap was gevallen",
        "stap3.afspraken": "over zes weken evalueren",
        "stap3.melding_aangekondigd": "nee",
        "afweging.1": "ja",
        "afweging.2": "niet acuut maar het speelt al maanden",
        "stap5.melding": "de blauwe plekken en de reactie van moeder",
        "stap5.na_melding": "contact houden met Merel",
        "stap5.hulp": "schoolmaatschappelijk werk",
        "stap6.situatie": "geen van deze",
        "stap6.gedaan": "Veilig Thuis gebeld",
        "stap6.toestemming_overdracht": "ja",
    ]
    var tookBack = false, alarmed = false
    for _ in 0..<80 {
        guard let question = c.currentQuestion else { break }
        if question == "stap1.bron", !tookBack {
            tookBack = true
            type("terug")
            continue
        }
        if question == "stap2.advies", !alarmed {
            alarmed = true
            type("hij staat nu met een mes voor de deur, bij het Vliegenbos")
            continue
        }
        type(answers[question] ?? "ja")
    }
    return (engine, c)
}

func bytes(_ url: URL) -> Data { (try? Data(contentsOf: url)) ?? Data() }

func sha256(_ url: URL) -> String {
    SHA256.hash(data: bytes(url)).map { String(format: "%02x", $0) }.joined()
}

/// The database file and whatever journal lies beside it.
func storeFiles(_ scratch: Scratch) -> [URL] {
    ["", "-journal", "-wal", "-shm"].map { URL(fileURLWithPath: scratch.database.path + $0) }
        .filter { FileManager.default.fileExists(atPath: $0.path) }
}

func mode(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
}

/// Runs the probe executable and returns its exit status and first line.
func probe(_ arguments: [String]) throws -> (status: Int32, line: String) {
    let process = Process()
    process.executableURL = probeExecutable
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let line = String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
    return (process.terminationStatus, line)
}

let probeExecutable: URL = {
    let candidates = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("CaseStoreProbe"),
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(".build/debug/CaseStoreProbe"),
    ]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[1]
}()

/// Expects `body` to throw exactly `expected`.
func expectStoreError<T>(_ expected: CaseStoreError, sourceLocation: SourceLocation = #_sourceLocation,
                         _ body: () throws -> T) {
    do {
        _ = try body()
        Issue.record("expected \(expected), nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as CaseStoreError {
        #expect(error == expected, sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected \(expected), got \(error)", sourceLocation: sourceLocation)
    }
}
