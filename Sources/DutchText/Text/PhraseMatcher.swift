/// Finds phrases in analysed words. Phrases are compared on word numbers
/// (interned stems); a phrase of several words may allow a short gap ("werken
/// niet mee" holds "werken mee"), and the gap's words stay free for other
/// phrases, such as the negation.
public struct PhraseMatcher<Tag: Hashable & Sendable>: Sendable {
    struct Entry: Sendable {
        var stems: [Int32]
        var tag: Tag
        var priority: Int
        var gap: Int
    }

    public struct Match: Sendable {
        public var tag: Tag
        public var first: Int
        public var last: Int
        /// Which positions from `first` on belong to the phrase (bit i is
        /// first + i); the gap's positions are not set.
        var mask: UInt64

        /// Positions of the phrase's own words (not the gap).
        public var positions: [Int] {
            (0...(last - first)).compactMap { mask & (1 << UInt64($0)) != 0 ? first + $0 : nil }
        }

        var count: Int { mask.nonzeroBitCount }
    }

    /// The phrases by the number of their first word, as they are added.
    private var byFirstStem: [[Entry]] = []
    /// The same, laid out flat for reading: every word of every answer looks
    /// here, so these are plain arrays of plain values (no hash table, no
    /// reference counting while matching). A word number indexes `ranges`;
    /// its range indexes `phrases`; a phrase's words are a range of `words`.
    private var ranges: [Range<Int32>] = []
    private var phrases: [FlatPhrase] = []
    private var words: [Int32] = []
    /// Words that end a gap: a phrase is not found across them.
    private var barriers: WordSet = []

    public init() {}

    public mutating func addGapBarriers(_ words: [String], analyzer: Analyzer) {
        barriers.formUnion(WordSet(words.flatMap { analyzer.phrase($0).map(\.id) }))
    }

    /// Adds phrases under a tag. Higher `priority` wins between equally long
    /// matches at the same position; `gap` is how many words may come between
    /// two words of the phrase.
    public mutating func add(_ phrases: [String], tag: Tag, priority: Int = 0, gap: Int = 0, analyzer: Analyzer) {
        var touched: Set<Int> = []
        for phrase in phrases {
            let stems = analyzer.phrase(phrase).filter { $0.kind == .word || $0.kind == .number }.map(\.id)
            // Every phrase word is in the vocabulary; one that is not could never match.
            guard let first = stems.first, !stems.contains(-1), stems.count <= 16 else { continue }
            if Int(first) >= byFirstStem.count { byFirstStem += Array(repeating: [], count: Int(first) + 1 - byFirstStem.count) }
            byFirstStem[Int(first)].append(Entry(stems: stems, tag: tag, priority: priority, gap: stems.count > 1 ? gap : 0))
            touched.insert(Int(first))
        }
        // Longest first, then highest priority.
        for key in touched.sorted() {
            byFirstStem[key].sort { ($0.stems.count, $0.priority) > ($1.stems.count, $1.priority) }
            lay(key)
        }
    }

    struct FlatPhrase {
        /// Where the phrase's words are in `words`.
        var start: Int32
        var count: Int32
        var gap: Int32
        var priority: Int32
        var tag: Tag
    }

    /// Lays one first word's phrases out at the end of the flat tables; the
    /// place they had before is left unused. A lexicon is added to a matcher
    /// in a few hundred calls at most, so little is left unused, and adding
    /// stays linear in the phrases added.
    private mutating func lay(_ key: Int) {
        if key >= ranges.count { ranges += Array(repeating: 0..<0, count: key + 1 - ranges.count) }
        let start = Int32(phrases.count)
        for entry in byFirstStem[key] {
            phrases.append(FlatPhrase(start: Int32(words.count), count: Int32(entry.stems.count), gap: Int32(entry.gap),
                                      priority: Int32(entry.priority), tag: entry.tag))
            words += entry.stems
        }
        ranges[key] = start..<Int32(phrases.count)
    }

    public var isEmpty: Bool { !ranges.contains { !$0.isEmpty } }

    @inline(__always)
    private func hasPhrases(startingWith id: Int32) -> Bool {
        id >= 0 && Int(id) < ranges.count && !ranges[Int(id)].isEmpty
    }

