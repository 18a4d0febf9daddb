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

    /// Indexed by the number of a phrase's first word: every word of an
    /// answer looks here, so it is an array, not a hash table.
    private var byFirstStem: [[Entry]] = []
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
        for phrase in phrases {
            let stems = analyzer.phrase(phrase).filter { $0.kind == .word || $0.kind == .number }.map(\.id)
            // Every phrase word is in the vocabulary; one that is not could never match.
            guard let first = stems.first, !stems.contains(-1), stems.count <= 16 else { continue }
            if Int(first) >= byFirstStem.count { byFirstStem += Array(repeating: [], count: Int(first) + 1 - byFirstStem.count) }
            byFirstStem[Int(first)].append(Entry(stems: stems, tag: tag, priority: priority, gap: stems.count > 1 ? gap : 0))
        }
        for key in byFirstStem.indices where byFirstStem[key].count > 1 {
            byFirstStem[key].sort { ($0.stems.count, $0.priority) > ($1.stems.count, $1.priority) }
        }
    }

    public var isEmpty: Bool { byFirstStem.allSatisfy(\.isEmpty) }

    @inline(__always)
    private func entries(startingWith id: Int32) -> [Entry]? {
        guard id >= 0, Int(id) < byFirstStem.count, !byFirstStem[Int(id)].isEmpty else { return nil }
        return byFirstStem[Int(id)]
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
        words.contains { entries(startingWith: $0.id) != nil }
    }

    /// Longest matches first, left to right; a word belongs to at most one match.
    public func matches(in words: [Word]) -> [Match] {
        guard mightMatch(words) else { return [] }
        // Longer phrases first across the whole text, so a long phrase that
        // starts later is not broken by a short one that starts earlier.
        var candidates: [(length: Int, priority: Int, match: Match)] = []
        for start in words.indices {
            guard let entries = entries(startingWith: words[start].id) else { continue }
            for entry in entries {
                if let match = locate(entry, at: start, in: words) {
                    candidates.append((entry.stems.count, entry.priority, match))
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

    private func locate(_ entry: Entry, at start: Int, in words: [Word]) -> Match? {
        var mask: UInt64 = 1
        var index = start
        for stem in entry.stems.dropFirst() {
            var next = index + 1
            var skipped = 0
            while next < words.count, skipped <= entry.gap {
                if words[next].kind == .boundary { return nil }
                if words[next].id == stem { break }
                if barriers.contains(words[next].id) { return nil }
                next += 1
                skipped += 1
            }
            guard next < words.count, skipped <= entry.gap, words[next].id == stem, next - start < 64 else { return nil }
            mask |= 1 << UInt64(next - start)
            index = next
        }
        return Match(tag: entry.tag, first: start, last: index, mask: mask)
    }
}
