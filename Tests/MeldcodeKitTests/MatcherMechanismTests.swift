import Foundation
import DutchText
import Testing
@testable import MeldcodeKit

/// One example per mechanism of the matcher, so a change that breaks one
/// shows which. (The labelled sets measure the whole; these name the parts.)
@Suite("Matcher mechanisms")
struct MatcherMechanismTests {
    static let cases: [(String, String, String, Intent)] = [
        // Answer words that count only when they are the whole clause.
        ("alone", "afweging.4", "wisselend.", .unsure),
        ("alone", "afweging.4", "soms?", .unsure),
        ("alone, inside a description", "kindcheck.1", "ja, moeder is erg wisselend in haar stemming", .yes),
        ("alone, inside a description", "stap3.gesprek", "nee, ik zie er best tegenop", .no),
        ("alone, degree", "stap1.besproken", "deels", .unsure),
        ("alone, degree in a description", "stap1.besproken", "ja. ze herkende het gedeeltelijk.", .yes),
        // Asides do not make a clause longer.
        ("aside", "afweging.2", "als ik eerlijk ben niet", .no),
        // Doubt that belongs to someone else.
        ("others", "stap0.acuut_gevaar", "nee, ze zit hier en hij weet niet waar ze is", .no),
        ("others, but the professional's own", "afweging.4", "moeder wel, vader weet ik niet", .unsure),
        // "of" opening a clause asks, it does not state.
        ("whether", "afweging.2", "spanningen wel, maar of het echt onveilig is... twijfel", .unsure),
        // The professional's own part, denied after others' consultations.
        ("own part after others", "stap2.overleg_met", "de directeur heeft het met de AF besproken, maar ik zelf nog met niemand", .no),
        ("own part after others", "stap2.overleg_met", "mijn leidinggevende heeft VT gebeld, ik zelf niet", .unsure),
        ("own part of one consultation", "stap2.overleg_met", "een collega, en die heeft het doorgezet naar de AF, maar die heb ik zelf niet gesproken", .yes),
        ("own part after someone who knows", "stap2.overleg_met", "de AF weet ervan, ik zelf heb nog niks gedaan", .unsure),
        // A nobody someone else claims; an aside is no one's claim.
        ("nobody claimed by another", "stap2.overleg_met", "mijn stagiaire zegt met niemand, maar ze is ermee naar mij gekomen en ik ben haar teamleider", .yes),
        ("nobody after an aside", "stap2.overleg_met", "eerlijk gezegd nog met niemand", .no),
        // A quoted sentence is someone else's answer.
        ("quoted doubt", "stap1.besproken", "ja. hij zei: 'ik weet echt niet of ik dit volhoud'", .yes),
        // "o nee" takes back what came before.
        ("taken back", "stap2.overleg_met", "met niemand... o nee, wel met de IB'er", .yes),
        // Two people side by side, the person after "wel met de", "niet met".
        ("two people", "stap1.besproken", "wel met de moeder, niet met de vader", .unsure),
        ("two people", "stap3.gesprek", "niet met vader, wel met moeder", .unsure),
        ("the question's own person denied", "stap1.besproken", "niet met de betrokkene maar wel met haar mentor", .no),
        // A question's own doubt phrases; not in a question back.
        ("question's doubt", "afweging.1", "niet echt een vermoeden, meer een onderbuikgevoel", .unsure),
        ("question's doubt, asked", "afweging.1", "Wat telt als vermoeden? Is een onderbuikgevoel al genoeg?", .explain),
        // A condition the answer opens with, denied in a part referring back.
        ("condition denied", "afweging.3", "alleen als ze meewerkt, en dat doet ze niet", .no),
        ("condition, whether it holds unknown", "afweging.3", "Alleen als de dochter ermee instemt, en dat weet ik nog niet.", .unsure),
        // The question's own words as a sentence of their own answer up front.
        ("question's words as a sentence", "stap3.gesprek", "Niet gevoerd. Na overleg met VT besloten dat een gesprek de veiligheid van de leerling in gevaar brengt.", .no),
        ("question's words as a sentence", "afweging.2", "sindsdien geen incidenten. Structureel zie ik het niet.", .no),
        // "dat wel" grants the part before it, which is about something else.
        ("granted", "afweging.2", "onveilig? nee joh. chaotisch, dat wel", .no),
        ("granted, the question's own words", "afweging.2", "acuut niet, maar structureel onveilig thuis, dat wel", .yes),
        ("granted alone", "afweging.2", "dat wel ja", .yes),
        // A soft answer that makes up the first part decides over the explanation after it.
        ("soft answer up front", "afweging.1", "lijkt me niet, het is meer armoede dan mishandeling", .no),
        ("soft answer up front", "afweging.5", "helaas niet, hij blijft haar geld afpakken", .no),
        // The question's word before a colon names what the answer after it is about.
        ("label before a colon", "afweging.2", "acuut: nee. structureel: geen idee", .unsure),
        ("label before a colon", "afweging.2", "acuut: nee. structureel: ja", .yes),
        ("answer before a colon", "kindcheck.3", "Eenmalig: ik heb alleen het intakegesprek gedaan.", .yes),
        // "meer X dan Y" denies Y; not "meer dan Y", nor between two of the question's words.
        ("rather than", "afweging.2", "het is meer een opvoedvraag dan onveiligheid", .no),
        ("more than", "afweging.1", "meer dan een vermoeden, ik heb het gezien", .yes),
        ("rather one than the other", "afweging.2", "Eerder structureel dan acuut, ja", .yes),
        // Danger of two groups in one sentence.
        ("lying and not responding", "stap0.acuut_gevaar", "ze ligt op de grond en reageert niet", .emergency),
        ("turned by what one would lie about", "afweging.1", "Ik zou liegen als ik zei dat ik geen vermoeden had.", .yes),
        // A gap does not run across "en".
        ("gap barrier", "afweging.2", "geen acute en geen structurele onveiligheid", .no),
        // Negation reaching back over a few words, not across "en".
        ("negation back", "afweging.2", "onveilig zou ik het niet noemen", .no),
        ("negation back, not across en", "kindcheck.1", "denk het wel, ze is zwaar depressief en komt haar bed niet uit", .yes),
        ("negation forward, not into its own part", "afweging.2", "acuut niet en structureel ook niet echt", .no),
        // A negation phrase inside a description does not answer.
        ("negation in a description", "afweging.1", "ik denk het wel. ze schrikt als hij binnenkomt en praat dan niet meer vrij", .yes),
        ("negation phrase ending its clause", "afweging.1", "bij moeder heb ik een vermoeden, bij de zoon zie ik dat niet echt", .unsure),
        // Sentential negation with a longer opening.
        ("sentential", "afweging.5", "er is geen reden om aan te nemen dat de veiligheid niet blijvend is", .yes),
        ("sentential, seeing", "afweging.2", "ik zie niet dat het onveilig is", .no),
        // The question's word before a denied one of its words is the subject.
        ("echo as subject", "afweging.5", "de veiligheid is niet duurzaam", .no),
        // A clause that supposes ("als hij ...") affirms nothing; "als" before a role does not suppose.
        ("supposition", "afweging.2", "Nee. Als hij ontdekt waar ze zit wordt het acuut, maar het adres is geheim.", .no),
        ("in a role, not a supposition", "stap1.besproken", "Als huisartsassistente heb ik het meteen aan de balie met haar besproken", .yes),
        // Two people answering differently, with or without "maar".
        ("two people", "afweging.4", "mama ja, papa echt niet", .unsure),
        ("two people, a pronoun first", "afweging.4", "ze werken niet mee nee, moeder wil geen hulp", .no),
        // Self-correction: what follows decides; danger before still counts.
        ("correction", "stap3.gesprek", "ja nee wacht, nee, dat was de intake", .no),
        ("correction, not a verb", "stap1.besproken", "nee, ik wacht nog op advies", .no),
        ("correction that says nothing after it", "afweging.2", "wacht even, telefoon", .pause),
        ("correction keeps danger", "afweging.3", "hij staat nu met een mes voor de deur, nee wacht, ja", .emergency),
        // Words split or joined by typing.
        ("joined words", "stap0.acuut_gevaar", "hij zegt dat hij haar vanavond dood maakt", .emergency),
        // A letter typed twice in a short word.
        ("letter typed twice", "afweging.2", "terrug", .back),
        ("letter typed twice", "leeftijd", "terugg", .back),
        // A real word is not a typo for a lexicon word.
        ("spelled right", "stap0.acuut_gevaar", "vader slaapt nu bij zijn broer, het is rustig, dus nee", .no),
        ("two changed letters", "afweging.2", "geen acute dreiging, wel een patroon van vernedering", .yes),
        ("-ig keeps its stem", "afweging.2", "ze hebben er last van, maar onveilig is het niet", .no),
        // Danger over two sentences: harm at home, and going back there soon.
        ("text rule", "afweging.5", "ze heeft een blauwe plek van vader. ze moet straks weer naar huis", .emergency),
        // Commands in a sentence.
        ("pause in a question", "afweging.2", "ik moet naar een les, kan ik hier later mee verder?", .pause),
        ("verb-first question only", "kindcheck.1", "twijfel. vader drinkt veel maar of dat bedreigend is voor de kinderen?", .unsure),
        ("question word after a preposition only", "afweging.2", "wel wat zorgen, maar twijfel", .unsure),
        ("summary, spread out", "afweging.5", "zet even op een rij wat ik allemaal gezegd heb", .summary),
        ("whether not back", "afweging.4", "wat telt als meewerken? ook echt iets veranderen?", .explain),
        // A quotation is not an apostrophe form.
        ("quotation", "stap0.acuut_gevaar", "vader zei dat hij haar vanavond 'te grazen neemt' als ze thuiskomt", .emergency),
        // An ellipsis hesitates; the doubt after it belongs to what came before.
        ("ellipsis", "afweging.2", "acuut niet denk ik, structureel... weet ik niet", .unsure),
        // Danger named in a question, or denied as a whole, is not told.
        ("danger asked", "stap0.acuut_gevaar", "of er nu acuut gevaar is... nee, in principe niet", .no),
        ("danger denied", "stap0.acuut_gevaar", "niet dat ik weet, ik heb geen reden om te denken dat het vandaag misgaat", .no),
        // "eigenlijk" inside a clause only softens.
        ("eigenlijk inside", "afweging.2", "acuut niet, en structureel eigenlijk ook niet meer sinds de opname", .no),
        ("eigenlijk opening", "afweging.3", "ik dacht van wel, eigenlijk niet", .no),
        // "ja"/"nee" opening the text stands apart, comma or not.
        ("interjection", "kindcheck.1", "ja moeder is al weken niet in orde, ze huilt veel", .yes),
        // A reason clause weighs like "hoewel": the gesprek it names is no answer.
        ("reason", "stap3.gesprek", "nog niet gevoerd, omdat het gesprek haar in gevaar kan brengen", .no),
        // What a colon introduces keeps the marker before it.
        ("colon after dus", "afweging.5", "de hulp loopt wel, dus ik moet eerlijk zijn: dit leidt niet tot blijvende veiligheid", .no),
        // Past or over before "maar" does not quiet what follows it.
        ("quiet before maar", "stap0.acuut_gevaar", "het was lang rustig, maar haar dochter appte dat mama niet meer wakker wordt", .emergency),
        // An emoji ends a thought as a comma does.
        ("emoji", "afweging.4", "niet echt 🙁 ze doen de deur niet open", .no),
        // A question's word that answers only when it is the whole clause.
        ("question's alone word", "afweging.2", "beide", .yes),
        ("question's alone word in a description", "afweging.2", "het speelt bij beide ouders", .unclear),
        // A jump request opens the text; after an answer it is a plan.
        ("plan after an answer", "stap1.besproken", "nee, ik wil eerst met de AF overleggen", .no),
        ("persisting is not a negation", "afweging.2", "denk het wel, het houd maar niet op", .yes),
        ("or rather", "kindcheck.2", "nee... of eigenlijk ja, ze is zwanger", .yes),
        // A "dus" that ends its clause concludes that clause.
        ("dus at the end", "afweging.1", "het zou gek zijn om te zeggen dat ik geen vermoeden heb. ja dus", .yes),
        // Two parts side by side without a comma.
        ("side by side", "afweging.4", "moeder wel vader niet", .unsure),
        // An adjective in -ig is not the noun it stems to ("vluchtig" is not "vlucht").
        ("-ig adjective", "kindcheck.3", "op de markt zie ik haar heel vluchtig, dus ja", .yes),
        // A command followed by filler words and a comma still opens the text.
        ("command with filler", "afweging.2", "stop even, de bel gaat", .pause),
        // "er klopt iets niet" voices concern; it does not deny an answer.
        ("neutral negation", "afweging.1", "denk het wel, er klopt iets niet bij dat kind", .yes),
        // "of was het ..." doubts what was just said.
        ("doubting alternative", "stap2.overleg_met", "met de AF denk ik, of was het de teamleider", .unsure),
        // The verb comes last, far from its negation.
        ("verb last", "stap1.besproken", "ik heb het nog niet met de moeder of met haar nieuwe partner besproken", .no),
        // A "ja" or "nee" after "zeggen", "zei": reported, not given.
        ("reported", "afweging.4", "nee, ze zeggen ja maar ze doen het niet", .no),
        // A soft answer that is a sentence of its own decides over the description after it.
        ("soft answer as a sentence", "afweging.1", "denk het wel. moeder komt nooit naar gesprekken", .yes),
        // An answer word after words of its own clause is about those words.
        ("qualified answer word", "stap3.gesprek", "met moeder ja, met vader nog niet", .unsure),
        // "maar niet waarover" limits what was said; it does not deny it.
        ("not what exactly", "stap1.besproken", "een beetje, ik heb mijn zorgen genoemd maar niet waarover precies", .unsure),
        // A separable verb split over the sentence ("maakt haar dood").
        ("separable verb", "stap0.acuut_gevaar", "hij komt vanavond terug en hij maakt haar dood", .emergency),
        // Wondering whether, after "maar", is doubt about what came before.
        ("but whether", "afweging.5", "voor nu wel, maar of het blijft...", .unsure),
        // "steeds maar" is "all the time", not "but".
        ("steeds maar", "afweging.5", "niet duurzaam nee, het blijft steeds maar tijdelijk rustig", .no),
        ("not yet", "stap3.gesprek", "met de jongen wel, met de ouders nog niet", .unsure),
        // "wel" before "maar" does not answer; the parts are not split across "maar".
        ("wel before maar", "kindcheck.1", "lijkt me niet, hij is wel eens kortaf maar dat raakt de kinderen niet", .no),
        // A negation after "en" is about what follows, not the danger before it.
        ("negation after en", "stap0.acuut_gevaar", "er staat een peuter alleen op het balkon en niemand doet open", .emergency),
        // After "maar", too, a plain answer decides over its explanation.
        ("plain answer after maar", "afweging.3", "had ik graag gedaan maar nee, ik ben hier alleen als vrijwilliger om hulp te bieden", .no),
        // "eerlijk gezegd" is an aside, not a reported answer.
        ("aside, not reported", "afweging.3", "ik weet niet hoe ik het zou aanpakken, dus eerlijk gezegd nee", .no),
        // "niet eens" describes; it does not answer.
        ("not even", "afweging.1", "ja. hij is drie maanden en kan zijn hoofd nog niet eens optillen, toch zie ik blauwe plekken", .yes),
        // "uitzoeken" is doubt only as the whole clause.
        ("find out, alone", "stap0.acuut_gevaar", "nee, maar dat ga ik wel goed uitzoeken", .no),
        ("find out, alone", "afweging.1", "nog uitzoeken", .unsure),
        // "misschien" after a person is still the professional's estimate.
        ("own doubt", "kindcheck.1", "vader misschien, de oom niet", .unsure),
        ("someone else's doubt", "stap0.acuut_gevaar", "nee, ze is hier veilig en hij weet niet waar ze zit", .no),
        // "bij de een wel X, bij de ander niet": two parts, a mixed answer.
        ("parallel parts", "afweging.1", "bij de oudste wel signalen, bij de jongste niet", .unsure),
        // "oh ja": the professional remembers, and what follows counts.
        ("remembered", "stap1.besproken", "nee.. oh ja, toch wel, vorige week met vader", .yes),
        ("remembered", "stap1.besproken", "ja, o ja nee, dat was de andere casus", .no),
        // An answer that holds only on a condition is doubt; "ja, mits" mostly meant yes.
        ("on a condition", "stap2.advies_gevolgd", "als de ouders meewerken wel, anders niet", .unsure),
        ("then, on a condition", "afweging.3", "Als de gemeente de indicatie snel geeft, dan wel", .unsure),
        ("what the question means", "afweging.4", "als je bedoelt of ze de afspraken nakomen: ja", .yes),
        ("condition, then a conclusion", "kindcheck.1", "als moeder haar medicijnen niet neemt wordt het een chaos en ze neemt ze steeds vaker niet, dus ja", .yes),
        // Wondering afterwards whether the question's own word applies.
        ("wondering whether", "stap1.besproken", "jawel, maar heel kort, tijdens het douchen. of dat nou een echt gesprek was...", .unsure),
        // Armed now is danger; what happened yesterday is past.
        ("armed", "stap2.overleg_met", "met de wijkagent, die komt nu want vader is gewapend gezien bij de woning", .emergency),
        ("on his way to her", "afweging.2", "ja, hij is net vrijgelaten en naar haar onderweg, ze is alleen thuis", .emergency),
        ("yesterday is past", "kindcheck.1", "ja, moeder kwam gisteren onder invloed binnen met de baby", .yes),
        ("bleeding that does not stop", "afweging.1", "ze zit naast me met een snee in haar pols die niet ophoudt met bloeden", .emergency),
        // A number after "niveau" or "groep" is no age.
        ("level is no age", "leeftijd", "mbo niveau 2, opleiding zorg en welzijn", .unclear),
        // Following the advice later is following it; doing it otherwise is not.
        ("will follow", "stap2.advies_gevolgd", "ik ga het doen, al vind ik het best spannend", .yes),
        ("otherwise", "stap2.advies_gevolgd", "ben het er niet mee eens, ik ga het anders doen", .no),
        // "ik zou zeggen nee" is the professional's own answer, not a reported one.
        ("own saying", "afweging.2", "ik zou zeggen nee", .no),
        // A threat lived under constantly is structural unsafety, not danger now.
        ("constant threat", "afweging.2", "ik zou zeggen ja. de dochter leeft onder constante dreiging dat ze wordt uitgehuwelijkt", .yes),
        // A sentence-wide negation turns the answer; the scorer, which reads
        // only the words inside, may not turn it back.
        ("not so that", "afweging.1", "het is niet zo dat ik denk dat er thuis iets speelt", .no),
        ("gas", "afweging.2", "het is nu onveilig, meneer heeft het gas open gezet en wil niet dat ik iemand bel", .emergency),
        ("chat yes", "stap3.gesprek", "jupp", .yes),
        ("treatment stopped", "afweging.4", "moeder heeft de behandeling eenzijdig stopgezet", .no),
        ("grandchild", "kindcheck.2", "hij zorgt voor zijn kleinzoon sinds de moeder in de gevangenis zit", .yes),
        // Formal Dutch: doubt, a pause and a summary asked for at length.
        ("formal doubt", "stap0.acuut_gevaar", "ik kan acuut gevaar niet met zekerheid uitsluiten, maar evenmin bevestigen", .unsure),
        ("formal pause", "stap0.acuut_gevaar", "In verband met een aansluitend ingepland keukentafelgesprek verzoek ik de doorloop van de meldcode op dit punt te onderbreken en op een later moment te hervatten.", .pause),
        ("formal summary", "afweging.3", "Zou u mij eerst een overzicht kunnen verstrekken van de antwoorden die tot op heden zijn vastgelegd?", .summary),
        ("formal no", "kindcheck.2", "Mevrouw is 86 jaar oud en woont alleen; de vraag moet derhalve ontkennend worden beantwoord.", .no),
        // "haar verhaal klopt" describes; it is no "klopt" that answers.
        ("a story that checks out", "afweging.1", "ja en nee. ze heeft wel een blauwe plek, maar haar verhaal klopt ook wel", .unsure),
        // Blood tests are no bleeding ("bloedend" is matched on its stem).
        ("blood test", "kindcheck.2", "mw. komt morgen terug voor uitslag bloed", .unclear),
        // "valt wel mee" states something; "valt dit onder ...?" asks.
        ("valt mee", "afweging.2", "valt wel mee, niks acuut of structureels", .no),
        ("valt onder", "afweging.2", "valt schreeuwen ook onder structureel?", .explain),
        // A time unit after "al" or "sinds" is how long, not how old.
        ("duration is no age", "leeftijd", "nou, niet bepaald acuut, maar het speelt al maanden", .unclear),
        ("a few weeks old", "leeftijd", "een paar weken oud", .yes),
        // Words typed without spaces, starting with a one-word answer.
        ("glued answer", "afweging.1", "jadatdenkikwel", .yes),
        ("glued negation", "stap3.gesprek", "neeniet gedaan", .no),
        ("glued content words stay whole", "kindcheck.1", "jazeker, psychoses bij vader, twee opnames dit jaar", .yes),
        ("not parallel across sentences", "afweging.4", "denk het niet. ze komen wel maar doen niks met de afspraken", .no),
        // "kan zijn" is doubt at the end of its clause, not before a noun.
        ("doubt at the end", "kindcheck.1", "kan zijn, ik durf het niet te zeggen", .unsure),
        ("doubt at the end", "kindcheck.1", "ja, vader kan zijn woede slecht beheersen", .yes),
        // A question the professional answers in the same text is rhetorical.
        ("rhetorical question", "afweging.2", "onveilig? dat zie ik niet, ze zijn goed verzorgd, dus nee", .no),
        ("question, then no answer", "kindcheck.3", "wat bedoel je met vluchtig? ik kom er elke week", .explain),
        // "voor de zekerheid" is not "zeker"; "het erover hebben" is discussing.
        ("for safety's sake", "afweging.2", "nee hoor, ik check het voor de zekerheid", .no),
        ("talked about it", "stap1.besproken", "ik heb het er vorige week met vader over gehad", .yes),
        ("talked about it", "stap1.besproken", "nee, ik heb het er nog niet met ze over gehad", .no),
        ("idiom", "afweging.5", "daar zie ik het niet in", .no),
        ("idiom", "afweging.4", "ik zie het er niet in", .no),
        // The question's own verbs, in any order.
        ("question's verbs", "afweging.3", "het is niet zo dat wij dat niet kunnen regelen", .yes),
        ("question's verbs", "stap2.advies_gevolgd", "ja, ik voer het advies uit", .yes),
        // "nu" with a calm present does not make earlier harm happen now.
        ("calm now", "afweging.2", "ja hij heeft haar geslagen en het is nu weer rustig in huis", .yes),
        // Every night is habitual: structural, not acute.
        ("every night", "kindcheck.1", "ja, de buren horen ze elke nacht ruziemaken en schreeuwen", .yes),
        // A child who is alone now is in danger, whoever was arrested.
        ("child alone now", "stap0.acuut_gevaar", "de jongen van 7 zit alleen thuis en moeder is net aangehouden", .emergency),
        ("turning blue", "leeftijd", "4 maanden, en hij loopt nu blauw aan", .emergency),
        // Words joined by a bare "of" are denied together.
        ("denied together", "afweging.1", "van mishandeling of verwaarlozing is geen sprake", .no),
        ("denied together", "afweging.3", "ze houdt de deur dicht, dus hulp organiseren lukt niet", .no),
        // "afmaken" is a pause only with a time or "dit"; "zijn vrouw afmaakt" is a threat.
        ("finishing something else", "afweging.5", "misschien, als moeder haar therapie afmaakt", .unsure),
        ("finish later", "afweging.5", "kan ik dit morgen afmaken", .pause),
        ("threat to finish her", "kindcheck.3", "hij zegt dat hij zijn vrouw vanavond afmaakt", .emergency),
        ("harmless", "afweging.5", "ja, als ze haar opleiding afmaakt", .yes),
        // What holds now or later decides over what held at first.
        ("later decides", "afweging.4", "eerst wel, later niet meer", .no),
        // The word that opens a clause is not part of what it says.
        ("opener not counted", "stap1.besproken", "ik heb het met de intern begeleider besproken maar niet met de ouders", .no),
        // A title's period does not end the sentence ("dhr. weet niet" is his doubt).
        ("title", "stap0.acuut_gevaar", "Geen acuut gevaar. Mw. is bij haar moeder, dhr. weet niet waar ze verblijft.", .no),
        // A noun in -heid is not its adjective.
        ("noun in -heid", "afweging.3", "nee, daar heb ik de mogelijkheden niet voor", .no),
        // A last sentence that is only a plain answer concludes the description.
        ("answer last", "kindcheck.3", "Eenmalig contact op de spoedpost; geen vervolg gepland. Ja.", .yes),
        // After a hesitation, a plain answer concludes.
        ("after hesitation", "stap2.advies_gevolgd", "deels... nee, eigenlijk niet, ik kies een andere aanpak", .no),
        // Doubt followed by "ik" is the professional's, even after a person.
        ("my doubt", "afweging.5", "voor vader wel, voor de kinderen twijfel ik", .unsure),
        // A negation before "en" does not deny the danger after it; "geen mes of wapen" denies both.
        ("negation before en", "stap0.acuut_gevaar", "de politie is er nog niet en hij slaat nu de ramen in", .emergency),
        ("asked, then told", "stap0.acuut_gevaar", "ik vroeg of ze oké was en nu staat hij met een mes in de gang", .emergency),
        ("a threat under a condition", "stap0.acuut_gevaar", "mama belde dat hij haar vermoordt als ze vanavond dronken thuiskomt", .emergency),
        ("no knife or weapon", "stap0.acuut_gevaar", "nee, er is geen mes of wapen in het spel", .no),
        // A change to a question named by its number is going back.
        ("change an earlier answer", "afweging.5", "ik wil afweging 3 nog veranderen", .back),
        ("change an earlier answer", "kindcheck.3", "bij vraag 1 moet nee staan in plaats van ja", .back),
        // "lunch" on its own says nothing; going to lunch is a pause.
        ("lunch alone", "stap3.gesprek", "lunch", .unclear),
        ("going to lunch", "stap3.gesprek", "ik ga lunchen, daarna verder", .pause),
        // A description, then whether it counts: doubt about the answer.
        ("whether it counts", "stap3.gesprek", "even bij de voordeur gesproken, telt dat?", .unsure),
        ("whether it counts", "kindcheck.3", "ik kom er eens per maand. is dat vluchtig?", .unsure),
        ("asks what counts", "kindcheck.3", "telt een huisbezoek per maand als vluchtig?", .explain),
        // A longer question back is about the question only when it points at it.
        ("off-topic question", "afweging.4", "hoe laat begint het teamoverleg vanmiddag?", .unclear),
        ("off-topic question", "kindcheck.2", "heb je de sleutel van de archiefkast?", .unclear),
        ("question pointing at it", "afweging.5", "hoe stel je dat eigenlijk vast?", .explain),
        ("question pointing at it", "afweging.3", "wat als ik nee antwoord?", .explain),
        // A noun in -ing is not its verb: the topic named is no harm happening now.
        ("noun in -ing", "kindcheck.1", "ja, er is nu sprake van mishandeling", .yes),
        ("faithful is not marrying", "afweging.4", "ja, ze komen nu trouw naar elke afspraak", .yes),
        // A time word reaches what follows it in its clause.
        ("past after now", "kindcheck.1", "ja, al gaat het nu beter dan vorig jaar toen hij met een mes zwaaide", .yes),
        ("now after past", "stap0.acuut_gevaar", "vorig jaar had hij een mes, nu staat hij weer voor de deur", .emergency),
        ("on the street is no danger", "kindcheck.1", "nee, het meisje hangt wel veel op straat maar thuis is het goed", .no),
        // A colleague's answer passed on counts; the client's reported word does not.
        ("colleague's answer", "stap1.besproken", "mijn collega zegt van wel, gisteren bij de deur", .yes),
        ("someone else's word", "stap1.besproken", "ze zegt van wel", .unclear),
        ("team still deciding", "stap2.advies_gevolgd", "we zijn er nog niet uit", .unsure),
        // Papiamentu, in the Caribbean Netherlands.
        ("si", "afweging.3", "si", .yes),
        ("I do not know", "kindcheck.1", "mi no sabi, ken ze pas kort", .unsure),
        // "geen zicht op" is doubt at the end of its clause; before a noun it
        // tells what the professional cannot see.
        ("no view of something", "afweging.3", "nee, geen zicht op de thuissituatie", .no),
        ("no view at the end", "afweging.5", "daar heb ik nog geen zicht op", .unsure),
        // Wanting to be sure first is no "zeker".
        ("being sure first", "stap2.overleg_met", "met niemand, ik wilde eerst zeker zijn", .no),
        // "geen ja of nee op zeggen" is doubt, not a denied doubt.
        ("no yes or no to give", "afweging.5", "ik kan daar echt geen ja of nee op zeggen", .unsure),
        ("a tag is no answer", "kindcheck.3", "die ene met de rode jas, weet je wel", .unclear),
        // Reported with a word between: "ze zeggen overal ja op".
        ("reported yes", "afweging.4", "ze zeggen overal ja op, maar er verandert niks", .no),
        // A negation that ends its part right before "en" reaches no further.
        ("negation ending before en", "afweging.4", "er verandert niets en ze zeggen steeds af", .no),
        // The scorer does not overrule a plain answer word, nor find an answer
        // where the rules saw none unless it is very sure.
        ("plain answer word", "afweging.3", "nee, want ja.. wat kan ik als JGZ nou doen als vader elke afspraak afzegt", .no),
        ("no answer at all", "afweging.5", "mw. is volgende week jarig", .unclear),
        ("a moment", "kindcheck.2", "momentje, telefoon", .pause),
        // A condition opening the answer is doubt; after a plain no it is not.
        ("condition first", "afweging.4", "alleen als vader erbij is komen ze, zonder hem zeggen ze af", .unsure),
        ("condition after no", "afweging.4", "nee niet echt, alleen als het ze uitkomt", .no),
        // Danger with the verb last, in a clause of its own.
        ("verb last", "stap0.acuut_gevaar", "er ligt een cliente in de badkamer die niet meer reageert, ik heb een ambulance gebeld", .emergency),
        ("on my way", "afweging.2", "ja nu!! kind belde school dat papa mama slaat, ik ga erheen", .emergency),
        ("accepting advice", "stap2.advies_gevolgd", "ik heb me erbij neergelegd", .yes),
        // A short answer typed in haste is read back to the answer word it
        // slipped from; the scorer reads the repair too.
        ("slip", "afweging.3", "jsa", .yes),
        ("slip", "afweging.3", "zker", .yes),
        ("typed apart", "afweging.3", "n ee", .no),
        ("dictated", "stap3.gesprek", "neem, morgen pas", .no),
        ("not a slip", "afweging.3", "je", .unclear),
        ("stretched", "afweging.4", "jaaa", .yes),
        ("regional doubt", "afweging.3", "ik wit 't nie", .unsure),
        ("how, not whether", "stap1.besproken", "Nee, ik weet niet hoe ik het bij de ouders moet aankaarten.", .no),
        ("inverted threat", "stap0.acuut_gevaar", "als mijn zus vanavond niet thuis is, maak ik haar af", .emergency),
        ("child in a car", "stap0.acuut_gevaar", "er zit een kindje van een jaar of 3 al een uur alleen in een auto", .emergency),
        ("farewell letter", "afweging.4", "ze heeft een afscheidsbrief in haar kluisje achtergelaten en is nergens te vinden", .emergency),
        ("exploitation tonight", "stap0.acuut_gevaar", "die loverboy haalt haar vanavond op om te werken", .emergency),
        ("losing consciousness", "afweging.1", "ja!! kind is net weggezakt, geen tijd hiervoor", .emergency),
        ("a sister with a drugged parent", "stap0.acuut_gevaar", "het zusje van 4 is nog bij moeder thuis, moeder is onder invloed", .emergency),
        // "uiteraard", "natuurlijk" before a negation stress it.
        ("of course not", "kindcheck.2", "nee, clt zorgt niet voor kinderen en er is uiteraard geen sprake van een zwangerschap", .no),
        // A longer phrase of one danger rule ("weggereden met") counts for the other.
        ("drunk at the wheel", "stap0.acuut_gevaar", "moeder is net stomdronken weggereden met de tweeling achterin", .emergency),
        // Threats and danger in more words.
        ("a threat to finish it tonight", "afweging.5", "nee, hij komt vanavond langs om het af te maken", .emergency),
        ("lying in wait tonight", "stap1.besproken", "ja, en nu zegt ze dat hij haar vanavond opwacht", .emergency),
        ("dragged by her hair now", "stap2.overleg_met", "overleggen kan straks, hij trekt haar nu aan haar haren over de gang", .emergency),
        ("nobody opens, a baby cries", "stap2.advies_gevolgd", "ik sta voor de deur maar niemand doet open, ik hoor de baby huilen", .emergency),
        ("suicide announced for today", "stap0.acuut_gevaar", "ze heeft aangekondigd zich vandaag van het leven te beroven", .emergency),
        ("danger whose ending was corrected", "stap0.acuut_gevaar", "ze wordt op dit moment mishandeld", .emergency),
        ("a child alone in the house", "stap0.acuut_gevaar", "er is op dit moment een kleuter alleen in de woning", .emergency),
        // The question's own word as the subject of a phrase that answers.
        ("question's word as subject", "kindcheck.2", "de kinderen zijn al lang volwassen", .no),
        // A negation does not reach past "en" into a new statement; "of" joins one.
        ("negation not into the statement after en", "kindcheck.2", "niet zwanger en de kinderen wonen al jaren zelfstandig", .no),
        ("a soft answer opening a dictated text", "afweging.2", "lijkt me niet ze hebben nu hulp in huis", .no),
        ("the question's words joined by one, denied together", "afweging.1", "een vermoeden van mishandeling heb ik niet", .no),
        ("a plain nee ends a negation's reach", "stap1.besproken", "nog niet nee dat komt nog", .no),
        ("negation across of", "stap1.besproken", "ik heb het nog niet met moeder of haar vriend besproken", .no),
        // "maar een keer": only once, no contrast.
        ("maar meaning only", "kindcheck.3", "het is niet zo dat ik hem maar een keer heb gezien, ik kom er elke week", .no),
        // A colleague's answer, passed on, counts only without one of the professional's own.
        ("colleague's answer passed on", "afweging.2", "mijn collega zegt ja", .yes),
        ("own answer after a colleague's", "stap1.besproken", "mijn teamleider zegt van wel, ik zelf vind van niet: ik heb alleen geluisterd", .no),
        // Formal, written Dutch.
        ("formal soft yes", "afweging.5", "Ik acht dat aannemelijk.", .yes),
        ("formal soft no", "afweging.2", "Dat acht ik niet aannemelijk.", .no),
        ("formal answer", "afweging.1", "Het antwoord luidt bevestigend.", .yes),
        ("formal doubt", "afweging.4", "Dat kan ik niet met stelligheid zeggen.", .unsure),
        ("irony: if only it were so", "afweging.4", "werken ze mee? was het maar zo", .no),
        ("formal: too little ground to", "afweging.1", "er is onvoldoende grond om van een vermoeden te spreken", .no),
        ("formal: not such that", "afweging.1", "er zijn zorgen, maar die zijn niet van dien aard dat ik aan mishandeling denk", .no),
        ("formal neither", "afweging.2", "Acute onveiligheid is er niet, en evenmin structurele.", .no),
        ("formal pause", "stap1.besproken", "Ik onderbreek de vragenlijst even.", .pause),
        ("formal explain", "afweging.3", "Ik verzoek u toe te lichten wat onder effectieve hulp wordt verstaan.", .explain),
        // "geregeld" is also "arranged", not only "regularly".
        ("arranged, not habitual", "afweging.2", "ja, hij heeft een pistool geregeld", .emergency),
        ("harm now, responders held back", "stap0.acuut_gevaar", "ze is onderkoeld en de buurman houdt ons tegen", .emergency),
        ("pause in own words", "afweging.5", "ik kom hier zo op terug", .pause),
        ("a foster child", "kindcheck.2", "er woont een pleegkind bij hen", .yes),
        ("a pregnancy test", "kindcheck.2", "cliënte had een positieve zwangerschapstest", .yes),
        ("wondering is doubt", "afweging.5", "vraag me af of het blijvend is", .unsure),
        // One person yes, another no, across "maar": a mixed answer; a
        // pronoun after "maar" may point back to one person.
        ("two persons across maar", "stap3.gesprek", "met vader wel maar moeder wilde niet", .unsure),
        ("a pronoun pointing back", "kindcheck.2", "hij heeft wel een dochter, maar die woont bij haar moeder en hij ziet haar nooit", .no),
        // Regional and chat forms of "I don't know".
        ("Gronings don't know", "afweging.2", "ik wait t nait", .unsure),
        ("glued 'k", "kindcheck.3", "kzou het nie weten", .unsure),
        ("the question's own word, inflected", "stap0.acuut_gevaar", "het is geen acute zaak", .no),
        ("a belief without proof is still a yes", "afweging.1", "ik vermoed van wel maar heb geen bewijs", .yes),
        ("planned is not yet", "stap3.gesprek", "gaat morgen gebeuren", .no),
        // "mishandeld" had reached the danger phrase "mishandelt" only
        // through the typo corrector, until it became a known word.
        ("harm now, as a past participle", "afweging.3", "ze wordt op dit moment mishandeld", .emergency),
        ("a salutation is no 'best'", "afweging.5", "Beste, ik ga deze week op vakantie", .unclear),
        ("'precies' describing, not agreeing", "afweging.5", "nee, het is nu weer precies hetzelfde", .no),
        ("not got round to it", "stap3.gesprek", "ben er nog niet aan toegekomen", .no),
        ("the children live elsewhere", "kindcheck.2", "ze heeft een zoon maar die woont bij de vader", .no),
        ("asking what a word means", "afweging.5", "duurzaam? wat betekent dat woord", .explain),
        ("an interim overview", "kindcheck.2", "even een tussenstand graag", .summary),
        // A plain or soft answer that is a sentence of its own decides over a
        // "maar" inside the explanation after it; a "maar" opening a
        // sentence still weighs more.
        ("an answer sentence, then a contrast inside the explanation", "afweging.4", "Niet echt. Ze beloven van alles maar komen niet opdagen.", .no),
        ("a soft no as a sentence of its own", "afweging.4", "Niet echt. Ze zeggen dat ze gemotiveerd zijn.", .no),
        ("maar opening a sentence", "afweging.5", "Ja. Maar eigenlijk weet ik het niet.", .unsure),
        ("past and over", "kindcheck.1", "vader gebruikte vroeger, maar dat is voorbij", .no),
        ("nobody may leave", "stap3.gesprek", "hij schreeuwt dat niemand weggaat, ik zit hier nu met de kinderen", .emergency),
        ("a threat to break her tonight", "afweging.1", "hij appte dat hij haar vanavond kapot maakt", .emergency),
        ("coming after her", "afweging.2", "ze rende net binnen en zegt dat haar vader achter haar aan komt", .emergency),
        ("a small child left behind", "leeftijd", "het kindje is 2, moeder liet haar achter in het portiek", .emergency),
        ("a door that will not open, a baby inside", "afweging.2", "ik krijg de deur niet open en de baby huilt", .emergency),
        // Asked whether something was done, a plan is a no, even after "ja";
        // done and more planned is asked about, not guessed.
        ("a plan, asked what was done", "stap3.gesprek", "ja dat ga ik doen", .no),
        ("planned, after a yes", "stap1.besproken", "ja, staat gepland voor donderdag", .no),
        ("done, and more planned", "stap3.gesprek", "ja, gesprek gevoerd, vervolg staat gepland", .unclear),
        ("a plan, asked what will be done", "stap2.advies_gevolgd", "ja dat ga ik doen", .yes),
        // Two negations cancel when they stand together, not when each
        // denies its own part of one phrase; "noch ... noch" denies once.
        ("niet niet", "afweging.4", "ze werken niet niet mee hoor, ze komen alleen steeds te laat", .yes),
        ("each part denied", "afweging.2", "neej. zowel niet acuut als niet structureel", .no),
        ("noch noch", "afweging.4", "noch moeder noch vader werkt mee", .no),
        ("noch once", "afweging.2", "Er is geen sprake van acute, noch van structurele onveiligheid.", .no),
        // A colleague's soft answer passed on; the professional's own decides.
        ("a colleague thinks so", "afweging.1", "Mijn collega denkt van wel, ik zelf denk van niet.", .no),
        // Irony: a yes with an eye-roll, or after two counter-questions, is asked about.
        ("an eye-roll", "afweging.3", "ja hoor, echt super effectief, 1 uur per maand 🙄", .unclear),
        ("two counter-questions, then yes", "afweging.3", "Effectief? Met deze vader? Ja hoor, makkie.", .unclear),
        ("only if the word is stretched", "stap1.besproken", "Ik heb haar geappt: 'alles ok?'. Antwoord: 'ja'. Als je dat bespreken noemt, dan is het besproken.", .unclear),
        ("only if taken very broadly", "kindcheck.3", "Alleen als je drie huisbezoeken en wekelijks bellen vluchtig noemt.", .unclear),
        ("wishing one could say yes", "afweging.4", "Ik zou willen dat ik ja kon zeggen.", .no),
        ("not that I know of", "kindcheck.1", "not that I know of, ouders lijken me echt oké", .no),
        ("sowieso alone", "afweging.3", "sowieso, da's gewoon ons werk", .yes),
        ("sowieso as emphasis", "stap0.acuut_gevaar", "sowieso niet acuut, vader zit sinds maandag vast", .no),
        ("not knowing why not", "afweging.3", "Ik zou niet weten waarom niet.", .yes),
        ("minding the little ones", "kindcheck.2", "ze past elke middag op haar kleine broertjes", .yes),
        ("trying to get in, no time word", "stap2.overleg_met", "Met VT, maar dat doet er nu even niet toe: hij is over het hek geklommen en probeert binnen te komen", .emergency),
        ("a colleague does not know yet", "stap2.overleg_met", "Jeugdarts en gedragsdeskundige. Mijn leidinggevende weet het nog niet", .yes),
        ("no contact with the children", "kindcheck.2", "hij heeft kinderen maar heeft er geen contact meer mee", .no),
        ("a miscarriage", "kindcheck.2", "Ze was zwanger, maar heeft vorige maand een miskraam gehad", .no),
        ("one counter-question, then yes", "afweging.1", "zou ik anders deze meldcode doorlopen? natuurlijk wel", .yes),
        ("not what the client hopes for", "kindcheck.2", "Nee, maar ze wil heel graag zwanger worden.", .no),
        ("not knowing how to begin", "stap1.besproken", "Nog niet, ik weet niet goed hoe ik moet beginnen", .no),
        ("cannot say it is not so", "kindcheck.1", "kan niet zeggen van niet", .yes),
        ("no reason to assume nothing", "afweging.1", "Er is geen enkele reden om aan te nemen dat er niets aan de hand is.", .yes),
        ("an aside inside a soft no", "afweging.2", "Ik denk het eerlijk gezegd niet", .no),
        ("not seeing how not", "afweging.3", "ik zie niet hoe niet", .yes),
        ("someone else cannot oversee it", "stap1.besproken", "Mevrouw heeft Alzheimer, ze kan het niet overzien. Met haar mentor wel besproken.", .yes),
        ("not brought up", "stap1.besproken", "het is nog niet ter sprake gekomen", .no),
        ("not at first, now yes", "afweging.4", "In het begin niet, sinds de OTS is uitgesproken wel", .yes),
        ("tried, nothing else said", "stap3.gesprek", "heb t geprobeerd maar vader hing op", .no),
        ("tried, asked what will be done", "stap2.advies_gevolgd", "geprobeerd", .unclear),
        ("having to move on is a pause", "stap1.besproken", "ja, maar ik moet nu echt door naar de volgende cliënt", .pause),
        // Danger in words not seen before.
        ("it goes wrong now", "stap0.acuut_gevaar", "t gaat nu echt mis daar, de buren bellen al voor de 3e keer vanavond", .emergency),
        ("a threat to set fire", "stap0.acuut_gevaar", "hij zei: 'als zij vannacht niet thuis is steek ik de boel in de fik'", .emergency),
        ("a toddler missing", "kindcheck.2", "ja een peuter, die is al een uur zoek", .emergency),
        ("medical help refused for a baby", "afweging.2", "kind van 18 mnd ligt heel suf in bed en de ouders weigeren medische hulp", .emergency),
        ("an overdose in shorthand", "stap0.acuut_gevaar", "pt heeft zojuist ca 40 tabl oxazepam ingenomen, wordt steeds suffer", .emergency),
        // Not knowing whether something else is so, conceded after the answer, leaves the answer.
        ("a conceded doubt", "stap3.gesprek", "ik heb gesproken ja, al weet ik niet of ze het echt begreep", .yes),
        ("an idiom for yes", "afweging.1", "Nou en of.", .yes),
        ("not thinking nothing is wrong", "afweging.1", "ik denk niet dat er niks aan de hand is", .yes),
        // A view given up ("eerst dacht ik", "tot vorige week") weighs as "hoewel" does.
        ("a view given up", "afweging.1", "eerst was ik zeker van wel, na het gesprek eigenlijk niet meer", .no),
        ("until last week", "afweging.4", "tot vorige week wel, sinds de nieuwe partner er is niet meer", .no),
        ("still going on", "afweging.2", "rustig nu, maar dit gebeurt al sinds ze 12 is", .yes),
        ("how should I know", "afweging.4", "hoe moet ik dat nou weten, ik zie ze bijna nooit", .unsure),
        ("a short answer concludes", "afweging.3", "effectief? ik doe mijn best, meer kan ik niet beloven. denk t wel", .yes),
        ("not knowing how to raise it", "stap1.besproken", "Nee, en eerlijk gezegd weet ik ook niet hoe. Hij is zo achterdochtig.", .no),
        // The question's word held up in quotation marks and left hanging is no yes ...
        ("a word held up", "afweging.4", "nou, 'meewerken'... ze zeggen ja en doen vervolgens niks", .unclear),
        // ... but a statement about the word still answers.
        ("a word weighed", "afweging.1", "'Vermoeden' is wat zacht uitgedrukt, hij heeft me de striemen laten zien.", .yes),
        // "gevaarlijk voor de kinderen" is the question's own phrase, denied.
        ("danger to the children denied", "kindcheck.1", "Er wordt wel geblowd, maar volgens mij niet zo dat het gevaarlijk is voor de kinderen", .no),
        ("a plan named with a role", "stap2.overleg_met", "Ga ik morgen doen met de aandachtsfunctionaris", .no),
        // An opening "ja" or "nee" before an emphatic answer the other way
        // is a particle; the scorer may not turn it back.
        ("ja before an emphatic no", "afweging.3", "ja, natuurlijk niet, ik ben hier maar de stagiair", .no),
        ("ja nee before an emphatic no", "kindcheck.2", "ja nee tuurlijk niet, ze heeft geen kinderen", .no),
        ("nee before an emphatic yes", "afweging.4", "nee hoor, juist wel, ze komen op elke afspraak", .yes),
        ("a talk booked is not held yet", "stap3.gesprek", "het gesprek is ingepland voor donderdag", .no),
        ("taken back with toch", "stap2.advies_gevolgd", "ehm ja... nee, toch niet, ik bel eerst zelf de school", .no),
        ("turned with toch wel", "stap3.gesprek", "nee, toch wel, vanmiddag even kort bij het hek", .yes),
        ("toch niet with more after it is no emphatic no", "afweging.4", "ja, toch niet helemaal", .unsure),
        // "nou ja" is a hedge, not a yes.
        ("nou ja is no yes", "afweging.5", "nou ja, dat zien we pas na de zomer", .unsure),
        // A plain answer whose sentence holds nothing else that speaks
        // decides over a "maar" in a later sentence about someone else.
        ("an answer sentence before a report with maar", "stap3.gesprek", "Ja, met moeder op het kantoor. Ze vertelde dat hij vroeger dreigde, maar dat hij nu nooit meer langskomt.", .yes),
    ]

