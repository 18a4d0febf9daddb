import Foundation
import Testing
import DutchText

private let stemsFile = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .appendingPathComponent("Data/dutch-stems.tsv")

/// Reads `word<TAB>stem` lines; a stem may be empty.
private func loadReferenceStems() throws -> [(word: String, stem: String)] {
    let text = try String(contentsOf: stemsFile, encoding: .utf8)
    var pairs: [(word: String, stem: String)] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
        let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        guard fields.count == 2 else { continue }
        pairs.append((String(fields[0]), String(fields[1])))
    }
    return pairs
}

@Suite struct StemmerTests {
    let stemmer = DutchStemmer()

    @Test func matchesReferenceStemmerOnEveryWord() throws {
        let pairs = try loadReferenceStems()
        #expect(pairs.count >= 5_000, "reference file has only \(pairs.count) entries")

        var mismatches: [String] = []
        var mismatchCount = 0
        for (word, expected) in pairs {
            let got = stemmer.stem(word)
            if got != expected {
                mismatchCount += 1
                if mismatches.count < 25 {
                    mismatches.append("\(word): expected \(expected), got \(got)")
                }
            }
        }
        #expect(
            mismatchCount == 0,
            "\(mismatchCount) of \(pairs.count) stems differ; first ones:\n\(mismatches.joined(separator: "\n"))"
        )
    }

    @Test(arguments: [
        // -heid / -heden
        ("vriendelijkheid", "vriendelijk"),
        ("mogelijkheden", "molijk"),
        // diminutives
        ("huisje", "huis"),
        ("broertje", "broer"),
        ("kammetje", "kam"),
        ("boompje", "boom"),
        ("koninkje", "koon"),
        // plurals and verb forms, with vowel lengthening
        ("huizen", "huis"),
        ("maken", "maak"),
        ("lopen", "loop"),
        ("woningen", "woon"),
        // -ën: plurals keep the diaeresis, -ënten loses -en
        ("ideeën", "ideeën"),
        ("knieën", "knieën"),
        ("patiënten", "patiënt"),
        // participles: ge- removed, final -d/-t dropped
        ("gebouwd", "bouw"),
        ("gemaakt", "maak"),
        ("gelopen", "loop"),
        ("geïnd", "inn"),
        // derivational suffixes
        ("informatie", "informeer"),
        ("zichtbaar", "zicht"),
        ("vertaling", "vertaal"),
        ("schilderij", "schilder"),
    ])
    func typicalWords(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    @Test func leavesEmptyAndShortWordsAlone() {
        #expect(stemmer.stem("") == "")
        #expect(stemmer.stem("in") == "in")
        #expect(stemmer.stem("ij") == "ij")
    }
}
