import Testing
@testable import BoothKit

/// Interviews as the French and Spanish foreign ministries publish them: "Q - " and "R - " (or "P.- " and
/// "R.- ") open the questions and answers, and the title names who answers. (The French lines follow
/// the Quai d'Orsay's interviews as vie-publique.fr republishes them.)
@Suite struct InterviewTests {
    /// Each "Q - " and "R - " line opens a turn (the whole interview was one turn without a speaker, its
    /// questions and answers one speech), and the answers are the minister's the title names.
    @Test func frenchQuestionsAndAnswersAreTurnsAndTheAnswersTheMinisters() throws {
        let interview = try transcript("""
            Entretien de M. Jean-Noël Barrot, ministre de l’Europe et des Affaires étrangères, avec « France Inter » (Paris, 8 janvier 2025)

            Q - Jean-Noël Barrot, bonjour.

            R - Bonjour.

            Q - Bonjour. Vous rencontrez aujourd’hui le secrétaire d’État Antony Blinken. Qu’en attendez-vous ?

            R - Beaucoup d’émotions, parce que nous avons retrouvé sur place des Syriennes et des Syriens. Un espoir fragile.
            """)
        #expect(interview.turns.count == 4)
        // The place and date in parentheses that end the title are the header's (there were none).
        #expect(interview.header.isoDate == "2025-01-08" && interview.header.place == "Paris")
        #expect(interview.header.date.map { interview.text(in: $0.range) } == "8 janvier 2025")
        #expect(interview.turns.compactMap { $0.labelRange.map(interview.text(in:)) } == ["Q -", "R -", "Q -", "R -"])
        #expect(interview.turns.map(\.speakerID) == ["QUESTION", "BARROT", "QUESTION", "BARROT"])
        #expect(interview.turns.map(\.speakerSource) == [.label, .header, .label, .header])
        // The dash is the label's, not the speech's.
        #expect(interview.text(in: interview.turns[3].sentences[0].range).hasPrefix("Beaucoup d’émotions"))
        #expect(interview.turns[3].sentences.count == 2)
    }

    /// A parenthesis that ends a title is a date only when it holds one: an aside stays the title's.
    @Test func aTitlesParenthesisIsADateOnlyWhenItHoldsOne() throws {
        let english = try transcript("Interview with the BBC (London, January 8, 2025)\n\nQ: Hello.\n\nA: Hello.\n")
        #expect(english.header.isoDate == "2025-01-08" && english.header.place == "London")
        let aside = try transcript("Remarks with Mr. Kelly (Ireland)\n\nQ: Hello.\n\nA: Hello.\n")
        #expect(aside.header.date == nil && aside.header.place == nil)
    }

    /// Spanish writes "P.-" (pregunta) and "R.-" (respuesta), and a title names the minister after a title
    /// word, without an honorific.
    @Test func spanishQuestionsAndAnswers() throws {
        let interview = try transcript("""
            Entrevista del ministro José Manuel Albares con la Cadena SER

            P.- ¿Cuándo viajará a Kiev?

            R.- La semana que viene. Hablaremos con el presidente.
            """)
        #expect(interview.turns.map(\.speakerID) == ["QUESTION", "ALBARES"])
        #expect(interview.turns.compactMap { $0.labelRange.map(interview.text(in:)) } == ["P.-", "R.-"])
    }

    /// Without a question so written, "R - " opens no label (a list's item may), and a title naming two
    /// people, or a headline in title case, names no interviewee: the answers stay ANSWER.
    @Test func answersNeedQuestionsAndOneNamedPerson() throws {
        let list = try transcript("""
            Notes

            SPEAKER: We have three points.
            R - Reform of the Council.
            R - Revitalization of the Assembly.
            """)
        #expect(list.turns.count == 1)
        let two = try transcript("""
            Entretien croisé de M. Jean-Noël Barrot et de Mme Annalena Baerbock avec « Le Monde »

            Q - Une question.

            R - Une réponse.
            """)
        #expect(two.turns.map(\.speakerID) == ["QUESTION", "ANSWER"])
        let headline = try transcript("""
            Secretary Blinken Travels to Kyiv

            Q. Mr. Secretary, why now?

            A. Because it matters.
            """)
        #expect(headline.turns.map(\.speakerID) == ["QUESTION", "ANSWER"])
        // An English "Interview of … With …" title names the one who answers "A.".
        let english = try transcript("""
            Secretary Antony J. Blinken With Andrea Mitchell of MSNBC

            Q. Mr. Secretary, why now?

            A. Because it matters.
            """)
        #expect(english.turns.map(\.speakerID) == ["QUESTION", "BLINKEN"])
        #expect(english.turns[1].speaker?.who == "SECRETARY BLINKEN")
        // The name before a preposition of the outlet, in titles not written in title case; after "with"
        // when no one is named before it.
        for (title, interviewee) in [("Intervista del Ministro Tajani al Corriere della Sera", "TAJANI"),
                                     ("Entrevista al ministro Albares en Antena 3", "ALBARES"),
                                     ("Interview mit Außenministerin Baerbock im Deutschlandfunk", "BAERBOCK"),
                                     ("Interview with Secretary Antony J. Blinken", "BLINKEN"),
                                     ("Interview with NPR", "ANSWER")] {
            let parsed = try transcript(title + "\n\nQuestion: Why now?\n\nAnswer: Because it matters.\n")
            #expect(parsed.turns.map(\.speakerID) == ["QUESTION", interviewee], "\(title)")
        }
    }