    /// Texts that name something close to danger without any: whatever
    /// else they answer, they are no emergency.
    static let nearDanger: [(String, String, String)] = [
        ("not a danger word", "stap1.besproken", "ik heb het geprobeerd maar ze klapte meteen dicht"),
        ("negation before en", "stap0.acuut_gevaar", "er ligt geen mes en niemand is gewond"),
        ("too slack", "stap2.advies_gevolgd", "nee, ik vind afwachten te slap met een baby van 4 weken"),
        ("an earlier one, not honour", "afweging.1", "ja, gezien de eerdere meldingen"),
        ("finishing a report", "stap0.acuut_gevaar", "nee, ik probeer vandaag het verslag af te maken"),
        ("pills as prescribed", "afweging.5", "ja, ze heeft de pillen vandaag ingenomen zoals voorgeschreven"),
        ("the next client at the door", "kindcheck.3", "Ik moet even weg, mijn volgende cliënt staat voor de deur. Later verder."),
        ("a plan in case it goes wrong", "afweging.5", "Ze zei: 'we hebben nu een plan voor als het weer misgaat.'"),
        ("a rifle in the safe", "stap0.acuut_gevaar", "Er is een jachtgeweer in huis volgens mw, maar dat ligt al jaren in de kluis en er is nu geen dreiging"),
        ("could not be talked to", "stap3.gesprek", "nee, ze was niet aanspreekbaar"),
        ("advice for a next time", "stap2.advies_gevolgd", "ja. VT zei: als hij weer dreigt meteen 112 bellen. Dat is nu niet aan de orde."),
        ("a counterfactual call", "stap0.acuut_gevaar", "als ik dacht dat het nu misging, had ik allang 112 gebeld"),
        ("finishing this later", "afweging.2", "ik moet nu weg, kan ik dit later afmaken"),
        ("a real word one letter from danger", "stap1.besproken", "ja, met het kind zelf, ze kon het goed verwoorden"),
        ("shelter, not hanging", "afweging.3", "ja, we kunnen haar vanavond nog opvangen"),
        ("won, not wounded", "stap1.besproken", "de training was leuk vandaag, we hebben gewonnen"),
        ("a figure of speech", "afweging.5", "hopelijk, maar ik durf er mijn hand niet voor in het vuur te steken"),
        ("a door slammed", "stap3.gesprek", "ja, maar het ging slecht: nu sloeg ze de deur dicht"),
        ("a weapon seized", "stap0.acuut_gevaar", "nee, het mes is door de politie in beslag genomen"),
        ("messages unanswered", "afweging.4", "nee, hij reageert niet meer op mijn berichten"),
        ("after surgery", "stap1.besproken", "nog niet, hij is nog niet aanspreekbaar na de operatie"),
        ("a toy", "kindcheck.3", "ja, het pistool bleek een waterpistool"),
        ("twice before", "kindcheck.1", "ja, ze is al twee keer buiten bewustzijn geraakt van de drank"),
        ("still happening is structural, not acute", "afweging.2", "ja, hij wordt nog steeds geslagen door zijn vader"),
        ("heard from the neighbours, not heard now", "afweging.2", "soms gaat het goed, dan hoor ik weer van de buren dat er geschreeuwd is"),
        ("convicted for it", "afweging.3", "nee, hij heeft met een vuurwapen gedreigd en is daarvoor veroordeeld"),
        ("a bond broken, not a person", "stap2.advies_gevolgd", "nee, een melding maakt nu de band met het gezin kapot"),
        ("not open to a subject", "stap1.besproken", "nee, ze was niet aanspreekbaar op dat onderwerp"),
        ("controlled, not locked in", "afweging.1", "Hij controleert haar geld en telefoon en ze mag niet alleen naar buiten."),
        ("in hospital since", "stap1.besproken", "nee, dat lukte niet, hij is sinds de opname niet aanspreekbaar"),
        ("quick to anger when", "stap3.gesprek", "Nee. Meneer wordt snel agressief als het over zijn broer gaat."),
        ("unless it goes wrong again", "afweging.2", "nee, tenzij het weer misgaat met z'n medicatie, maar die is nu goed ingesteld"),
        ("weeks back", "stap0.acuut_gevaar", "er zat bloed op de muur, maar dat is van twee weken terug. Nu is er niks aan de hand."),
        ("the police called me", "stap2.overleg_met", "De politie belde mij, niet andersom, maar we hebben het er uitgebreid over gehad"),
        ("last night, now admitted", "stap0.acuut_gevaar", "Ze was vannacht suïcidaal maar is inmiddels opgenomen, daar is ze veilig"),
        // A last sentence that denies danger concludes about what came before it.
        ("danger denied at the end", "stap0.acuut_gevaar", "Mevrouw ligt hier met een gebroken pols, haar zoon zegt dat ze gestruikeld is. Op dit moment dus geen gevaar."),
        ("a possibility", "stap0.acuut_gevaar", "als vader terug komt kan het mis gaan maar hij zit in het buitenland nu"),
        ("only asked about", "stap0.acuut_gevaar", "Nee. Ik heb gevraagd of er wapens in huis zijn en dat is niet zo."),
        ("what could go wrong if", "stap0.acuut_gevaar", "Als hij vanavond dronken thuiskomt kan het misgaan, maar op dit moment is hij op zijn werk."),
        ("a call for help as an instruction", "stap2.advies_gevolgd", "ja, de afspraak is: mocht hij weer opduiken, dan direct 112 bellen"),
        ("a habit, quick to anger", "stap3.gesprek", "ja, maar hij wordt snel boos en dan gaat hij schreeuwen"),
        ("a call for help quoted as advice", "stap2.advies_gevolgd", "nee. mijn collega zei: 'bel toch gewoon de politie', maar dat vond ik te snel"),
        // The condition may follow the call, or be a phrase of its own; and
        // what such a sentence names is supposed (the scorer may not raise it).
        ("a call for help with its condition after it", "afweging.3", "nee, ik heb haar aangeraden 112 te bellen als hij weer voor de deur staat"),
        ("a call for help 'bij' a new threat", "stap1.besproken", "Ja. Ik heb afgesproken dat ze bij een nieuwe bedreiging direct de politie belt, en ze heeft het nummer van de wijkagent."),
        ("a call for help as soon as", "stap0.acuut_gevaar", "nee, wel gezegd dat ze 112 moet bellen zodra hij opduikt"),
        ("not approachable about a subject", "stap1.besproken", "Nee, meneer is daar sinds de beroerte niet over aanspreekbaar."),
    ]

