enum ChoiceTag: Hashable, Sendable {
    case option(String)
    case negator, contrast
}

/// Picks one option of a choice question by the words that name it; a
/// negated option does not count ("niet zelf gezien"). Options named
/// together pick the option that combines them, if there is one; else ties
/// pick nothing.
struct ChoiceReader: Sendable {
    let matcher: PhraseMatcher<ChoiceTag>
    let combined: [String: [String]]

    init(options: [String: [String]], combined: [String: [String]] = [:], lexicon: Lexicon, analyzer: Analyzer) {
        self.combined = combined
        var m = PhraseMatcher<ChoiceTag>()
        for (option, words) in options.sorted(by: { $0.key < $1.key }) {
            m.add(words, tag: .option(option), priority: 2, analyzer: analyzer)
        }
        m.add(lexicon.contrast + lexicon.contrastAfterNegation, tag: .contrast, priority: 0, analyzer: analyzer)
        m.add(lexicon.negators, tag: .negator, priority: 1, analyzer: analyzer)
        matcher = m
    }

    func read(_ words: [Word]) -> String? {
        let matches = matcher.matches(in: words)
        var markerAt = [ClauseMarker?](repeating: nil, count: words.count)
        var negators: Set<Int> = []
        for match in matches {
            if match.tag == .contrast { markerAt[match.first] = .contrast }
            if match.tag == .negator { negators.insert(match.first) }
        }
        let clauses = Clauses(words: words, markerAt: markerAt)
        var negations = Array(repeating: 0, count: clauses.count)
        for n in negators { negations[clauses.clauseOf[n]] += 1 }
        var score: [String: Int] = [:]
        for match in matches {
            guard case .option(let option) = match.tag else { continue }
            if negations[clauses.clauseOf[match.first]] % 2 == 1 { continue }
            score[option, default: 0] += match.count
        }
        for (option, parts) in combined.sorted(by: { $0.key < $1.key }) where !parts.isEmpty && parts.allSatisfy({ score[$0] != nil }) {
            return option
        }
        let ranked = score.sorted { $0.value > $1.value }
        guard let top = ranked.first else { return nil }
        if ranked.count > 1 && ranked[1].value == top.value { return nil }
        return top.key
    }
}
