import DutchText
import Foundation

/// The dossier in the formats a professional takes away:
/// - plain text to paste into a client or pupil file: no markup and no hard
///   line wrapping, nothing an electronic file would mangle;
/// - Markdown;
/// - JSON for other systems.
/// All three come from one `DossierDocument`; the same case always gives the
/// same text.
public struct DossierRenderer: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, json
    }

    let content: Content
    let lines: AnswerLines
    var timeZone: TimeZone

    public init(content: Content, timeZone: TimeZone = .current) {
        self.content = content
        lines = AnswerLines(content: content)
        self.timeZone = timeZone
    }

    var texts: Texts { content.texts }

    public func document(_ c: Conversation) -> DossierDocument {
        DossierBuilder(content: content, lines: lines, timeZone: timeZone).document(c)
    }

    public func render(_ c: Conversation, as format: Format) -> String {
        switch format {
        case .text: text(c)
        case .markdown: markdown(c)
        case .json: json(c)
        }
    }

    public func text(_ c: Conversation) -> String {
        let d = document(c)
        var out = header(d)
        for section in d.sections {
            out.append("")
            out.append(texts.ui("dossier.kop", ["stap": section.title, "datum": section.date]))
            out += section.entries.map { entryLine($0, in: section) }
        }
        if d.sections.isEmpty {
            out.append("")
            out.append(texts.ui("dossier.leeg"))
        }
        if !d.checklist.isEmpty {
            out.append("")
            out.append(texts.ui("dossier.checklist"))
            out += d.checklist.map { texts.ui($0.done ? "dossier.checklist_gedaan" : "dossier.checklist_open", ["tekst": $0.text]) }
        }
        if !d.missing.isEmpty {
            out.append("")
            out.append(texts.ui("dossier.nog_vast_te_leggen"))
            out += d.missing.map { texts.ui("dossier.opsomming", ["tekst": $0]) }
        }
        return out.joined(separator: "\n")
    }

    public func markdown(_ c: Conversation) -> String {
        let d = document(c)
        var out = ["# " + d.title]
        out.append("")
        out += header(d).dropFirst().map { $0 + "  " }
        for section in d.sections {
            out.append("")
            out.append("## " + texts.ui("dossier.kop", ["stap": section.title, "datum": section.date]))
            out.append("")
            for entry in section.entries {
                let dated = entry.date == section.date ? "" : " (\(entry.date))"
                if let label = entry.label {
                    out.append("- **\(Self.escape(label))**: \(Self.escape(entry.text))\(dated)")
                } else {
                    out.append("- \(Self.escape(entry.text))\(dated)")
                }
            }
        }
        if d.sections.isEmpty {
            out.append("")
            out.append(texts.ui("dossier.leeg"))
        }
        if !d.checklist.isEmpty {
            out.append("")
            out.append("## " + texts.ui("dossier.checklist"))
            out.append("")
            out += d.checklist.map { "- [\($0.done ? "x" : " ")] " + Self.escape($0.text) }
        }
        if !d.missing.isEmpty {
            out.append("")
            out.append("## " + texts.ui("dossier.nog_vast_te_leggen"))
            out.append("")
            out += d.missing.map { "- " + Self.escape($0) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    public func json(_ c: Conversation) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document(c)) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private func header(_ d: DossierDocument) -> [String] {
        var out = [d.title]
        if let name = d.organisation { out.append(texts.ui("dossier.organisatie", ["naam": name])) }
        out.append(texts.ui("dossier.route", ["route": d.routeName]))
        if let started = d.started { out.append(texts.ui("dossier.gestart", ["datum": started])) }
        return out
    }

    private func entryLine(_ entry: DossierDocument.Entry, in section: DossierDocument.Section) -> String {
        let line = entry.label.map { texts.ui("notitie.regel", ["label": $0, "waarde": entry.text]) } ?? entry.text
        return entry.date == section.date ? line : texts.ui("dossier.met_datum", ["regel": line, "datum": entry.date])
    }

    /// The professional's words are text, not Markdown: characters that
    /// would format are escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