    /// ... unless it turns ("niet voor mij, wel voor haar") or asks.
    @Test func aDenialThatTurnsOrAsksLeavesTheDanger() {
        for text in ["Hij staat met een mes in de keuken. Niet voor mij, wel voor haar gevaar.",
                     "Hij staat met een mes in de keuken. Ik weet niet of er gevaar is.",
                     "Hij staat nu met een mes in de keuken. Geen gevaar?"] {
            #expect(shipped.matcher.readByRules(text, question: "stap0.acuut_gevaar").intent == .emergency, "\(text)")
        }
    }

    @Test("near danger is no emergency", arguments: nearDanger)
    func nearDangerIsNoEmergency(name: String, question: String, text: String) {
        #expect(shipped.matcher.classify(text, question: question).intent != .emergency, "\(name): \(text)")
    }

    /// The rules' reading: the learned scorer beside them is retrained with
    /// every batch of labelled answers, and its opinions near the threshold
    /// move with it; the two together are measured on the labelled sets
    /// (IntentSetTests), the scorer's limits in IntentScorerTests.
    @Test("mechanism", arguments: cases)
    func mechanism(name: String, question: String, text: String, expected: Intent) {
        let reading = shipped.matcher.readByRules(text, question: question)
        #expect(reading.intent == expected, "\(name): \(text)")
    }

