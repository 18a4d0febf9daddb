/// Finds phrases in analysed words. Phrases are compared on stems; a phrase of
/// several words may allow a short gap ("werken niet mee" holds "werken mee"),
/// and the gap's words stay free for other phrases, such as the negation.
public struct PhraseMatcher<Tag: Hashable & Sendable>: Sendable {
    struct Entry: Sendable {
        var stems: [Int32]
        var tag: Tag
        var priority: Int
        var gap: Int
    }

    public struct Match: Sendable {
        public var tag: Tag
        /// Positions of the phrase's own words (not the gap).
        public var positions: [Int]
        public var first: Int { positions[0] }
        public var last: Int { positions[positions.count - 1] }
    }

    private var byFirstStem: [Int32: [Entry]] = [:]

    public init() {}

    /// Adds phrases under a tag. Higher `priority` wins between equally long
    /// matches at the same position; `gap` is how many words may come between
    /// two words of the phrase.
    public mutating func add(_ phrases: [String], tag: Tag, priority: Int = 0, gap: Int = 0, analyzer: Analyzer) {
        for phrase in phrases {
            let stems = analyzer.phrase(phrase).filter { $0.kind == .word || $0.kind == .number }.map(\.id)
            // Every phrase word is in the vocabulary; one that is not could never match.
            guard let first = stems.first, !stems.contains(-1) else { continue }
            byFirstStem[first, default: []].append(Entry(stems: stems, tag: tag, priority: priority, gap: stems.count > 1 ? gap : 0))
        }
        for key in byFirstStem.keys {
            byFirstStem[key]!.sort { ($0.stems.count, $0.priority) > ($1.stems.count, $1.priority) }
        }
    }

    public var isEmpty: Bool { byFirstStem.isEmpty }

    /// The first words of the phrases whose tag passes `test`: a reader keeps
    /// these to see at a glance whether a text can hold anything for it.
    public func firstWords(where test: (Tag) -> Bool) -> Set<Int32> {
        var result: Set<Int32> = []
        for (id, entries) in byFirstStem where entries.contains(where: { test($0.tag) }) { result.insert(id) }
        return result
    }

    /// Whether any phrase could start in these words: a cheap test to skip
    /// a matcher that has nothing to find.
    public func mightMatch(_ words: [Word]) -> Bool {
        words.contains { $0.id >= 0 && byFirstStem[$0.id] != nil }
    }

    /// Longest matches first, left to right; a word belongs to at most one match.
    public func matches(in words: [Word], excluding taken: Set<Int> = []) -> [Match] {
        guard mightMatch(words) else { return [] }
        var used = Array(repeating: false, count: words.count)
        for position in taken where position < words.count { used[position] = true }
        var found: [Match] = []
        // Longer phrases first across the whole text, so a long phrase that
        // starts later is not broken by a short one that starts earlier.
        var candidates: [(length: Int, priority: Int, match: Match)] = []
        for start in words.indices where !used[start] && words[start].id >= 0 {
            guard let entries = byFirstStem[words[start].id] else { continue }
            for entry in entries {
                if let positions = locate(entry, at: start, in: words, used: used) {
                    candidates.append((entry.stems.count, entry.priority, Match(tag: entry.tag, positions: positions)))
                }
            }
        }
        if candidates.count > 1 { candidates.sort {
            if $0.length != $1.length { return $0.length > $1.length }
            if $0.priority != $1.priority { return $0.priority > $1.priority }
            return $0.match.first < $1.match.first
        } }
        for candidate in candidates where candidate.match.positions.allSatisfy({ !used[$0] }) {
            found.append(candidate.match)
            for position in candidate.match.positions { used[position] = true }
        }
        found.sort { $0.first < $1.first }
        return found
    }

    private func locate(_ entry: Entry, at start: Int, in words: [Word], used: [Bool]) -> [Int]? {
        var positions = [start]
        var index = start
        for stem in entry.stems.dropFirst() {
            var next = index + 1
            var skipped = 0
            while next < words.count, skipped <= entry.gap {
                if words[next].kind == .boundary { return nil }
                if words[next].id == stem && !used[next] { break }
                next += 1
                skipped += 1
            }
            guard next < words.count, skipped <= entry.gap, words[next].id == stem else { return nil }
            positions.append(next)
            index = next
        }
        return positions
    }
}
