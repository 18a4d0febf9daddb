/// Splits folded text into words, numbers and punctuation. Apostrophe forms
/// stay whole ('k, 't, da's, zo'n, m'n), so a lexicon can rewrite them.
public enum Tokenizer {
    public static func tokenize(_ folded: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(folded.unicodeScalars)
        var i = 0
        let n = scalars.count
        while i < n {
            let c = scalars[i]
            if isSpace(c) { i += 1; continue }
            if isLetter(c) || (c == "'" && i + 1 < n && isLetter(scalars[i + 1]) && (i == 0 || !isLetter(scalars[i - 1]))) {
                var word = String.UnicodeScalarView()
                word.append(c)
                i += 1
                while i < n {
                    let d = scalars[i]
                    if isLetter(d) || isDigit(d) {
                        word.append(d); i += 1
                    } else if (d == "'" || d == "-") && i + 1 < n && isLetter(scalars[i + 1]) {
                        // da's, zo'n, m'n; e-mail, ex-partner
                        word.append(d); i += 1
                    } else {
                        break
                    }
                }
                tokens.append(Token(String(word), .word))
                continue
            }
            if isDigit(c) {
                var number = String.UnicodeScalarView()
                while i < n, isDigit(scalars[i]) || ((scalars[i] == "," || scalars[i] == ".") && i + 1 < n && isDigit(scalars[i + 1]) && !number.isEmpty) {
                    number.append(scalars[i]); i += 1
                }
                // "9jr", "12-jarige": a number glued to letters stays a number
                // followed by a word.
                tokens.append(Token(String(number), .number))
                continue
            }
            if isBoundary(c) {
                tokens.append(Token(String(c), .boundary))
                i += 1
                continue
            }
            if c == "'" || c == "\"" { i += 1; continue }
            tokens.append(Token(String(c), .symbol))
            i += 1
        }
        return tokens
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x61 && c.value <= 0x7A) || (c.value >= 0x41 && c.value <= 0x5A)
            || (c.value >= 0xC0 && c.properties.isAlphabetic)
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x30 && c.value <= 0x39
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c.properties.isWhitespace
    }

    @inline(__always) static func isBoundary(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case ",", ".", ";", ":", "!", "?", "(", ")", "-", "/", "\u{2026}": return true
        default: return false
        }
    }
}
