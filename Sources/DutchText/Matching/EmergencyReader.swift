enum EmergencyTag: Hashable, Sendable {
    /// A phrase, by its index in the membership table: one phrase may belong
    /// to groups of several rules ("nu").
    case term(Int)
    case negator, pseudoNegation, past, over, calm, habitual, now, contrast
    /// "gevaar" in a sentence that may deny it; "wel", which turns a denial.
    case denied, turn
    /// "het is niet zo dat": denies the rest of its clause.
    case sentential
    /// "of" opening a clause: "of er nu acuut gevaar is" asks, it does not tell.
    case whether
    /// "ik heb gevraagd of": what follows in its part was asked about.
    case asked
    /// "kan het misgaan", and "als": a possibility under a condition.
    case possible, conditional
    /// "bij gevaar": a condition for a call for help only.
    case condition
}

/// Recognises text that describes acute danger: a rule of the lexicon whose
/// every group is named in one sentence (or anywhere in the text, for its
/// text rules), none of them negated close by ("er
/// is geen wapen", "ze is niet bewusteloos"). Danger in the past or that is
/// over ("vorig jaar", "hij zit vast") and violence that happens often ("hij
/// slaat haar regelmatig": structural, not acute) do not count, unless the
/// same clause says it is happening now.
struct EmergencyReader: Sendable {
    let matcher: PhraseMatcher<EmergencyTag>
    let groupCounts: [Int]
    /// Per rule: whether its groups may lie in different sentences.
    let wholeText: [Bool]
    /// Term index -> the (rule, group) pairs its phrase belongs to.
    let memberships: [[(rule: Int, group: Int)]]
    /// Terms that are calls for help ("112 bellen"): with a condition in
    /// their sentence an instruction for later.
    let instructed: Set<Int>
    /// "als", "mocht".
    let conditionals: WordSet
    /// "zei", "vertelde".
    let reporting: WordSet
    /// First words of danger phrases: without one, no rule can fire.
    let triggers: WordSet
    /// "en", "omdat": a negation after one of these is about what follows
    /// ("een peuter alleen op het balkon en niemand doet open").
    let barriers: WordSet

    /// How far a negation reaches: words before a danger phrase, and after it.
    static let negationBefore = 3
    static let negationAfter = 2

