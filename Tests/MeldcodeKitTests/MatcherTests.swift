import DutchText
import Testing
@testable import MeldcodeKit

/// Plain answers must be read right; these are the everyday forms.
@Suite("Matcher on plain answers")
struct MatcherTests {
    static let cases: [(String, String, Intent)] = [
        ("afweging.1", "ja", .yes), ("afweging.1", "Ja hoor", .yes), ("afweging.1", "klopt", .yes),
        ("afweging.1", "zeker", .yes), ("afweging.1", "JAAA", .yes), ("afweging.1", "jep", .yes),
        ("afweging.1", "nee", .no), ("afweging.1", "nee hoor", .no), ("afweging.1", "niet echt", .no),
        ("afweging.1", "neej", .no), ("afweging.1", "nope", .no),
        ("afweging.1", "weet ik niet", .unsure), ("afweging.1", "twijfel", .unsure), ("afweging.1", "geen idee", .unsure),
        ("afweging.1", "ja en nee", .unsure), ("afweging.1", "misschien", .unsure),
        ("afweging.1", "ik denk het wel", .yes), ("afweging.1", "ik denk t wel", .yes), ("afweging.1", "lijkt me niet", .no),
        ("afweging.2", "er is geen structurele onveiligheid", .no),
        ("afweging.2", "niet acuut, maar wel structureel", .yes),
        ("afweging.2", "niet acuut, wel al maanden", .yes),
        ("afweging.4", "nou, moeder wil wel meewerken maar vader houdt de boot af, dus eigenlijk niet", .no),
        ("afweging.1", "het is niet zo dat ik geen vermoeden heb", .yes),
        ("stap0.acuut_gevaar", "er is geen acuut gevaar", .no),
        ("afweging.3", "waarom?", .explain), ("afweging.3", "terug", .back), ("afweging.3", "wacht, vorige was fout", .back),
        ("afweging.3", "dossier", .summary), ("afweging.3", "pauze", .pause), ("afweging.3", "stop", .pause),
        ("afweging.3", "asdfgh", .unclear), ("afweging.3", "ik heb koffie gedronken", .unclear),
        ("afweging.3", "hij staat met een mes voor de deur", .emergency),
        ("afweging.3", "vorig jaar heeft hij haar met een mes bedreigd, nu zit hij vast", .unclear),
        ("afweging.5", "ik ben bang dat het nu misgaat", .emergency),
    ]

    @Test("intent", arguments: cases)
    func intent(question: String, text: String, expected: Intent) {
        let reading = shipped.matcher.classify(text, question: question)
        #expect(reading.intent == expected, "\(question): \(text) -> \(reading.intent)")
    }

    @Test("age", arguments: [
        ("ze is net veertien", 14), ("negen jaar", 9), ("8 maanden", 0), ("9", 9), ("tweeëntwintig", 22),
        ("groep 6, dus een jaar of negen", 9), ("rond de 10", 10), ("zestien jaar oud", 16), ("pasgeboren", 0),
        ("een baby van 5 maanden", 0), ("ruim 70, ik gok 73", 73), ("niet echt 70, meer 72", 72),
        ("achtenhalf", 8), ("zeventieneneenhalf", 17), ("de loverboy is rond de 25, maar het gaat om het meisje. zij is 14", 14),
        ("16 1/2", 16), ("is 8 1/2 jaar", 8), ("ze is nog geen 18", 17), ("net geboren", 0),
        ("Eén.", 1), ("mw is 24 wk zwanger, zelf 31", 31),
    ])
    func age(text: String, expected: Int) {
        let reading = shipped.matcher.classify(text, question: "leeftijd")
        #expect(reading.age == expected, "\(text) -> \(String(describing: reading.age))")
        #expect(reading.intent == .yes)
    }

