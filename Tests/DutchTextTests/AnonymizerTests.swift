import Testing
@testable import DutchText

/// The anonymiser's shapes that need no word lists (numbers, e-mail
/// addresses, postcodes, numeric dates, given names), with a few words set
/// here. The Dutch word lists themselves are tested with the shipped
/// content in MeldcodeKitTests.
@Suite("Anonymiser without word lists")
struct AnonymizerTests {
    static let anonymizer: Anonymizer = {
        var words = AnonymizerWords()
        words.replacements = [.bsn: "<bsn>", .birthdate: "<birth>", .date: "<date>", .phone: "<phone>",
                              .email: "<email>", .postcode: "<postcode>", .address: "<address>",
                              .school: "<school>", .class: "<class>"]
        words.surname = "<surname>"
        words.possessive = "{rol}'s"
        words.nameParticles = ["de", "van", "der", "el"]
        words.titles = ["mevrouw", "juf"]
        return Anonymizer(words: words)
    }()

    func anonymize(_ text: String, _ names: [KnownName] = []) -> String {
        Self.anonymizer.anonymize(text, names: names).text
    }

    @Test(arguments: ["111222333", "123456782", "725763863", "12871813"])
    func elfproefAcceptsValidNumbers(_ number: String) {
        #expect(Elfproef.isValidBSN(number))
    }

    @Test(arguments: ["123456789", "111222334", "000000000", "1234567", "1234567890", "12345678a", ""])
    func elfproefRejectsOtherNumbers(_ number: String) {
        #expect(!Elfproef.isValidBSN(number))
    }

    @Test(arguments: ["06-12345678", "06 1234 5678", "06 12 34 56 78", "0612345678", "06.12345678", "+31 6 12345678",
                      "+31 (0)6 12345678", "+31612345678", "0031 6 12345678", "0031612345678", "010-1234567",
                      "(010) 123 45 67", "0118 123 456", "020 - 555 1234"])
    func phoneNumbers(_ number: String) {
        #expect(anonymize("Bel \(number) vandaag.") == "Bel <phone> vandaag.")
    }

    @Test(arguments: ["0800-2000", "0900-1234567", "112", "06-2024-118", "2024123456", "010-123456"])
    func numbersThatAreNoPhoneNumbers(_ number: String) {
        let text = "Zie \(number) hier."
        #expect(anonymize(text) == text)
    }

    @Test func aBracketAroundTheWholeNumberStays() {
        #expect(anonymize("Zij belde (070-3456789) gisteren.") == "Zij belde (<phone>) gisteren.")
    }

    @Test(arguments: ["111222333", "111.222.333", "1112.22.333", "111 222 333", "12871813"])
    func validBSNs(_ number: String) {
        #expect(anonymize("Nummer \(number) klopt.") == "Nummer <bsn> klopt.")
    }

    @Test func aNumberThatFailsTheElfproefIsNoBSN() {
        #expect(anonymize("Nummer 123456789 klopt niet.") == "Nummer 123456789 klopt niet.")
    }

    @Test func anAmountIsNoBSN() {
        #expect(anonymize("Het kost € 111222333.") == "Het kost € 111222333.")
    }

    @Test func anEightDigitDateIsNoBSN() {
        #expect(anonymize("Op 01022014 gebeurde het.") == "Op 01022014 gebeurde het.")
    }

    @Test(arguments: ["sanne.devries84@hotmail.com", "a.b@x-y.nl", "priya_s@yahoo.com", "J.Smeulders@KPNmail.nl"])
    func emailAddresses(_ address: String) {
        #expect(anonymize("Mail naar \(address).") == "Mail naar <email>.")
    }

    @Test func anAtSignAloneIsNoAddress() {
        #expect(anonymize("Ik zit @ home, mail @ mij.") == "Ik zit @ home, mail @ mij.")
    }

    @Test(arguments: ["1234 AB", "1234AB", "1234ab", "9401KH"])
    func postcodes(_ postcode: String) {
        #expect(anonymize("Postcode \(postcode) klopt.") == "Postcode <postcode> klopt.")
    }

    @Test(arguments: ["in 2015 en", "0123 AB", "1234 SS", "12345 AB"])
    func notPostcodes(_ text: String) {
        #expect(anonymize(text) == text)
    }

    @Test(arguments: ["12-03-2015", "3/4/2012", "2015-03-12", "12.03.15", "1-1-2000"])
    func numericDates(_ date: String) {
        #expect(anonymize("Op \(date) gebeurde het.") == "Op <date> gebeurde het.")
    }

    @Test(arguments: ["12-03", "32-01-2015", "12-13-2015", "12-03-1850", "1.234,56"])
    func notDates(_ text: String) {
        #expect(anonymize("Zie \(text) hier.") == "Zie \(text) hier.")
    }

    @Test func aDateWithATimeIsNoPhoneNumber() {
        #expect(anonymize("Op 01-02-2015 10:30 belde ze.") == "Op <date> 10:30 belde ze.")
    }

    @Test func aDateInBracketsAfterANameIsTheBirthDate() {
        let names = [KnownName(name: "Sanne de Vries", role: "de leerling")]
        #expect(anonymize("Sanne (12-03-2015) kwam binnen.", names) == "De leerling (<birth>) kwam binnen.")
    }
}
