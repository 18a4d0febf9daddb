import DutchText
import Yams

/// Reads Dialogues/*.yaml. Structural problems (unknown kinds, missing or
/// unknown targets, answers without a branch) are collected with file and
/// line; deeper checks are in Validator.
struct DialogueLoader {
    var reader: YAMLReader

    static func load(_ files: ContentFiles) -> (dialogues: [String: Dialogue], sources: [String: String],
                                                documents: [String: [DocumentSection]], problems: [ContentProblem]) {
        var dialogues: [String: Dialogue] = [:]
        var sources: [String: String] = [:]
        var documents: [String: [DocumentSection]] = [:]
        var problems: [ContentProblem] = []
        for path in files.paths(under: "Dialogues") {
            var loader = DialogueLoader(reader: YAMLReader(file: path))
            guard let root = loader.reader.parse(files.files[path]!) else {
                problems += loader.reader.problems
                continue
            }
            if path.hasSuffix("/sources.yaml") {
                sources.merge(loader.readSources(root)) { a, _ in a }
            } else if path.hasSuffix("/documents.yaml") {
                documents = loader.readDocuments(root)
            } else if let dialogue = loader.readDialogue(root, file: path) {
                if let other = dialogues[dialogue.id] {
                    loader.reader.problem("probleem.dubbele_dialoog", root, ["id": dialogue.id, "ander": other.file])
                } else {
                    // Routes may share a question id (`leeftijd`): its texts
                    // and key phrases are then shared too.
                    dialogues[dialogue.id] = dialogue
                }
            }
            problems += loader.reader.problems
        }
        if files.files["Dialogues/sources.yaml"] == nil {
            problems.append(ContentProblem(file: "Dialogues/sources.yaml", line: nil, key: "probleem.bestand_ontbreekt", values: [:]))
        }
        // Calls must name a dialogue that exists.
        for dialogue in dialogues.values {
            for id in dialogue.order {
                let node = dialogue.nodes[id]!
                if case .call(let callee, _) = node.kind, dialogues[callee] == nil {
                    problems.append(ContentProblem(file: dialogue.file, line: node.line, key: "probleem.onbekende_dialoog", values: ["id": callee]))
                }
            }
            if let emergency = dialogue.emergency, dialogues[emergency] == nil {
                problems.append(ContentProblem(file: dialogue.file, line: dialogue.line, key: "probleem.onbekende_dialoog", values: ["id": emergency]))
            }
        }
        return (dialogues, sources, documents, problems)
    }

    mutating func readDocuments(_ root: Node) -> [String: [DocumentSection]] {
        var result: [String: [DocumentSection]] = [:]
        for (key, node, _) in reader.pairs(root, "documents") where key == "documents" {
            for (name, list, _) in reader.pairs(node, "documents") {
                result[name] = reader.list(list, name).map { item in
                    var section = DocumentSection(title: "", questions: [], alarms: false, source: nil, line: item.mark?.line)
                    for (field, value, fieldNode) in reader.pairs(item, name) {
                        switch field {
                        case "title": section.title = reader.string(value, "title") ?? ""
                        case "questions": section.questions = reader.strings(value, "questions")
                        case "alarms": section.alarms = reader.bool(value, "alarms") ?? false
                        case "names": section.names = reader.bool(value, "names") ?? false
                        case "source": section.source = reader.string(value, "source")
                        default: reader.problem("probleem.onbekend_veld", fieldNode, ["veld": field])
                        }
                    }
                    return section
                }
            }
        }
        return result
    }

    mutating func readSources(_ root: Node) -> [String: String] {
        var result: [String: String] = [:]
        for (key, node, _) in reader.pairs(root, "sources") where key == "sources" {
            for (id, text, _) in reader.pairs(node, "sources") {
                result[id] = reader.string(text, "sources.\(id)")
            }
        }
        return result
    }

