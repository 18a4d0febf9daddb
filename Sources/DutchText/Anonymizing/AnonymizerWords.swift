/// The words the anonymiser works with, as plain lists. The anonymiser knows
/// which kinds of details exist (dates, phone numbers, streets, schools);
/// the words that signal them, and the texts put in their place, come from
/// a language's word list file.
public struct AnonymizerWords: Sendable {
    /// What replaces each kind of detail: "[BSN]", "[adres]". A kind without
    /// a text is replaced by its own name in brackets.
    public var replacements: [IdentifierKind: String] = [:]
    /// What replaces a surname used on its own ("mevrouw De Vries"): it names
    /// the family, not one person, so a role would often be wrong.
    public var surname = ""
    /// A possessive of a given name ("Sannes"), with "{rol}" for the role.
    public var possessive = "{rol}"

    // Names.
    /// "van", "de", "ter": the small words inside Dutch surnames.
    public var nameParticles: [String] = []
    /// "meneer", "juf", "mw.": a name usually follows.
    public var titles: [String] = []
    /// "vader", "oma", "mentor": before a surname these are no first name
    /// ("Vader Janssen belde").
    public var relations: [String] = []
    /// "is", "zei": after a title these are no name ("de juf zei").
    public var notNamesAfterTitle: [String] = []
    /// Capitalised words and phrases that are fine to keep: organisations,
    /// places, months, days, languages ("Veilig Thuis", "GGD", "maart").
    public var commonCapitalised: [String] = []
    /// Ordinary words that are also first names ("ben", "roos", "mark"):
    /// written in lowercase they are the word, not the name.
    public var lowercaseWords: [String] = []
    /// "mw", "bijv": a full stop after these does not end the sentence.
    public var abbreviations: [String] = []

    // Dates.
    /// Month names and abbreviations -> month number.
    public var months: [String: Int] = [:]
    /// "geboren", "geb.": a date near these is a date of birth.
    public var birthCues: [String] = []

    // Numbers.
    /// "BSN", "burgerservicenummer": the number after these is a BSN, even
    /// when it fails the elfproef.
    public var bsnCues: [String] = []
    /// "dossiernummer", "kenmerk": the number after these is no BSN or phone
    /// number, whatever its digits.
    public var otherNumberCues: [String] = []
    /// "euro": a number next to these is an amount.
    public var amountWords: [String] = []

    // Addresses.
    /// "straat", "laan", "weg": how street names end.
    public var streetEndings: [String] = []
    /// "hs", "bis": what may follow a house number.
    public var houseNumberAdditions: [String] = []
    /// "woont aan", "adres": a street name in lowercase after these is still one.
    public var addressCues: [String] = []

    // Schools and classes.
    /// "basisschool", "college", "obs": a capitalised name before or after
    /// these is a school's name.
    public var schoolWords: [String] = []
    /// "school", "college": a capitalised word ending in these is a school
    /// ("Mariaschool").
    public var schoolEndings: [String] = []
    /// "groep", "klas": a number after these is a class.
    public var classWords: [String] = []
    /// "havo", "vwo": with a year number, a class.
    public var schoolLevels: [String] = []

    public init() {}
}
