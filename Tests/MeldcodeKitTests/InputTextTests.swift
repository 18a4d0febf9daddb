import Testing
@testable import MeldcodeKit

@Suite("Input text")
struct InputTextTests {
    @Test("surrounding space goes, inner space stays", arguments: [
        ("ja", "ja"),
        ("  ja, denk het wel  ", "ja, denk het wel"),
        ("\tnee\r\n", "nee"),
        ("\u{00A0}nee\u{3000}", "nee"),
        ("é ", "é"),
        ("   ", ""),
        ("", ""),
    ])
    func trims(raw: String, expected: String) {
        #expect(InputText.clean(raw) == expected)
    }

    @Test func escapeSequencesAndControlCharactersGo() {
        #expect(InputText.clean("ja\u{1B}[31m rood\u{07}") == "ja rood")
    }
}
