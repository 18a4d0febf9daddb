/// Typing errors in a name, compared with one name the professional gave
/// rather than a whole vocabulary, so a changed letter is safe to allow.
enum NameTypos {
    /// "Sane" for "Sanne" (a doubled letter lost or added), and from five
    /// letters one missing, extra, changed or swapped letter ("Yasmine",
    /// "Benajmin"). The first letter is never wrong: typing errors rarely
    /// hit it, and names that differ there are other names.
    static func isTypo(_ typed: String, of name: String) -> Bool {
        guard typed != name, typed.first == name.first else { return false }
        let a = Array(typed), b = Array(name)
        if a.count >= 3, b.count >= 3, undoubled(a) == undoubled(b) { return true }
        guard a.count >= 5, b.count >= 5, abs(a.count - b.count) <= 1 else { return false }
        return distance(a, b) <= 1
    }

    private static func undoubled(_ letters: [Character]) -> [Character] {
        var out: [Character] = []
        for c in letters where out.last != c { out.append(c) }
        return out
    }

    /// Edit distance with adjacent swaps (optimal string alignment).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [Int](repeating: 0, count: b.count + 1)
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            previous2 = previous
            previous = current
        }
        return previous[b.count]
    }
}
