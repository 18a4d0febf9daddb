/// One text split into pieces, with what every finder asks about them.
struct Scan {
    let text: String
    let pieces: [Piece]
    let words: CompiledWords
    /// Per piece: the first word of a sentence, where a capital says nothing.
    let startsSentence: [Bool]

    init(_ text: String, words: CompiledWords) {
        self.text = text
        self.words = words
        let pieces = Pieces.split(text)
        self.pieces = pieces
        var starts = [Bool](repeating: false, count: pieces.count)
        var atStart = true
        for (i, piece) in pieces.enumerated() {
            if piece.lineBreakBefore { atStart = true }
            switch piece.kind {
            case .word, .number:
                starts[i] = atStart
                atStart = false
            case .symbol:
                if piece.isSymbol(".!?:") {
                    atStart = piece.isSymbol(".") ? Self.endsSentence(pieces, dotAt: i, words: words) : true
                } else if piece.isSymbol("-•*") && (i == 0 || piece.lineBreakBefore) {
                    atStart = true  // a bullet
                }
                // Quotes and brackets keep whatever came before them.
            }
        }
        startsSentence = starts
    }

    /// A full stop after "mw", "bijv" or an initial ("S. de Vries") does not
    /// end a sentence, nor one inside a number or word ("12.03", "geb.datum").
    private static func endsSentence(_ pieces: [Piece], dotAt i: Int, words: CompiledWords) -> Bool {
        if i + 1 < pieces.count, !pieces[i + 1].spaceBefore, pieces[i + 1].kind != .symbol { return false }
        guard i > 0 else { return true }
        let before = pieces[i - 1]
        if before.isWord, words.abbreviations.contains(before.key) || words.titles.contains(pieces, at: i - 1) { return false }
        if before.isWord, before.text.count == 1, before.isCapitalised { return false }
        return true
    }

    var count: Int { pieces.count }

    subscript(_ i: Int) -> Piece { pieces[i] }

    /// True when piece `i` follows piece `i - 1` without a space.
    func glued(_ i: Int) -> Bool { i > 0 && i < pieces.count && !pieces[i].spaceBefore }

    /// The range of the original text that pieces `range` cover.
    func textRange(_ range: Range<Int>) -> Range<String.Index> {
        pieces[range.lowerBound].range.lowerBound..<pieces[range.upperBound - 1].range.upperBound
    }

    /// The pieces before `i` back to the start of its clause, at most `limit`.
    /// Commas, semicolons and sentence ends close a clause; a colon or bracket
    /// does not ("BSN: 123", "geb. (12-03-2015)").
    func clause(before i: Int, limit: Int) -> Range<Int> {
        var start = i
        while start > 0, i - start < limit {
            let previous = pieces[start - 1]
            if previous.isSymbol(",;!?") || (previous.isSymbol(".") && startsSentence.indices.contains(start) && startsSentence[start]) {
                break
            }
            start -= 1
        }
        return start..<i
    }

    /// True for a capitalised word that says something: not the first word of
    /// a sentence, not an abbreviation in capitals.
    func isProperCapital(_ i: Int) -> Bool {
        let piece = pieces[i]
        return piece.isWord && piece.isCapitalised && !startsSentence[i] && !piece.isAllCaps
    }
}
