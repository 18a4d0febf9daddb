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
    let triggers: Set<Int32>

    init(_ lexicon: Lexicon, analyzer: Analyzer) {
        var m = PhraseMatcher<RoleTag>()
        for (role, phrases) in lexicon.roles.sorted(by: { $0.key < $1.key }) {
            m.add(phrases, tag: .role(role), priority: 3, analyzer: analyzer)
        }
        m.add(lexicon.nobody, tag: .nobody, priority: 4, analyzer: analyzer)
        m.add(lexicon.pseudoNegations, tag: .pseudoNegation, priority: 5, analyzer: analyzer)
        m.add(lexicon.contrast + lexicon.contrastAfterNegation, tag: .contrast, priority: 1, analyzer: analyzer)
        m.add(lexicon.negators, tag: .negator, priority: 2, analyzer: analyzer)
        m.add(lexicon.roleQualifiers, tag: .qualifier, priority: 2, analyzer: analyzer)
        matcher = m
        triggers = m.firstWords { tag in
            if case .role = tag { return true }
            return tag == .nobody
        }
    }

    struct Reading {
        var roles: [String]
        var nobody: Bool
    }

    func read(_ words: [Word]) -> Reading {
        guard words.contains(where: { $0.id >= 0 && triggers.contains($0.id) }) else { return Reading(roles: [], nobody: false) }
        let matches = matcher.matches(in: words)
        var markerAt: [Int: ClauseMarker] = [:]
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
        var afterQualifier = false
        for match in matches {
            let negated = negations[clauses.clauseOf[match.first]] % 2 == 1
            defer { afterQualifier = match.tag == .qualifier }
            if afterQualifier, !roles.isEmpty, case .role = match.tag { continue }
            switch match.tag {
            case .role(let role) where !negated && !roles.contains(role): roles.append(role)
            case .nobody: nobody = true
            default: break
            }
        }
        return Reading(roles: roles, nobody: nobody && roles.isEmpty)
    }
}
