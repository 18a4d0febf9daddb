/// One unit of an answer after folding.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case word
        case number
        /// Punctuation that separates clauses or ends a sentence: , . ; : ! ? ( )
        /// and dashes; and emoji, which end a thought in a chat.
        case boundary
        /// Any other symbol (#, @, &): kept so nonsense stays visible.
        case symbol
    }

    public var text: String
    public var kind: Kind
    /// A quotation mark right before or right after the token ("nou,
    /// 'meewerken'..."): the marks themselves are no tokens.
    public var opensQuote = false
    public var closesQuote = false

    public init(_ text: String, _ kind: Kind) {
        self.text = text
        self.kind = kind
    }
}
