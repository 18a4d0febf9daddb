enum RoleTag: Hashable, Sendable {
    case role(String)
    case nobody, negator, pseudoNegation, contrast
    /// "van ons": what follows qualifies the role before it ("psycholoog van ons team").
    case qualifier
}

/// Finds who was consulted: role ids in the order named, leaving out negated
/// ones ("niet met de politie, wel met de AF"); "met niemand" is nobody.
struct RoleReader: Sendable {
    let matcher: PhraseMatcher<RoleTag>
    /// First words of roles and "niemand": without one, there is nothing to read.
    let triggers: WordSet

    init(_ lexicon: Lexicon, analyzer: Analyzer) {
        var m = PhraseMatcher<RoleTag>()
        for (role, phrases) in lexicon.roles.sorted(by: { $0.key < $1.key }) {
            m.add(phrases, tag: .role(role), priority: 3, analyzer: analyzer)
        }
        m.add(lexicon.nobody, tag: .nobody, priority: 4, analyzer: analyzer)
        m.add(lexicon.pseudoNegations, tag: .pseudoNegation, priority: 5, analyzer: analyzer)
        // "ik weet niet meer of het de zorgco was": doubt, not a negated role.
        m.add(lexicon.unsure, tag: .pseudoNegation, priority: 5, analyzer: analyzer)
        // "af en toe" is no "AF en ...".
        m.add(lexicon.alone[.unsure] ?? [], tag: .pseudoNegation, priority: 5, analyzer: analyzer)
        m.add(lexicon.contrast + lexicon.contrastAfterNegation, tag: .contrast, priority: 1, analyzer: analyzer)
        m.add(lexicon.negators, tag: .negator, priority: 2, analyzer: analyzer)
        m.add(lexicon.roleQualifiers, tag: .qualifier, priority: 6, analyzer: analyzer)
        matcher = m
        // The telling words of the role phrases: "aandachtsfunctionaris",
        // "af", "niemand"; not "de" or "met", which open phrases but occur in
        // every sentence.
        let common = Set((lexicon.filler + lexicon.functionWords).flatMap { analyzer.phrase($0).map(\.id) })
        var telling: WordSet = []
        for phrase in lexicon.roles.values.flatMap({ $0 }) + lexicon.nobody {
            for word in analyzer.phrase(phrase) where word.id >= 0 && !common.contains(word.id) { telling.insert(word.id) }
        }
        triggers = telling
    }

    struct Reading {
        var roles: [String]
        var nobody: Bool
    }

    func read(_ words: [Word]) -> Reading {
        guard words.contains(where: { $0.id >= 0 && triggers.contains($0.id) }) else { return Reading(roles: [], nobody: false) }
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
        var roles: [String] = []
        var nobody = false
        var qualifierEnd = -2
        for match in matches {
            let negated = negations[clauses.clauseOf[match.first]] % 2 == 1
            if match.tag == .qualifier { qualifierEnd = match.last }
            // "de psycholoog van ons team": the role right after "van ons" qualifies.
            if match.first == qualifierEnd + 1, !roles.isEmpty, case .role = match.tag { continue }
            switch match.tag {
            case .role(let role) where !negated && !roles.contains(role): roles.append(role)
            case .nobody: nobody = true
            default: break
            }
        }
        // "nog met niemand, ik wil VT bellen": nobody named first, a plan after.
        let firstRole = matches.first { if case .role = $0.tag { true } else { false } }?.first ?? Int.max
        let firstNobody = matches.first { $0.tag == .nobody }?.first ?? Int.max
        if firstNobody < firstRole { return Reading(roles: [], nobody: true) }
        return Reading(roles: roles, nobody: nobody && roles.isEmpty)
    }
}