    /// "nee" after an answer phrase that holds its own negation agrees with
    /// it: "geen eenmalig incident nee" does not deny that it recurs.
    @Test func neeAgreesWithAPhrasesOwnNegation() {
        let text = "het is geen eenmalig incident nee, ze heeft het me nu al 4x verteld"
        #expect(shipped.matcher.readByRules(text, question: "afweging.2").intent != .no)
    }

    @Test func aTitlesPeriodDoesNotEndTheSentence() {
        let boundaries = Tokenizer.tokenize("mw. is thuis. dhr. werkt").filter { $0.kind == .boundary }
        #expect(boundaries.map(\.text) == ["."])
    }

    @Test func quotationMarksAreKeptOnTheWordsTheyEnclose() {
        let tokens = Tokenizer.tokenize("nou, 'mee werken'... en 't is \"klaar\"")
        #expect(tokens.filter(\.opensQuote).map(\.text) == ["mee", "klaar"])
        #expect(tokens.filter(\.closesQuote).map(\.text) == ["werken", "klaar"])
        #expect(tokens.contains { $0.text == "'t" })
    }

    @Test func aNounInHeidHasItsOwnKey() {
        let analyzer = Analyzer(rewrites: [:], vocabulary: [])
        #expect(analyzer.stem("mogelijkheden") == analyzer.stem("mogelijkheid"))
        #expect(analyzer.stem("mogelijkheden") != analyzer.stem("mogelijk"))
        #expect(analyzer.stem("zekerheid") != analyzer.stem("zeker"))
    }

