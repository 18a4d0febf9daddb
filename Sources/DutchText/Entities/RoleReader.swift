enum RoleTag: Hashable, Sendable {
    case role(String)
    case nobody, negator, pseudoNegation, contrast
    /// "van ons": what follows qualifies the role before it ("psycholoog van ons team").
    case qualifier
    /// "morgen", "was ziek": the roles of this clause were not consulted.
    case notConsulted
    /// "zei": the roles after it in this clause were advised, not consulted.
    case advice
    /// "dat heb ik ook gedaan": advice before it was followed.
    case adviceFollowed
    /// "want", "dus": a new clause.
    case clauseBreak
    /// "niemand behalve", "behalve": the roles after it are an exception to a nobody.
    case exception
    /// "ik zelf": the professional apart from the others named.
    case own
}

/// Finds who was consulted: role ids in the order named, leaving out negated
/// ones ("niet met de politie, wel met de AF"); "met niemand" is nobody.
struct RoleReader: Sendable {
    let matcher: PhraseMatcher<RoleTag>
    /// First words of roles and "niemand": without one, there is nothing to read.
    let triggers: WordSet
    /// "af" -> aandachtsfunctionaris, "ha" -> huisarts (folded).
    let shortRoles: [String: String]
    /// "ik": after "en", the professional's own statement begins.
    let firstPerson: WordSet
    /// "en", "of": joining words between parts of a list.
    let joins: WordSet
    /// "zegt": a nobody right after it is someone else's claim ("mijn
    /// medewerker zegt met niemand, maar ...").
    let reporting: WordSet