    init(_ lexicon: Lexicon, analyzer: Analyzer) {
        var m = PhraseMatcher<EmergencyTag>()
        var counts: [Int] = []
        var phrases: [String] = []
        var members: [String: [(rule: Int, group: Int)]] = [:]
        let rules = lexicon.emergency.rules + lexicon.emergency.textRules
        wholeText = lexicon.emergency.rules.map { _ in false } + lexicon.emergency.textRules.map { _ in true }
        for (r, rule) in rules.enumerated() {
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
        conditionals = WordSet(lexicon.conditionals.flatMap { analyzer.phrase($0).map(\.id) })
        reporting = WordSet(lexicon.reportingVerbs.flatMap { analyzer.phrase($0).map(\.id) })
        let instructedPhrases = Set(lexicon.emergency.instructed)
        instructed = Set(phrases.indices.filter { instructedPhrases.contains(phrases[$0]) })
        m.add(lexicon.emergency.over, tag: .over, priority: 5, analyzer: analyzer)
        m.add(lexicon.emergency.calm, tag: .calm, priority: 5, analyzer: analyzer)
        m.add(lexicon.emergency.past, tag: .past, priority: 4, analyzer: analyzer)
        m.add(lexicon.emergency.habitual, tag: .habitual, priority: 4, analyzer: analyzer)
        m.add(lexicon.pseudoNegations, tag: .pseudoNegation, priority: 6, analyzer: analyzer)
        // Harmless phrases hide the danger phrase they overlap.
        m.add(lexicon.emergency.harmless, tag: .pseudoNegation, priority: 9, analyzer: analyzer)
        m.add(lexicon.sententialNegations, tag: .sentential, priority: 7, analyzer: analyzer)
        m.add(lexicon.whether, tag: .whether, priority: 0, analyzer: analyzer)
        // "vroeg ook meteen of"
        m.add(lexicon.emergency.asked, tag: .asked, priority: 5, gap: 2, analyzer: analyzer)
        m.add(lexicon.emergency.possible, tag: .possible, priority: 10, analyzer: analyzer)
        m.add(lexicon.conditionals, tag: .conditional, priority: 0, analyzer: analyzer)
        m.add(lexicon.emergency.conditions, tag: .condition, priority: 0, analyzer: analyzer)
        m.add(lexicon.contrast, tag: .contrast, priority: 1, analyzer: analyzer)
        m.add(lexicon.negators, tag: .negator, priority: 2, analyzer: analyzer)
        m.add(lexicon.emergency.denied, tag: .denied, priority: 1, analyzer: analyzer)
        m.add(lexicon.contrastAfterNegation, tag: .turn, priority: 1, analyzer: analyzer)
        matcher = m
        // Every rule needs a phrase of its first group, so only texts with
        // a word of one can hold danger ("nu" alone cannot). Of each phrase
        // its longest word is taken, the rarest as a rule: "van het leven te
        // beroven" needs "beroven", and "van" would let nearly every text in.
        var firstGroup: WordSet = []
        for rule in rules {
            for phrase in rule.first ?? [] {
                let words = analyzer.phrase(phrase).filter { $0.kind != .boundary && $0.id >= 0 }
                if let longest = words.max(by: { $0.text.unicodeScalars.count < $1.text.unicodeScalars.count }) { firstGroup.insert(longest.id) }
            }
        }
        triggers = firstGroup
        barriers = WordSet(lexicon.gapBarriers.flatMap { analyzer.phrase($0).map(\.id) })
        groupCounts = counts
        var now = PhraseMatcher<EmergencyTag>()
        now.add(lexicon.emergency.now, tag: .now, analyzer: analyzer)
        immediacy = now
    }

    /// "nu", "vanavond": matched on their own, since they may also be part
    /// of a rule.
    let immediacy: PhraseMatcher<EmergencyTag>

    /// Whether the text names danger and, in the same sentence, that it is
    /// calm now ("hij heeft haar geslagen en het is nu weer rustig"): the
    /// scorer, which cannot read that, is not to raise an emergency over it.
    /// (Not what is over: a contact ban may be broken right now; nor calm in
    /// another sentence: "op zich is het rustig hier. alleen heeft Noor ...")
    /// Nor where the last sentence denies the danger told before it.
    func setsAside(_ words: [Word]) -> Bool {
        guard words.contains(where: { $0.id >= 0 && triggers.contains($0.id) }) else { return false }
        let matches = withoutManner(matcher.matches(in: words), words)
        let clauses = Clauses(words: words, markerAt: Array(repeating: nil, count: words.count))
        if deniedAtEnd(words, matches: matches, clauses: clauses) { return true }
        if onlyInstructed(words, matches: matches, clauses: clauses) { return true }
        let calm = Set(matches.filter { $0.tag == .calm }.map { clauses.sentenceOf[$0.first] })
        return matches.contains { match in
            if case .term = match.tag { calm.contains(clauses.sentenceOf[match.first]) } else { false }
        }
    }

    /// Whether danger is named only in sentences that instruct a call for
    /// help under a condition ("ik heb haar gezegd dat ze bij een nieuwe
    /// bedreiging 112 moet bellen"): what they name is supposed.
    private func onlyInstructed(_ words: [Word], matches: [PhraseMatcher<EmergencyTag>.Match], clauses: Clauses) -> Bool {
        let terms = matches.compactMap { match -> (index: Int, sentence: Int)? in
            if case .term(let index) = match.tag { (index, clauses.sentenceOf[match.first]) } else { nil }
        }
        let instructing = Set(terms.filter { instructed.contains($0.index) }.map(\.sentence))
            .filter { conditioned($0, words, matches: matches, clauses: clauses) }
        return !instructing.isEmpty && terms.allSatisfy { instructing.contains($0.sentence) }
    }

    /// Whether a sentence names a condition: "als", "bij gevaar".
    private func conditioned(_ sentence: Int, _ words: [Word], matches: [PhraseMatcher<EmergencyTag>.Match], clauses: Clauses) -> Bool {
        words.indices.contains { conditionals.contains(words[$0].id) && clauses.sentenceOf[$0] == sentence }
            || matches.contains { $0.tag == .condition && clauses.sentenceOf[$0.first] == sentence }
    }

    /// "... ze wordt opgenomen. Op dit moment dus geen gevaar.": a last
    /// sentence that denies danger, and names none, concludes about all
    /// that came before it (unless it turns: "niet voor mij, wel voor haar").
    private func deniedAtEnd(_ words: [Word], matches: [PhraseMatcher<EmergencyTag>.Match], clauses: Clauses) -> Bool {
        guard let end = words.lastIndex(where: { $0.kind != .boundary }), case let last = clauses.sentenceOf[end], last > 0 else { return false }
        let closing = matches.filter { clauses.sentenceOf[$0.first] == last }
        let namesDanger = closing.contains { match in
            if case .term(let index) = match.tag { memberships[index].contains { $0.group == 0 } } else { false }
        }
        return !namesDanger && closing.contains { $0.tag == .denied } && closing.contains { $0.tag == .negator || $0.tag == .sentential }
            && !closing.contains { [.contrast, .turn, .whether].contains($0.tag) } && !clauses.asks[clauses.clauseOf[end]]
    }

    /// A word the typo corrector changed by one letter inside it: that is
    /// more often another real word ("opvangen" is not "ophangen",
    /// "verwoorden" is not "vermoorden") than a slip, so it names no danger.
    /// A changed last letter is an ending ("mishandeld", "gedreigt").
    static func changedInside(_ word: Word) -> Bool {
        guard word.corrected else { return false }
        let typed = Array(word.surface.unicodeScalars), read = Array(word.text.unicodeScalars)
        guard typed.count == read.count, let first = typed.indices.first(where: { typed[$0] != read[$0] }) else { return false }
        return first < typed.count - 1
    }

    /// "ze zei heel rustig dat ...", "zei ze kalm": a calm word right after
    /// a reporting verb (up to four words between) says how someone spoke, not
    /// that it is calm now.
    private func withoutManner(_ matches: [PhraseMatcher<EmergencyTag>.Match], _ words: [Word]) -> [PhraseMatcher<EmergencyTag>.Match] {
        guard matches.contains(where: { $0.tag == .calm }) else { return matches }
        return matches.filter { match in
            guard match.tag == .calm else { return true }
            let before = words[max(0, match.first - 5)..<match.first]
            guard let verb = before.lastIndex(where: { reporting.contains($0.id) }) else { return true }
            return words[verb..<match.first].contains { $0.kind == .boundary }
        }
    }

    /// The number of the rule that fired, or nil.
    func read(_ words: [Word]) -> Int? {
        guard words.contains(where: { $0.id >= 0 && triggers.contains($0.id) }) else { return nil }
        let matches = withoutManner(matcher.matches(in: words), words)
        guard matches.contains(where: { if case .term = $0.tag { true } else { false } }) else { return nil }
        var markerAt = [ClauseMarker?](repeating: nil, count: words.count)
        var negators: [Int] = []
        for match in matches {
            if match.tag == .contrast { markerAt[match.first] = .contrast }
            if match.tag == .negator { negators.append(match.first) }
        }
        let clauses = Clauses(words: words, markerAt: markerAt)
        // "nu" says the danger is happening, unless its clause says what is
        // now is calm ("al is het nu even rustig").
        var nowClauses: Set<Int> = []
        var nowEnds: [Int] = []
        // "was vannacht": a time word inside a past phrase is not now.
        let pastSpans = matches.filter { $0.tag == .past }.map { $0.first...$0.last }
        for match in immediacy.matches(in: words) where !pastSpans.contains(where: { $0.contains(match.first) && $0.contains(match.last) }) {
            nowClauses.insert(clauses.clauseOf[match.first])
            nowEnds.append(match.last)
        }
        for match in matches where match.tag == .calm { nowClauses.remove(clauses.clauseOf[match.first]) }
        let pastStarts = matches.filter { $0.tag == .past }.map(\.first)
        // A time word reaches what follows it: in "al is het nu minder heftig
        // dan vorig jaar toen er een mes was" the knife is last year's.
        func happensNow(_ p: Int, clause: Int) -> Bool {
            guard nowClauses.contains(clause) else { return false }
            guard let past = pastStarts.last(where: { $0 < p && clauses.clauseOf[$0] == clause }) else { return true }
            return nowEnds.contains { $0 >= past && $0 < p && clauses.clauseOf[$0] == clause }
                || !nowEnds.contains { $0 < p && clauses.clauseOf[$0] == clause }
        }
        // A sentence's parts: a new one after each "maar". Past or over
        // ("rustig geweest") quiets its own part and those before it, not
        // what follows a "maar": "rustig geweest, maar zojuist ...".
        var part = Array(repeating: 0, count: words.count)
        for i in words.indices where i > 0 {
            let clause = clauses.clauseOf[i]
            if clauses.sentenceOf[i] != clauses.sentenceOf[i - 1] {
                part[i] = 0
            } else if clause != clauses.clauseOf[i - 1], clauses.markers[clause] == .contrast {
                part[i] = part[i - 1] + 1
            } else {
                part[i] = part[i - 1]
            }
        }
        /// sentence -> the last part that is quiet
        var quietUpTo: [Int: Int] = [:]
        var habitualClauses: Set<Int> = []
        var deniedFrom: [Int: Int] = [:]
        var askingClauses = Set((0..<clauses.count).filter { clauses.asks[$0] })
        for match in matches {
            switch match.tag {
            case .past, .over, .calm: quietUpTo[clauses.sentenceOf[match.first]] = max(quietUpTo[clauses.sentenceOf[match.first]] ?? 0, part[match.first])
            case .habitual: habitualClauses.insert(clauses.clauseOf[match.first])
            case .sentential: deniedFrom[clauses.clauseOf[match.first]] = min(deniedFrom[clauses.clauseOf[match.first]] ?? .max, match.last)
            case .whether:
                // Only as the clause's first or second word ("maar of ...").
                let clause = clauses.clauseOf[match.first]
                let before = words[..<match.first].indices.filter { clauses.clauseOf[$0] == clause && words[$0].kind != .boundary }
                if before.count < 2 { askingClauses.insert(clause) }
            default: break
            }
        }
        // "nog niet en hij slaat": a negation does not reach across "en" into
        // a new statement; "geen mes of wapen" still denies both.
        var isTerm = [Bool](repeating: false, count: words.count)
        for match in matches { if case .term = match.tag { isTerm[match.first] = true } }
        func startsNewPart(after n: Int, before p: Int) -> Bool {
            guard let b = (n + 1..<p).first(where: { barriers.contains(words[$0].id) }) else { return false }
            return !(n + 1..<b).contains { isTerm[$0] }
        }
        let askedEnds = matches.filter { $0.tag == .asked }.map(\.last)
        let possibleClauses = Set(matches.filter { $0.tag == .possible }.map { clauses.clauseOf[$0.first] })
            .intersection(matches.filter { $0.tag == .conditional }.map { clauses.clauseOf[$0.first] })
        let quoted = Clauses.quotedSentences(words)
        // sentence -> rule -> groups seen
        var seen: [Int: [Int: Set<Int>]] = [:]
        for match in matches {
            guard case .term(let index) = match.tag else { continue }
            if match.positions.contains(where: { Self.changedInside(words[$0]) }) { continue }
            let clause = clauses.clauseOf[match.first]
            let sentence = clauses.sentenceOf[match.first]
            // A question ("of er nu acuut gevaar is...") names danger without
            // telling it; "ik heb geen reden om te denken dat" denies it.
            if askingClauses.contains(clause) || (deniedFrom[clause].map { $0 < match.first } ?? false) { continue }
            // "ik vroeg of er wapens zijn", but not "ik vroeg of ze veilig was en toen trok hij een mes".
            if askedEnds.contains(where: { $0 < match.first && clauses.clauseOf[$0] == clause && !startsNewPart(after: $0, before: match.first) }) { continue }
            if possibleClauses.contains(clause) { continue }
            // "als hij terugkomt meteen 112 bellen", "gezegd 112 te bellen als
            // hij weer komt", "bij gevaar 112 bellen": a call for help under a
            // condition is an instruction for later. (On the words: "mocht hij
            // weer" is also a phrase of its own.)
            if instructed.contains(index), conditioned(sentence, words, matches: matches, clauses: clauses) { continue }
            // "mijn collega zei: 'bel gewoon de politie'": advice quoted.
            if instructed.contains(index), quoted.contains(where: { $0.contains(match.first) }) { continue }
            let happeningNow = happensNow(match.first, clause: clause)
            let quiet = quietUpTo[sentence].map { part[match.first] <= $0 } ?? false
            if !happeningNow, quiet || habitualClauses.contains(clause) { continue }
            let negated = negators.contains { n in
                clauses.clauseOf[n] == clause
                    && ((n < match.first && match.first - n <= Self.negationBefore
                            && !startsNewPart(after: n, before: match.first))
                        || (n > match.last && n - match.last <= Self.negationAfter
                            && !words[(match.last + 1)..<n].contains { barriers.contains($0.id) })
                        || (n > match.first && n < match.last))
            }
            if negated { continue }
            for (rule, group) in memberships[index] {
                // Rules over the whole text gather in one bucket.
                seen[wholeText[rule] ? -1 : sentence, default: [:]][rule, default: []].insert(group)
            }
        }
        if deniedAtEnd(words, matches: matches, clauses: clauses) { return nil }
        for sentence in seen.keys.sorted() {
            for (rule, groups) in seen[sentence]!.sorted(by: { $0.key < $1.key }) where groups.count == groupCounts[rule] {
                return rule
            }
        }
        return nil
    }
}
