/// Phone numbers and BSNs: runs of digits told apart by their length, their
/// first digits, the elfproef and the words before them.
extension Scan {
    /// True when piece `i` continues a number glued to it ("12" in "06-12").
    func continuesNumber(_ i: Int) -> Bool {
        guard glued(i), i >= 1 else { return false }
        if pieces[i - 1].isNumber { return true }
        return pieces[i - 1].isSymbol("-./,") && glued(i - 1) && i >= 2 && pieces[i - 2].isNumber
    }

    /// True when the number ending before piece `end` goes on ("12345678-9").
    func numberGoesOn(at end: Int) -> Bool {
        guard end < count, glued(end) else { return false }
        if pieces[end].isNumber { return true }
        return pieces[end].isSymbol("-./,") && end + 1 < count && glued(end + 1) && pieces[end + 1].isNumber
    }

    /// "dossiernummer 0101234567": the clause before names the number as
    /// something else.
    func hasOtherNumberCue(before i: Int) -> Bool {
        words.otherNumberCues.occurs(pieces, in: clause(before: i, limit: 5), before: i)
    }

    func phoneNumbers() -> [Candidate] {
        var found: [Candidate] = []
        var i = 0
        while i < count {
            if let end = phoneNumber(at: i) {
                found.append(Candidate(kind: .phone, pieces: i..<end, replacement: words.replacement(.phone)))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// A Dutch number of ten digits starting with 0 (06-12345678,
    /// 010-1234567, (010) 123 45 67), or with +31 / 0031 in place of the 0,
    /// in groups separated by spaces, hyphens, dots or slashes. Service
    /// numbers (0800-2000) are shorter and so never match.
    private func phoneNumber(at i: Int) -> Int? {
        guard !continuesNumber(i) else { return nil }
        var digits: String
        var j: Int
        var international = false
        var openBracket = false
        let first = pieces[i]
        if first.isSymbol("+"), i + 1 < count, glued(i + 1), pieces[i + 1].isNumber, pieces[i + 1].key.hasPrefix("31") {
            digits = "0" + pieces[i + 1].key.dropFirst(2)
            j = i + 2
            international = true
        } else if first.isNumber, first.key.hasPrefix("0031") {
            digits = "0" + first.key.dropFirst(4)
            j = i + 1
            international = true
        } else if first.isNumber, first.key.hasPrefix("0"), !first.key.hasPrefix("00") {
            digits = first.key
            j = i + 1
        } else if first.isSymbol("("), i + 1 < count, glued(i + 1), pieces[i + 1].isNumber,
                  pieces[i + 1].key.hasPrefix("0"), !pieces[i + 1].key.hasPrefix("00") {
            digits = pieces[i + 1].key
            j = i + 2
            openBracket = true
        } else {
            return nil
        }
        // "+31 (0)6 ...": the 0 in brackets is the national prefix again.
        if international, digits == "0", j + 2 < count, pieces[j].isSymbol("("), pieces[j + 1].key == "0", pieces[j + 2].isSymbol(")") {
            j += 3
        }
        while digits.count < 10 {
            var k = j
            guard k < count else { return nil }
            if openBracket, pieces[k].isSymbol(")") {
                openBracket = false
                k += 1
            } else if pieces[k].isSymbol("-./") {
                k += 1
            }
            guard k < count, pieces[k].isNumber else { return nil }
            var group = Substring(pieces[k].key)
            // "+31 06 ...": a national 0 written after the country code.
            if international, digits == "0", group.hasPrefix("0") { group = group.dropFirst() }
            digits += group
            j = k + 1
        }
        // "(070-3456789)": a bracket that does not close after the area code
        // belongs to the sentence; the number starts after it.
        guard !openBracket, digits.count == 10, digits.dropFirst().first != "0", !numberGoesOn(at: j) else { return nil }
        guard !hasOtherNumberCue(before: i) else { return nil }
        return j
    }

    func bsns() -> [Candidate] {
        var found: [Candidate] = []
        for i in 0..<count where pieces[i].isNumber {
            guard let end = bsn(at: i) else { continue }
            found.append(Candidate(kind: .bsn, pieces: i..<end, replacement: words.replacement(.bsn)))
        }
        return found
    }

    /// 9 digits (or 8, a BSN with its leading zero left off), possibly in
    /// groups ("123.456.782", "123 456 782"). After "BSN" any such number
    /// counts; without it, only one that passes the elfproef and is no
    /// amount, case number or date.
    private func bsn(at i: Int) -> Int? {
        guard !continuesNumber(i), pieces[i].key.count <= 9 else { return nil }
        var digits = pieces[i].key
        var j = i + 1
        while digits.count < 9, j < count {
            if pieces[j].isSymbol(".-"), glued(j), j + 1 < count, glued(j + 1), pieces[j + 1].isNumber {
                digits += pieces[j + 1].key
                j += 2
            } else if pieces[j].isNumber, pieces[j].key.count >= 2, pieces[j - 1].key.count >= 2 {
                digits += pieces[j].key
                j += 1
            } else {
                break
            }
        }
        guard digits.count == 8 || digits.count == 9, !numberGoesOn(at: j) else { return nil }
        if words.bsnCues.occurs(pieces, in: clause(before: i, limit: 5), before: i) { return j }
        guard Elfproef.isValidBSN(digits), !hasOtherNumberCue(before: i), !isAmount(i..<j) else { return nil }
        if digits.count == 8, Self.isDate(digits) { return nil }
        return j
    }

    /// "€ 123456789", "123456789 euro".
    private func isAmount(_ range: Range<Int>) -> Bool {
        if range.lowerBound > 0 {
            let before = pieces[range.lowerBound - 1]
            if before.isSymbol("€") || words.amountWords.contains(before.key) { return true }
        }
        return range.upperBound < count && words.amountWords.contains(pieces[range.upperBound].key)
    }

    /// "12032015": eight digits that read as day, month and year.
    static func isDate(_ digits: String) -> Bool {
        let values = digits.compactMap(\.wholeNumberValue)
        guard values.count == 8 else { return false }
        let day = values[0] * 10 + values[1], month = values[2] * 10 + values[3]
        let year = values[4...].reduce(0) { $0 * 10 + $1 }
        return (1...31).contains(day) && (1...12).contains(month) && (1900...2099).contains(year)
    }
}
