import DutchText
import Foundation

/// Reads Localization/<taal>/lexicon.yaml into the matcher's Lexicon.
struct LexiconLoader {
    var reader: YAMLReader

    static func load(_ files: ContentFiles, language: String) -> (Lexicon, [ContentProblem]) {
        let path = "Localization/\(language)/lexicon.yaml"
        let fallback = "Localization/nl/lexicon.yaml"
        guard let text = files.files[path] ?? files.files[fallback] else {
            return (Lexicon(), [ContentProblem(file: path, line: nil, key: "probleem.bestand_ontbreekt", values: [:])])
        }
        var loader = LexiconLoader(reader: YAMLReader(file: files.files[path] != nil ? path : fallback))
        var lexicon = loader.read(text)
        // One word per line; "#" starts a comment.
        if let words = files.files["Localization/\(language)/known-words.txt"] ?? files.files["Localization/nl/known-words.txt"] {
            lexicon.spelledRight = Self.lines(words)
        }
        return (lexicon, loader.reader.problems)
    }

    /// The lines of a word list without surrounding spaces, empty lines and
    /// "#" comments. Read as bytes: the list has thousands of lines and the
    /// program starts with it.
    static func lines(_ text: String) -> [String] {
        let space: Set<UInt8> = [0x20, 0x09, 0x0D]
        return text.utf8.split(separator: 0x0A).compactMap { line in
            guard let first = line.firstIndex(where: { !space.contains($0) }),
                  let last = line.lastIndex(where: { !space.contains($0) }),
                  line[first] != UInt8(ascii: "#") else { return nil }
            return String(decoding: line[first...last], as: UTF8.self)
        }
    }

