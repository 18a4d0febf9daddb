/// Reads whole numbers written in digits or in Dutch words up to the hundreds:
/// "14", "2,5" (2), "veertien", "tweeëntwintig" (folded: "tweeentwintig"),
/// "achtenhalf" (8), "achtjarig" (8), "honderd". The words come from the lexicon; every
/// written form is put in one table up front, so reading is a lookup.
struct NumberParser: Sendable {
    private var table: [String: Int] = [:]
    /// "achtenhalf", "zeventieneneenhalf", "achtjarig": read, but no target
    /// for typo correction (hundreds of long words would slow every start).
    private(set) var compoundForms: [String] = []

    init(_ words: NumberWords) {
        table.merge(words.units) { a, _ in a }
        table.merge(words.tens) { a, _ in a }
        table.merge(words.hundred) { a, _ in a }
        // unit + joiner + tens: "een" "en" "twintig".
        if !words.joiner.isEmpty {
            for (unitWord, unit) in words.units where unit > 0 && unit < 10 {
                for (tenWord, ten) in words.tens {
                    table[unitWord + words.joiner + tenWord] = ten + unit
                }
            }
        }
        // "achtenhalf", "zeventieneneenhalf": the whole number.
        let whole = table
        // "achtjarig", "veertienjarige": the number the word is made of.
        for suffix in words.andAHalf + words.aged where !suffix.isEmpty {
            for (word, value) in whole where value < 100 {
                table[word + suffix] = value
                compoundForms.append(word + suffix)
            }
        }
        wholeForms = Array(whole.keys)
    }

    /// Every number written as a word.
    var words: [String] { Array(table.keys) }
    /// The same without the compound forms, so the vocabulary can know them.
    private(set) var wholeForms: [String] = []

    func value(of word: String) -> Int? {
        if let n = table[word] { return n }
        guard let first = word.utf8.first, first >= 0x30 && first <= 0x39 else { return nil }
        if let n = Int(word) { return n }
        // "2,5" or "2.5": the whole part.
        if let separator = word.firstIndex(where: { $0 == "," || $0 == "." }), let n = Int(word[..<separator]) { return n }
        return nil
    }
}
