/// A word, number or symbol of the text being anonymised, with its place in
/// that text: the anonymiser replaces pieces of the original, so it cannot
/// work on folded text the way the matcher does.
struct Piece: Sendable {
    enum Kind: Sendable { case word, number, symbol }

    var range: Range<String.Index>
    var text: Substring
    /// Folded (lowercase, no diacritics): what word lists are compared with.
    var key: String
    var kind: Kind
    /// Whitespace or the start of the text comes right before the piece.
    var spaceBefore: Bool
    var lineBreakBefore: Bool

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }

    /// "Sanne", "De": how names and proper nouns are written.
    var isCapitalised: Bool { text.first?.isUppercase == true }

    /// "GGD", "IKC", and with a Dutch ending "IB'er", "BSN-nummers":
    /// abbreviations, which are not names.
    var isAllCaps: Bool {
        let stem = text.prefix { $0 != "'" && $0 != "\u{2019}" && $0 != "-" }
        return stem.count >= 2 && stem.allSatisfy { $0.isLetter && $0.isUppercase }
    }

    func isSymbol(_ symbols: String) -> Bool {
        kind == .symbol && text.count == 1 && symbols.contains(text.first!)
    }
}

enum Pieces {
    /// Splits text into pieces. A word keeps an apostrophe or hyphen between
    /// letters ("Anna's", "Jan-Willem", "vmbo-t"), and a short apostrophe form
    /// at its start ("'t", "'s"); a number is a run of digits, so "12a" is a
    /// number and a word, and "06-12345678" two numbers and a hyphen.
    static func split(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var i = text.startIndex
        var space = true
        var lineBreak = true
        func append(_ range: Range<String.Index>, _ kind: Piece.Kind) {
            let slice = text[range]
            pieces.append(Piece(range: range, text: slice, key: Folding.fold(String(slice)), kind: kind,
                                spaceBefore: space, lineBreakBefore: lineBreak))
            space = false
            lineBreak = false
        }
        while i < text.endIndex {
            let c = text[i]
            if c.isWhitespace {
                space = true
                if c.isNewline { lineBreak = true }
                i = text.index(after: i)
                continue
            }
            let start = i
            if c.isLetter || (isApostrophe(c) && space && startsShortForm(text, after: i)) {
                i = text.index(after: i)
                while i < text.endIndex {
                    let d = text[i]
                    if d.isLetter {
                        i = text.index(after: i)
                    } else if isApostrophe(d) || d == "-", text[text.index(before: i)].isLetter,
                              let after = text.index(i, offsetBy: 1, limitedBy: text.endIndex), after < text.endIndex,
                              text[after].isLetter {
                        i = after
                    } else {
                        break
                    }
                }
                append(start..<i, .word)
            } else if isDigit(c) {
                while i < text.endIndex, isDigit(text[i]) { i = text.index(after: i) }
                append(start..<i, .number)
            } else {
                i = text.index(after: i)
                append(start..<i, .symbol)
            }
        }
        return pieces
    }

    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isWholeNumber }

    static func isApostrophe(_ c: Character) -> Bool { c == "'" || c == "\u{2019}" }

    /// "'t", "'s", "'n": one or two letters after the apostrophe. A longer
    /// word after it is a quotation ("'gezellig'").
    private static func startsShortForm(_ text: String, after index: String.Index) -> Bool {
        var i = text.index(after: index)
        var letters = 0
        while i < text.endIndex, text[i].isLetter {
            letters += 1
            i = text.index(after: i)
        }
        return letters >= 1 && letters <= 2
    }
}
