/// Street addresses: a street name with a typical ending ("Kerkstraat",
/// "Burgemeester de Withstraat") or a street word first ("Laan van
/// Meerdervoort"), then a house number with an optional addition ("12a",
/// "263-2", "102 hs", "3 A").
extension Scan {
    func addresses(avoiding names: Set<Int>) -> [Candidate] {
        var found: [Candidate] = []
        for n in 1..<max(count, 1) where pieces[n].isNumber && pieces[n].spaceBefore && pieces[n].key.count <= 4 {
            guard let number = Int(pieces[n].key), number >= 1, pieces[n - 1].isWord,
                  let start = streetStart(before: n, avoiding: names) else { continue }
            // A street in lowercase ("kerkstraat 12") only after "woont aan",
            // "adres": otherwise "schoolplein 2 keer" would be an address.
            guard pieces[start].isCapitalised
                    || words.addressCues.occurs(pieces, in: clause(before: start, limit: 5), before: start) else { continue }
            found.append(Candidate(kind: .address, pieces: start..<houseNumberEnd(after: n),
                                   replacement: words.replacement(.address)))
        }
        return found
    }

    /// The first piece of the street name that ends right before piece `n`.
    private func streetStart(before n: Int, avoiding names: Set<Int>) -> Int? {
        let last = n - 1
        if let ending = streetEnding(of: pieces[last].key) {
            // "weg" alone in lowercase is the word, not a street.
            if pieces[last].key == ending, !pieces[last].isCapitalised { return nil }
            return extendBack(from: last, avoiding: names)
        }
        // "Laan van Meerdervoort 212": the street word, then a name.
        var s = last
        while s >= 0, last - s < 4, pieces[s].isWord, !names.contains(s) {
            if pieces[s].isCapitalised, streetEnding(of: pieces[s].key) == pieces[s].key {
                return s
            }
            guard pieces[s].isCapitalised || words.particles.contains(pieces[s].key) else { return nil }
            s -= 1
        }
        return nil
    }

    private func streetEnding(of key: String) -> String? {
        words.streetEndings.first { key.hasSuffix($0) }
    }

    /// Takes in capitalised words and name particles before the street word
    /// ("Burgemeester de Withstraat", "Van Goghstraat", "Het Hof"), but not a
    /// particle without a capitalised word before it ("op de Kerkstraat").
    private func extendBack(from last: Int, avoiding names: Set<Int>) -> Int {
        var start = last
        var s = last - 1
        while s >= 0, last - s <= 4, pieces[s].isWord, !names.contains(s) {
            if pieces[s].isCapitalised, !pieces[s].isAllCaps, !words.common.contains(pieces, at: s),
               !words.titles.contains(pieces, at: s) {
                start = s
                s -= 1
            } else if words.particles.contains(pieces[s].key) {
                s -= 1
            } else {
                break
            }
        }
        return start
    }

    /// The end of the house number at `n` with its addition.
    private func houseNumberEnd(after n: Int) -> Int {
        let end = n + 1
        guard end < count else { return end }
        let next = pieces[end]
        if glued(end), next.isWord, next.text.count <= 2 || words.houseNumberAdditions.contains(next.key) {
            return end + 1  // 12a, 12hs
        }
        if glued(end), next.isSymbol("-"), end + 1 < count, glued(end + 1) {
            let addition = pieces[end + 1]
            if addition.isNumber || (addition.isWord && (addition.text.count <= 3 || words.houseNumberAdditions.contains(addition.key))) {
                return end + 2  // 263-2, 12-II
            }
        }
        if next.isWord, !glued(end), words.houseNumberAdditions.contains(next.key)
            || (next.text.count == 1 && next.isCapitalised) {
            return end + 1  // 102 hs, 3 A
        }
        return end
    }
}
