/// School names: a school word with a capitalised name after it
/// ("basisschool De Regenboog", "obs Het Kompas") or before it ("het Erasmus
/// College", "De Klimop basisschool"), or a capitalised word ending in one
/// ("Mariaschool", "Sint-Janscollege"). A school word alone ("op school")
/// stays.
extension Scan {
    func schools(avoiding names: Set<Int>) -> [Candidate] {
        var found: [Candidate] = []
        var h = 0
        while h < count {
            guard pieces[h].isWord, let span = school(at: h, avoiding: names) else {
                h += 1
                continue
            }
            found.append(Candidate(kind: .school, pieces: span, replacement: words.replacement(.school)))
            h = span.upperBound
        }
        return found
    }

    private func school(at h: Int, avoiding names: Set<Int>) -> Range<Int>? {
        let head = pieces[h]
        let isSchoolWord = words.schoolWords.contains(head.key)
        let isCompound = !isSchoolWord && head.isCapitalised && !head.isAllCaps
            && words.schoolEndings.contains { head.key.hasSuffix($0) && head.key.count > $0.count + 2 }
        guard isSchoolWord || isCompound else { return nil }
        // A capitalised school word belongs to a name ("Scholengemeenschap
        // Lelystad"), so a place after it is part of that name.
        let proper = head.isCapitalised && !startsSentence[h]
        var start = h
        while start > 0, h - start < 4, isSchoolNameWord(start - 1, avoiding: names, places: proper) {
            // The first word of a sentence only belongs to a proper name.
            if startsSentence[start - 1], !(proper || isCompound) { break }
            start -= 1
        }
        var end = h + 1
        if end + 1 < count, words.particles.contains(pieces[end].key), pieces[end].isWord,
           isSchoolNameWord(end + 1, avoiding: names, places: proper) {
            end += 1  // "De", "Het" opening the name
        }
        var named = false
        while end < count, end - h <= 4 {
            if isSchoolNameWord(end, avoiding: names, places: proper || named) {
                named = true
                end += 1
            } else if named, words.particles.contains(pieces[end].key), end + 1 < count,
                      isSchoolNameWord(end + 1, avoiding: names, places: true) {
                end += 1  // "Wolfert van Borselen"
            } else {
                break
            }
        }
        if !named { end = h + 1 }
        guard start < h || named || isCompound else { return nil }
        return start..<end
    }

    /// A capitalised word that can be part of a school's name: no given
    /// name, title, or (unless `places`) common word such as a place.
    private func isSchoolNameWord(_ i: Int, avoiding names: Set<Int>, places: Bool) -> Bool {
        let piece = pieces[i]
        guard piece.isWord, piece.isCapitalised, !names.contains(i), !words.titles.contains(pieces, at: i),
              !words.classWords.contains(piece.key) else { return false }
        return places || !words.common.contains(pieces, at: i)
    }
}
