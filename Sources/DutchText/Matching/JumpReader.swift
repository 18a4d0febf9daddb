enum JumpTag: Hashable, Sendable {
    case word, backWord
    case target(String)
}

/// Recognises a request to go to another step: a jump word and a named
/// target in a short text ("ga naar stap 3", "ik wil eerst met Veilig Thuis
/// overleggen"). The targets and their names come from the lexicon.
struct JumpReader: Sendable {
    let matcher: PhraseMatcher<JumpTag>
    let triggers: WordSet
    /// "oke", "nou", "ik": words that may come before the jump word.
    let filler: WordSet

    /// A request to jump is short; a long text that names a step is an answer.
    static let maximumWords = 12

    init(_ lexicon: Lexicon, analyzer: Analyzer) {
        var m = PhraseMatcher<JumpTag>()
        m.add(lexicon.jumpWords, tag: .word, priority: 1, analyzer: analyzer)
        m.add(lexicon.jumpBackWords, tag: .backWord, priority: 1, analyzer: analyzer)
        for (target, phrases) in lexicon.jumpTargets.sorted(by: { $0.key < $1.key }) {
            m.add(phrases, tag: .target(target), priority: 2, analyzer: analyzer)
        }
        matcher = m
        triggers = m.firstWords { $0 == .word || $0 == .backWord }
        // "ja, ik ga eerst met moeder in gesprek" answers and tells a plan:
        // a one-word answer is no filler before a jump.
        let answers = Set((lexicon.yes + lexicon.no).map { analyzer.phrase($0) }.filter { $0.count == 1 }.map { $0[0].id })
        filler = WordSet(lexicon.filler.flatMap { analyzer.phrase($0).map(\.id) }.filter { !answers.contains($0) })
    }

    /// The target named, when the text asks to go there, and whether it
    /// asks to go back.
    func read(_ words: [Word]) -> (target: String, back: Bool)? {
        guard words.contains(where: { $0.id >= 0 && triggers.contains($0.id) }) else { return nil }
        guard words.filter({ $0.kind != .boundary }).count <= Self.maximumWords else { return nil }
        let matches = matcher.matches(in: words)
        guard let word = matches.first(where: { $0.tag == .word || $0.tag == .backWord }) else { return nil }
        // "nee nog niet, ik wilde eerst met de AF overleggen" answers and
        // then tells a plan; a request to go elsewhere opens the text.
        guard words[..<word.first].allSatisfy({ $0.kind == .boundary || filler.contains($0.id) }) else { return nil }
        // The target after the jump word: "ga naar stap 3", "eerst overleggen".
        for match in matches where match.first > word.first {
            if case .target(let target) = match.tag { return (target, word.tag == .backWord) }
        }
        return nil
    }
}
