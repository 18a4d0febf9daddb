/// Finds the names the professional gave: the full name, the first name
/// alone, the surname alone ("de Vries", "De Vries"), an initial with the
/// surname ("S. de Vries") and possessives ("Sannes", "Anna's", "Max'").
/// Folded, so case and diacritics do not matter; a capitalised word one
/// typing error away from a first name or surname counts too.
/// A surname, or a first name that is also a common word ("Ben"), only
/// counts with a capital or after a title.
struct NameMatcher {
    private let forms: [Form]
    /// One-word forms, for typing errors.
    private var single: [(key: String, form: Int)] = []
    private let words: CompiledWords

    init(names: [KnownName], words: CompiledWords) {
        self.words = words
        // Longest first: the full name before its parts.
        forms = names.flatMap { Self.forms(of: $0, words: words) }.sorted { $0.keys.count > $1.keys.count }
        for (n, form) in forms.enumerated() where form.keys.count == 1 && !single.contains(where: { $0.key == form.keys[0] }) {
            single.append((form.keys[0], n))
        }
    }

    /// The names found, and the pieces just before a surname found alone
    /// that look like an unknown first name ("Erik" van der Linden).
    func find(in scan: Scan) -> (found: [Candidate], beforeSurname: [Int]) {
        guard !forms.isEmpty else { return ([], []) }
        var found: [Candidate] = []
        var beforeSurname: [Int] = []
        var i = 0
        while i < scan.count {
            guard scan[i].isWord, let (form, end, possessive) = match(in: scan, at: i) else {
                i += 1
                continue
            }
            var start = i
            var replacement = possessive ? form.possessive : form.replacement
            let title = titleStart(in: scan, before: i)
            if form.isSurname {
                if let initialStart = initialStart(in: scan, before: i, form: form) {
                    // "S. de Vries" is the full name.
                    start = initialStart
                    replacement = form.role
                } else if title == nil, i > 0, scan.isUnknownCapital(i - 1), !words.relations.contains(scan[i - 1].key) {
                    beforeSurname.append(i - 1)
                }
            } else if let title {
                start = title  // "juf Anke" -> "de leerkracht"
            } else if !possessive {
                start = roleStart(in: scan, before: i, roleKeys: form.roleKeys)
            }
            if scan.startsSentence[start], start == 0 || !scan[start - 1].isSymbol(":") {
                // After a colon Dutch goes on in lowercase ("Aanwezig: de leerling").
                replacement = replacement.prefix(1).uppercased() + replacement.dropFirst()
            }
            found.append(Candidate(kind: .name, pieces: start..<end, replacement: replacement))
            i = end
        }
        return (found, beforeSurname)
    }

    private func match(in scan: Scan, at i: Int) -> (Form, Int, Bool)? {
        for form in forms {
            guard let (end, possessive) = match(form, in: scan, at: i) else { continue }
            if form.needsCapital, !(i..<end).contains(where: { scan[$0].isCapitalised && !words.particles.contains(scan[$0].key) }),
               titleStart(in: scan, before: i) == nil {
                continue
            }
            return (form, end, possessive)
        }
        // A typing error in a capitalised word: "Sane", "Benajmin". Lowercase
        // words are left alone: too many are one letter from a name.
        let piece = scan[i]
        guard piece.isCapitalised, !piece.isAllCaps, !words.common.contains(scan.pieces, at: i),
              let n = single.first(where: { NameTypos.isTypo(piece.key, of: $0.key) })?.form else { return nil }
        return (forms[n], i + 1, false)
    }

    /// The end of `form` at `i`, and whether it ends in a possessive.
    private func match(_ form: Form, in scan: Scan, at i: Int) -> (Int, Bool)? {
        var j = i
        for (n, key) in form.keys.enumerated() {
            guard j < scan.count, scan[j].isWord else { return nil }
            let text = scan[j].key
            if text != key {
                guard n == form.keys.count - 1, text == key + "s" || text == key + "'s" else { return nil }
                return (j + 1, true)  // "Sannes", "Anna's"
            }
            j += 1
        }
        // "Max'", "Klaas'": an apostrophe after a name ending in s, x or z.
        if j < scan.count, scan.glued(j), scan[j].isSymbol("'\u{2019}"), let last = form.keys.last?.last, "sxz".contains(last),
           j + 1 >= scan.count || !scan.glued(j + 1) {
            return (j + 1, true)
        }
        return (j, false)
    }

    /// "meneer", "mw." right before piece `i`.
    private func titleStart(in scan: Scan, before i: Int) -> Int? {
        var end = i
        if end > 0, scan[end - 1].isSymbol("."), scan.glued(end - 1) { end -= 1 }
        for length in 1...3 where end - length >= 0 {
            if scan.words.titles.match(scan.pieces, at: end - length) == end - (end - length) { return end - length }
        }
        return nil
    }

    /// "S." or "S" right before a surname, with the given first name's initial.
    private func initialStart(in scan: Scan, before i: Int, form: Form) -> Int? {
        guard let initial = form.initial else { return nil }
        var j = i
        if j > 0, scan[j - 1].isSymbol("."), scan.glued(j - 1) { j -= 1 }
        guard j > 0, scan[j - 1].isWord, scan[j - 1].text.count == 1, scan[j - 1].isCapitalised,
              scan[j - 1].key.first == initial else { return nil }
        return j - 1
    }

    /// "moeder Fatima", "de leerling Sanne": the role already stands before
    /// the name, and would otherwise be doubled.
    private func roleStart(in scan: Scan, before i: Int, roleKeys: [String]) -> Int {
        for length in stride(from: roleKeys.count, through: 1, by: -1) where i - length >= 0 {
            let before = (i - length)..<i
            if before.allSatisfy({ scan[$0].isWord }), before.map({ scan[$0].key }) == Array(roleKeys.suffix(length)) {
                return i - length
            }
        }
        return i
    }
}

extension Scan {
    /// A capitalised word that is no title, common word or abbreviation.
    func isUnknownCapital(_ i: Int) -> Bool {
        let piece = pieces[i]
        return piece.isWord && piece.isCapitalised && !piece.isAllCaps && piece.text.count > 1
            && !words.titles.contains(pieces, at: i) && !words.common.contains(pieces, at: i)
            && !words.particles.contains(piece.key)
    }
}

