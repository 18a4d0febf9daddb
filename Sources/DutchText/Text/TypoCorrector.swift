/// Corrects typing errors against a known vocabulary, allowing more errors in
/// longer words: none up to 5 letters (short Dutch words differ by one letter
/// too often: staat/slaat, wel/wil), one up to 9, two from 10 on. Candidates
/// come from a deletion index (each word and its one- and two-letter
/// deletions), so a lookup costs a handful of hash probes, not a scan.
struct TypoCorrector: Sendable {
    private var words: [[Unicode.Scalar]] = []
    private var known: Set<String> = []
    private var index: [String: [Int32]] = [:]

    init(vocabulary: some Sequence<String>) {
        for word in Set(vocabulary).sorted() {
            known.insert(word)
            let scalars = Array(word.unicodeScalars)
            guard scalars.count >= Self.minimumLength, scalars.allSatisfy({ $0.properties.isAlphabetic }) else { continue }
            let id = Int32(words.count)
            words.append(scalars)
            for variant in Self.deletions(of: scalars, depth: Self.maxDistance(scalars.count)) {
                index[variant, default: []].append(id)
            }
        }
    }

    static let minimumLength = 6

    static func maxDistance(_ length: Int) -> Int {
        length < minimumLength ? 0 : (length < 10 ? 1 : 2)
    }

    func isKnown(_ word: String) -> Bool { known.contains(word) }

    /// The vocabulary word closest to `word`, or nil when none is close enough
    /// or the word is already known.
    func correct(_ word: String) -> String? {
        if known.contains(word) { return nil }
        let scalars = Array(word.unicodeScalars)
        let limit = Self.maxDistance(scalars.count)
        guard limit > 0 else { return nil }
        var best: (distance: Int, id: Int32)?
        for variant in Self.deletions(of: scalars, depth: limit) {
            guard let ids = index[variant] else { continue }
            for id in ids {
                let candidate = words[Int(id)]
                guard abs(candidate.count - scalars.count) <= limit,
                      Self.maxDistance(candidate.count) >= 1 else { continue }
                let d = Self.distance(scalars, candidate, limit: limit)
                guard d <= limit else { continue }
                // Prefer fewer edits, then a matching first letter, then the
                // alphabetically first word, so results are deterministic.
                if let current = best {
                    let better = d < current.distance
                        || (d == current.distance && candidate.first == scalars.first && words[Int(current.id)].first != scalars.first)
                        || (d == current.distance && id < current.id && (candidate.first == scalars.first) == (words[Int(current.id)].first == scalars.first))
                    if better { best = (d, id) }
                } else {
                    best = (d, id)
                }
            }
        }
        guard let found = best else { return nil }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: words[Int(found.id)])
        return String(result)
    }

    /// The word itself and every form with up to `depth` letters removed.
    static func deletions(of word: [Unicode.Scalar], depth: Int) -> Set<String> {
        var result: Set<String> = [String(String.UnicodeScalarView(word))]
        var frontier: [[Unicode.Scalar]] = [word]
        for _ in 0..<depth {
            var next: [[Unicode.Scalar]] = []
            for form in frontier where form.count > 1 {
                for i in form.indices {
                    var shorter = form
                    shorter.remove(at: i)
                    if result.insert(String(String.UnicodeScalarView(shorter))).inserted {
                        next.append(shorter)
                    }
                }
            }
            frontier = next
        }
        return result
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent
    /// transpositions), stopping early once it exceeds `limit`.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        let n = a.count, m = b.count
        if n == 0 { return m }
        if m == 0 { return n }
        var previous2 = [Int](repeating: 0, count: m + 1)
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            var rowMinimum = i
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[m]
    }
}