    mutating func readDialogue(_ root: Node, file: String) -> Dialogue? {
        var id: String?
        var kind = Dialogue.Kind.route
        var source: String?
        var start: String?
        var steps: [String] = []
        var optionalSteps: [String] = []
        var emergency: String?
        var jumps: [String: [String]] = [:]
        var completeBeforeMelding = false
        var checklist: [(item: String, done: [String])] = []
        var nodeList: [Node] = []
        for (key, node, keyNode) in reader.pairs(root, "dialogue") {
            switch key {
            case "dialogue": id = reader.string(node, key)
            case "kind":
                let text = reader.string(node, key) ?? ""
                if let k = Dialogue.Kind(rawValue: text) { kind = k } else {
                    reader.problem("probleem.onbekende_soort", node, ["waarde": text, "toegestaan": "route, check, sub"])
                }
            case "source": source = reader.string(node, key)
            case "start": start = reader.string(node, key)
            case "steps": steps = reader.strings(node, key)
            case "optional_steps": optionalSteps = reader.strings(node, key)
            case "emergency": emergency = reader.string(node, key)
            case "jumps":
                for (step, target, _) in reader.pairs(node, key) {
                    jumps[step] = (reader.string(target, "jumps.\(step)") ?? "").split(separator: ">").map { $0.trimmingCharacters(in: .whitespaces) }
                }
            case "complete_before_melding": completeBeforeMelding = reader.bool(node, key) ?? false
            case "checklist":
                for item in reader.list(node, key) {
                    var name: String?
                    var done: [String] = []
                    for (field, value, fieldNode) in reader.pairs(item, key) {
                        switch field {
                        case "item": name = reader.string(value, "checklist.item")
                        case "done": done = reader.strings(value, "checklist.done")
                        default: reader.problem("probleem.onbekend_veld", fieldNode, ["veld": field])
                        }
                    }
                    if let name { checklist.append((name, done)) } else { reader.problem("probleem.veld_ontbreekt", item, ["veld": "item"]) }
                }
            case "nodes": nodeList = reader.list(node, key)
            default: reader.problem("probleem.onbekend_veld", keyNode, ["veld": key])
            }
        }
        guard let id else {
            reader.problem("probleem.veld_ontbreekt", root, ["veld": "dialogue"])
            return nil
        }
        let raw = nodeList.compactMap { readNode($0, dialogue: id) }
        var nodes: [String: DialogueNode] = [:]
        var order: [String] = []
        for (index, item) in raw.enumerated() {
            guard nodes[item.node.id] == nil else {
                reader.problem("probleem.dubbele_knoop", item.yaml, ["id": item.node.id, "ander": file])
                continue
            }
            var node = item.node
            // A missing `next` continues with the following node in the file.
            let following = index + 1 < raw.count ? raw[index + 1].node.id : nil
            node.kind = resolveNext(node.kind, following: following, yaml: item.yaml, id: node.id)
            nodes[node.id] = node
            order.append(node.id)
        }
        for nodeID in order {
            let node = nodes[nodeID]!
            for target in node.targets where nodes[target] == nil {
                reader.problems.append(ContentProblem(file: file, line: node.line, key: "probleem.onbekende_knoop",
                                                      values: ["id": target, "van": nodeID]))
            }
        }
        let first = start ?? order.first
        guard let begin = first else {
            reader.problem("probleem.geen_knopen", root, ["id": id])
            return nil
        }
        if nodes[begin] == nil {
            reader.problem("probleem.onbekende_knoop", root, ["id": begin, "van": "start"])
        }
        for (step, path) in jumps where path.isEmpty || nodes[path[0]] == nil {
            reader.problem("probleem.onbekende_knoop", root, ["id": path.first ?? "", "van": "jumps.\(step)"])
        }
        return Dialogue(id: id, kind: kind, source: source, start: begin, steps: steps, optionalSteps: Set(optionalSteps), emergency: emergency,
                        jumps: jumps, completeBeforeMelding: completeBeforeMelding, checklist: checklist,
                        nodes: nodes, order: order, file: file, line: root.mark?.line)
    }

    /// Placeholder for a `next` left out; replaced by the following node.
    private static let fallThrough = "\u{0}next"

    private mutating func resolveNext(_ kind: NodeKind, following: String?, yaml: Node, id: String) -> NodeKind {
        func resolve(_ target: String) -> String {
            guard target == Self.fallThrough else { return target }
            guard let following else {
                reader.problem("probleem.geen_vervolg", yaml, ["id": id])
                return target
            }
            return following
        }
        switch kind {
        case .say(let next): return .say(next: resolve(next))
        case .decide(let rule, let next): return .decide(rule, next: resolve(next))
        case .call(let dialogue, let next): return .call(dialogue: dialogue, next: resolve(next))
        case .branch(let cases, let otherwise): return .branch(cases: cases, otherwise: resolve(otherwise))
        case .ask(var ask):
            if ask.expects == .text || ask.expects == .age {
                ask.next = resolve(ask.next ?? Self.fallThrough)
            }
            return .ask(ask)
        case .end: return kind
        }
    }

