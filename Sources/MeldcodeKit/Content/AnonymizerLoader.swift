import DutchText
import Yams

/// Reads Localization/<taal>/anonymize.yaml into the anonymiser's word lists.
struct AnonymizerLoader {
    var reader: YAMLReader

    static func load(_ files: ContentFiles, language: String) -> (AnonymizerWords, [ContentProblem]) {
        let path = "Localization/\(language)/anonymize.yaml"
        let fallback = "Localization/nl/anonymize.yaml"
        guard let text = files.files[path] ?? files.files[fallback] else {
            return (AnonymizerWords(), [ContentProblem(file: path, line: nil, key: "probleem.bestand_ontbreekt", values: [:])])
        }
        var loader = AnonymizerLoader(reader: YAMLReader(file: files.files[path] != nil ? path : fallback))
        let words = loader.read(text)
        return (words, loader.reader.problems)
    }

    mutating func read(_ text: String) -> AnonymizerWords {
        var words = AnonymizerWords()
        guard let root = reader.parse(text) else { return words }
        for (key, node, keyNode) in reader.pairs(root, "anonymize") {
            switch key {
            case "replacements": readReplacements(node, keyNode, into: &words)
            case "surname": words.surname = reader.string(node, key) ?? ""
            case "possessive": words.possessive = reader.string(node, key) ?? ""
            case "names":
                for (field, value, fieldNode) in reader.pairs(node, key) {
                    let list = reader.strings(value, "\(key).\(field)")
                    switch field {
                    case "particles": words.nameParticles = list
                    case "titles": words.titles = list
                    case "relations": words.relations = list
                    case "not_names_after_title": words.notNamesAfterTitle = list
                    case "common_capitalised": words.commonCapitalised = list
                    case "lowercase_words": words.lowercaseWords = list
                    case "abbreviations": words.abbreviations = list
                    default: reader.problem("probleem.onbekend_veld", fieldNode, ["veld": field])
                    }
                }
            case "dates":
                for (field, value, fieldNode) in reader.pairs(node, key) {
                    switch field {
                    case "months":
                        for (month, number, _) in reader.pairs(value, "dates.months") {
                            if let n = reader.int(number, "dates.months.\(month)") { words.months[month] = n }
                        }
                    case "birth_cues": words.birthCues = reader.strings(value, "dates.birth_cues")
                    default: reader.problem("probleem.onbekend_veld", fieldNode, ["veld": field])
                    }
                }
            case "numbers":
                for (field, value, fieldNode) in reader.pairs(node, key) {
                    let list = reader.strings(value, "\(key).\(field)")
                    switch field {
                    case "bsn_cues": words.bsnCues = list
                    case "other_number_cues": words.otherNumberCues = list
                    case "amount_words": words.amountWords = list
                    default: reader.problem("probleem.onbekend_veld", fieldNode, ["veld": field])
                    }
                }
            case "addresses":
                for (field, value, fieldNode) in reader.pairs(node, key) {
                    let list = reader.strings(value, "\(key).\(field)")
                    switch field {
                    case "street_endings": words.streetEndings = list
                    case "house_number_additions": words.houseNumberAdditions = list
                    case "address_cues": words.addressCues = list
                    default: reader.problem("probleem.onbekend_veld", fieldNode, ["veld": field])
                    }
                }
            case "schools":
                for (field, value, fieldNode) in reader.pairs(node, key) {
                    let list = reader.strings(value, "\(key).\(field)")
                    switch field {
                    case "school_words": words.schoolWords = list
                    case "school_endings": words.schoolEndings = list
                    case "class_words": words.classWords = list
                    case "levels": words.schoolLevels = list
                    default: reader.problem("probleem.onbekend_veld", fieldNode, ["veld": field])
                    }
                }
            default:
                reader.problem("probleem.onbekend_veld", keyNode, ["veld": key])
            }
        }
        if words.surname.isEmpty { reader.problem("probleem.veld_ontbreekt", root, ["veld": "surname"]) }
        if !words.possessive.contains("{rol}") {
            reader.problem("probleem.veld_ontbreekt", root, ["veld": "possessive ({rol})"])
        }
        return words
    }

    /// Every kind but a name (which gets its role) needs a replacement text.
    private mutating func readReplacements(_ node: Node, _ keyNode: Node, into words: inout AnonymizerWords) {
        for (name, value, nameNode) in reader.pairs(node, "replacements") {
            guard let kind = IdentifierKind(rawValue: name), kind != .name else {
                let allowed = IdentifierKind.allCases.filter { $0 != .name }.map(\.rawValue).joined(separator: ", ")
                reader.problem("probleem.onbekende_waarde", nameNode, ["waarde": name, "toegestaan": allowed])
                continue
            }
            if let text = reader.string(value, "replacements.\(name)") { words.replacements[kind] = text }
        }
        for kind in IdentifierKind.allCases where kind != .name && words.replacements[kind] == nil {
            reader.problem("probleem.veld_ontbreekt", keyNode, ["veld": "replacements.\(kind.rawValue)"])
        }
    }
}
