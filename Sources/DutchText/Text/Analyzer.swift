/// A word of an answer after folding, rewriting, typo correction and stemming.
public struct Word: Sendable, Equatable {
    /// The canonical form: folded, rewritten, corrected.
    public var text: String
    /// The folded token as typed, before shortening, rewriting or correction.
    public var surface: String
    /// The key phrases are compared on: the stem of `text` (see `matchKey`).
    public var stem: String
    public var kind: Token.Kind
    /// The number of `stem` in the vocabulary, -1 when no phrase uses it;
    /// phrases are matched on these numbers, which is much faster than on text.
    public var id: Int32 = -1
    /// True when the typo corrector changed the word.
    public var corrected: Bool
    /// A quotation mark right before or after the typed word.
    public var opensQuote = false
    public var closesQuote = false
}

/// Turns text into words: folding, tokenising, shortening of stretched
/// letters ("jaaaa"), rewriting of chat forms and abbreviations, typo
/// correction against the vocabulary, and stemming.
public struct Analyzer: Sendable {
    /// Answers share most of their words, so each word's analysis is kept:
    /// folding, rewriting, correcting and stemming happen once per word.
    private let cache = WordCache()
    private let rewrites: [String: [String]]
    private let corrector: TypoCorrector
    private let stemmer = DutchStemmer()
    /// Stem -> its number, for every word of the vocabulary's phrases.
    private var ids: [String: Int32] = [:]
    /// First parts (three letters or more) of the vocabulary's longer words:
    /// only a typed word among these can be the start of two joined words.
    private var joinStarts: Set<String> = []
    private let splitStarts: Set<String>
    private let splitStartHashes: Set<UInt64>
    /// "noch" (its number): said twice or more in a sentence, only the last one is kept.
    private var pairedNegators: [Int32] = []

    /// - Parameters:
    ///   - rewrites: word -> replacement words ("vgm" -> "volgens mij").
    ///   - vocabulary: phrases whose words are known; unknown words close to
    ///     one of them are corrected.
    ///   - spelledRight: more words that are never corrected, though no
    ///     phrase uses them.
    ///   - plainWords: words readers look for that are never corrected and
    ///     no target of correction or splitting ("zeventieneneenhalf": long,
    ///     many, and as targets they would slow every start).
    ///   - splitStarts: words a run of words typed without spaces may start
    ///     with ("nee" in "neeniet"): the words of answers, not of content,
    ///     so that "dichtslaat" is not read as "dicht slaat".
    ///   - pairedNegators: negations that come in pairs ("noch moeder noch
    ///     vader"): the pair denies once.
    public init(rewrites: [String: String], vocabulary: some Sequence<String>, spelledRight: [String] = [],
                plainWords: [String] = [], splitStarts: [String] = [], pairedNegators: [String] = []) {
        self.splitStarts = Set(splitStarts.map { Folding.fold($0) })
        splitStartHashes = Set(self.splitStarts.map { $0.unicodeScalars.reduce(FNV1a.basis) { FNV1a.step($0, UInt64($1.value)) } })
        var table: [String: [String]] = [:]
        for (from, to) in rewrites {
            let key = Folding.fold(from)
            table[key] = Tokenizer.tokenize(Folding.fold(to)).map(\.text)
        }
        self.rewrites = table
        var words: Set<String> = []
        for phrase in vocabulary {
            for token in Tokenizer.tokenize(Folding.fold(phrase)) where token.kind != .boundary {
                for part in table[token.text] ?? [token.text] { words.insert(part) }
            }
        }
        let plain = plainWords.map { Folding.fold($0) }
        corrector = TypoCorrector(vocabulary: words, spelledRight: spelledRight.map { Folding.fold($0) } + plain)
        for word in words where word.unicodeScalars.count >= 8 {
            let scalars = Array(word.unicodeScalars)
            for cut in 3...(scalars.count - 3) { joinStarts.insert(String(String.UnicodeScalarView(scalars[..<cut]))) }
        }
        for word in words.sorted() {
            let key = stem(word)
            if ids[key] == nil { ids[key] = Int32(ids.count) }
        }
        for token in table.values.flatMap({ $0 }) + plain.sorted() {
            let key = stem(token)
            if ids[key] == nil { ids[key] = Int32(ids.count) }
        }
        self.pairedNegators = pairedNegators.compactMap { ids[stem(Folding.fold($0))] }
    }

    /// Analyses an answer.
    public func words(in text: String) -> [Word] {
        let words = analyse(text, correctTypos: true)
        // (Most answers hold none: look before doing more.)
        guard words.contains(where: { pairedNegators.contains($0.id) }) else { return words }
        return keepingLastOfPairs(words)
    }