    private mutating func readNode(_ yaml: Node, dialogue: String) -> (node: DialogueNode, yaml: Node)? {
        var fields: [String: (node: Node, key: Node)] = [:]
        for (key, node, keyNode) in reader.pairs(yaml, "node") { fields[key] = (node, keyNode) }
        guard let id = reader.string(fields["id"]?.node, "id") else {
            reader.problem("probleem.veld_ontbreekt", yaml, ["veld": "id"])
            return nil
        }
        let kindName = reader.string(fields["kind"]?.node, "kind") ?? ""
        let step = reader.string(fields["step"]?.node, "step")
        let source = reader.string(fields["source"]?.node, "source")
        let next = reader.string(fields["next"]?.node, "next") ?? Self.fallThrough
        var allowed: Set<String> = ["id", "kind", "step", "source", "next"]
        let kind: NodeKind
        switch kindName {
        case "say":
            kind = .say(next: next)
        case "ask":
            allowed.formUnion(["expects", "on", "options", "emergency_is", "prefill", "doubt", "evaluation"])
            guard let ask = readAsk(fields, id: id, next: fields["next"] != nil ? next : nil, yaml: yaml) else { return nil }
            kind = .ask(ask)
        case "branch":
            allowed.formUnion(["cases", "else"])
            var cases: [BranchCase] = []
            for item in reader.list(fields["cases"]?.node, "cases") {
                var condition: Condition?
                var target: String?
                for (key, value, keyNode) in reader.pairs(item, "cases") {
                    switch key {
                    case "if": condition = readCondition(value)
                    case "then": target = reader.string(value, "then")
                    default: reader.problem("probleem.onbekend_veld", keyNode, ["veld": key])
                    }
                }
                if let condition, let target { cases.append(BranchCase(condition: condition, target: target)) } else {
                    reader.problem("probleem.onvolledige_tak", item, ["id": id])
                }
            }
            // Without `else` an answer no case fits would lead nowhere. The
            // node is kept (continuing with the following one) so that nodes
            // pointing at it are not reported as well.
            let otherwise = reader.string(fields["else"]?.node, "else")
            if otherwise == nil { reader.problem("probleem.tak_zonder_else", yaml, ["id": id]) }
            kind = .branch(cases: cases, otherwise: otherwise ?? Self.fallThrough)
        case "decide":
            allowed.formUnion(["melden", "hulp", "basis", "final"])
            let rule = DecideRule(melden: reader.bool(fields["melden"]?.node, "melden"),
                                  hulp: reader.bool(fields["hulp"]?.node, "hulp"),
                                  basis: reader.string(fields["basis"]?.node, "basis"),
                                  final: reader.bool(fields["final"]?.node, "final") ?? false)
            kind = .decide(rule, next: next)
        case "call":
            allowed.insert("dialogue")
            guard let callee = reader.string(fields["dialogue"]?.node, "dialogue") else {
                reader.problem("probleem.veld_ontbreekt", yaml, ["veld": "dialogue"])
                return nil
            }
            kind = .call(dialogue: callee, next: next)
        case "end":
            allowed.insert("outcome")
            kind = .end(outcome: reader.string(fields["outcome"]?.node, "outcome"))
        default:
            reader.problem("probleem.onbekende_soort", fields["kind"]?.node ?? yaml,
                           ["waarde": kindName, "toegestaan": "say, ask, branch, decide, call, end"])
            return nil
        }
        for (key, field) in fields where !allowed.contains(key) {
            reader.problem("probleem.onbekend_veld", field.key, ["veld": key])
        }
        return (DialogueNode(id: id, dialogue: dialogue, kind: kind, step: step, source: source, line: yaml.mark?.line), yaml)
    }