    /// The first words of the phrases whose tag passes `test`: a reader keeps
    /// these to see at a glance whether a text can hold anything for it.
    public func firstWords(where test: (Tag) -> Bool) -> WordSet {
        var result: WordSet = []
        for (id, entries) in byFirstStem.enumerated() where entries.contains(where: { test($0.tag) }) { result.insert(Int32(id)) }
        return result
    }

    /// Whether any phrase could start in these words: a cheap test to skip
    /// a matcher that has nothing to find.
    public func mightMatch(_ words: [Word]) -> Bool {
        words.contains { hasPhrases(startingWith: $0.id) }
    }

    /// Longest matches first, left to right; a word belongs to at most one match.
    public func matches(in words: [Word]) -> [Match] {
        guard mightMatch(words) else { return [] }
        // Longer phrases first across the whole text, so a long phrase that
        // starts later is not broken by a short one that starts earlier.
        var candidates: [(length: Int, priority: Int, match: Match)] = []
        phrases.withUnsafeBufferPointer { phrases in
            self.words.withUnsafeBufferPointer { stems in
                for start in words.indices {
                    let id = words[start].id
                    guard hasPhrases(startingWith: id) else { continue }
                    for p in ranges[Int(id)] {
                        let phrase = phrases[Int(p)]
                        if let match = locate(phrase, stems: stems, at: start, in: words) {
                            candidates.append((Int(phrase.count), Int(phrase.priority), match))
                        }
                    }
                }
            }
        }
        if candidates.count > 1 {
            candidates.sort {
                if $0.length != $1.length { return $0.length > $1.length }
                if $0.priority != $1.priority { return $0.priority > $1.priority }
                return $0.match.first < $1.match.first
            }
        }
        guard !candidates.isEmpty else { return [] }
        var found: [Match] = []
        found.reserveCapacity(candidates.count)
        var used = TakenWords(count: words.count)
        for candidate in candidates where used.take(candidate.match) {
            found.append(candidate.match)
        }
        if found.count > 1 { found.sort { $0.first < $1.first } }
        return found
    }

    /// Which words are taken by a match, as bits; an answer of up to 64
    /// words needs no allocation.
    private struct TakenWords {
        private var first: UInt64 = 0
        private var rest: [UInt64]

        init(count: Int) {
            rest = count > 64 ? Array(repeating: 0, count: (count - 1) / 64) : []
        }

        private subscript(slot: Int) -> UInt64 {
            get { slot == 0 ? first : rest[slot - 1] }
            set { if slot == 0 { first = newValue } else { rest[slot - 1] = newValue } }
        }

        /// Takes the match's words if none of them is taken yet. A match
        /// spans under 64 words: its bits fall in one slot or two.
        mutating func take(_ match: Match) -> Bool {
            let slot = match.first >> 6, shift = UInt64(match.first & 63)
            let low = match.mask << shift
            let high = shift == 0 ? 0 : match.mask >> (64 - shift)
            guard self[slot] & low == 0, high == 0 || self[slot + 1] & high == 0 else { return false }
            self[slot] |= low
            if high != 0 { self[slot + 1] |= high }
            return true
        }
    }

    @inline(__always)
    private func locate(_ phrase: FlatPhrase, stems: UnsafeBufferPointer<Int32>, at start: Int, in words: [Word]) -> Match? {
        var mask: UInt64 = 1
        var index = start
        let gap = Int(phrase.gap)
        for s in Int(phrase.start + 1)..<Int(phrase.start + phrase.count) {
            let stem = stems[s]
            var next = index + 1
            var skipped = 0
            while next < words.count, skipped <= gap {
                if words[next].kind == .boundary { return nil }
                if words[next].id == stem { break }
                if barriers.contains(words[next].id) { return nil }
                next += 1
                skipped += 1
            }
            guard next < words.count, skipped <= gap, words[next].id == stem, next - start < 64 else { return nil }
            mask |= 1 << UInt64(next - start)
            index = next
        }
        return Match(tag: phrase.tag, first: start, last: index, mask: mask)
    }
}
