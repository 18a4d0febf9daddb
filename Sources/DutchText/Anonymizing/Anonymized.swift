/// What kind of identifying detail a replacement took out.
public enum IdentifierKind: String, Sendable, CaseIterable, Codable {
    case name, bsn, birthdate, date, phone, email, postcode, address, school, `class`
}

/// A name the professional gave, and what to write in its place.
public struct KnownName: Sendable, Equatable {
    /// As the professional wrote it: "Sanne de Vries", "Petra", "De Vries".
    public var name: String
    /// "de leerling", "moeder".
    public var role: String
    /// What replaces a possessive ("Sannes moeder"); nil uses the word
    /// lists' pattern around `role`.
    public var possessive: String?

    public init(name: String, role: String, possessive: String? = nil) {
        self.name = name
        self.role = role
        self.possessive = possessive
    }
}

/// One detail taken out of the text.
public struct Replacement: Sendable, Equatable {
    public var kind: IdentifierKind
    /// The text as it stood in the input.
    public var original: String
    public var replacement: String
    /// Where `original` stood in the input text (not in the output).
    public var range: Range<String.Index>
}

/// A word that looks like a name but was not replaced, for the professional
/// to check before the text leaves the organisation.
public struct FlaggedName: Sendable, Equatable {
    public enum Reason: String, Sendable {
        /// A capitalised word inside a sentence that is no known common word.
        case capitalised
        /// The words after "meneer", "juf", "mw." and the like.
        case afterTitle
        /// A first name before a surname that was replaced: "Erik" in
        /// "Erik van der Linden" when only the child's name was given.
        case beforeSurname
    }

    public var text: String
    /// Where it stands in the input text.
    public var range: Range<String.Index>
    public var reason: Reason
}

/// The anonymised text, what was replaced, and what still needs a look.
public struct Anonymized: Sendable, Equatable {
    public var text: String
    /// In the order they occur in the input.
    public var replacements: [Replacement]
    public var flagged: [FlaggedName]
}
