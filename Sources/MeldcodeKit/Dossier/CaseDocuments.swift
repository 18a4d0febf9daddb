import DutchText
import Foundation

/// Documents built from a case besides the dossier: the draft of a melding
/// for Veilig Thuis, and the summary for an anonymous consultation. What each
/// holds is data (Dialogues/documents.yaml); a part without answers is named
/// as still to be completed, never silently left out.
public struct CaseDocuments: Sendable {
    let content: Content
    let lines: AnswerLines
    let dates: DossierBuilder

    public init(content: Content, timeZone: TimeZone = .current) {
        self.content = content
        lines = AnswerLines(content: content)
        dates = DossierBuilder(content: content, lines: lines, timeZone: timeZone)
    }

    var texts: Texts { content.texts }

    /// Why there is no melding draft yet, or nil when there can be one.
    public func meldingUnavailable(_ c: Conversation) -> String? {
        guard let decision = c.decisions.last else {
            let open = dates.missingItems(c)
            return texts.ui("melding.nog_geen_besluit") + (open.isEmpty ? "" : "\n" + open.map { texts.ui("dossier.opsomming", ["tekst": $0]) }.joined(separator: "\n"))
        }
        return decision.melden ? nil : texts.ui("melding.niet_besloten", ["besluit": lines.decision(decision)])
    }

    /// The draft of a melding: facts and events, what comes from others,
    /// whether and how it was discussed with the person (or why not), the
    /// weighing and decision, and what the professional does after it.
    public func melding(_ c: Conversation) -> String {
        if let reason = meldingUnavailable(c) { return reason }
        var out = [texts.ui("melding.titel")]
        if let name = content.settings.name { out.append(texts.ui("dossier.organisatie", ["naam": name])) }
        out.append(texts.ui("dossier.route", ["route": texts.ui("dialoog.\(c.root)")]))
        if let last = c.lastActivity { out.append(texts.ui("melding.datum", ["datum": dates.date(last)])) }
        var missing: [String] = []
        for section in content.documents["melding"] ?? [] {
            let body = sectionLines(section, in: c)
            out.append("")
            out.append(texts.ui(section.title))
            if body.isEmpty {
                out.append(texts.ui("melding.leeg"))
                missing.append(texts.ui(section.title))
            } else {
                out += body
            }
        }
        if let decision = c.decisions.last {
            out.append("")
            out.append(lines.decision(decision))
        }
        if !missing.isEmpty {
            out.append("")
            out.append(texts.ui("dossier.nog_vast_te_leggen"))
            out += missing.map { texts.ui("dossier.opsomming", ["tekst": $0]) }
        }
        return out.joined(separator: "\n")
    }

    /// The lines of one section: the latest answer to each of its questions,
    /// with its date, and the alarms when asked for. `rewrite` changes what
    /// the professional wrote (not the date), for the anonymous summary.
    func sectionLines(_ section: DocumentSection, in c: Conversation, rewrite: (String) -> String = { $0 }) -> [String] {
        var out: [String] = []
        if section.alarms {
            for alarm in c.emergencies {
                let label = texts.node(alarm.question).label ?? alarm.question
                out.append(texts.ui("document.regel", ["tekst": texts.ui("dossier.alarm", ["vraag": label, "tekst": rewrite(alarm.text)]),
                                                      "datum": dates.date(alarm.at)]))
            }
        }
        for question in section.questions {
            guard let answer = c.answer(to: question), let line = lines.answer(answer, rewrite: rewrite) else { continue }
            out.append(texts.ui("document.regel", ["tekst": line, "datum": dates.date(answer.at)]))
        }
        return out
    }
}

extension CaseDocuments {
    /// Who stands in for the person concerned in the anonymous summary:
    /// "de leerling" on the school route.
    public func role(in route: String) -> String {
        texts.has("consult.rol.\(route)") ? texts.ui("consult.rol.\(route)") : texts.ui("consult.rol")
    }

    /// The summary for consulting Veilig Thuis or a colleague without
    /// naming anyone: the signals and the question, with identifying details
    /// replaced (the names given, the name in who the case is about, and
    /// what the anonymiser recognises by its shape), and the words that may
    /// still identify someone listed for the professional to check.
    public func consult(_ c: Conversation, names given: [KnownName] = []) -> String {
        let sections = content.documents["consult"] ?? []
        let role = role(in: c.root)
        var names = given
        var check: [String] = []
        for section in sections where section.names {
            for question in section.questions {
                guard let answer = c.answer(to: question), answer.value == .text else { continue }
                let found = content.anonymizer.names(in: answer.text)
                names += found.names.map { KnownName(name: $0, role: role) }
                check += found.uncertain
            }
        }
        let rewrite = { (text: String) -> String in
            let result = content.anonymizer.anonymize(text, names: names)
            check += result.flagged.map(\.text)
            return result.text
        }
        var out = [texts.ui("consult.titel")]
        for section in sections {
            let body = sectionLines(section, in: c, rewrite: rewrite)
            guard !body.isEmpty else { continue }
            out.append("")
            out.append(texts.ui(section.title))
            out += body
        }
        out.append("")
        out.append(texts.ui("consult.vraag"))
        var seen: Set<String> = []
        let unique = check.filter { seen.insert($0).inserted }
        if !unique.isEmpty {
            out.append("")
            out.append(texts.ui("consult.controleer", ["woorden": unique.joined(separator: ", ")]))
        }
        return out.joined(separator: "\n")
    }
}
