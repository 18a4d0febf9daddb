/// The check every Dutch citizen service number (BSN) passes: the digits
/// weighted 9, 8, ... 2 and the last one -1 add up to a multiple of 11.
/// One in eleven random numbers passes too, so the check rules numbers out
/// rather than in.
public enum Elfproef {
    /// True for 9 digits, or 8 read with a leading zero, that pass the check.
    /// All zeros pass the sum but are no number anyone has.
    public static func isValidBSN(_ digits: some StringProtocol) -> Bool {
        guard digits.count == 8 || digits.count == 9, digits.allSatisfy({ $0.isASCII && $0.isWholeNumber }) else { return false }
        let values = (digits.count == 8 ? [0] : []) + digits.map { $0.wholeNumberValue! }
        guard values.contains(where: { $0 != 0 }) else { return false }
        var sum = 0
        for (i, value) in values.enumerated() {
            sum += value * (i == 8 ? -1 : 9 - i)
        }
        return sum % 11 == 0
    }
}

/// A detail found in the text, before overlapping finds are settled.
struct Candidate {
    var kind: IdentifierKind
    /// Pieces of the scanned text it covers.
    var pieces: Range<Int>
    var replacement: String
}