    /// "noch moeder noch vader werkt mee": the first "noch" only announces
    /// the second, so of those in one sentence only the last is kept, and
    /// the sentence is denied once, as by "moeder niet vader werkt mee".
    private func keepingLastOfPairs(_ words: [Word]) -> [Word] {
        var drop: [Int] = []
        var open: Int?
        for (i, word) in words.enumerated() {
            if word.kind == .boundary, [".", "!", "?", ";"].contains(word.text) { open = nil }
            guard word.kind == .word, pairedNegators.contains(word.id) else { continue }
            if let earlier = open { drop.append(earlier) }
            open = i
        }
        guard !drop.isEmpty else { return words }
        var kept = words
        for i in drop.reversed() { kept.remove(at: i) }
        return kept
    }

    /// Analyses a lexicon phrase: the same steps, but never corrected.
    public func phrase(_ text: String) -> [Word] {
        analyse(text, correctTypos: false)
    }

    public func stem(_ word: String) -> String { Self.matchKey(word, stemmer.stem(word)) }

    /// Words of up to four letters are compared as written: stemming short
    /// words only makes them collide ("geweld" stems to "wel"). A stem that
    /// lost its "ge-" keeps it, so "geweer" does not become "weer".
    static func matchKey(_ word: String, _ stem: String) -> String {
        if word.unicodeScalars.count <= 4 { return word }
        // A noun in "-heid" is not its adjective: "mogelijkheden" is not
        // "mogelijk" (doubt), "zekerheid" is not "zeker" (yes).
        if word.hasSuffix("heid") || word.hasSuffix("heden") {
            let key = adjectiveKey(word, stem)
            return key.hasSuffix("heid") ? key : key + "heid"
        }
        // Nor is a noun in "-ing" its verb: "mishandeling" names the topic,
        // "mishandelt" tells what someone does.
        if word.hasSuffix("ing") || word.hasSuffix("ingen") {
            let key = adjectiveKey(word, stem)
            return key.hasSuffix("ing") ? key : key + "ing"
        }
        return adjectiveKey(word, stem)
    }

    private static func adjectiveKey(_ word: String, _ stem: String) -> String {
        // An adjective in "-ig" keeps it, in all its forms: "vluchtig" and
        // "vluchtige" are one key, not "vlucht"; "lastig" is not "last".
        var stem = stem
        if !stem.hasSuffix("ig"), word.hasSuffix("ig") || word.hasSuffix("ige") || word.hasSuffix("igen") || word.hasSuffix("iger") {
            stem += "ig"
        }
        if word.hasPrefix("ge"), !stem.hasPrefix("ge") { return "ge" + stem }
        // A long word whose stem is a short, different word keeps its form:
        // "vorige" stems to "voor".
        if stem.unicodeScalars.count <= 4, !word.hasPrefix(stem) { return word }
        // The stemmer also drops a "ge" inside a word ("mogelijkheden" ->
        // "molijk"); put it back, so it cannot meet an unrelated word.
        if let range = firstGe(in: word), range.lowerBound > word.startIndex {
            let prefix = word[..<range.lowerBound]
            if stem.hasPrefix(prefix), !stem.dropFirst(prefix.count).hasPrefix("ge"), stem.count < word.count - 1 {
                let rest = stem.dropFirst(prefix.count)
                let removed = word[range.upperBound...]
                if removed.hasPrefix(rest.prefix(2)) { return String(prefix) + "ge" + rest }
            }
        }
        return stem
    }