    @Test("roles", arguments: [
        ("met mijn teamleider", ["leidinggevende"]), ("met de wijkagent", ["politie"]), ("VT gebeld", ["veilig_thuis"]),
        ("met de AF en een collega", ["aandachtsfunctionaris", "collega"]), ("met niemand", []),
        ("niet met de politie, wel met de huisarts", ["huisarts"]), ("manager en teamcoach", ["leidinggevende"]),
        // The intern begeleider is a primary school's zorgcoördinator.
        ("met de IB'er en de directeur", ["zorgcoordinator", "leidinggevende"]),
        // A nobody phrase beside a role negates only that role.
        ("nog niet met VT, wel met de huisarts", ["huisarts"]),
        ("niet in m'n eentje, met de directeur en de zorgcoördinator", ["leidinggevende", "zorgcoordinator"]),
        // Planned, away, or only advised: not consulted.
        ("met de huisarts. VT ga ik morgen bellen", ["huisarts"]),
        ("met de teamleider, de AF was ziek", ["leidinggevende"]),
        ("niet met de AF want die was er niet, wel met mijn teamcoach", ["leidinggevende"]),
        ("met mijn manager, die zei dat ik VT moest bellen", ["leidinggevende"]),
        ("met mijn teamcoach, de huisarts heb ik gemaild maar die heeft nog niet gereageerd", ["leidinggevende"]),
        // "af" standing alone is the aandachtsfunctionaris; in a sentence a particle.
        ("AF", ["aandachtsfunctionaris"]), ("teamleider, AF, VT", ["leidinggevende", "aandachtsfunctionaris", "veilig_thuis"]),
        ("vt + af", ["veilig_thuis", "aandachtsfunctionaris"]), ("de teamleider, die hield de boot af", ["leidinggevende"]),
        ("AF + orthopedagoog", ["aandachtsfunctionaris", "gedragswetenschapper"]), ("AF van onze school", ["aandachtsfunctionaris"]),
        // A team named after a role qualifies it; an assistant is a colleague, "assistentie" is not.
        ("de psycholoog van het sociaal wijkteam", ["gedragswetenschapper"]), ("de orthopedagoog vn ons team", ["gedragswetenschapper"]),
        ("psycholoog vh wijkteam", ["gedragswetenschapper"]),
        // A colleague named after someone else is one of her own.
        ("met de manager en met Ilse van de peutergroep", ["leidinggevende", "collega"]),
        ("met mijn assistente", ["collega"]), ("assistentie van de politie gevraagd", ["politie"]),
        // Tried but not reached, only informed, or consulted by someone else.
        ("De AF heb ik gemaild, maar nog geen antwoord. Verder met niemand.", []),
        ("heb een bericht ingesproken bij de wijkagent", []), ("VT geprobeerd te bellen maar kreeg niemand te pakken", []),
        ("met de IB-er, die heeft het weer met de directeur overlegd", ["zorgcoordinator"]),
        ("met de AF, de teamleider heb ik alleen even op de hoogte gebracht", ["aandachtsfunctionaris"]),
        ("locatiemanager en de pm'er", ["leidinggevende", "collega"]),
        // ... unless the advice was followed.
        ("met mijn manager, die zei dat ik VT moest bellen, dat heb ik ook gedaan", ["leidinggevende", "veilig_thuis"]),
        // Whoever wanted it advised it: "wilde dat" is no plan of one's own.
        ("mijn manager wilde dat ik de vertrouwensarts belde, en dat heb ik gedaan", ["leidinggevende", "vertrouwensarts"]),
        // Not reached, said after a comma; not what is said of others there.
        ("ik heb de IB-er een briefje in haar vakje gelegd, nog niet gesproken", []),
        ("De vertrouwensarts heb ik gemaild, wacht nog op antwoord. Met de AF wel.", ["aandachtsfunctionaris"]),
        ("met mijn manager, de rest was op vakantie", ["leidinggevende"]),
        ("met de wijkagent en met de huisarts want die kennen het gezin", ["politie", "huisarts"]),
        // Someone who knows of it was consulted (8 of 11 dev labels).
        ("wijkagent weet ervan en ik heb t met mn collega besproken", ["politie", "collega"]),
        // A plan after "en" (a time word before the "ik") is a part of its own.
        ("Met de orthopedagoog besproken en volgende week bel ik de vertrouwensarts", ["gedragswetenschapper"]),
        ("met de ib overlegd en morgen bel ik VT", ["zorgcoordinator"]),
        // "noch ... noch" and "niet ... en niet ..." deny each part once.
        ("noch met de huisarts noch met VT", []),
        ("Niet met de politie en niet met VT, alleen de AF", ["aandachtsfunctionaris"]),
        // A plan is not a consultation; "HA" alone is the huisarts.
        ("ik ga het vanmiddag met mijn leidinggevende bespreken", []),
        ("HA", ["huisarts"]), ("ha, met niemand", []), ("HA en AF", ["huisarts", "aandachtsfunctionaris"]),
        ("met de zedenrechercheur en met haar huisarts", ["politie", "huisarts"]),
        // Called back is consulted; will call back is not.
        ("de HA belde terug, daarmee overlegd. Politie nog niet", ["huisarts"]),
        ("teamleider gebeld, nam niet op", []), ("GP en VT", ["huisarts", "veilig_thuis"]),
        ("ik denk dat ik het met VT moet overleggen, maar heb dat nog niet gedaan", []),
        // Yes for one role and not yet for another is no doubt about who was consulted.
        ("Ik heb de intern begeleider gesproken, niet de AF, die was ziek", ["zorgcoordinator"]),
        // A short role word after "mijn", "onze eigen" or "met" names the role; negation still reaches it.
        ("HAP-arts en de triagist naast me", ["huisarts", "collega"]), ("de AF zit in de ziektewet dus ik heb mijn teamcoach gebeld", ["leidinggevende"]),
        ("eerst dacht ik niemand, maar ik heb het wel met de IB'er erover gehad", ["zorgcoordinator"]),
        ("met mijn AF", ["aandachtsfunctionaris"]), ("met GP", ["huisarts"]), ("met mijn HA", ["huisarts"]),
        ("de orthopedagoog, en onze eigen AF", ["gedragswetenschapper", "aandachtsfunctionaris"]),
        ("niet met mijn AF, wel met de teamleider", ["leidinggevende"]),
        // "o ja, en ..." adds to the list; "o ja, nee ..." corrects it.
        ("met mijn collega en mijn leidinggevende. O ja, en Veilig Thuis heb ik ook gebeld", ["collega", "leidinggevende", "veilig_thuis"]),
        // An exception to a nobody names the role; advice quoted after a colon does not.
        ("geen overleg gehad, behalve heel kort met mijn collega", ["collega"]),
        ("Ik heb het met niemand anders dan mijn eigen leidinggevende gehad", ["leidinggevende"]),
        ("de orthopedagoog, die zei: bel Veilig Thuis. Dat heb ik nog niet gedaan", ["gedragswetenschapper"]),
    ])
    func roles(text: String, expected: [String]) {
        let reading = shipped.matcher.classify(text, question: "stap2.overleg_met")
        #expect(reading.roles == expected, "\(text) -> \(String(describing: reading.roles))")
    }