    mutating func read(_ text: String) -> Lexicon {
        var lexicon = Lexicon()
        guard let root = reader.parse(text) else { return lexicon }
        for (key, node, keyNode) in reader.pairs(root, "lexicon") {
            switch key {
            case "rewrites":
                for (from, to, _) in reader.pairs(node, key) {
                    if let value = reader.string(to, "rewrites.\(from)") { lexicon.rewrites[from] = value }
                }
            case "yes": lexicon.yes = reader.strings(node, key)
            case "no": lexicon.no = reader.strings(node, key)
            case "soft_yes": lexicon.softYes = reader.strings(node, key)
            case "soft_no": lexicon.softNo = reader.strings(node, key)
            case "unsure": lexicon.unsure = reader.strings(node, key)
            case "hedges": lexicon.hedges = reader.strings(node, key)
            case "negators": lexicon.negators = reader.strings(node, key)
            case "paired_negators": lexicon.pairedNegators = reader.strings(node, key)
            case "irony_marks": lexicon.ironyMarks = reader.strings(node, key)
            case "aside_sentences": lexicon.asideSentences = reader.strings(node, key)
            case "doubt_marks": lexicon.doubtMarks = reader.strings(node, key)
            case "irony_phrases": lexicon.ironyPhrases = reader.strings(node, key)
            case "pseudo_negations": lexicon.pseudoNegations = reader.strings(node, key)
            case "sentential_negations": lexicon.sententialNegations = reader.strings(node, key)
            case "neutral": lexicon.neutral = reader.strings(node, key)
            case "contrast": lexicon.contrast = reader.strings(node, key)
            case "contrast_after_negation": lexicon.contrastAfterNegation = reader.strings(node, key)
            case "contrast_at_start": lexicon.contrastAtStart = reader.strings(node, key)
            case "contrast_not_after": lexicon.contrastNotAfter = reader.strings(node, key)
            case "concessive": lexicon.concessive = reader.strings(node, key)
            case "denials": lexicon.denials = reader.strings(node, key)
            case "conclusion": lexicon.conclusion = reader.strings(node, key)
            case "filler": lexicon.filler = reader.strings(node, key)
            case "function_words": lexicon.functionWords = reader.strings(node, key)
            case "gap_barriers": lexicon.gapBarriers = reader.strings(node, key)
            case "asides": lexicon.asides = reader.strings(node, key)
            case "unsure_at_end": lexicon.unsureAtEnd = reader.strings(node, key)
            case "short_answers": lexicon.shortAnswers = reader.strings(node, key)
            case "not_yet": lexicon.notYet = reader.strings(node, key)
            case "tried": lexicon.tried = reader.strings(node, key)
            case "determiners": lexicon.determiners = reader.strings(node, key)
            case "short_role_openers": lexicon.shortRoleOpeners = reader.strings(node, key)
            case "unsure_at_start": lexicon.unsureAtStart = reader.strings(node, key)
            case "condition_refs": lexicon.conditionRefs = reader.strings(node, key)
            case "granted": lexicon.granted = reader.strings(node, key)
            case "agreeing": lexicon.agreeing = reader.strings(node, key)
            case "emphatic": lexicon.emphatic = reader.strings(node, key)
            case "particles": lexicon.particles = reader.strings(node, key)
            case "rather_than": lexicon.ratherThan = reader.strings(node, key)
            case "own_doubt": lexicon.ownDoubt = reader.strings(node, key)
            case "corrections": lexicon.corrections = reader.strings(node, key)
            case "additions": lexicon.additions = reader.strings(node, key)
            case "whether_it_counts": lexicon.whetherItCounts = reader.strings(node, key)
            case "others": lexicon.others = reader.strings(node, key)
            case "pronouns": lexicon.pronouns = reader.strings(node, key)
            case "first_person": lexicon.firstPerson = reader.strings(node, key)
            case "reasons": lexicon.reasons = reader.strings(node, key)
            case "whether": lexicon.whether = reader.strings(node, key)
            case "conditionals": lexicon.conditionals = reader.strings(node, key)
            case "conditional_subjects": lexicon.conditionalSubjects = reader.strings(node, key)
            case "addressees": lexicon.addressees = reader.strings(node, key)
            case "reporting_verbs": lexicon.reportingVerbs = reader.strings(node, key)
            case "colleagues": lexicon.colleagues = reader.strings(node, key)
            case "interjections": lexicon.interjections = reader.strings(node, key)
            case "alone":
                for (name, phrases, nameNode) in reader.pairs(node, key) {
                    guard let polarity = Polarity(rawValue: name) else {
                        reader.problem("probleem.onbekend_veld", nameNode, ["veld": "alone.\(name)"])
                        continue
                    }
                    lexicon.alone[polarity] = reader.strings(phrases, "alone.\(name)")
                }
            case "question_words": lexicon.questionWords = reader.strings(node, key)
            case "question_verbs": lexicon.questionVerbs = reader.strings(node, key)
            case "asking_verbs": lexicon.askingVerbs = reader.strings(node, key)
            case "asking_verb_statements": lexicon.askingVerbStatements = reader.strings(node, key)
            case "question_refs": lexicon.questionRefs = reader.strings(node, key)
            case "summary_cues": lexicon.summaryCues = reader.strings(node, key)
            case "back_cues": lexicon.backCues = reader.strings(node, key)
            case "display_verbs": lexicon.displayVerbs = reader.strings(node, key)
            case "jump_words": lexicon.jumpWords = reader.strings(node, key)
            case "jump_back_words": lexicon.jumpBackWords = reader.strings(node, key)
            case "jump_targets":
                for (target, phrases, _) in reader.pairs(node, key) {
                    lexicon.jumpTargets[target] = reader.strings(phrases, "jump_targets.\(target)")
                }
            case "change_verbs": lexicon.changeVerbs = reader.strings(node, key)
            case "commands", "commands_anywhere":
                for (name, phrases, nameNode) in reader.pairs(node, key) {
                    guard let command = Command(rawValue: name) else {
                        reader.problem("probleem.onbekend_commando", nameNode, ["naam": name])
                        continue
                    }
                    if key == "commands" {
                        lexicon.commands[command] = reader.strings(phrases, "\(key).\(name)")
                    } else {
                        lexicon.commandsAnywhere[command] = reader.strings(phrases, "\(key).\(name)")
                    }
                }
            case "emergency":
                for (field, value, fieldNode) in reader.pairs(node, key) {
                    switch field {
                    case "rules":
                        lexicon.emergency.rules = reader.list(value, "emergency.rules").map { rule in
                            reader.list(rule, "emergency.rules").map { reader.strings($0, "emergency.rules") }
                        }
                    case "text_rules":
                        lexicon.emergency.textRules = reader.list(value, "emergency.text_rules").map { rule in
                            reader.list(rule, "emergency.text_rules").map { reader.strings($0, "emergency.text_rules") }
                        }
                    case "past": lexicon.emergency.past = reader.strings(value, "emergency.past")
                    case "over": lexicon.emergency.over = reader.strings(value, "emergency.over")
                    case "calm": lexicon.emergency.calm = reader.strings(value, "emergency.calm")
                    case "harmless": lexicon.emergency.harmless = reader.strings(value, "emergency.harmless")
                    case "habitual": lexicon.emergency.habitual = reader.strings(value, "emergency.habitual")
                    case "now": lexicon.emergency.now = reader.strings(value, "emergency.now")
                    case "denied": lexicon.emergency.denied = reader.strings(value, "emergency.denied")
                    case "asked": lexicon.emergency.asked = reader.strings(value, "emergency.asked")
                    case "possible": lexicon.emergency.possible = reader.strings(value, "emergency.possible")
                    case "instructed": lexicon.emergency.instructed = reader.strings(value, "emergency.instructed")
                    case "conditions": lexicon.emergency.conditions = reader.strings(value, "emergency.conditions")
                    default: reader.problem("probleem.onbekend_veld", fieldNode, ["veld": field])
                    }
                }
            case "numbers":
                for (field, value, fieldNode) in reader.pairs(node, key) {
                    switch field {
                    case "units", "tens", "hundred":
                        var table: [String: Int] = [:]
                        for (word, n, _) in reader.pairs(value, "numbers.\(field)") {
                            if let number = reader.int(n, "numbers.\(field).\(word)") { table[word] = number }
                        }
                        if field == "units" { lexicon.numbers.units = table }
                        if field == "tens" { lexicon.numbers.tens = table }
                        if field == "hundred" { lexicon.numbers.hundred = table }
                    case "joiner": lexicon.numbers.joiner = reader.string(value, "numbers.joiner") ?? ""
                    case "half": lexicon.numbers.half = reader.strings(value, "numbers.half")
                    case "and_a_half": lexicon.numbers.andAHalf = reader.strings(value, "numbers.and_a_half")
                    case "aged": lexicon.numbers.aged = reader.strings(value, "numbers.aged")
                    default: reader.problem("probleem.onbekend_veld", fieldNode, ["veld": field])
                    }
                }
            case "dates":
                for (field, value, fieldNode) in reader.pairs(node, key) {
                    switch field {
                    case "months", "day_units", "fixed":
                        var table: [String: Int] = [:]
                        for (word, n, _) in reader.pairs(value, "dates.\(field)") {
                            if let number = reader.int(n, "dates.\(field).\(word)") { table[word] = number }
                        }
                        if field == "months" { lexicon.dates.months = table }
                        if field == "day_units" { lexicon.dates.dayUnits = table }
                        if field == "fixed" { lexicon.dates.fixed = table }
                    case "month_units": lexicon.dates.monthUnits = reader.strings(value, "dates.month_units")
                    case "year_units": lexicon.dates.yearUnits = reader.strings(value, "dates.year_units")
                    case "after": lexicon.dates.after = reader.strings(value, "dates.after")
                    default: reader.problem("probleem.onbekend_veld", fieldNode, ["veld": field])
                    }
                }
            case "age":
                for (field, value, fieldNode) in reader.pairs(node, key) {
                    let words = reader.strings(value, "age.\(field)")
                    switch field {
                    case "years": lexicon.age.years = words
                    case "months": lexicon.age.months = words
                    case "weeks": lexicon.age.weeks = words
                    case "days": lexicon.age.days = words
                    case "becomes": lexicon.age.becomes = words
                    case "between": lexicon.age.between = words
                    case "categories": lexicon.age.categories = words
                    case "baby": lexicon.age.baby = words
                    case "not_age_before": lexicon.age.notBefore = words
                    case "not_age_after": lexicon.age.notAfter = words
                    case "approximately": lexicon.age.approximately = words
                    case "estimates": lexicon.age.estimates = words
                    case "almost": lexicon.age.almost = words
                    case "range": lexicon.age.range = words
                    case "unknown": lexicon.age.unknown = words
                    case "duration_before": lexicon.age.durations = words
                    case "adults": lexicon.age.adults = words
                    case "siblings": lexicon.age.siblings = words
                    case "children": lexicon.age.children = words
                    case "list_joiners": lexicon.age.listJoiners = words
                    case "decade_parts": lexicon.age.decadeParts = words
                    case "or_more": lexicon.age.orMore = words
                    case "bounds": lexicon.age.bounds = words
                    case "corrections": lexicon.age.corrections = words
                    case "born": lexicon.age.born = words
                    default: reader.problem("probleem.onbekend_veld", fieldNode, ["veld": field])
                    }
                }
            case "roles":
                for (role, phrases, _) in reader.pairs(node, key) {
                    lexicon.roles[role] = reader.strings(phrases, "roles.\(role)")
                }
            case "nobody": lexicon.nobody = reader.strings(node, key)
            case "short_roles":
                for (word, role, _) in reader.pairs(node, key) {
                    if let value = reader.string(role, "short_roles.\(word)") { lexicon.shortRoles[word] = value }
                }
            case "role_qualifiers": lexicon.roleQualifiers = reader.strings(node, key)
            case "roles_not_consulted": lexicon.rolesNotConsulted = reader.strings(node, key)
            case "role_advice": lexicon.roleAdvice = reader.strings(node, key)
            case "role_advice_followed": lexicon.roleAdviceFollowed = reader.strings(node, key)
            case "role_exceptions": lexicon.roleExceptions = reader.strings(node, key)
            case "role_own": lexicon.roleOwn = reader.strings(node, key)
            case "categories":
                for (name, phrases, _) in reader.pairs(node, key) {
                    lexicon.categories[name] = reader.strings(phrases, "categories.\(name)")
                }
            default:
                reader.problem("probleem.onbekend_veld", keyNode, ["veld": key])
            }
        }
        return lexicon
    }
}