    private mutating func readAsk(_ fields: [String: (node: Node, key: Node)], id: String, next: String?, yaml: Node) -> Ask? {
        let expectsName = reader.string(fields["expects"]?.node, "expects") ?? ""
        guard let expects = AnswerKind(rawValue: expectsName) else {
            reader.problem("probleem.onbekende_verwachting", fields["expects"]?.node ?? yaml,
                           ["waarde": expectsName, "toegestaan": AnswerKind.allCases.map(\.rawValue).joined(separator: ", ")])
            return nil
        }
        // A field of another answer type is ignored by the engine: say so,
        // since the author meant something by it.
        let misplaced: [String] = switch expects {
        case .yesNo, .roles: ["next", "options"]
        case .choice: ["next", "on"]
        case .text, .age: ["on", "options"]
        }
        for field in misplaced {
            if let key = fields[field]?.key {
                reader.problem("probleem.veld_past_niet", key, ["veld": field, "type": expects.rawValue])
            }
        }
        var ask = Ask(expects: expects)
        ask.next = next
        ask.emergencyIsYes = reader.string(fields["emergency_is"]?.node, "emergency_is") == "yes"
        ask.prefill = reader.bool(fields["prefill"]?.node, "prefill") ?? false
        ask.evaluation = reader.bool(fields["evaluation"]?.node, "evaluation") ?? false
        if let doubt = reader.string(fields["doubt"]?.node, "doubt") {
            ask.doubt = Ask.Doubt(rawValue: doubt)
            if ask.doubt == nil {
                reader.problem("probleem.onbekende_waarde", fields["doubt"]?.node, ["waarde": doubt, "toegestaan": "toward_yes, toward_no"])
            }
        }
        switch expects {
        case .yesNo, .roles:
            for (answer, target, keyNode) in reader.pairs(fields["on"]?.node, "on") {
                guard let polarity = Polarity(rawValue: answer) else {
                    reader.problem("probleem.onbekende_waarde", keyNode, ["waarde": answer, "toegestaan": "yes, no, unsure"])
                    continue
                }
                ask.on[polarity] = reader.string(target, "on.\(answer)")
            }
            for polarity in [Polarity.yes, .no, .unsure] where ask.on[polarity] == nil {
                reader.problem("probleem.antwoord_zonder_tak", fields["on"]?.node ?? yaml, ["id": id, "antwoord": polarity.rawValue])
            }
        case .choice:
            for (option, target, _) in reader.pairs(fields["options"]?.node, "options") {
                if let target = reader.string(target, "options.\(option)") { ask.options.append((option, target)) }
            }
            if ask.options.isEmpty { reader.problem("probleem.veld_ontbreekt", yaml, ["veld": "options"]) }
        case .text, .age:
            break
        }
        return ask
    }

    private mutating func readCondition(_ node: Node) -> Condition? {
        let pairs = reader.pairs(node, "if")
        guard pairs.count == 1, let (name, value, keyNode) = pairs.first else {
            reader.problem("probleem.onvolledige_tak", node, ["id": "if"])
            return nil
        }
        var fields: [String: Node] = [:]
        if case .mapping = value {
            for (k, v, _) in reader.pairs(value, name) { fields[k] = v }
        }
        switch name {
        case "answer":
            guard let q = reader.string(fields["question"], "question"), let v = reader.string(fields["is"], "is") else { break }
            return .answer(question: q, value: v)
        case "matches":
            guard let q = reader.string(fields["question"], "question"), let c = reader.string(fields["category"], "category") else { break }
            return .matches(question: q, category: c, unless: reader.string(fields["unless"], "unless"))
        case "age_at_least", "age_below":
            guard let q = reader.string(fields["question"], "question"), let n = reader.int(fields["years"], "years") else { break }
            return name == "age_at_least" ? .ageAtLeast(question: q, years: n) : .ageBelow(question: q, years: n)
        case "decision":
            let text = reader.string(value, "decision") ?? ""
            if let test = DecisionTest(rawValue: text) { return .decision(test) }
            reader.problem("probleem.onbekende_waarde", value, ["waarde": text, "toegestaan": "melden, hulp, closed"])
            return nil
        case "outcome":
            guard let c = reader.string(fields["check"], "check"), let v = reader.string(fields["is"], "is") else { break }
            return .outcome(check: c, value: v)
        default:
            reader.problem("probleem.onbekende_voorwaarde", keyNode, ["naam": name])
            return nil
        }
        reader.problem("probleem.onvolledige_tak", node, ["id": name])
        return nil
    }
}