    /// Where "ge" first occurs in a word; on the bytes when the word is
    /// ASCII, as most folded words are.
    private static func firstGe(in word: String) -> Range<String.Index>? {
        let bytes = word.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return word.firstRange(of: "ge") }
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let next = bytes.index(after: i)
            if next == bytes.endIndex { return nil }
            if bytes[i] == UInt8(ascii: "g"), bytes[next] == UInt8(ascii: "e") { return i..<bytes.index(after: next) }
            i = next
        }
        return nil
    }

    private func analyse(_ text: String, correctTypos: Bool) -> [Word] {
        let tokens = Tokenizer.tokenize(Folding.fold(text))
        var result: [Word] = []
        result.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            i += 1
            let start = result.count
            defer {
                if token.opensQuote, start < result.count { result[start].opensQuote = true }
                if token.closesQuote, start < result.count { result[result.count - 1].closesQuote = true }
            }
            guard token.kind == .word else {
                // Numbers match on their text; punctuation never.
                let id = token.kind == .boundary ? -1 : ids[token.text] ?? -1
                result.append(Word(text: token.text, surface: token.text, stem: token.text, kind: token.kind, id: id, corrected: false))
                continue
            }
            guard correctTypos else {
                result += analysed(token.text, correctTypos: false)
                continue
            }
            let entry = cached(token.text)
            if entry.joinStart, i < tokens.count, tokens[i].kind == .word, let whole = joined(token.text, tokens[i].text) {
                result += cached(whole).words
                i += 1
            } else {
                result += entry.words
            }
        }
        return result
    }

    /// A typed word's analysis, from the cache when it was seen before.
    private func cached(_ token: String) -> WordCache.Entry {
        if let known = cache[token] { return known }
        let entry = WordCache.Entry(words: analysed(token, correctTypos: true), joinStart: joinStarts.contains(token))
        cache[token] = entry
        return entry
    }

    /// One typed word: rewritten, corrected and stemmed, with its number.
    private func analysed(_ token: String, correctTypos: Bool) -> [Word] {
        let squeezed = Self.squeeze(token)
        if let replacement = rewrites[token] ?? rewrites[squeezed] {
            return replacement.map { part in
                let key = stem(part)
                return Word(text: part, surface: token, stem: key, kind: .word, id: ids[key] ?? -1, corrected: false)
            }
        }
        var word = squeezed
        var corrected = false
        if correctTypos, let fixed = corrector.correct(word) {
            word = fixed
            corrected = true
        } else if squeezed != token, corrector.isKnown(token) {
            word = token
        } else if correctTypos, !corrector.isKnown(word), let parts = split(word) {
            return parts.flatMap { analysed($0, correctTypos: false) }.map { part in
                var part = part
                part.surface = token
                return part
            }
        }
        let key = stem(word)
        return [Word(text: word, surface: token, stem: key, kind: .word, id: ids[key] ?? -1, corrected: corrected)]
    }

    /// Words typed without spaces ("neeniet", "jadatdenkikwel",
    /// "nognietgedaan") are the vocabulary's words they consist of entirely,
    /// in as few parts as possible, each of two letters or more, the first one
    /// of `splitStarts`. A word the corrector knows, or that has an unknown
    /// part, stays whole.
    private func split(_ word: String) -> [String]? {
        let scalars = Array(word.unicodeScalars)
        let n = scalars.count
        guard n >= 5, n <= 40 else { return nil }
        // Most unknown words do not start with an answer: find out cheaply,
        // on hashes of the word's beginnings, before building any string.
        var hash = FNV1a.basis
        var startsWithAnswer = false
        for (i, scalar) in scalars.prefix(min(n - 2, 12)).enumerated() {
            hash = FNV1a.step(hash, UInt64(scalar.value))
            if i >= 1, splitStartHashes.contains(hash) { startsWithAnswer = true; break }
        }
        guard startsWithAnswer else { return nil }
        // best[i]: fewest parts for the first i letters, and where the last starts.
        var best = [(parts: Int, from: Int)](repeating: (Int.max, -1), count: n + 1)
        best[0] = (0, 0)
        for end in 2...n {
            for start in max(0, end - 12)...(end - 2) where best[start].parts != Int.max {
                guard best[start].parts + 1 < best[end].parts else { continue }
                let part = String(String.UnicodeScalarView(scalars[start..<end]))
                if corrector.isTarget(part) || rewrites[part] != nil { best[end] = (best[start].parts + 1, start) }
            }
        }
        guard best[n].parts >= 2, best[n].parts != Int.max else { return nil }
        var parts: [String] = []
        var end = n
        while end > 0 {
            let start = best[end].from
            parts.append(String(String.UnicodeScalarView(scalars[start..<end])))
            end = start
        }
        guard let first = parts.last, splitStarts.contains(first) else { return nil }
        return parts.reversed()
    }

    /// Two typed words that together make a known word are that word: "dood
    /// maakt" is "doodmaakt", "mee werken" is "meewerken", "van ochtend" is
    /// "vanochtend". Only in answers, never in the lexicon's own phrases, and
    /// only for longer words: "met een" is not "meteen", "zo dat" not "zodat".
    /// The caller has checked that `first` can start a known word.
    private func joined(_ first: String, _ second: String) -> String? {
        let length = second.unicodeScalars.count
        guard length >= 3, first.unicodeScalars.count + length >= 8 else { return nil }
        let whole = first + second
        guard corrector.isTarget(whole), rewrites[first] == nil, rewrites[second] == nil else { return nil }
        return whole
    }

    /// Shortens runs of three or more equal letters to two: "jaaaa" -> "jaa",
    /// "neeeee" -> "nee", "zekerrrr" -> "zekerr".
    static func squeeze(_ word: String) -> String {
        // Most words have no run of three: find out before building anything.
        var length = 0
        var previous: UInt8 = 0
        var found = false
        for byte in word.utf8 {
            length = byte == previous ? length + 1 : 1
            previous = byte
            if length >= 3 { found = true; break }
        }
        guard found else { return word }
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