    @Test func rangesAndStagesOfAgeAreUnsure() {
        for text in ["een jaar of 40-45", "hoogbejaard", "ergens in de 70", "dreumes", "twee kinderen: 3 en 7"] {
            let reading = shipped.matcher.classify(text, question: "leeftijd")
            #expect(reading.intent == .unsure, "\(text)")
            #expect(reading.age == nil, "\(text)")
        }
    }

    @Test func aSecondGuessAfterOfIsARange() {
        let reading = shipped.matcher.classify("ze is 12 geloof ik, of 13", question: "leeftijd")
        #expect(reading.intent == .unsure)
        #expect(reading.age == nil)
    }

    @Test func aDecadeIsNoAge() {
        let reading = shipped.matcher.classify("ze is in de negentig", question: "leeftijd")
        #expect(reading.intent == .unsure)
        #expect(reading.age == nil)
    }

    @Test func twoCloseAgesInARowAreARange() {
        let range = shipped.matcher.classify("een jaar of 6, 7", question: "leeftijd")
        #expect(range.intent == .unsure)
        #expect(range.age == nil)
        #expect(shipped.matcher.classify("iets van 45, 50?", question: "leeftijd").age == nil)
        #expect(shipped.matcher.classify("uhm 41? 42? rond die leeftijd", question: "leeftijd").age == nil)
        let two = shipped.matcher.classify("Jesse is 9, zijn zusje 4", question: "leeftijd")
        #expect(two.intent == .yes)
    }