    init(_ lexicon: Lexicon, analyzer: Analyzer) {
        var m = PhraseMatcher<RoleTag>()
        for (role, phrases) in lexicon.roles.sorted(by: { $0.key < $1.key }) {
            m.add(phrases, tag: .role(role), priority: 3, analyzer: analyzer)
        }
        // "met mijn AF", "de HA": an opener and a short role word together are a role phrase.
        for (word, role) in lexicon.shortRoles.sorted(by: { $0.key < $1.key }) {
            m.add(lexicon.shortRoleOpeners.map { "\($0) \(word)" }, tag: .role(role), priority: 3, analyzer: analyzer)
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
        m.add(lexicon.rolesNotConsulted, tag: .notConsulted, priority: 2, analyzer: analyzer)
        m.add(lexicon.roleAdvice, tag: .advice, priority: 2, analyzer: analyzer)
        m.add(lexicon.roleAdviceFollowed, tag: .adviceFollowed, priority: 3, analyzer: analyzer)
        m.add(lexicon.reasons + lexicon.conclusion, tag: .clauseBreak, priority: 1, analyzer: analyzer)
        m.add(lexicon.roleExceptions, tag: .exception, priority: 6, analyzer: analyzer)
        m.add(lexicon.roleOwn, tag: .own, priority: 1, analyzer: analyzer)
        matcher = m
        // The telling words of the role phrases: "aandachtsfunctionaris",
        // "af", "niemand"; not "de" or "met", which open phrases but occur in
        // every sentence.
        let common = Set((lexicon.filler + lexicon.functionWords).flatMap { analyzer.phrase($0).map(\.id) })
        var telling: WordSet = []
        for phrase in lexicon.roles.values.flatMap({ $0 }) + lexicon.nobody {
            for word in analyzer.phrase(phrase) where word.id >= 0 && !common.contains(word.id) { telling.insert(word.id) }
        }
        firstPerson = WordSet(lexicon.firstPerson.flatMap { analyzer.phrase($0).map(\.id) }.filter { $0 >= 0 })
        joins = WordSet(lexicon.gapBarriers.flatMap { analyzer.phrase($0).map(\.id) }.filter { $0 >= 0 })
        // (Not the last word of an aside: "eerlijk gezegd nog met niemand".)
        let asideEnds = Set(lexicon.asides.compactMap { analyzer.phrase($0).last?.id })
        reporting = WordSet(lexicon.reportingVerbs.flatMap { analyzer.phrase($0).map(\.id) }.filter { $0 >= 0 && !asideEnds.contains($0) })
        shortRoles = Dictionary(lexicon.shortRoles.map { (Folding.fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        for word in shortRoles.keys { for w in analyzer.phrase(word) where w.id >= 0 { telling.insert(w.id) } }
        triggers = telling
    }

    struct Reading {
        var roles: [String]
        var nobody: Bool
        /// Roles were named, none of them consulted: planned, away or not
        /// reached ("VT bel ik morgen", "de AF was ziek").
        var onlyNotConsulted = false
        /// The roles are the exception to a nobody ("niemand behalve de AF").
        var exception = false
        /// The roles named were consulted by others, not by the professional
        /// ("mijn collega heeft VT gebeld, ik zelf niet").
        var othersOnly = false
    }

    func read(_ words: [Word]) -> Reading {
        guard words.contains(where: { $0.id >= 0 && triggers.contains($0.id) }) else { return Reading(roles: [], nobody: false) }
        let matches = matcher.matches(in: words)
        var markerAt = [ClauseMarker?](repeating: nil, count: words.count)
        // Plain arrays per position or clause, not sets: this runs for most answers.
        var negators: [Int] = []
        for match in matches {
            switch match.tag {
            // "..., behalve met de AF" opens a clause as "maar" does.
            case .contrast: markerAt[match.first] = .contrast
            case .exception where match.first == match.last: markerAt[match.first] = .contrast
            case .clauseBreak: markerAt[match.first] = .reason
            case .negator:
                negators.append(match.first)
                // "niet met de politie en niet met VT": each "niet" denies its
                // own part; together they do not cancel.
                if match.first > 0, joins.contains(words[match.first - 1].id) {
                    markerAt[match.first - 1] = ClauseMarker.none
                }
            default: break
            }
        }
        // "de wijkagent weet ervan en ik heb het met mijn collega besproken",
        // "met de ib overlegd en morgen bel ik VT": "en" before the
        // professional (a time word and a verb may come first) starts a
        // statement of its own.
        for i in words.indices.dropLast() where joins.contains(words[i].id) {
            let ahead = words[(i + 1)...].prefix(4)
            guard let me = ahead.firstIndex(where: { firstPerson.contains($0.id) }),
                  !words[(i + 1)..<me].contains(where: { $0.kind == .boundary || joins.contains($0.id) }) else { continue }
            markerAt[i] = ClauseMarker.none
        }
        let clauses = Clauses(words: words, markerAt: markerAt)
        // Per clause: not consulted at all, or advised from this position on.
        var notConsulted = [Bool](repeating: false, count: clauses.count)
        // Whether the clause opens with it: "..., nog niet gesproken".
        var opensNotConsulted = [Bool](repeating: false, count: clauses.count)
        var adviceFrom = [Int](repeating: Int.max, count: clauses.count)
        var hasRole = [Bool](repeating: false, count: clauses.count)
        for match in matches {
            let clause = clauses.clauseOf[match.first]
            switch match.tag {
            case .notConsulted:
                notConsulted[clause] = true
                let start = words.indices.first { clauses.clauseOf[$0] == clause && words[$0].kind != .boundary }
                if start == match.first { opensNotConsulted[clause] = true }
            case .advice:
                adviceFrom[clause] = min(adviceFrom[clause], match.first)
                // "die zei: bel Veilig Thuis": the advice goes on past the colon.
                let colon = match.last + 1
                if colon < words.count, words[colon].text == ":", clause + 1 < clauses.count {
                    adviceFrom[clause + 1] = min(adviceFrom[clause + 1], colon)
                }
            case .adviceFollowed: for c in adviceFrom.indices { adviceFrom[c] = Int.max }
            case .role: hasRole[clause] = true
            default: break
            }
        }
        // "de AF heb ik gemaild, maar nog geen antwoord": not reached, said
        // after "maar" without a role of its own, is said of the role before;
        // so is a comma's clause that opens with it ("de IB'er een briefje
        // gegeven, nog niet gesproken"; not "met mijn manager, de rest was
        // op vakantie").
        let sentenceOfClause = clauses.sentenceOfClause
        for c in 1..<max(clauses.count, 1) where notConsulted[c] && !hasRole[c] && hasRole[c - 1]
            && (clauses.markers[c] == .contrast
                || (clauses.markers[c] == .none && opensNotConsulted[c] && sentenceOfClause[c] == sentenceOfClause[c - 1])) {
            notConsulted[c - 1] = true
        }
        // "nog niet met VT, wel met de huisarts": a nobody phrase in the
        // clause of a role negates that role and says nothing of the rest.
        var nobodyMatches: [PhraseMatcher<RoleTag>.Match] = []
        for match in matches where match.tag == .nobody {
            if match.first > 0, reporting.contains(words[match.first - 1].id) { continue }
            if hasRole[clauses.clauseOf[match.first]] { negators.append(match.first) } else { nobodyMatches.append(match) }
        }
        var negations = Array(repeating: 0, count: clauses.count)
        for n in negators { negations[clauses.clauseOf[n]] += 1 }
        // "niet in m'n eentje": a denied nobody is no nobody.
        nobodyMatches.removeAll { negations[clauses.clauseOf[$0.first]] % 2 == 1 }
        // "de directeur heeft het met de AF besproken, maar ik zelf nog met
        // niemand": the professional's own part, denied in a clause without a
        // role after the roles, says those were someone else's consultations.
        var othersOnly = false
        for match in matches where match.tag == .own {
            // As the subject opening its clause: "maar daar was ik zelf niet
            // bij" is of one consultation, not of all.
            guard match.first == 0 || words[match.first - 1].kind == .boundary || markerAt[match.first - 1] != nil else { continue }
            let clause = clauses.clauseOf[match.first]
            // (Roles already set aside, "de AF weet ervan, ik zelf heb nog
            // niks gedaan", are nobody's consultation.)
            guard !hasRole[clause], (0..<clause).contains(where: { hasRole[$0] && !notConsulted[$0] }),
                  negations[clause] % 2 == 1 || nobodyMatches.contains(where: { clauses.clauseOf[$0.first] == clause }) else { continue }
            for c in 0..<clause { notConsulted[c] = true }
            othersOnly = true
        }
        // Role and where it is named: "af" alone is found apart from the matches.
        var named: [(at: Int, role: String)] = []
        var qualifierEnd = -2
        var roleEnd = -2
        var setAside = false
        for match in matches {
            let clause = clauses.clauseOf[match.first]
            let setAsideHere = notConsulted[clause] || match.first > adviceFrom[clause]
            let negated = negations[clause] % 2 == 1 || setAsideHere
            // "de psycholoog van ons team": the role right after "van ons",
            // which follows a role, qualifies it; "Ilse van de peutergroep"
            // after another role is a colleague of her own.
            if match.tag == .qualifier { qualifierEnd = match.first == roleEnd + 1 ? match.last : -2 }
            if match.first == qualifierEnd + 1, !named.isEmpty, case .role = match.tag { continue }
            if case .role = match.tag { roleEnd = match.last }
            if case .role(let role) = match.tag {
                // (A role denied is not counted here: "niet" reaches into
                // relative clauses, "met een collega die niet in mijn team zit".)
                if negated { setAside = setAside || setAsideHere } else { named.append((match.first, role)) }
            }
        }
        named += shortRolesAlone(words)
        var roles: [String] = []
        for (_, role) in named.sorted(by: { $0.at < $1.at }) where !roles.contains(role) { roles.append(role) }
        // "nog met niemand, ik wil VT bellen": nobody named first, a plan after.
        let firstRole = matches.first { if case .role = $0.tag { true } else { false } }?.first ?? Int.max
        let nobody = !nobodyMatches.isEmpty
        let firstNobody = nobodyMatches.first?.first ?? Int.max
        // "geen overleg gehad, behalve kort met mijn collega": unless an
        // exception comes between, the nobody named first stands.
        let exception = matches.contains { $0.tag == .exception && $0.first < firstRole } && !roles.isEmpty
        if firstNobody < firstRole && !exception { return Reading(roles: [], nobody: true) }
        return Reading(roles: roles, nobody: nobody && roles.isEmpty, onlyNotConsulted: setAside && roles.isEmpty, exception: exception,
                       othersOnly: othersOnly && roles.isEmpty)
    }

    /// "AF", "teamleider, AF, VT", "vt + af", "AF + orthopedagoog", "AF van
    /// onze school", "HA": a short role word standing alone as an item, or
    /// opening the answer as its subject, names the role; inside a sentence
    /// it is something else ("houdt de boot af").
    private func shortRolesAlone(_ words: [Word]) -> [(at: Int, role: String)] {
        var found: [(at: Int, role: String)] = []
        for (i, word) in words.enumerated() {
            guard let role = shortRoles[word.surface] else { continue }
            let before = i == 0 || words[i - 1].kind == .boundary || words[i - 1].kind == .symbol || words[i - 1].text == "en"
            let after = i == words.count - 1 || words[i + 1].kind == .boundary || words[i + 1].kind == .symbol
                || words[i + 1].text == "en" || (i == 0 && words[i + 1].text == "van")
            if before && after { found.append((i, role)) }
        }
        return found
    }
}
