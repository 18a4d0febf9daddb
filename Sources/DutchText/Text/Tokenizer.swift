/// Splits folded text into words, numbers and punctuation. Apostrophe forms
/// stay whole ('k, 't, da's, zo'n, m'n), so a lexicon can rewrite them. A
/// hyphen or slash between letters or digits joins two words ("duo-collega",
/// "0800-2000", "50/50").
public enum Tokenizer {
    public static func tokenize(_ folded: String) -> [Token] {
        var tokens: [Token] = []
        let view = folded.unicodeScalars
        var i = view.startIndex
        let end = view.endIndex
        func next(_ index: String.UnicodeScalarView.Index) -> Unicode.Scalar? {
            let after = view.index(after: index)
            return after < end ? view[after] : nil
        }
        var previous: Unicode.Scalar?
        var opens: [Int] = []
        while i < end {
            let c = view[i]
            defer { previous = c }
            if isSpace(c) { i = view.index(after: i); continue }
            if isLetter(c) || (c == "'" && !(previous.map(isLetter) ?? false) && isClitic(after: i, in: view)) {
                let start = i
                i = view.index(after: i)
                while i < end {
                    let d = view[i]
                    if isLetter(d) || isDigit(d) {
                        i = view.index(after: i)
                    } else if d == "'", next(i).map(isLetter) == true {
                        // da's, zo'n, m'n
                        i = view.index(after: i)
                    } else {
                        break
                    }
                }
                if view.index(after: start) == i, let letters = abbreviation(from: start, in: view) {
                    tokens.append(Token(letters.text, .word))
                    i = letters.end
                    continue
                }
                let word = String(view[start..<i])
                tokens.append(Token(word, .word))
                // "mw. is bekend ...", "dhr. weet niet ...": the period of a
                // title or a short abbreviation does not end the sentence.
                if i < end, view[i] == ".", abbreviations.contains(word), let after = next(i), isSpace(after) {
                    i = view.index(after: i)
                }
                continue
            }
            if isDigit(c) {
                let start = i
                var seenDigit = false
                while i < end {
                    let d = view[i]
                    if isDigit(d) {
                        seenDigit = true
                        i = view.index(after: i)
                    } else if (d == "," || d == "."), seenDigit, next(i).map(isDigit) == true {
                        i = view.index(after: i)
                    } else {
                        break
                    }
                }
                // "9jr", "12-jarige": a number glued to letters stays a number
                // followed by a word.
                tokens.append(Token(String(view[start..<i]), .number))
                continue
            }
            // A hyphen or slash inside a word or number joins two words.
            if c == "-" || c == "/", let before = previous, isAlphanumeric(before), let after = next(i), isAlphanumeric(after) {
                i = view.index(after: i)
                continue
            }
            if isBoundary(c) || isEmoji(c) {
                tokens.append(Token(String(c), .boundary))
            } else if c == "'" || c == "\"" {
                // A quotation mark after a word closes a quotation; elsewhere it opens one.
                if let before = previous, isAlphanumeric(before) || before == "." || before == "!" || before == "?", !tokens.isEmpty {
                    tokens[tokens.count - 1].closesQuote = true
                } else {
                    opens.append(tokens.count)
                }
            } else {
                tokens.append(Token(String(c), .symbol))
            }
            i = view.index(after: i)
        }
        for index in opens where index < tokens.count { tokens[index].opensQuote = true }
        return tokens
    }

    /// Titles and abbreviations written with a period inside a sentence.
    static let abbreviations: Set<String> = ["mw", "mevr", "dhr", "hr", "mr", "dr", "drs", "ir", "ing", "evt", "ca", "bijv", "bv",
                                             "mbt", "ivm", "tzt", "zsm", "nav", "iom", "vlgs", "ong", "resp", "zgn", "cf", "vs"]

    /// "n.v.t.", "i.o.m.", "a.u.b.": single letters with periods are one
    /// word, written without them ("nvt"), so a lexicon can rewrite it.
    static func abbreviation(from start: String.UnicodeScalarView.Index, in view: String.UnicodeScalarView)
        -> (text: String, end: String.UnicodeScalarView.Index)? {
        func isSingleLetter(at index: String.UnicodeScalarView.Index) -> Bool {
            guard index < view.endIndex, isLetter(view[index]) else { return false }
            let after = view.index(after: index)
            return after == view.endIndex || !isAlphanumeric(view[after])
        }
        var text = String(view[start])
        var i = view.index(after: start)
        while i < view.endIndex, view[i] == ".", isSingleLetter(at: view.index(after: i)) {
            let letter = view.index(after: i)
            text.unicodeScalars.append(view[letter])
            i = view.index(after: letter)
        }
        guard text.unicodeScalars.count >= 2 else { return nil }
        if i < view.endIndex, view[i] == "." { i = view.index(after: i) }
        return (text, i)
    }

    /// 'k, 't, 's, 'n, 'm, 'r, 'ns: an apostrophe form. A longer word after an
    /// apostrophe is a quotation ("'iets aan te doen'", "'te grazen neemt'").
    static func isClitic(after index: String.UnicodeScalarView.Index, in view: String.UnicodeScalarView) -> Bool {
        var i = view.index(after: index)
        var letters: [Unicode.Scalar] = []
        while i < view.endIndex, isLetter(view[i]), letters.count < 3 {
            letters.append(view[i])
            i = view.index(after: i)
        }
        return letters.count == 1 || letters == ["n", "s"]
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x61 && c.value <= 0x7A) || (c.value >= 0x41 && c.value <= 0x5A)
            || (c.value >= 0xC0 && c.properties.isAlphabetic)
    }

    @inline(__always) static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        isLetter(c) || isDigit(c)
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x30 && c.value <= 0x39
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || (c.value >= 0x80 && c.properties.isWhitespace)
    }

    /// In a chat an emoji ends a thought as a comma does: "niet echt 😕 ze
    /// nemen de telefoon niet op" is two clauses.
    static func isEmoji(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x2190 && (c.value == 0xFE0F || c.properties.isEmoji)
    }

    @inline(__always) static func isBoundary(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ",", ".", ";", ":", "!", "?", "(", ")", "-", "/", "\u{2026}": return true
        default: return false
        }
    }
}