    @Test func aDateIsNotARangeOfAges() {
        let reading = shipped.matcher.classify("geboren 12-04-1958, dus 66", question: "leeftijd")
        #expect(reading.intent == .yes)
        #expect(reading.age == 66)
    }

    @Test func dangerTheRulesNamed() {
        for text in ["ja, haar peutertje is in de auto achtergelaten op de parkeerplaats",
                     "de politie moet komen, hij wordt gewelddadig tegen zijn moeder",
                     // How she spoke is no calm now.
                     "ja, ze vertelde heel kalm dat ze vannacht een eind aan haar leven maakt",
                     "nee. Net zei de buurman heel rustig dat hij zijn vrouw vanavond gaat doodmaken",
                     // Stopping medication is no danger over.
                     "ja: hij is gestopt met zijn medicijnen en heeft net zijn dochter meegenomen, niemand weet waar",
                     "oma ligt nu op de keukenvloer en kan niet opstaan"] {
            #expect(shipped.matcher.readByRules(text, question: "stap0.acuut_gevaar").intent == .emergency, "\(text)")
        }
    }

    /// Only the question's own words, asked back, ask what they mean; the
    /// scorer beside the rules does not see the question mark.
    @Test func theQuestionsOwnWordAskedBackAsksWhatItMeans() {
        #expect(shipped.matcher.classify("eenmalig?", question: "kindcheck.3").intent == .explain)
        #expect(shipped.matcher.classify("ouderproblematiek = ?", question: "kindcheck.1").intent == .explain)
        #expect(shipped.matcher.classify("beetje structureel?", question: "afweging.2").intent != .explain)
    }

