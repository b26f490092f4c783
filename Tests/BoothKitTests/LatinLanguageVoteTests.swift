import Testing
@testable import BoothKit

@Suite struct LatinLanguageVoteTests {
    private func vote(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        return LatinLanguageVote.bundled.language(of: bytes, in: [0..<bytes.count])
    }

    /// Each language's own sentences, in the style of the transcripts Booth reads.
    @Test(arguments: [
        ("Thank you very much. We have discussed the situation and the security of the region with our partners.", "en"),
        ("Je vous remercie. Nous avons discuté de la situation et de la sécurité dans la région avec nos partenaires.", "fr"),
        ("Vielen Dank. Wir haben die Lage und die Sicherheit in der Region mit unseren Partnern besprochen, und das ist wichtig.", "de"),
        ("Muchas gracias. Hemos hablado de la situación y de la seguridad de la región con nuestros socios, y es muy importante.", "es"),
        ("ÉTANT DONNÉ LA SITUATION, NOUS AVONS PROPOSÉ UNE RÉUNION DANS LES PROCHAINS JOURS AVEC LES PARTENAIRES.", "fr"),
        // Italian and Portuguese (read as English before): close to Spanish, told by the words they do not share.
        ("Grazie. Abbiamo discusso la situazione e la sicurezza della regione con i nostri partner, ed è molto importante.", "it"),
        ("Obrigado. Nós discutimos a situação e a segurança da região com os nossos parceiros, e isso é muito importante.", "pt"),
        ("Gracias. Hemos discutido la situación y la seguridad de la región con nuestros socios, y esto es muy importante.", "es"),
        // "il" is French and Italian, and voted for both: Italian with three of them was English.
        ("Il Sig. Rossi ha parlato con il dott. Bianchi ieri. Poi il Prof. Verdi è arrivato. Grazie.", "it"),
        ("Il a dit qu'il viendra. Nous sommes prêts et nous vous remercions.", "fr"),
        // A short Portuguese turn (it took the file's Italian).
        ("O ministro falou com os parceiros sobre as sanções? A soberania e a integridade territorial são importantes.", "pt"),
    ])
    func latinLanguagesAreToldApart(text: String, language: String) {
        #expect(vote(text) == language)
    }

    /// Too few words gives no verdict; English with a French phrase in it stays English.
    @Test func shortOrMixedTextStaysUndecidedOrEnglish() {
        #expect(vote("Merci.") == nil)
        #expect(vote("Thank you.") == nil)
        #expect(vote("") == nil)
        #expect(vote("The minister said that the talks were, as the French say, très utiles et pas du tout faciles, and we agree.") == "en")
    }

    /// The script decides outside Latin; a text without letters is undecided.
    @Test func scriptsOtherThanLatinDecideAlone() {
        func guess(_ text: String) -> LanguageGuess.Guess {
            let bytes = Array(text.utf8)
            return LanguageGuess.guess(of: bytes, in: [0..<bytes.count])
        }
        #expect(guess("Добрый день.") == .init(language: "ru", decided: true, isLatin: false, isCyrillic: true))
        // Ukrainian by its own letters (і ї є ґ) against Russian's (ы э ъ ё); a Cyrillic text with neither
        // ("Спасибо.", "Дякую.") is Russian until its file says otherwise.
        #expect(guess("Ми обговорили ситуацію на фронті та підтримку наших партнерів.") == .init(language: "uk", decided: true, isLatin: false, isCyrillic: true))
        #expect(guess("Мы обсудили ситуацию на фронте и поддержку наших партнёров.").language == "ru")
        #expect(guess("Спасибо.") == .init(language: "ru", decided: false, isLatin: false, isCyrillic: true))
        #expect(guess("Merci.") == .init(language: "en", decided: false, isLatin: true))
        #expect(guess("— 2022 —") == .init(language: "en", decided: false, isLatin: false))
        #expect(guess("Nous sommes très heureux de vous accueillir dans cette ville pour les négociations.").language == "fr")
    }

    /// A turn too short to tell takes the language of the file's other Latin-script turns; one without
    /// letters that of all its turns; a Latin turn in a Russian file with no other Latin turn is English.
    @Test func shortTurnsTakeTheirFilesLanguage() throws {
        let french = try transcript("""
            Conférence de presse

            M. Le Drian : Nous avons discuté de la situation dans la région avec nos partenaires.

            Question : Merci.

            M. Lavrov (interprétation) : Nous sommes très heureux de cette rencontre et des résultats.
            """)
        #expect(french.turns.map(\.language) == ["fr", "fr", "fr"])
        #expect(french.turns.map(\.speakerID) == ["LE DRIAN", "QUESTION", "LAVROV"])
        #expect(french.turns.map(\.mode) == [.original, .original, .interpreted])
        let russian = try transcript("Пресс-конференция\n\nС.В.Лавров: Добрый день.\n\nВопрос: Thank you.\n\nС.В.Лавров: …\n")
        #expect(russian.turns.map(\.language) == ["ru", "en", "ru"])
        // A short Ukrainian turn ("Дякую." has no letter of Ukrainian's own) takes its file's language (it was
        // Russian, and so was the whole of a Ukrainian transcript).
        let ukrainian = try transcript("Володимир Зеленський: Ми обговорили ситуацію на фронті та підтримку партнерів.\n\nПитання: Дякую.\n")
        #expect(ukrainian.turns.map(\.language) == ["uk", "uk"])
        let given = try transcript("Press\n\nM. Le Drian : Nous avons discuté de la situation dans la région.\n", language: "en")
        #expect(given.turns.map(\.language) == ["en"])
        // When no Latin turn is long enough to tell, their words together may.
        let spanish = try transcript("Conferencia de prensa\n\nPREGUNTA: ¿Y la reunión?\n\nMINISTRO LAVROV: Gracias por todo.\n\nPREGUNTA: ¿Y los resultados?\n")
        #expect(spanish.turns.map(\.language) == ["es", "es", "es"])
        let english = try transcript("Press\n\nQUESTION: And the meeting?\n\nMINISTER LAVROV: Thanks.\n")
        #expect(english.turns.map(\.language) == ["en", "en"])
    }

    /// A short verbatim record says in which language it is written by its asides: "(parle en russe)" is
    /// French whatever the speaker spoke. Before, "Gracias." was taken for English, the President "(habla en
    /// inglés)" then spoke the text's language, and the turn read as original speech.
    @Test(arguments: [
        ("Le Président (parle en russe) : Je vous remercie.", "fr", "ru"),
        ("El Presidente (habla en inglés): Gracias.", "es", "en"),
        ("Der Präsident (spricht auf Englisch): Danke.", "de", "en"),
    ])
    func aRecordsAsidesSayItsLanguage(line: String, language: String, spoken: String) throws {
        let parsed = try transcript(line + "\n")
        #expect(parsed.turns.map(\.language) == [language])
        #expect(parsed.turns.map(\.spokenLanguage) == [spoken])
        #expect(parsed.turns.map(\.mode) == [.interpreted])
    }
}
