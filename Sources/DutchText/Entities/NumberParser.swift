/// Reads whole numbers written in digits or in Dutch words up to the hundreds:
/// "14", "veertien", "tweeëntwintig" (folded: "tweeentwintig"), "honderd".
struct NumberParser: Sendable {
    let units: [String: Int]
    let tens: [String: Int]
    let hundred: [String: Int]
    let joiner: String

    init(_ words: NumberWords) {
        units = words.units
        tens = words.tens
        hundred = words.hundred
        joiner = words.joiner
    }

    func value(of word: String) -> Int? {
        if let n = Int(word) { return n }
        if let n = units[word] ?? tens[word] ?? hundred[word] { return n }
        return compound(word)
    }

    /// unit + joiner + tens: "een" "en" "twintig".
    private func compound(_ word: String) -> Int? {
        guard !joiner.isEmpty else { return nil }
        for (unitWord, unit) in units where unit > 0 && unit < 10 && word.hasPrefix(unitWord) {
            let rest = word.dropFirst(unitWord.count)
            guard rest.hasPrefix(joiner) else { continue }
            if let ten = tens[String(rest.dropFirst(joiner.count))] { return ten + unit }
        }
        return nil
    }
}
