/// Full dates: 12-03-2015, 12/3/15, 2015-03-12, 12 maart 2015. A date near
/// "geboren" is a date of birth, and then a day and month alone
/// ("geboren op 3 april") is enough: a birthday identifies on its own.
extension Scan {
    func dates() -> [Candidate] {
        var found: [Candidate] = []
        var i = 0
        while i < count {
            guard pieces[i].isNumber, !continuesNumber(i), let (end, full) = date(at: i) else {
                i += 1
                continue
            }
            let birth = isNearBirthCue(i..<end)
            if full || birth {
                let kind: IdentifierKind = birth ? .birthdate : .date
                found.append(Candidate(kind: kind, pieces: i..<end, replacement: words.replacement(kind)))
            }
            i = end
        }
        return found
    }

    /// The end of a date starting at `i`, and whether it has a year.
    private func date(at i: Int) -> (Int, Bool)? {
        if let end = numericDate(at: i) { return (end, true) }
        return namedDate(at: i)
    }

    /// d-m-yyyy, d/m/yy, d.m.yyyy and yyyy-mm-dd, all without spaces.
    private func numericDate(at i: Int) -> Int? {
        guard i + 4 < count else { return nil }
        let separator = pieces[i + 1]
        guard separator.isSymbol("-/."), pieces[i + 3].text == separator.text,
              (1...4).allSatisfy({ glued(i + $0) }), pieces[i + 2].isNumber, pieces[i + 4].isNumber,
              !numberGoesOn(at: i + 5) else { return nil }
        let (a, b, c) = (pieces[i].key, pieces[i + 2].key, pieces[i + 4].key)
        if a.count == 4, b.count <= 2, c.count <= 2 {
            return Self.isDate(day: c, month: b, year: a) ? i + 5 : nil
        }
        guard a.count <= 2, b.count <= 2, c.count == 4 || c.count == 2 else { return nil }
        return Self.isDate(day: a, month: b, year: c) ? i + 5 : nil
    }

    /// "12 maart 2015", "3 mrt. 2012", "3 april".
    private func namedDate(at i: Int) -> (Int, Bool)? {
        guard pieces[i].key.count <= 2, let day = Int(pieces[i].key), (1...31).contains(day),
              i + 1 < count, pieces[i + 1].isWord, words.months[pieces[i + 1].key] != nil else { return nil }
        var end = i + 2
        if end < count, pieces[end].isSymbol("."), glued(end) { end += 1 }
        if end < count, pieces[end].isNumber, pieces[end].key.count == 4, let year = Int(pieces[end].key),
           (1900...2099).contains(year), !numberGoesOn(at: end + 1) {
            return (end + 1, true)
        }
        // Without a year, a full stop after the month more likely ends the
        // sentence than the abbreviation: leave it.
        return (i + 2, false)
    }

    static func isDate(day: String, month: String, year: String) -> Bool {
        guard let d = Int(day), let m = Int(month), let y = Int(year) else { return false }
        let yearOK = year.count == 2 || (1900...2099).contains(y)
        return (1...31).contains(d) && (1...12).contains(m) && yearOK
    }

    /// "geboren op", "geb." in the clause before, or "geboren" right after
    /// ("is 16-10-2015 geboren").
    private func isNearBirthCue(_ range: Range<Int>) -> Bool {
        if words.birthCues.occurs(pieces, in: clause(before: range.lowerBound, limit: 5), before: range.lowerBound) {
            return true
        }
        return (range.upperBound..<min(range.upperBound + 2, count)).contains { words.birthCues.contains(pieces, at: $0) }
    }
}
