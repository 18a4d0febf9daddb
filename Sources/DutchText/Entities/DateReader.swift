import Foundation

/// Finds a date in an agreement: "over zes weken evalueren", "op 12 januari",
/// "12-01-2027", "volgende week", "over een maand". Relative dates count from
/// the moment the answer was given. The words come from the lexicon.
public struct DateReader: Sendable {
    public struct Words: Sendable {
        /// Month name -> 1...12 ("jan", "januari").
        public var months: [String: Int] = [:]
        /// Unit -> days ("dag": 1, "week": 7); months and years are
        /// counted on the calendar, so listed separately.
        public var dayUnits: [String: Int] = [:]
        public var monthUnits: [String] = []
        public var yearUnits: [String] = []
        /// "over", "binnen": a relative date follows.
        public var after: [String] = []
        /// "volgende week" -> 7 days, "morgen" -> 1.
        public var fixed: [String: Int] = [:]
        public init() {}
    }

    let words: Words
    let numbers: NumberParser

    public init(words: Words, numbers: NumberWords) {
        self.words = words
        self.numbers = NumberParser(numbers)
    }

    /// The first date the text names, or nil.
    public func read(_ text: String, relativeTo now: Date, calendar: Calendar = Calendar(identifier: .gregorian)) -> Date? {
        let tokens = Tokenizer.tokenize(Folding.fold(text)).filter { $0.kind != .boundary || $0.text == "-" || $0.text == "/" }.map(\.text)
        var i = 0
        while i < tokens.count {
            // dd-mm-yyyy, dd/mm/yy: three numbers in a row.
            if let day = Int(tokens[i]), i + 2 < tokens.count, let month = Int(tokens[i + 1]), let year = Int(tokens[i + 2]),
               (1...31).contains(day), (1...12).contains(month) {
                let fullYear = year < 100 ? 2000 + year : year
                if let date = calendar.date(from: DateComponents(year: fullYear, month: month, day: day)) { return date }
            }
            // "12 januari (2027)"
            if let day = numbers.value(of: tokens[i]), (1...31).contains(day), i + 1 < tokens.count, let month = words.months[tokens[i + 1]] {
                var year = calendar.component(.year, from: now)
                if i + 2 < tokens.count, let y = Int(tokens[i + 2]), y > 1900 { year = y }
                if var date = calendar.date(from: DateComponents(year: year, month: month, day: day)) {
                    // "op 12 januari" said in December means next year.
                    if date < calendar.startOfDay(for: now), i + 2 >= tokens.count || Int(tokens[i + 2]) == nil {
                        date = calendar.date(byAdding: .year, value: 1, to: date) ?? date
                    }
                    return date
                }
            }
            // "over zes weken", "binnen een maand", "over 3 dagen"
            if words.after.contains(tokens[i]), i + 2 < tokens.count {
                let amount = numbers.value(of: tokens[i + 1]) ?? (tokens[i + 1] == "een" ? 1 : nil)
                if let amount, let date = add(amount, unit: tokens[i + 2], to: now, calendar) { return date }
            }
            // "volgende week", "morgen"
            for (phrase, days) in words.fixed {
                let parts = phrase.split(separator: " ").map(String.init)
                if i + parts.count <= tokens.count, Array(tokens[i..<(i + parts.count)]) == parts {
                    return calendar.date(byAdding: .day, value: days, to: now)
                }
            }
            i += 1
        }
        return nil
    }

    private func add(_ amount: Int, unit: String, to now: Date, _ calendar: Calendar) -> Date? {
        if let days = words.dayUnits[unit] { return calendar.date(byAdding: .day, value: amount * days, to: now) }
        if words.monthUnits.contains(unit) { return calendar.date(byAdding: .month, value: amount, to: now) }
        if words.yearUnits.contains(unit) { return calendar.date(byAdding: .year, value: amount, to: now) }
        return nil
    }
}
