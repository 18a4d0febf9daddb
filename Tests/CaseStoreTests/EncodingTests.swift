import Foundation
import MeldcodeKit
import Testing

/// The stored JSON of case events: stable, versioned, exact.
@Suite("Event encoding")
struct EncodingTests {
    @Test func everyEventSurvivesJSON() throws {
        let data = try JSONEncoder().encode(everyEvent)
        #expect(try JSONDecoder().decode([CaseEvent].self, from: data) == everyEvent)
    }

    /// The format is a promise to stores written earlier: this text must keep decoding.
    @Test func aWrittenEventKeepsItsMeaning() throws {
        let stored = #"""
            {"v":1,"kind":"answered","at":1795000060000000,"question":"stap2.overleg_met","text":"met een collega",
             "value":{"kind":"roles","roles":["collega"],"polarity":"yes"},"danger":false}
            """#
        let event = try JSONDecoder().decode(CaseEvent.self, from: Data(stored.utf8))
        #expect(event == .answered(question: "stap2.overleg_met", text: "met een collega",
                                   value: .roles(["collega"], .yes), danger: false, at: day(1)))
        let age = #"{"v":1,"kind":"answered","at":0,"question":"leeftijd","text":"?","value":{"kind":"age","age":null},"danger":false}"#
        #expect(try JSONDecoder().decode(CaseEvent.self, from: Data(age.utf8))
            == .answered(question: "leeftijd", text: "?", value: .age(nil), danger: false, at: Date(timeIntervalSince1970: 0)))
    }

    @Test func eachEventCarriesItsVersionKindAndTime() throws {
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(CaseEvent.tookBack(at: day(2)))) as? [String: Any]
        #expect(object?["v"] as? Int == 1)
        #expect(object?["kind"] as? String == "took_back")
        #expect(object?["at"] as? Int == 1_795_000_120_000_000)
    }

    @Test func laterVersionsAndUnknownKindsAreRefused() {
        for text in [#"{"v":2,"kind":"paused","at":0}"#, #"{"v":1,"kind":"vanished","at":0}"#,
                     #"{"v":1,"kind":"answered","at":0,"question":"q","text":"t","value":{"kind":"maybe"},"danger":false}"#] {
            #expect(throws: DecodingError.self) { try JSONDecoder().decode(CaseEvent.self, from: Data(text.utf8)) }
        }
    }

    @Test func timesAreKeptToTheMicrosecond() throws {
        let date = Date(timeIntervalSince1970: 1_795_000_000.123456)
        #expect(CaseEvent.date(microseconds: CaseEvent.microseconds(date)) == date)
        #expect(CaseEvent.microseconds(Date(timeIntervalSince1970: -1.5)) == -1_500_000)
    }
}