    /// A verb right after "ik" states; a question opens with its verb.
    @Test func aVerbAfterIkStates() {
        let reading = shipped.matcher.readByRules("ik heb het bij de lunch tegen een collega gezegd, telt dat?", question: "stap2.overleg_met")
        #expect(reading.command == nil)
    }

    @Test func aJumpRequestMayOpenWithFillerWords() {
        for text in ["ga eerst naar stap 2", "oke, ga naar stap 3", "nou ik wil eerst overleggen"] {
            let reading = shipped.matcher.classify(text, question: "stap1.besproken")
            #expect(reading.command == .jump, "\(text)")
        }
        // A one-word answer first: an answer with a plan.
        #expect(shipped.matcher.classify("ja, ik wil eerst met de AF overleggen", question: "stap2.advies_gevolgd").command != .jump)
        // Going back to a step named: back, and still the jump.
        let back = shipped.matcher.classify("ik wil terug naar stap 3, het gesprek ging niet door", question: "afweging.1")
        #expect(back.intent == .back && back.command == .jump && back.jumpTarget == "stap3")
        // "terug naar" and then the step named.
        let named = shipped.matcher.classify("terug naar stap 1", question: "afweging.1")
        #expect(named.intent == .back && named.command == .jump && named.jumpTarget == "stap1")
    }

