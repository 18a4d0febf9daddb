/// Replaces the identifying details of a Dutch text (given names, dates of
/// birth, BSNs, phone numbers, e-mail addresses, postcodes, addresses,
/// schools and classes) and points out words that look like names but were
/// not given, so a professional can consult anonymously.
///
/// It knows Dutch only through its word lists; nothing here is about the
/// meldcode.
public struct Anonymizer: Sendable {
    let words: CompiledWords

    public init(words: AnonymizerWords) {
        self.words = CompiledWords(words)
    }

    public func anonymize(_ text: String, names: [KnownName]) -> Anonymized {
        let scan = Scan(text, words: words)
        let (named, beforeSurname) = NameMatcher(names: names, words: words).find(in: scan)
        let namePieces = Set(named.flatMap { Array($0.pieces) })
        // Where finds overlap, the earlier kind in this list wins: the more
        // certain shapes first, so "01-02-2015" is a date before a phone
        // number, and a name inside an e-mail address goes with the address.
        let candidates = scan.emails() + scan.dates() + scan.phoneNumbers() + scan.bsns() + scan.postcodes()
            + scan.addresses(avoiding: namePieces) + scan.schools(avoiding: namePieces) + scan.classes() + named
        var covered = [Bool](repeating: false, count: scan.count)
        var chosen: [Candidate] = []
        for candidate in candidates where !candidate.pieces.contains(where: { covered[$0] }) {
            for i in candidate.pieces { covered[i] = true }
            chosen.append(candidate)
        }
        chosen.sort { $0.pieces.lowerBound < $1.pieces.lowerBound }
        markBirthdates(&chosen, in: scan)

        var output = ""
        var cursor = text.startIndex
        var replacements: [Replacement] = []
        for candidate in chosen {
            let range = scan.textRange(candidate.pieces)
            output += text[cursor..<range.lowerBound]
            output += candidate.replacement
            cursor = range.upperBound
            replacements.append(Replacement(kind: candidate.kind, original: String(text[range]),
                                            replacement: candidate.replacement, range: range))
        }
        output += text[cursor...]
        let flagged = scan.flaggedNames(covered: covered, beforeSurname: beforeSurname)
        return Anonymized(text: output, replacements: replacements, flagged: flagged)
    }

    /// "Sanne (12-03-2015)", "Sanne de Vries, 12 maart 2015": a date in
    /// brackets or after a comma right after a name is the date of birth.
    private func markBirthdates(_ chosen: inout [Candidate], in scan: Scan) {
        for n in chosen.indices where chosen[n].kind == .date && n > 0 {
            let start = chosen[n].pieces.lowerBound
            guard start >= 1, scan[start - 1].isSymbol("(,"), chosen[n - 1].kind == .name,
                  chosen[n - 1].pieces.upperBound == start - 1 else { continue }
            chosen[n].kind = .birthdate
            chosen[n].replacement = words.replacement(.birthdate)
        }
    }
}
