/// E-mail addresses and postcodes: fixed shapes that need no word lists.
extension Scan {
    /// name@domain.tld, written without spaces.
    func emails() -> [Candidate] {
        var found: [Candidate] = []
        for at in 0..<count where pieces[at].isSymbol("@") {
            guard glued(at), at + 1 < count, glued(at + 1) else { continue }
            var start = at
            while start > 0, !pieces[start].spaceBefore, isEmailPart(start - 1, local: true) { start -= 1 }
            while start < at, pieces[start].kind == .symbol { start += 1 }
            var end = at + 1
            while end < count, end == at + 1 || glued(end), isEmailPart(end, local: false) { end += 1 }
            while end > at + 1, pieces[end - 1].kind == .symbol { end -= 1 }
            let domain = pieces[(at + 1)..<end]
            guard start < at, end > at + 1, domain.contains(where: { $0.isSymbol(".") }),
                  let last = domain.last, last.isWord, last.text.count >= 2 else { continue }
            found.append(Candidate(kind: .email, pieces: start..<end, replacement: words.replacement(.email)))
        }
        return found
    }

    private func isEmailPart(_ i: Int, local: Bool) -> Bool {
        let piece = pieces[i]
        return piece.isWord || piece.isNumber || piece.isSymbol(local ? "._-+%" : ".-")
    }

    /// PostNL never gives out these letter pairs.
    static let unusedPostcodeLetters: Set<String> = ["sa", "sd", "ss"]

    /// 1234 AB, 1234AB, 1234ab: four digits (not starting with 0) and two
    /// letters. With a space between, the letters must be capitals: "2015 en"
    /// is a year and a word.
    func postcodes() -> [Candidate] {
        var found: [Candidate] = []
        for i in 0..<count where pieces[i].isNumber && pieces[i].key.count == 4 && !pieces[i].key.hasPrefix("0") {
            guard !continuesNumber(i), i + 1 < count else { continue }
            let letters = pieces[i + 1]
            guard letters.isWord, letters.text.count == 2, letters.text.allSatisfy({ $0.isASCII && $0.isLetter }),
                  glued(i + 1) || letters.text.allSatisfy(\.isUppercase),
                  !Self.unusedPostcodeLetters.contains(letters.key) else { continue }
            found.append(Candidate(kind: .postcode, pieces: i..<(i + 2), replacement: words.replacement(.postcode)))
        }
        return found
    }
}