    /// The Russian foreign ministry labels its spokeswoman's answers "Ответ:", under a title naming her by
    /// her initials in the genitive: the answers are ЗАХАРОВА's (they were ОТВЕТ's).
    @Test func russianBriefingAnswersAreTheSpokeswomans() throws {
        let briefing = try transcript("""
            Брифинг официального представителя МИД России М.В.Захаровой, Москва, 12 ноября 2024 года

            Вопрос: Как вы прокомментируете заявления Вашингтона?

            Ответ: Мы неоднократно говорили об этом. Позиция России неизменна.
            """)
        #expect(briefing.turns.map(\.speakerID) == ["ВОПРОС", "ЗАХАРОВА"])
        #expect(briefing.turns[1].speakerSource == .header)
        #expect(Interviewee.nominative(of: "Лаврова") == "Лавров")
        #expect(Interviewee.nominative(of: "Лаврову") == "Лавров")
        #expect(Interviewee.nominative(of: "Песковым") == "Песков")
        #expect(Interviewee.nominative(of: "Шойгу") == "Шойгу")
        #expect(Interviewee.initialedName("С.В.Лаврова,") == "С.В.Лавров")
        #expect(Interviewee.initialedName("т.д.") == nil)
    }

    /// The Chinese foreign ministry's older transcripts answer "答：" under a title naming the spokesperson
    /// between the role and the verb: the answers are 姜瑜's (they were 答's).
    @Test func chineseAnswersAreTheSpokespersons() throws {
        let briefing = try transcript("""
            2009年1月6日外交部发言人姜瑜举行例行记者会

            问：请介绍一下情况。

            答：我们注意到有关报道。中方的立场是一贯的。
            """)
        #expect(briefing.turns.map(\.speakerID) == ["问", "姜瑜"])
        #expect(briefing.turns[1].speaker?.role == "发言人")
        #expect(Interviewee.hanPeople(namedIn: "外交部发言人答记者问").isEmpty)
        #expect(Interviewee.hanPeople(namedIn: "外交部发言人毛宁答记者问").map(\.speakerID) == ["毛宁"])
    }

    /// Arabic interviews label the question and the answer by their first letters, "س:" and "ج:" (no
    /// labels before), under a title naming the minister by title and name before "مع" (with).
    @Test func arabicQuestionsAndAnswersAndTheMinister() throws {
        let interview = try transcript("""
            حوار وزير الخارجية سامح شكري مع قناة العربية

            س: ما هو موقف مصر من المفاوضات؟

            ج: نحن ندعم الحل السياسي.
            """)
        #expect(interview.turns.map(\.speakerID) == ["س", "سامح شكري"])
        #expect(interview.turns[1].speaker?.role == "وزير الخارجية" && interview.turns[1].speakerSource == .header)
        #expect(Interviewee.arabicPeople(namedIn: "تصريحات وزير الخارجية في القاهرة").isEmpty)  // an office, no name
        #expect(Interviewee.arabicPeople(namedIn: "مقابلة السيد أحمد أبو الغيط لصحيفة الأهرام").map(\.speakerID) == ["أحمد أبو الغيط"])
        // A name that begins as "لقناة" (to the channel) does is a name: "لقمان" (Luqman) was cut off.
        #expect(Interviewee.arabicPeople(namedIn: "حوار وزير الخارجية لقمان سعيد لقناة العربية").map(\.speakerID) == ["لقمان سعيد"])
    }

    /// The interviewee's words carry their name to the report's messages and the gaps.
    @Test func gapsOfAnAnswerNameTheInterviewee() throws {
        let interview = try transcript("""
            Entretien de Mme Catherine Colonna, ministre de l’Europe et des Affaires étrangères, avec « RFI »

            Q - Madame la Ministre, que dit la France ?

            R - Nous demandons (inaudible) un cessez-le-feu.
            """)
        let gaps = Gaps.find(in: interview)
        #expect(gaps.map(\.speaker) == ["COLONNA"])
        #expect(gaps.map(\.speakerFrom) == [.header])
    }
}
