import Foundation
import Testing
@testable import MeldcodeKit

/// Whole conversations, written as readable transcripts under Transcripts/,
/// replayed against the engine. The format:
///
///     # comment
///     start: basismodel          the dialogue to start (first line)
///     ? afweging.2               the question asked now
///     > niet acuut, wel al maanden   what the professional types
///     ! say 112                  since the last '>', something said contains "112"
///     ! note Afweging 2          ... a dossier note contains this
///     ! decision melden=ja hulp=nee basis=afweging.2
///     ! outcome gereed
///     ! end
///     ! dossier Nog vast te leggen   the dossier now contains this
@Suite("Transcripts")
struct TranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Transcripts")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    @Test func thereAreTranscripts() {
        #expect(Self.files.count >= 5)
    }

    @Test("transcript", arguments: files)
    func replay(file: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
        var driver: Driver?
        for (number, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let place = "\(file):\(number + 1)"
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("start:") {
                driver = Driver(line.dropFirst(6).trimmingCharacters(in: .whitespaces))
                continue
            }
            guard var d = driver else {
                Issue.record("\(place): the transcript must begin with 'start:'")
                return
            }
            defer { driver = d }
            if line.hasPrefix("?") {
                let expected = line.dropFirst().trimmingCharacters(in: .whitespaces)
                #expect(d.question == expected, "\(place): asked \(d.question ?? "nothing")")
            } else if line.hasPrefix(">") {
                d.type(String(line.dropFirst().drop { $0 == " " }))
            } else if line.hasPrefix("!") {
                let check = line.dropFirst().trimmingCharacters(in: .whitespaces)
                let (kind, rest) = Self.split(check)
                switch kind {
                case "say": #expect(d.said(rest), "\(place): nothing said contains '\(rest)'")
                case "note": #expect(d.noted(rest), "\(place): no note contains '\(rest)'")
                case "dossier": #expect(d.dossier.contains(rest), "\(place): the dossier lacks '\(rest)'")
                case "end": #expect(d.ended, "\(place): the conversation did not end")
                case "outcome": #expect(d.last.contains(.outcome(check: "kindcheck", value: rest)), "\(place): no outcome \(rest)")
                case "decision":
                    let expected = Self.decision(rest)
                    let found = d.last.contains { if case .decision(let m, let h, let b) = $0 { (m, h, b) == expected } else { false } }
                    #expect(found, "\(place): no decision \(rest)")
                default:
                    Issue.record("\(place): unknown check '\(kind)'")
                }
            } else {
                Issue.record("\(place): cannot read '\(line)'")
            }
        }
    }

    static func split(_ text: String) -> (String, String) {
        guard let space = text.firstIndex(of: " ") else { return (text, "") }
        return (String(text[..<space]), text[text.index(after: space)...].trimmingCharacters(in: .whitespaces))
    }

    static func decision(_ text: String) -> (Bool, Bool, String) {
        var fields: [String: String] = [:]
        for part in text.split(separator: " ") {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 { fields[pair[0]] = pair[1] }
        }
        return (fields["melden"] == "ja", fields["hulp"] == "ja", fields["basis"] ?? "")
    }
}
