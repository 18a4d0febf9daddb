/// A word of an answer after folding, rewriting, typo correction and stemming.
public struct Word: Sendable, Equatable {
    /// The canonical form: folded, rewritten, corrected.
    public var text: String
    /// The folded token as typed, before shortening, rewriting or correction.
    public var surface: String
    /// The stem of `text`; phrases are compared on stems.
    public var stem: String
    public var kind: Token.Kind
    /// True when the typo corrector changed the word.
    public var corrected: Bool
}

/// Turns text into words: folding, tokenising, shortening of stretched
/// letters ("jaaaa"), rewriting of chat forms and abbreviations, typo
/// correction against the vocabulary, and stemming.
public struct Analyzer: Sendable {
    private let rewrites: [String: [String]]
    private let corrector: TypoCorrector
    private let stemmer = DutchStemmer()

    /// - Parameters:
    ///   - rewrites: word -> replacement words ("vgm" -> "volgens mij").
    ///   - vocabulary: phrases whose words are known; unknown words close to
    ///     one of them are corrected.
    public init(rewrites: [String: String], vocabulary: some Sequence<String>) {
        var table: [String: [String]] = [:]
        for (from, to) in rewrites {
            let key = Folding.fold(from)
            table[key] = Tokenizer.tokenize(Folding.fold(to)).map(\.text)
        }
        self.rewrites = table
        var words: Set<String> = []
        for phrase in vocabulary {
            for token in Tokenizer.tokenize(Folding.fold(phrase)) where token.kind == .word {
                for part in table[token.text] ?? [token.text] { words.insert(part) }
            }
        }
        corrector = TypoCorrector(vocabulary: words)
    }

    /// Analyses an answer.
    public func words(in text: String) -> [Word] {
        analyse(text, correctTypos: true)
    }

    /// Analyses a lexicon phrase: the same steps, but never corrected.
    public func phrase(_ text: String) -> [Word] {
        analyse(text, correctTypos: false)
    }

    public func stem(_ word: String) -> String { stemmer.stem(word) }

    private func analyse(_ text: String, correctTypos: Bool) -> [Word] {
        var result: [Word] = []
        for token in Tokenizer.tokenize(Folding.fold(text)) {
            guard token.kind == .word else {
                result.append(Word(text: token.text, surface: token.text, stem: token.text, kind: token.kind, corrected: false))
                continue
            }
            let squeezed = Self.squeeze(token.text)
            if let replacement = rewrites[token.text] ?? rewrites[squeezed] {
                for part in replacement {
                    result.append(Word(text: part, surface: token.text, stem: stemmer.stem(part), kind: .word, corrected: false))
                }
                continue
            }
            var word = squeezed
            var corrected = false
            if correctTypos, let fixed = corrector.correct(word) {
                word = fixed
                corrected = true
            } else if squeezed != token.text, corrector.isKnown(token.text) {
                word = token.text
            }
            result.append(Word(text: word, surface: token.text, stem: stemmer.stem(word), kind: .word, corrected: corrected))
        }
        return result
    }

    /// Shortens runs of three or more equal letters to two: "jaaaa" -> "jaa",
    /// "neeeee" -> "nee", "zekerrrr" -> "zekerr".
    static func squeeze(_ word: String) -> String {
        var out = String.UnicodeScalarView()
        var last: Unicode.Scalar?
        var run = 0
        var changed = false
        for scalar in word.unicodeScalars {
            if scalar == last {
                run += 1
                if run >= 3 { changed = true; continue }
            } else {
                run = 1
                last = scalar
            }
            out.append(scalar)
        }
        return changed ? String(out) : word
    }
}
