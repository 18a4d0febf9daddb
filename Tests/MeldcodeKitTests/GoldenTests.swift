import Foundation
import Testing
@testable import MeldcodeKit

/// The dossier, the melding draft and the consultation summary of whole
/// cases, fixed as files under Golden/: the same case must always give the
/// same text. The cases are the conversations of Transcripts/ (their '>'
/// lines), replayed with a fixed clock. To accept a deliberate change, run
/// with MELDCODE_UPDATE_GOLDEN=1 and read the diff.
@Suite("Golden documents")
struct GoldenTests {
    static let transcripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Transcripts")
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Each case: a transcript, and which of its sections (start: lines) to use.
    static let cases = [
        "01-melden-structureel", "02-hulp-zonder-melden", "03-afgesloten", "04-acuut-gevaar",
        "06-twijfel-en-verduidelijking", "07-onderwijs-leerling-12-plus", "10-thuisbegeleiding-melden",
        "11-thuisbegeleiding-hulp-en-afgesloten", "12-hulpverlening-hulp", "13-hulpverlening-melden-en-afgesloten",
    ]

    static func conversation(_ name: String) throws -> Conversation {
        let text = try String(contentsOf: transcripts.appendingPathComponent(name + ".txt"), encoding: .utf8)
        var driver: Driver?
        for line in text.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("start:") {
                if driver != nil { break }
                driver = Driver(trimmed.dropFirst(6).trimmingCharacters(in: .whitespaces))
            } else if trimmed.hasPrefix(">") {
                driver?.type(String(trimmed.dropFirst().drop { $0 == " " }))
            }
        }
        return try #require(driver).conversation
    }

    static func check(_ name: String, _ produced: String) throws {
        let url = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["MELDCODE_UPDATE_GOLDEN"] == "1" {
            try produced.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(produced == expected, "\(name) differs from its golden file")
    }

    @Test("dossier in three formats", arguments: cases)
    func dossier(name: String) throws {
        let c = try Self.conversation(name)
        let renderer = DossierRenderer(content: shipped, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
        try Self.check("\(name).txt", renderer.text(c))
        try Self.check("\(name).md", renderer.markdown(c))
        try Self.check("\(name).json", renderer.json(c))
    }

    @Test("melding draft and consultation summary", arguments: cases)
    func documents(name: String) throws {
        let c = try Self.conversation(name)
        let documents = CaseDocuments(content: shipped, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
        try Self.check("\(name).melding.txt", documents.melding(c))
        try Self.check("\(name).consult.txt", documents.consult(c))
    }

    @Test func plainTextHasNoMarkupAndNoHardWraps() throws {
        for name in Self.cases {
            let text = DossierRenderer(content: shipped).text(try Self.conversation(name))
            #expect(!text.contains("**"))
            #expect(!text.contains("\u{1B}"))
            #expect(!text.contains("\t"))
            // Lines are as long as their content: nothing is wrapped at a width.
            for line in text.split(separator: "\n") where line.count > 80 {
                #expect(!line.hasSuffix(" "))
            }
        }
    }

    @Test func jsonIsValidAndHoldsTheDecision() throws {
        let c = try Self.conversation("01-melden-structureel")
        let json = DossierRenderer(content: shipped).json(c)
        let document = try JSONDecoder().decode(DossierDocument.self, from: Data(json.utf8))
        #expect(document.decisions.last?.melden == true)
        #expect(document.decisions.last?.basis == "afweging.2")
        #expect(document.sections.map(\.step).contains("stap3"))
    }
}
