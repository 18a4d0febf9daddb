import DutchText
import Foundation
import Testing
@testable import MeldcodeKit

/// The anonymiser measured on the labelled set in
/// Tests/DutchTextTests/Data/anonymize.jsonl, with the shipped word lists.
/// Recall: a marked detail no longer stands in the output. Precision: a
/// replaced stretch of text overlaps a marked detail. Names the
/// professional did not give are measured as flagged (or replaced).
@Suite("Anonymiser on the labelled set")
struct AnonymizerSetTests {
    struct Example: Decodable {
        struct Name: Decodable { var name: String; var role: String }
        struct Span: Decodable { var kind: String; var text: String; var given: Bool? }
        var text: String
        var names: [Name]
        var spans: [Span]
    }

    struct Row {
        var spans = 0, found = 0, replaced = 0, correct = 0
        var recall: Double { spans == 0 ? 1 : Double(found) / Double(spans) }
        var precision: Double { replaced == 0 ? 1 : Double(correct) / Double(replaced) }
    }

    /// Rows by kind; "name (not given)" counts flags, "flags" their precision.
    struct Score {
        var rows: [String: Row] = [:]
        var misses: [String] = []
        var wrong: [String] = []

        var table: String {
            let order = IdentifierKind.allCases.map(\.rawValue) + ["name (not given)", "flags"]
            var lines = ["kind               spans  recall   replaced  precision"]
            for kind in order {
                guard let row = rows[kind] else { continue }
                let recall = row.spans == 0 ? "     -" : String(format: "%5.1f%%", row.recall * 100)
                let precision = row.replaced == 0 ? "      -" : String(format: "%6.1f%%", row.precision * 100)
                lines.append(String(format: "%@ %5d  %@  %8d   %@", kind.padding(toLength: 18, withPad: " ", startingAt: 0),
                                    row.spans, recall, row.replaced, precision))
            }
            return lines.joined(separator: "\n")
        }
    }

    static func load(_ name: String = "anonymize") throws -> [Example] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../DutchTextTests/Data/\(name).jsonl").standardizedFileURL
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Example.self, from: Data($0.utf8)) }
    }

    /// Where `needle` stands in `text` as whole words.
    static func occurrences(of needle: String, in text: String) -> [Range<String.Index>] {
        var found: [Range<String.Index>] = []
        var from = text.startIndex
        while let range = text.range(of: needle, range: from..<text.endIndex) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            if !(before.isLetter || before.isNumber) && !(after.isLetter || after.isNumber) { found.append(range) }
            from = text.index(after: range.lowerBound)
        }
        return found
    }

    static func score(_ examples: [Example], with anonymizer: Anonymizer) -> Score {
        var score = Score()
        for example in examples {
            let names = example.names.map { KnownName(name: $0.name, role: $0.role) }
            let result = anonymizer.anonymize(example.text, names: names)
            let marked = example.spans.flatMap { occurrences(of: $0.text, in: example.text) }
            for span in example.spans {
                if span.given == false {
                    let places = occurrences(of: span.text, in: example.text)
                    let caught = places.contains { place in
                        result.flagged.contains { $0.range.overlaps(place) } || result.replacements.contains { $0.range.overlaps(place) }
                    }
                    score.rows["name (not given)", default: Row()].spans += 1
                    if caught { score.rows["name (not given)"]!.found += 1 } else { score.misses.append("name (not given) \(span.text) | \(example.text)") }
                    continue
                }
                score.rows[span.kind, default: Row()].spans += 1
                if occurrences(of: span.text, in: result.text).isEmpty {
                    score.rows[span.kind]!.found += 1
                } else {
                    score.misses.append("\(span.kind) \(span.text) | \(result.text)")
                }
            }
            for replacement in result.replacements {
                let ok = marked.contains { $0.overlaps(replacement.range) }
                score.rows[replacement.kind.rawValue, default: Row()].replaced += 1
                if ok { score.rows[replacement.kind.rawValue]!.correct += 1 } else {
                    score.wrong.append("\(replacement.kind.rawValue) \(replacement.original) | \(example.text)")
                }
            }
            for flag in result.flagged {
                let ok = marked.contains { $0.overlaps(flag.range) }
                score.rows["flags", default: Row()].replaced += 1
                if ok { score.rows["flags"]!.correct += 1 } else { score.wrong.append("flag \(flag.text) | \(example.text)") }
            }
        }
        return score
    }

    @Test func thereAreEnoughExamples() throws {
        let examples = try Self.load()
        #expect(examples.count >= 160)
        let kinds = Set(examples.flatMap { $0.spans.map(\.kind) })
        #expect(kinds == Set(IdentifierKind.allCases.map(\.rawValue)))
        #expect(examples.contains { $0.spans.contains { $0.given == false } })
    }

    @Test func recallAndPrecision() throws {
        let score = Self.score(try Self.load(), with: shipped.anonymizer)
        print("Anonymiser on the labelled set\n" + score.table)
        let details = ProcessInfo.processInfo.environment["ANONYMIZE_DETAILS"]
        if details == "all" {
            for example in try Self.load() + Self.load("anonymize-heldout") {
                let result = shipped.anonymizer.anonymize(example.text, names: example.names.map { KnownName(name: $0.name, role: $0.role) })
                print("> " + result.text + (result.flagged.isEmpty ? "" : "   ⚑ " + result.flagged.map(\.text).joined(separator: ", ")))
            }
        }
        if details != nil {
            print("Missed:\n" + score.misses.joined(separator: "\n"))
            print("Replaced or flagged without a mark:\n" + score.wrong.joined(separator: "\n"))
        }
        #expect(score.rows["name"]!.recall >= 0.99, "\(score.misses.filter { $0.hasPrefix("name ") })")
        #expect(score.rows["bsn"]!.recall >= 0.99, "\(score.misses.filter { $0.hasPrefix("bsn") })")
        Self.expectFloors(score)
    }

    /// Below the measured levels, so a change that makes things worse fails.
    static func expectFloors(_ score: Score, flags: Double = 0.9) {
        for kind in IdentifierKind.allCases.map(\.rawValue) + ["name (not given)"] {
            guard let row = score.rows[kind] else { continue }
            #expect(row.recall >= 0.95, "\(kind) recall \(row.recall): \(score.misses.filter { $0.hasPrefix(kind) })")
            #expect(row.precision >= 0.95, "\(kind) precision \(row.precision): \(score.wrong.filter { $0.hasPrefix(kind) })")
        }
        #expect(score.rows["flags"]!.precision >= flags, "\(score.wrong.filter { $0.hasPrefix("flag") })")
    }

    /// Written after the anonymiser, and measured before any change made
    /// because of it: how the anonymiser does on text it was not tuned on.
    @Test func heldOutSet() throws {
        let score = Self.score(try Self.load("anonymize-heldout"), with: shipped.anonymizer)
        print("Anonymiser on the held-out set\n" + score.table)
        if ProcessInfo.processInfo.environment["ANONYMIZE_DETAILS"] != nil {
            print("Missed:\n" + score.misses.joined(separator: "\n"))
            print("Replaced or flagged without a mark:\n" + score.wrong.joined(separator: "\n"))
        }
        #expect(score.rows["name"]!.recall >= 0.99)
        #expect(score.rows["bsn"]!.recall >= 0.99)
        Self.expectFloors(score, flags: 0.8)
    }
}
