/// AnonymizerWords folded into sets and phrase lists, once per anonymiser.
struct CompiledWords: Sendable {
    let replacements: [IdentifierKind: String]
    let surname: String
    let possessive: String
    let particles: Set<String>
    let titles: PhraseList
    let relations: Set<String>
    let notNamesAfterTitle: Set<String>
    let common: PhraseList
    let lowercaseWords: Set<String>
    let abbreviations: Set<String>
    let months: [String: Int]
    let birthCues: PhraseList
    let bsnCues: PhraseList
    let otherNumberCues: PhraseList
    let amountWords: Set<String>
    let streetEndings: [String]
    let houseNumberAdditions: Set<String>
    let addressCues: PhraseList
    let schoolWords: Set<String>
    let schoolEndings: [String]
    let classWords: Set<String>
    let schoolLevels: Set<String>

    init(_ words: AnonymizerWords) {
        func keys(_ list: [String]) -> Set<String> {
            Set(list.flatMap { Pieces.split($0).filter { $0.kind != .symbol }.map(\.key) })
        }
        /// Whole entries, folded: "vmbo-t" stays one key.
        func folded(_ list: [String]) -> [String] { list.map { Folding.fold($0) }.filter { !$0.isEmpty } }
        replacements = words.replacements
        surname = words.surname
        possessive = words.possessive
        particles = keys(words.nameParticles)
        titles = PhraseList(words.titles)
        relations = keys(words.relations)
        notNamesAfterTitle = keys(words.notNamesAfterTitle)
        common = PhraseList(words.commonCapitalised)
        lowercaseWords = Set(folded(words.lowercaseWords))
        abbreviations = keys(words.abbreviations)
        var months: [String: Int] = [:]
        for (name, number) in words.months { months[Folding.fold(name)] = number }
        self.months = months
        birthCues = PhraseList(words.birthCues)
        bsnCues = PhraseList(words.bsnCues)
        otherNumberCues = PhraseList(words.otherNumberCues)
        amountWords = Set(folded(words.amountWords))
        // Longest first, so "straatweg" is tried before "weg".
        streetEndings = folded(words.streetEndings).sorted { $0.count > $1.count }
        houseNumberAdditions = Set(folded(words.houseNumberAdditions))
        addressCues = PhraseList(words.addressCues)
        schoolWords = Set(folded(words.schoolWords))
        schoolEndings = folded(words.schoolEndings).sorted { $0.count > $1.count }
        classWords = Set(folded(words.classWords))
        schoolLevels = Set(folded(words.schoolLevels))
    }

    func replacement(_ kind: IdentifierKind) -> String {
        replacements[kind] ?? "[\(kind.rawValue)]"
    }
}
