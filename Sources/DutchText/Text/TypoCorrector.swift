/// Corrects typing errors against a known vocabulary, allowing more errors in
/// longer words: none up to 4 letters; at 5 letters two swapped neighbours
/// or a letter typed twice;
/// at 6 and 7 letters one missing, extra or swapped letter (a changed letter too often makes another real
/// word: lessen/messen, gekomen/genomen); from 8 letters one error of any
/// kind, from 11 letters two (but not two changed letters). The first letter
/// is never corrected.
///
/// Candidates come from a deletion index: every vocabulary word is filed
/// under the hashes of itself with up to one (or two) letters left out; a
/// typed word looks up the same hashes of itself, so a lookup is a handful
/// of hash probes, never a scan of the vocabulary.
struct TypoCorrector: Sendable {
    private var words: [[Unicode.Scalar]] = []
    private var known: Set<String> = []
    private var targets: Set<String> = []
    /// Deletion hash -> its run of word ids in `runIDs`: run r is
    /// `runIDs[runStarts[r]..<runStarts[r + 1]]`, ids ascending. Flat arrays
    /// instead of an array per hash: built at every start, and the program
    /// starts often.
    private var index = RunTable()
    private var runStarts: [Int32] = []
    private var runIDs: [Int32] = []

    /// Words of the vocabulary are what typed words are corrected to; words
    /// spelled right are only left alone.
    init(vocabulary: some Sequence<String>, spelledRight: [String] = []) {
        known.formUnion(spelledRight)
        var pairs: [(hash: UInt64, id: Int32)] = []
        for word in Set(vocabulary).sorted() {
            known.insert(word)
            targets.insert(word)
            let scalars = Array(word.unicodeScalars)
            guard scalars.count >= Self.minimumLength, scalars.allSatisfy(Tokenizer.isLetter) else { continue }
            let id = Int32(words.count)
            words.append(scalars)
            Self.forEachDeletion(of: scalars, depth: Self.maxDistance(scalars.count)) { pairs.append(($0, id)) }
        }
        pairs.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.id < $1.id }
        var keys: [UInt64] = []
        for (i, pair) in pairs.enumerated() {
            if i > 0, pairs[i - 1] == pair { continue }
            if i == 0 || pairs[i - 1].hash != pair.hash {
                keys.append(pair.hash)
                runStarts.append(Int32(runIDs.count))
            }
            runIDs.append(pair.id)
        }
        runStarts.append(Int32(runIDs.count))
        index = RunTable(keys: keys)
    }

    static let minimumLength = 5

    static func maxDistance(_ length: Int) -> Int {
        length < minimumLength ? 0 : (length < 11 ? 1 : 2)
    }

    /// Short words may only lose, gain or swap a letter, not change one.
    static func allowed(_ typed: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
        guard typed.first == word.first else { return false }
        guard typed.count < 8 else { return true }
        // Five letters: only two neighbours swapped ("zeekr") or a letter
        // typed twice ("terrug", "terugg"); a letter more or less makes
        // another word too often ("echte"/"echter").
        if typed.count == 5 || word.count == 5, typed.count != word.count { return Self.doubles(typed, word) }
        if typed.count != word.count { return true }
        // Equal length: only an adjacent swap.
        guard let i = typed.indices.first(where: { typed[$0] != word[$0] }), i + 1 < typed.count else { return false }
        return typed[i] == word[i + 1] && typed[i + 1] == word[i] && typed[(i + 2)...] == word[(i + 2)...]
    }

    /// Whether `typed` is `word` with one of its letters typed twice.
    static func doubles(_ typed: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
        guard typed.count == word.count + 1 else { return false }
        let i = word.indices.first { typed[$0] != word[$0] } ?? word.count
        return i > 0 && typed[i] == typed[i - 1] && typed[(i + 1)...] == word[i...]
    }

    func isKnown(_ word: String) -> Bool { known.contains(word) }

    /// A word of the vocabulary itself.
    func isTarget(_ word: String) -> Bool { targets.contains(word) }

    /// The vocabulary word closest to `word`, or nil when none is close enough
    /// or the word is already known.
    func correct(_ word: String) -> String? {
        if known.contains(word) { return nil }
        let scalars = Array(word.unicodeScalars)
        let limit = Self.maxDistance(scalars.count)
        guard limit > 0, scalars.allSatisfy(Tokenizer.isLetter) else { return nil }
        var best: (distance: Int, id: Int32)?
        Self.forEachDeletion(of: scalars, depth: limit) { hash in
            guard let run = index[hash] else { return }
            for k in Int(runStarts[run])..<Int(runStarts[run + 1]) {
                let id = runIDs[k]
                let candidate = words[Int(id)]
                guard abs(candidate.count - scalars.count) <= limit else { continue }
                let d = Self.distance(scalars, candidate, limit: limit)
                guard d <= limit, Self.allowed(scalars, candidate) else { continue }
                // Two changed letters in a word of the same length too often
                // make another real word: "vernedering" is not "verbetering".
                if d == 2, candidate.count == scalars.count { continue }
                // Fewest edits first, then the alphabetically first word, so
                // the result never depends on hash order.
                if best == nil || d < best!.distance || (d == best!.distance && id < best!.id) { best = (d, id) }
            }
        }
        guard let found = best else { return nil }
        return String(String.UnicodeScalarView(words[Int(found.id)]))
    }

    /// Calls `body` with the hash of the word and of every form with up to
    /// `depth` letters left out (the same form may come more than once).
    static func forEachDeletion(of word: [Unicode.Scalar], depth: Int, _ body: (UInt64) -> Void) {
        let n = word.count
        body(hash(word, skipping: -1, -1))
        guard depth >= 1 else { return }
        for i in 0..<n {
            body(hash(word, skipping: i, -1))
            guard depth >= 2 else { continue }
            for j in (i + 1)..<max(i + 1, n) { body(hash(word, skipping: i, j)) }
        }
    }

    /// FNV-1a over the letters, leaving out positions `a` and `b`.
    @inline(__always)
    static func hash(_ word: [Unicode.Scalar], skipping a: Int, _ b: Int) -> UInt64 {
        var h = FNV1a.basis
        for (i, scalar) in word.enumerated() where i != a && i != b {
            h = FNV1a.step(h, UInt64(scalar.value))
        }
        // The length keeps "ab" minus nothing apart from "abc" minus "c".
        return FNV1a.step(h, UInt64(word.count - (a >= 0 ? 1 : 0) - (b >= 0 ? 1 : 0)))
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

/// Open addressing over full 64-bit keys: key -> its position in the list
/// the table was made from.
struct RunTable: Sendable {
    private var keys: [UInt64] = []
    private var values: [Int32] = []
    private var mask = 0

    init() {}

    /// `keys` must be distinct.
    init(keys list: [UInt64]) {
        var size = 16
        while size < list.count * 2 { size *= 2 }
        mask = size - 1
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        for (position, key) in list.enumerated() {
            var i = Int(truncatingIfNeeded: key) & mask
            while values[i] >= 0 { i = (i + 1) & mask }
            keys[i] = key
            values[i] = Int32(position)
        }
    }

    subscript(key: UInt64) -> Int? {
        guard mask > 0 else { return nil }
        var i = Int(truncatingIfNeeded: key) & mask
        while values[i] >= 0 {
            if keys[i] == key { return Int(values[i]) }
            i = (i + 1) & mask
        }
        return nil
    }
}
