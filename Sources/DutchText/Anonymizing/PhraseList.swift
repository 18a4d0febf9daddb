/// A word list folded and split once, so scanning a text only compares keys.
/// A phrase may be several words ("de heer", "Veilig Thuis"); a full stop
/// between its words in the text is skipped, so "geb.datum" and
/// "geb. datum" are one phrase.
struct PhraseList: Sendable {
    private var byFirst: [String: [[String]]] = [:]

    init(_ phrases: [String]) {
        for phrase in phrases {
            let keys = Pieces.split(phrase).filter { $0.kind != .symbol }.map(\.key)
            guard let first = keys.first else { continue }
            byFirst[first, default: []].append(keys)
        }
        for key in byFirst.keys { byFirst[key]!.sort { $0.count > $1.count } }
    }

    /// The number of pieces the longest phrase starting at `i` covers.
    func match(_ pieces: [Piece], at i: Int) -> Int? {
        guard i < pieces.count, pieces[i].kind != .symbol, let candidates = byFirst[pieces[i].key] else { return nil }
        for keys in candidates {
            var j = i
            var ok = true
            for (n, key) in keys.enumerated() {
                if n > 0 {
                    j += 1
                    if j < pieces.count, pieces[j].isSymbol("."), !pieces[j].spaceBefore { j += 1 }
                }
                guard j < pieces.count, pieces[j].kind != .symbol, pieces[j].key == key else { ok = false; break }
            }
            if ok { return j - i + 1 }
        }
        return nil
    }

    /// True when a phrase starts in `window` and ends before `end`.
    func occurs(_ pieces: [Piece], in window: Range<Int>, before end: Int) -> Bool {
        window.contains { j in match(pieces, at: j).map { j + $0 <= end } ?? false }
    }

    /// True when a phrase starts at `i` and covers at least up to piece `i`.
    func contains(_ pieces: [Piece], at i: Int) -> Bool { match(pieces, at: i) != nil }
}
