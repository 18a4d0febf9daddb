/// Class names: "groep 6b", "groep 1-2b", "klas 3a", "brugklas 1c", and a
/// year with a level: "3 havo", "4vwo", "havo 4", "2 vmbo-t".
extension Scan {
    func classes() -> [Candidate] {
        var found: [Candidate] = []
        var i = 0
        while i < count {
            if let end = className(at: i) {
                found.append(Candidate(kind: .class, pieces: i..<end, replacement: words.replacement(.class)))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    private func className(at i: Int) -> Int? {
        let piece = pieces[i]
        if piece.isWord, words.classWords.contains(piece.key) {
            // "gr. 7": an abbreviated class word keeps its full stop.
            let number = i + 1 < count && pieces[i + 1].isSymbol(".") && glued(i + 1) ? i + 2 : i + 1
            if let end = year(at: number, upTo: 8, glued: nil) { return letterEnd(after: end) }
        }
        // "havo 4", "vwo-5"
        if piece.isWord, words.schoolLevels.contains(piece.key) {
            var n = i + 1
            if n < count, pieces[n].isSymbol("-"), glued(n) { n += 1 }
            if let end = year(at: n, upTo: 6, glued: nil) { return letterEnd(after: end) }
        }
        // "3 havo", "4vwo"
        if piece.isNumber, !continuesNumber(i), let value = Int(piece.key), (1...6).contains(value),
           i + 1 < count, pieces[i + 1].isWord, words.schoolLevels.contains(pieces[i + 1].key) {
            return i + 2
        }
        return nil
    }

    /// The end of a year number at `i` (and "1-2", "7/8" in a combined
    /// group); `glued` nil allows either.
    private func year(at i: Int, upTo highest: Int, glued wantGlued: Bool?) -> Int? {
        guard i < count, pieces[i].isNumber, let value = Int(pieces[i].key), (1...highest).contains(value) else { return nil }
        if let wantGlued, wantGlued != glued(i) { return nil }
        if i + 2 < count, pieces[i + 1].isSymbol("-/"), glued(i + 1), glued(i + 2), pieces[i + 2].isNumber,
           let second = Int(pieces[i + 2].key), (1...highest).contains(second) {
            return i + 3
        }
        return i + 1
    }

    /// "6b", "1F": one class letter glued to the number.
    private func letterEnd(after end: Int) -> Int {
        if end < count, glued(end), pieces[end].isWord, pieces[end].text.count == 1 { return end + 1 }
        return end
    }
}