    @Test func aParentsAgeGivesWayToTheChilds() {
        for (text, age) in [("vader 45, moeder 40, en Noor is negen", 9), ("moeder is 42, maar het gaat om de zoon en die is 11", 11),
                            ("mevrouw is 84, haar zoon 52", 84), ("moeder is 35", 35)] {
            #expect(shipped.matcher.classify(text, question: "leeftijd").age == age, "\(text)")
        }
    }

    @Test func ageWordsAroundTheNumber() {
        for (text, age) in [("10, nee 11", 11), ("3e klas vwo, dus 14", 14), ("net geen 16", 15), ("7½ jaar", 7), ("2¾ jaar", 2), ("achtjarig meisje", 8), ("een jaar of 5 denk ik, zit in groep 1 of 2", 5)] {
            let reading = shipped.matcher.classify(text, question: "leeftijd")
            #expect(reading.intent == .yes && reading.age == age, "\(text)")
        }
        // A decade, a lower bound, a second guess: no single age.
        for text in ["begin veertig", "16 of ouder", "80+", "ik gok 7, maar het kan ook 8 zijn", "zij 17 hij 19"] {
            let reading = shipped.matcher.classify(text, question: "leeftijd")
            #expect(reading.intent == .unsure && reading.age == nil, "\(text)")
        }
        // A dose is no age.
        #expect(shipped.matcher.classify("paracetamol 500 mg", question: "leeftijd").age == nil)
    }

    @Test func theAgeAfterACorrectionCounts() {
        // The correction keeps the unit of what it corrects.
        for (text, age) in [("7 nee wacht 8", 8), ("8 maanden, nee wacht, 9 inmiddels", 0),
                            ("9, o wacht, dat is zijn broer. ze is 7", 7)] {
            #expect(shipped.matcher.classify(text, question: "leeftijd").age == age, "\(text)")
        }
    }

    @Test func ageWordsOfSchoolsStagesAndTime() {
        for (text, age) in [("tegen de 17 aan", 16), ("ze is 10 (groep 7, is een jaar blijven zitten)", 10),
                            ("17, en over 3 maanden 18", 17), ("Jesse 8, Milan 6 en Luuk 3. Milan dus, 6.", 6),
                            ("Ze is veertien. Dus niet 13, dat is haar zus.", 14)] {
            let reading = shipped.matcher.readByRules(text, question: "leeftijd")
            #expect(reading.intent == .yes && reading.age == age, "\(text)")
        }
        // A class, a stage of life, a year of birth alone: no single age.
        for text in ["3 havo", "twintiger", "jongvolwassene", "geboren in 2014"] {
            let reading = shipped.matcher.readByRules(text, question: "leeftijd")
            #expect(reading.intent == .unsure && reading.age == nil, "\(text)")
        }
    }

    @Test func aDateOfBirthGivesTheAgeToday() throws {
        let calendar = Calendar(identifier: .gregorian)
        let birthday = try #require(calendar.date(byAdding: .year, value: -13, to: Date()))
        let dayAfter = try #require(calendar.date(byAdding: .day, value: 1, to: birthday))
        func born(_ date: Date) -> String {
            let c = calendar.dateComponents([.year, .month, .day], from: date)
            return "geboren \(c.day!)-\(c.month!)-\(c.year!)"
        }
        #expect(shipped.matcher.classify(born(birthday), question: "leeftijd").age == 13)
        #expect(shipped.matcher.classify(born(dayAfter), question: "leeftijd").age == 12)
        #expect(shipped.matcher.classify("geboren 3 februari 2019", question: "leeftijd").age != nil)
        // The age the professional states wins over the date.
        #expect(shipped.matcher.classify("geb. 12-04-1958, dus 66", question: "leeftijd").age == 66)
        #expect(shipped.matcher.classify("geboren in 2015, ze is nu 10", question: "leeftijd").age == 10)
    }

    @Test func agesCorrectedRetractedOrOfAnotherTime() {
        for (text, age) in [("eind twintig, 28 of zo", 28), ("rond de vijftig denk ik, zegt zelf 52", 52),
                            ("ze was 15 toen het begon, nu is ze 17", 17), ("9 (sorry, eerst typte ik 6 maar het is 9)", 9),
                            ("88 (ze zegt zelf 85 maar dat klopt niet, staat zo in het dossier)", 88),
                            ("Moeder is 19, ze was 17 toen de eerste geboren werd", 19), ("Hij is 83 en woont alleen boven de winkel.", 83),
                            ("Nog geen jaar, ze kruipt nog niet eens", 0), ("Vijftig-plus, ik schat 55", 55),
                            ("Halverwege de dertig; ik zou zeggen 35.", 35), ("Ik zei net 2 maar het moet 3 zijn", 3),
                            ("Ze lijkt 3 maar is 4, zo staat het in het kinddossier", 4),
                            ("zestien, zeventien... nee wacht, ze is vorige maand 17 geworden", 17),
                            ("oudste is 15, middelste 11, jongste 5. ik bedoel de middelste", 11),
                            ("hij heeft vorige week zijn 90e verjaardag gevierd", 90), ("hij is bijna één", 0)] {
            let reading = shipped.matcher.readByRules(text, question: "leeftijd")
            #expect(reading.intent == .yes && reading.age == age, "\(text) -> \(String(describing: reading.age))")
        }
        for text in ["oud, boven de 80 zeker", "over de 90", "mbo 4 verpleegkunde", "heb jij de roosters voor volgende week al gezien",
                     "ouder dan 65 in elk geval", "tienermoeder, nie ouder dan twintig denk ik",
                     "de oudste is acht en de jongste drie", "veertig-vijftig"] {
            #expect(shipped.matcher.readByRules(text, question: "leeftijd").age == nil, "\(text)")
        }
    }

    @Test func aWordHeldUpIsAskedAboutAsANo() {
        let reading = shipped.matcher.classify("nou, 'duurzaam'... het hield twee weken", question: "afweging.5")
        #expect(reading.intent == .unclear && reading.guess == .no)
    }

    @Test func aThinkingFaceIsDoubt() {
        #expect(shipped.matcher.classify("ze zweert dat ze niet zwanger is maar ze ziet er wel zo uit 🤔", question: "kindcheck.2").intent == .unsure)
        #expect(shipped.matcher.classify("ja 🤔", question: "afweging.1").intent == .unsure)
    }

    @Test func monthsAfterYearsBelongToThem() {
        #expect(shipped.matcher.classify("mw is 88 jaar en 4 maanden", question: "leeftijd").age == 88)
    }
}
