/// Words that look like names but were not replaced, for the professional
/// to check: capitalised words inside a sentence that are no common word,
/// the words after a title ("juf Anke", "mw. Pronk"), and a first name
/// before a replaced surname.
extension Scan {
    func flaggedNames(covered: [Bool], beforeSurname: [Int]) -> [FlaggedName] {
        var allowed = [Bool](repeating: false, count: count)
        var i = 0
        while i < count {
            if let length = words.common.match(pieces, at: i) {
                for j in i..<(i + length) { allowed[j] = true }
                i += length
            } else {
                i += 1
            }
        }
        var reasons = [FlaggedName.Reason?](repeating: nil, count: count)
        for i in 0..<count where !covered[i] && !allowed[i] && isProperCapital(i) && !isOrdinaryCapital(i) {
            reasons[i] = .capitalised
        }
        for i in 0..<count {
            guard let length = words.titles.match(pieces, at: i) else { continue }
            for j in nameAfterTitle(i + length, covered: covered) { reasons[j] = .afterTitle }
        }
        for i in beforeSurname where !covered[i] { reasons[i] = .beforeSurname }
        return merge(reasons)
    }

    /// Capitalised words that are never names: titles, school and street
    /// words, months, initials.
    private func isOrdinaryCapital(_ i: Int) -> Bool {
        let key = pieces[i].key
        return pieces[i].text.count == 1 || words.titles.contains(pieces, at: i) || words.months[key] != nil
            || words.schoolWords.contains(key) || words.classWords.contains(key) || words.schoolLevels.contains(key)
            || words.streetEndings.contains(key)
    }

    /// The pieces of the name after a title: capitalised words and particles
    /// between them; a lowercase word only first, and not one of the words
    /// that follow a title in a sentence ("de juf zei").
    private func nameAfterTitle(_ start: Int, covered: [Bool]) -> [Int] {
        var j = start
        if j < count, pieces[j].isSymbol("."), glued(j) { j += 1 }
        var name: [Int] = []
        while j < count, pieces[j].isWord, !covered[j] {
            let piece = pieces[j]
            if piece.isCapitalised {
                name.append(j)
            } else if words.particles.contains(piece.key), j + 1 < count, pieces[j + 1].isWord, !covered[j + 1] {
                name.append(j)
            } else if name.isEmpty, !words.notNamesAfterTitle.contains(piece.key), !words.titles.contains(pieces, at: j) {
                name.append(j)
                j += 1
                break
            } else {
                break
            }
            j += 1
        }
        // A run that ends in particles is no name ending.
        while let last = name.last, words.particles.contains(pieces[last].key), !pieces[last].isCapitalised { name.removeLast() }
        return name
    }

    /// Joins neighbouring flagged pieces, with particles between them, into
    /// one flagged name ("Pieter de Groot").
    private func merge(_ reasons: [FlaggedName.Reason?]) -> [FlaggedName] {
        var flagged: [FlaggedName] = []
        var i = 0
        while i < count {
            guard let reason = reasons[i] else {
                i += 1
                continue
            }
            var end = i + 1
            while end < count, pieces[end].isWord {
                if reasons[end] != nil {
                    end += 1
                    continue
                }
                var k = end
                while k < count, pieces[k].isWord, words.particles.contains(pieces[k].key) { k += 1 }
                guard k > end, k < count, reasons[k] != nil else { break }
                end = k + 1
            }
            let range = textRange(i..<end)
            flagged.append(FlaggedName(text: String(text[range]), range: range, reason: reason))
            i = end
        }
        return flagged
    }
}
