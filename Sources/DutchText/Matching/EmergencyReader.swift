enum EmergencyTag: Hashable, Sendable {
    /// A phrase, by its index in the membership table: one phrase may belong
    /// to groups of several rules ("nu").
    case term(Int)
    case negator, pseudoNegation, past, over, contrast
}

/// Recognises text that describes acute danger: a rule of the lexicon whose
/// every group is named in one sentence, not negated ("er is geen wapen"),
/// in a sentence that is not about the past or about danger that is over
/// ("vorig jaar", "hij zit vast").
struct EmergencyReader: Sendable {
    let matcher: PhraseMatcher<EmergencyTag>
    let groupCounts: [Int]
    /// Term index -> the (rule, group) pairs its phrase belongs to.
    let memberships: [[(rule: Int, group: Int)]]

    init(_ lexicon: Lexicon, analyzer: Analyzer) {
        var m = PhraseMatcher<EmergencyTag>()
        var counts: [Int] = []
        var phrases: [String] = []
        var members: [String: [(rule: Int, group: Int)]] = [:]
        for (r, rule) in lexicon.emergency.rules.enumerated() {
            counts.append(rule.count)
            for (g, group) in rule.enumerated() {
                for phrase in group {
                    if members[phrase] == nil { phrases.append(phrase) }
                    members[phrase, default: []].append((r, g))
                }
            }
        }
        for (index, phrase) in phrases.enumerated() {
            m.add([phrase], tag: .term(index), priority: 3, gap: 1, analyzer: analyzer)
        }
        memberships = phrases.map { members[$0]! }
        m.add(lexicon.emergency.over, tag: .over, priority: 5, analyzer: analyzer)
        m.add(lexicon.emergency.past, tag: .past, priority: 4, analyzer: analyzer)
        m.add(lexicon.pseudoNegations, tag: .pseudoNegation, priority: 6, analyzer: analyzer)
        m.add(lexicon.contrast + lexicon.contrastAfterNegation, tag: .contrast, priority: 1, analyzer: analyzer)
        m.add(lexicon.negators, tag: .negator, priority: 2, analyzer: analyzer)
        matcher = m
        groupCounts = counts
    }

    /// The number of the rule that fired, or nil.
    func read(_ words: [Word]) -> Int? {
        let matches = matcher.matches(in: words)
        guard matches.contains(where: { if case .term = $0.tag { return true } else { return false } }) else { return nil }
        var markerAt: [Int: ClauseMarker] = [:]
        var negators: Set<Int> = []
        for match in matches {
            if match.tag == .contrast { markerAt[match.first] = .contrast }
            if match.tag == .negator { negators.insert(match.first) }
        }
        let clauses = Clauses(words: words, markerAt: markerAt)
        var negations = Array(repeating: 0, count: clauses.count)
        for n in negators { negations[clauses.clauseOf[n]] += 1 }
        var quietSentences: Set<Int> = []
        for match in matches where match.tag == .past || match.tag == .over {
            quietSentences.insert(clauses.sentenceOf[match.first])
        }
        // sentence -> rule -> groups seen
        var seen: [Int: [Int: Set<Int>]] = [:]
        for match in matches {
            guard case .term(let index) = match.tag else { continue }
            let sentence = clauses.sentenceOf[match.first]
            guard !quietSentences.contains(sentence) else { continue }
            guard negations[clauses.clauseOf[match.first]] % 2 == 0 else { continue }
            for (rule, group) in memberships[index] {
                seen[sentence, default: [:]][rule, default: []].insert(group)
            }
        }
        for sentence in seen.keys.sorted() {
            for (rule, groups) in seen[sentence]!.sorted(by: { $0.key < $1.key }) where groups.count == groupCounts[rule] {
                return rule
            }
        }
        return nil
    }
}
