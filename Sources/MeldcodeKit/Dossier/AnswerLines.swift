import DutchText
import Foundation

/// The dossier wording of answers and decisions, shared by the notes the
/// conversation writes and the dossier renderer.
struct AnswerLines: Sendable {
    let content: Content
    var texts: Texts { content.texts }

    /// "Signalen: op dinsdag blauwe plekken gezien", "Afweging 2 — …: ja
    /// ("niet acuut, wel al maanden")". Nil for a question without a label.
    /// `rewrite` changes the professional's words before they are quoted
    /// (the anonymous summary replaces names in them).
    func answer(_ answer: Answer, rewrite: (String) -> String = { $0 }) -> String? {
        guard let label = texts.node(answer.question).label else { return nil }
        var answer = answer
        answer.text = rewrite(answer.text)
        return texts.ui("notitie.regel", ["label": label, "waarde": value(answer)])
    }

    func value(_ answer: Answer) -> String {
        let words = quote(answer.text)
        switch answer.value {
        case .yes, .no:
            let word = texts.ui(answer.value == .yes ? "antwoord.ja" : "antwoord.nee")
            return isPlain(answer.text) ? word : texts.ui("antwoord.met_woorden", ["antwoord": word, "woorden": words])
        case .unsure:
            var result = texts.ui("antwoord.twijfel")
            if let doubt = answer.doubt {
                let direction = texts.ui(doubt == .towardYes ? "twijfel.als_ja" : "twijfel.als_nee")
                result = texts.ui("antwoord.twijfel_richting", ["richting": direction])
            }
            return isPlain(answer.text) ? result : texts.ui("antwoord.met_woorden", ["antwoord": result, "woorden": words])
        case .text:
            return answer.text
        case .unknown:
            return texts.ui("antwoord.onbekend_met_woorden", ["woorden": words])
        case .age(let years):
            guard let years else { return texts.ui("antwoord.leeftijd_onbekend") }
            let age = age(years)
            return isPlain(answer.text) ? age : texts.ui("antwoord.met_woorden", ["antwoord": age, "woorden": words])
        case .roles(let roles, let polarity):
            let names = roles.map { texts.ui("rol.\($0)") }
            let summary: String
            if !names.isEmpty {
                // "met de AF denk ik, of was het de teamleider": not stated as fact.
                let list = names.joined(separator: ", ")
                summary = polarity == .unsure ? texts.ui("antwoord.twijfel_rollen", ["rollen": list]) : list
            } else {
                summary = texts.ui(polarity == .unsure ? "antwoord.twijfel" : (polarity == .no ? "antwoord.niemand" : "antwoord.ja"))
            }
            return texts.ui("antwoord.met_woorden", ["antwoord": summary, "woorden": words])
        case .choice(let id):
            let option = texts.node(answer.question).options.first { $0.id == id }?.text ?? id
            return isPlain(answer.text) ? option : texts.ui("antwoord.met_woorden", ["antwoord": option, "woorden": words])
        }
    }

    func decision(_ d: DecisionRecord) -> String {
        texts.ui("besluit.regel", [
            "melden": texts.ui(d.melden ? "antwoord.ja" : "antwoord.nee"),
            "melden_basis": basis(d.melden ? (d.meldenBasis ?? d.basis) : d.basis),
            "hulp": texts.ui(d.hulp ? "antwoord.ja" : "antwoord.nee"),
            "hulp_basis": basis(d.hulpBasis ?? d.basis),
        ])
    }

    /// "afweging 2" for "afweging.2": from the interface texts, else the id.
    func basis(_ id: String) -> String {
        texts.has("basis.\(id)") ? texts.ui("basis.\(id)") : id
    }

    /// "8 jaar", "1 jaar".
    func age(_ years: Int) -> String {
        texts.ui(years == 1 ? "antwoord.leeftijd_een" : "antwoord.leeftijd", ["jaren": String(years)])
    }

    /// Answers of one or two words are shown by their meaning alone.
    private func isPlain(_ text: String) -> Bool {
        text.split(whereSeparator: { $0 == " " }).count <= 2
    }

    private func quote(_ text: String) -> String {
        texts.ui("antwoord.citaat", ["tekst": text])
    }
}
