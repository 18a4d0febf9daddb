import Foundation

enum AgeTag: Hashable, Sendable {
    case years, months, weeks, days, baby, notBefore, notAfter, approximately, estimate, almost, becomes, range, between, category, unknown, half, duration, adult, decade, orMore, bound, correction
    case sibling
    case born
}

/// Finds an age in whole years: "ze is net veertien" -> 14, "8 maanden" -> 0,
/// "groep 6, dus een jaar of negen" -> 9 (a number after "groep" is no age).
struct AgeReader: Sendable {
    let matcher: PhraseMatcher<AgeTag>
    /// Stages of life, matched on their own ("groep" is also a word after
    /// which a number is no age).
    let stages: PhraseMatcher<AgeTag>
    let numbers: NumberParser
    /// Number words and words that name an age without one ("baby"): a text
    /// without any of these (and without digits) holds no age.
    let triggers: WordSet
    /// "kinderen", "kids": several children are spoken of.
    let children: WordSet
    /// "en" between the ages of a list.
    let listJoiners: WordSet
    /// Month names ("juli", "jul") for a date of birth, and the day ages are
    /// counted to.
    let months: [String: Int]
    let today: (year: Int, month: Int, day: Int)

    init(_ lexicon: Lexicon, analyzer: Analyzer, today: DateComponents) {
        var m = PhraseMatcher<AgeTag>()
        let words = lexicon.age
        m.add(words.notAfter, tag: .notAfter, priority: 6, analyzer: analyzer)
        m.add(words.months, tag: .months, priority: 5, analyzer: analyzer)
        m.add(words.weeks, tag: .weeks, priority: 5, analyzer: analyzer)
        m.add(words.days, tag: .days, priority: 5, analyzer: analyzer)
        m.add(words.becomes, tag: .becomes, priority: 3, analyzer: analyzer)
        m.add(words.between, tag: .between, priority: 3, analyzer: analyzer)
        var s = PhraseMatcher<AgeTag>()
        s.add(words.categories, tag: .category, analyzer: analyzer)
        stages = s
        m.add(words.years, tag: .years, priority: 4, analyzer: analyzer)
        m.add(words.approximately, tag: .approximately, priority: 3, analyzer: analyzer)
        m.add(words.estimates, tag: .estimate, priority: 3, analyzer: analyzer)
        m.add(words.almost, tag: .almost, priority: 3, analyzer: analyzer)
        m.add(words.range, tag: .range, priority: 3, analyzer: analyzer)
        m.add(words.notBefore, tag: .notBefore, priority: 2, analyzer: analyzer)
        m.add(words.baby, tag: .baby, priority: 1, analyzer: analyzer)
        m.add(words.unknown, tag: .unknown, priority: 1, analyzer: analyzer)
        m.add(words.durations, tag: .duration, priority: 2, analyzer: analyzer)
        m.add(words.adults, tag: .adult, priority: 1, analyzer: analyzer)
        m.add(words.siblings, tag: .sibling, priority: 1, analyzer: analyzer)
        m.add(words.decadeParts, tag: .decade, priority: 4, analyzer: analyzer)
        m.add(words.orMore, tag: .orMore, priority: 4, analyzer: analyzer)
        m.add(words.bounds, tag: .bound, priority: 4, analyzer: analyzer)
        m.add(words.corrections, tag: .correction, priority: 4, analyzer: analyzer)
        m.add(lexicon.numbers.half, tag: .half, priority: 1, analyzer: analyzer)
        m.add(words.born, tag: .born, priority: 4, analyzer: analyzer)
        matcher = m
        // (Looked up as words: "kinderen" is also a word after which a number is no age.)
        children = WordSet(words.children.flatMap { analyzer.phrase($0).map(\.id) }.filter { $0 >= 0 })
        listJoiners = WordSet(words.listJoiners.flatMap { analyzer.phrase($0).map(\.id) }.filter { $0 >= 0 })
        months = Dictionary(lexicon.dates.months.map { (Folding.fold($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.today = (today.year ?? 1970, today.month ?? 1, today.day ?? 1)
        numbers = NumberParser(lexicon.numbers)
        var triggers = m.firstWords { [.baby, .months, .weeks, .days, .half].contains($0) }.union(s.firstWords { _ in true })
        for word in numbers.words {
            for w in analyzer.phrase(word) where w.id >= 0 { triggers.insert(w.id) }
        }
        self.triggers = triggers
    }

    /// Whether a word may be a number, before asking the number parser:
    /// a number word's own number is among the triggers.
    @inline(__always)
    private func mayBeNumber(_ word: Word) -> Bool {
        word.kind == .number || triggers.contains(word.id) || word.surface != word.text
            || (word.text.utf8.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false)
    }

    /// Whether the text could hold an age at all.
    func mightHold(_ words: [Word]) -> Bool {
        words.contains { $0.kind == .number || ($0.id >= 0 && triggers.contains($0.id)) }
    }

    struct Reading {
        var age: Int
        /// 3: with a unit ("9 jaar"); 2: plain but clearly meant; 1: a guess.
        var certainty: Int
    }

    /// "1/2", "3/4" (tokenised 1, 2): a fraction after a whole number.
    static func isFraction(_ numerator: String, _ denominator: String) -> Bool {
        switch (numerator, denominator) {
        case ("1", "2"), ("1", "4"), ("3", "4"), ("1", "3"), ("2", "3"): true
        default: false
        }
    }

    /// "80+": the sign says "plus", which the phrase lists cannot hold.
    static func isPlus(_ word: Word) -> Bool { word.kind == .symbol && word.text == "+" }

    /// "tussen de 12 en 14", "6 of 7", "van 2 tot 9", "puber": a range or
    /// a stage of life, no single age.
    func isRange(_ words: [Word]) -> Bool {
        guard mightHold(words) else { return false }
        let matches = matcher.matches(in: words)
        var numbers = words.indices.filter {
            words[$0].kind == .number || (words[$0].id >= 0 && mayBeNumber(words[$0]) && self.numbers.value(of: words[$0].text) != nil && words[$0].text != "een")
        }
        // "zestien, zeventien... nee wacht, ze is 17": only what follows the
        // last correction with a number after it counts.
        if let correction = matches.last(where: { m in m.tag == .correction && numbers.contains { $0 > m.last } }) {
            numbers.removeAll { $0 < correction.first }
        }
        // "de oudste is acht en de jongste drie": several children's ages,
        // none singled out after a correction ("..., het gaat om de jongste, die is 4").
        var tagAt: [Int: AgeTag] = [:]
        for match in matches { for p in match.positions { tagAt[p] = match.tag } }
        if singledOutSibling(words, matches: matches, tagAt: tagAt) == nil {
            // (Two people, two ages: not "hij is pas vijftien ... hij is 15".)
            let bySibling = numbers.compactMap { n in siblingWord(before: n, in: words, tagAt: tagAt).map { (words[$0].text, value(words[n])) } }
            if Set(bySibling.map(\.0)).count >= 2, Set(bySibling.map(\.1)).count >= 2 { return true }
            let focused = matches.contains { $0.tag == .correction }
            // "twee kinderen: 3 en 7", every age after the children are named
            // (not "hij is 43, de kinderen 5 en 8"; nor the count of "3 kinderen").
            let ages = numbers.filter { n in !(n + 1 < words.count && tagAt[n + 1] == .notAfter) }
            if !focused, let named = words.firstIndex(where: { $0.id >= 0 && children.contains($0.id) }),
               ages.allSatisfy({ $0 > named }), Set(ages.compactMap { value(words[$0]) }).count >= 2 { return true }
            // "moeder is 29 en vader 33": two adults' ages and no child's.
            let ofAdults = numbers.filter { saidOf(.adult, before: $0, in: words, tagAt: tagAt) }
            if ofAdults.count >= 2, ofAdults.count == numbers.count, !focused { return true }
            // "de kinderen zijn 4, 7 en 10": a list of three ages or more, none singled out.
            var run = 1
            for (a, b) in zip(numbers, numbers.dropFirst()) {
                run = b - a == 2 && (words[a + 1].text == "," || listJoiners.contains(words[a + 1].id)) ? run + 1 : 1
                if run >= 3, !focused { return true }
            }
        }
        // "tussen de 12 en 14", "boven de 80"; not "woont boven de winkel".
        if matches.contains(where: { range in range.tag == .range && numbers.contains { $0 > range.last && $0 <= range.last + 2 } }) { return true }
        // "geboren in 2014": one of two ages, unless another number says which.
        if numbers.count == 1, let born = matches.first(where: { $0.tag == .born }), birth(after: born.last, in: words) == nil,
           dateNumbers(after: born.last, in: words).first == numbers[0], let year = Int(words[numbers[0]].text),
           (1900...today.year).contains(year) {
            return true
        }
        // Two numbers joined by "of" or "tot": "6 of 7", "van 2 tot 9".
        for n in numbers {
            // "eind twintig", "begin 30": part of a decade, when no other
            // number says more ("eind twintig, zeg maar 28").
            if n > 0, numbers.count == 1, matches.contains(where: { $0.tag == .decade && $0.last == n - 1 }), let v = value(words[n]), (20...90).contains(v), v % 10 == 0 { return true }
            // "80 plus", "16 of ouder": a lower bound, when no other number
            // says more ("vijftig-plus, ik schat 55").
            if numbers.count == 1, matches.contains(where: { $0.tag == .orMore && $0.first == n + 1 }) || (n + 1 < words.count && Self.isPlus(words[n + 1])) { return true }
            // "ouder dan 65 in elk geval", "niet ouder dan twintig".
            if numbers.count == 1, matches.contains(where: { $0.tag == .bound && $0.last == n - 1 }) { return true }
        }
        for (a, b) in zip(numbers, numbers.dropFirst()) {
            // "zit in groep 1 of 2": numbers that are no age make no range of ages.
            if a > 0, tagAt[a - 1] == .notBefore { continue }
            // "40-45", "veertig-vijftig" (the dash is not kept): two numbers
            // side by side, rising, and not part of a date ("12-04-1958").
            if b - a == 1, words[a].kind == words[b].kind,
               let low = value(words[a]), let high = value(words[b]), low < high,
               !numbers.contains(a - 1), !numbers.contains(b + 1) { return true }
            if b - a == 2, matches.contains(where: { $0.tag == .between && $0.first == a + 1 }) { return true }
            // "een jaar of 6, 7", "iets van 45, 50?", "28? 29?": two close ages
            // one after the other, rising.
            if b - a == 2, words[a + 1].text == "," || words[a + 1].text == "?", let low = value(words[a]), let high = value(words[b]),
               (1...2).contains(high - low) || (low >= 20 && high - low == 5),
               !numbers.contains(a - 1) { return true }
            // "9 denk ik, of 10", "12 maar het kan ook 13 zijn": a second guess close to the first.
            if b - a > 2, b - a <= 7, matches.contains(where: { $0.tag == .between && $0.last == b - 1 }),
               let low = value(words[a]), let high = value(words[b]), abs(high - low) <= 2 { return true }
        }
        return false
    }

    private func value(_ word: Word) -> Int? {
        word.kind == .number ? Int(word.text) : numbers.value(of: word.text)
    }

    /// "puber", "zit in groep 5": a stage of life instead of an age.
    func namesStage(_ words: [Word]) -> Bool {
        !stages.matches(in: words).isEmpty
    }

    func read(_ words: [Word]) -> Reading? {
        guard mightHold(words) else { return nil }
        let matches = matcher.matches(in: words)
        // "geboren 12 juli 2013", "geb. datum 02-02-2022": the age today,
        // unless the answer says the age itself ("geb. 12-04-1958, dus 66").
        var birthAge: Int?
        var birthDate: Set<Int> = []
        for born in matches where born.tag == .born {
            if let age = birth(after: born.last, in: words) {
                birthAge = age
                birthDate.formUnion(dateNumbers(after: born.last, in: words))
                break
            }
            // "geboren in 2015": the year is no age.
            birthDate.formUnion(dateNumbers(after: born.last, in: words).prefix(1))
        }
        var tagAt: [Int: AgeTag] = [:]
        var endsAt: [Int: AgeTag] = [:]
        for match in matches {
            for p in match.positions { tagAt[p] = match.tag }
            endsAt[match.last] = match.tag
        }
        // "oudste 15, middelste 11, jongste 5. ik bedoel de middelste".
        if let p = singledOutSibling(words, matches: matches, tagAt: tagAt), let age = value(words[p]), (0...120).contains(age) {
            return Reading(age: age, certainty: 3)
        }
        let content = words.indices.filter { words[$0].kind != .boundary }
        var best: Reading?
        // Ages said of a parent ("vader 41, moeder 38, en Sem is acht"),
        // kept apart: a child's age beside them is the one asked for.
        var bestOfAdult: Reading?
        var saidOfAdult = false
        // "8, nee 9": a number after a correction replaces the one before.
        var lastNumber: Int?
        var corrects = false
        // The unit of the number before, which a correction keeps
        // ("8 maanden, nee wacht, 9": nine months).
        var lastDivisor: Int?
        // The number after "ik gok" ("ruim 70, ik gok 73"), until a correction.
        var settled: Int?
        func consider(_ age: Int, _ certainty: Int) {
            guard (0...120).contains(age) else { return }
            if corrects {
                settled = nil
                best = Reading(age: age, certainty: max(certainty, best?.certainty ?? 0, bestOfAdult?.certainty ?? 0))
                bestOfAdult = nil
                corrects = false
                return
            }
            if saidOfAdult {
                if bestOfAdult == nil || certainty > bestOfAdult!.certainty { bestOfAdult = Reading(age: age, certainty: certainty) }
            } else if best == nil || certainty > best!.certainty {
                best = Reading(age: age, certainty: certainty)
            }
        }
        var halfAt = -1
        for (k, i) in content.enumerated() where !birthDate.contains(i) {
            let word = words[i]
            saidOfAdult = saidOf(.adult, before: i, in: words, tagAt: tagAt)
            if tagAt[i] == .half {
                // "anderhalf jaar": one whole year.
                consider(1, k + 1 < content.count && tagAt[content[k + 1]] == .years ? 3 : 1)
                continue
            }
            guard tagAt[i] == nil || tagAt[i] == .approximately, word.kind == .number || (word.kind == .word && word.id >= 0),
                  mayBeNumber(word), var value = numbers.value(of: word.text) ?? numbers.value(of: word.surface) else { continue }
            // The "1" and "2" of a half after a number ("8 1/2") are no numbers of their own.
            if halfAt >= 0, i == halfAt || i == halfAt + 1 { continue }
            corrects = lastNumber.map { p in matches.contains { $0.tag == .correction && $0.first > p && $0.last < i } } ?? false
            lastNumber = i
            // A number beside another is part of a date or a phone number
            // ("geboren 12-04-1958, dus 66").
            // ("8 1/2 jaar", tokenised 8, 1, 2: the half belongs to the
            // number and is dropped; so do "2 3/4" and "5 1/4".)
            let half = word.kind == .number && k + 2 < content.count
                && Self.isFraction(words[content[k + 1]].text, words[content[k + 2]].text)
            if half { halfAt = content[k + 1] }
            if word.kind == .number, (i > 0 && words[i - 1].kind == .number) || (i + 1 < words.count && words[i + 1].kind == .number && !half) { continue }
            let previous = k > 0 ? content[k - 1] : nil
            // "bijna 18", "wordt morgen 8": still 17, 7.
            if let p = previous, tagAt[p] == .almost, value > 0 { value -= 1 }
            if value > 0, let becoming = content[..<k].lastIndex(where: { tagAt[$0] == .becomes }), k - becoming <= 5 { value -= 1 }
            let afterNumber = half ? k + 3 : k + 1
            let next = afterNumber < content.count ? content[afterNumber] : nil
            // "een" is mostly an article: only an age right before a unit.
            let isArticle = word.text == "een" || word.text == "eentje"
            // ("mbo 4" is no age; "zit op het mbo, 19 denk ik" is.)
            if let p = previous, endsAt[p] == .notBefore || tagAt[p] == .notBefore, !(p + 1..<i).contains(where: { words[$0].kind == .boundary }) { continue }
            // ... nor is the second of "groep 1 of 2".
            if k >= 3, tagAt[content[k - 1]] == .between, words[content[k - 2]].kind == .number,
               endsAt[content[k - 3]] == .notBefore || tagAt[content[k - 3]] == .notBefore { continue }
            // "iets ouder dan 40, ik zou 42 zeggen": a bound is no age.
            if let p = previous, endsAt[p] == .bound { continue }
            // "eind twintig, 28 of zo": a part of a decade is no age of its own.
            if let p = previous, endsAt[p] == .decade, (20...90).contains(value), value % 10 == 0 { continue }
            if let n = next, tagAt[n] == .notAfter || tagAt[n] == .orMore || Self.isPlus(words[n]) { continue }
            if let n = next, tagAt[n] == .approximately, isArticle { continue }  // "een jaar of negen"
            // "88 jaar en 4 maanden": the months belong to the years before.
            if k >= 2, tagAt[content[k - 2]] == .years, words[content[k - 1]].text == "en" { continue }
            let unit: Int? = switch next.flatMap({ tagAt[$0] }) {
            case .months: 12  // "18 maanden": 1 year
            case .weeks: 52
            case .days: 365
            case .years: 1
            default: corrects ? lastDivisor : nil
            }
            lastDivisor = unit
            // "ruim 70, ik gok 73": what follows an estimate is the age settled on.
            if previous.map({ endsAt[$0] == .estimate }) == true, !saidOfAdult, (0...120).contains(value / (unit ?? 1)) {
                settled = value / (unit ?? 1)
            }
            if let unit {
                // "al 4 dagen niets gegeten", "al vijf jaar droog": how long,
                // more likely than how old; an age only where one is asked for.
                let lasting = previous.map { tagAt[$0] == .duration || endsAt[$0] == .duration } == true
                consider(value / unit, lasting ? 2 : 3)
            } else if isArticle {
                // "Eén.": as the whole answer it is the number; so is
                // "bijna één" at the end of the answer (then 0).
                let almostAtEnd = next == nil && previous.map { tagAt[$0] == .almost } == true
                if content.count == 1 || almostAtEnd { consider(value, 2) }
                continue
            } else if let p = previous, tagAt[p] == .approximately || tagAt[p] == .almost || tagAt[p] == .years {
                consider(value, 3)  // "rond de 10", "jaar of negen"
            } else if content.count <= 4 {
                consider(value, 2)
            } else {
                consider(value, 1)
            }
        }
        // (It takes the place of the number found, not its certainty: "ik
        // denk 11, maar het kan ook ..." stays a doubt.)
        if let settled, best != nil { best!.age = settled }
        if let adult = bestOfAdult, best.map({ $0.age >= 18 }) ?? true {
            // Only adults' ages, or no child among them: "mevrouw is 84, haar zoon 52".
            if best == nil || adult.certainty >= best!.certainty { best = adult }
        }
        if best == nil, let age = birthAge {
            best = Reading(age: age, certainty: 3)
        }
        if best == nil, matches.contains(where: { $0.tag == .baby }) {
            best = Reading(age: 0, certainty: 2)
        }
        if best == nil, matches.contains(where: { unit in
            [.months, .weeks, .days].contains(unit.tag) && !(1...3).contains { [.duration, .notBefore].contains(endsAt[unit.first - $0]) }
        }) {
            // "een paar weken oud", "een half jaar"; not "het speelt al maanden".
            best = Reading(age: 0, certainty: 2)
        }
        return best
    }

    /// The sibling word ("oudste") just before the number at `i`, if any.
    private func siblingWord(before i: Int, in words: [Word], tagAt: [Int: AgeTag]) -> Int? {
        var p = i - 1
        var seen = 0
        while p >= 0, seen < 3, words[p].kind != .boundary, words[p].kind != .number {
            if tagAt[p] == .sibling { return p }
            seen += 1
            p -= 1
        }
        return nil
    }

    /// Several children's ages, then a correction naming one of them ("...
    /// ik bedoel de middelste"): the position of that child's number.
    private func singledOutSibling(_ words: [Word], matches: [PhraseMatcher<AgeTag>.Match], tagAt: [Int: AgeTag]) -> Int? {
        var ageOf: [String: Int] = [:]
        var lastNumber = -1
        for i in words.indices where words[i].kind == .number || (words[i].id >= 0 && mayBeNumber(words[i]) && numbers.value(of: words[i].text) != nil) {
            guard let w = siblingWord(before: i, in: words, tagAt: tagAt) else { continue }
            ageOf[words[w].text] = i
            lastNumber = i
        }
        guard ageOf.count >= 2, let correction = matches.first(where: { $0.tag == .correction && $0.first > lastNumber }) else { return nil }
        let named = (correction.last + 1..<min(correction.last + 4, words.count)).first { tagAt[$0] == .sibling }
        return named.flatMap { ageOf[words[$0].text] }
    }

    /// Whether the words just before position `i`, in its own part of the
    /// sentence, name someone of this kind: "moeder is 29", "vader 41".
    private func saidOf(_ tag: AgeTag, before i: Int, in words: [Word], tagAt: [Int: AgeTag]) -> Bool {
        var p = i - 1
        var seen = 0
        while p >= 0, seen < 3, words[p].kind != .boundary, words[p].kind != .number {
            if tagAt[p] == tag { return true }
            seen += 1
            p -= 1
        }
        return false
    }

    /// The positions of the first words after a "geboren": up to three,
    /// starting with a number within the next three words ("geboren op",
    /// "geb. datum").
    private func dateNumbers(after end: Int, in words: [Word]) -> [Int] {
        let next = words.indices.filter { $0 > end && words[$0].kind != .boundary }.prefix(6)
        guard let first = next.prefix(3).first(where: { words[$0].kind == .number }) else { return [] }
        return Array(next.filter { $0 >= first }.prefix(3))
    }

    /// The age of someone born on the date after position `end` ("12-07-2013",
    /// "12 juli 2013"), counted to today; nil without a whole date.
    private func birth(after end: Int, in words: [Word]) -> Int? {
        let parts = dateNumbers(after: end, in: words)
        guard parts.count == 3, let day = Int(words[parts[0]].text), let y = Int(words[parts[2]].text),
              words[parts[2]].kind == .number else { return nil }
        let monthWord = words[parts[1]]
        guard let month = monthWord.kind == .number ? Int(monthWord.text) : months[monthWord.text] ?? months[monthWord.surface] else { return nil }
        let year = y >= 100 ? y : (2000 + y <= today.year ? 2000 + y : 1900 + y)
        guard (1...31).contains(day), (1...12).contains(month), (1900...today.year).contains(year) else { return nil }
        let age = today.year - year - ((today.month, today.day) < (month, day) ? 1 : 0)
        return (0...120).contains(age) ? age : nil
    }

    func saysUnknown(_ words: [Word]) -> Bool {
        matcher.matches(in: words).contains { $0.tag == .unknown }
    }
}