    /// Roles named but none consulted: nobody was, yet.
    @Test(arguments: ["ik ga het vanmiddag met mijn leidinggevende bespreken", "VT bel ik morgen",
                      "Ik heb een mail gestuurd naar de aandachtsfunctionaris, nog geen reactie"])
    func rolesOnlyPlannedOrNotReachedAreANo(text: String) {
        #expect(shipped.matcher.readByRules(text, question: "stap2.overleg_met").intent == .no, "\(text)")
    }

    @Test(arguments: ["Ik heb de intern begeleider gesproken, niet de AF, die was ziek", "HA gebeld, verder niemand"])
    func oneRoleConsultedAnotherNotIsAYes(text: String) {
        #expect(shipped.matcher.readByRules(text, question: "stap2.overleg_met").intent == .yes, "\(text)")
    }

    /// classify reports who was consulted: nobody when the answer doubts, asks
    /// what a role is or pauses; the conversation keeps the roles named in doubt.
    @Test("consulted roles", arguments: [
        ("met de AF denk ik, of was het de teamleider", [String]()),
        ("wat is een aandachtsfunctionaris?", []),
        ("stop maar even, ik moet eerst de AF spreken", []),
        ("met de AF", ["aandachtsfunctionaris"]),
    ])
    func consultedRoles(text: String, expected: [String]) {
        let reading = shipped.matcher.classify(text, question: "stap2.overleg_met")
        #expect(reading.consultedRoles == expected, "\(text) -> \(String(describing: reading.consultedRoles))")
    }

    /// A stage of life says no age, as a baby without its months does not:
    /// the professional is asked for an estimate.
    @Test("stage of life", arguments: ["puber", "een baby nog", "zuigeling", "ze zit op de middelbare"])
    func stageOfLife(text: String) {
        let reading = shipped.matcher.classify(text, question: "leeftijd")
        #expect(reading.intent == .unsure, "\(text) -> \(reading.intent)")
        #expect(reading.age == nil)
    }

    @Test func rolesNamedInDoubtStayForTheNotes() {
        let reading = shipped.matcher.classify("met de AF denk ik, of was het de teamleider", question: "stap2.overleg_met")
        #expect(reading.intent == .unsure)
        #expect(reading.roles == ["aandachtsfunctionaris", "leidinggevende"])
    }
}
