/// Names in a short description of a person, as a professional types it
/// when asked who the case is about ("Merel, groep 6", "leerling Merel de
/// Vries", "Merel (9)"). They are the names the professional gave without
/// saying so, to be replaced everywhere in an anonymous summary.
extension Anonymizer {
    public struct FoundNames: Sendable, Equatable {
        /// Capitalised words that can only be a name here.
        public var names: [String]
        /// A capitalised first word that may be a name or just the start of a
        /// sentence ("Merel zit in groep 6", "Volgens de juf"): for the
        /// professional to check, not replaced.
        public var uncertain: [String]
    }

    public func names(in text: String) -> FoundNames {
        let scan = Scan(text, words: words)
        var found = FoundNames(names: [], uncertain: [])
        var i = 0
        while i < scan.count {
            guard isNameWord(i, scan) else {
                i += 1
                continue
            }
            // The whole name: capitalised words with particles between them.
            var end = i + 1
            while end < scan.count {
                if isNameWord(end, scan), !scan.startsSentence[end] {
                    end += 1
                } else if scan[end].isWord, words.particles.contains(scan[end].key),
                          end + 1 < scan.count, isNameWord(end + 1, scan) {
                    end += 2
                } else {
                    break
                }
            }
            let name = String(text[scan.textRange(i..<end)])
            if !scan.startsSentence[i] || end - i > 1 || closesName(end, scan) {
                found.names.append(name)
            } else {
                found.uncertain.append(name)
            }
            i = end
        }
        return found
    }

    /// A capitalised word that is none of the words a note capitalises anyway.
    private func isNameWord(_ i: Int, _ scan: Scan) -> Bool {
        let piece = scan[i]
        guard piece.isWord, piece.isCapitalised, !piece.isAllCaps, piece.text.count > 1 else { return false }
        let key = piece.key
        return words.common.match(scan.pieces, at: i) == nil && !words.titles.contains(scan.pieces, at: i)
            && !words.relations.contains(key) && !words.notNamesAfterTitle.contains(key) && !words.particles.contains(key)
            && words.months[key] == nil && !words.schoolWords.contains(key) && !words.classWords.contains(key)
            && !words.schoolLevels.contains(key) && !words.lowercaseWords.contains(key)
    }

    /// After a first word, what makes it a name rather than the start of a
    /// sentence: a comma or bracket, or nothing at all.
    private func closesName(_ end: Int, _ scan: Scan) -> Bool {
        end >= scan.count || scan[end].isSymbol(",(")
    }
}
