/// Which glossary concepts occur in a set of transcripts, where, by whom, in which forms.
public struct Coverage: Sendable {
    /// One match, located for people and programs.
    public struct Occurrence: Sendable, Equatable {
        public var file: String
        public var concept: Int
        public var term: Int
        public var kind: MatchKind
        public var status: TermStatus
        /// The words as they stand in the normalized text.
        public var surface: String
        /// The UTF-8 byte range in the original file.
        public var start: Int
        public var end: Int
        public var position: Position
        public var turn: Int
        public var sentence: Int
        public var speaker: String?
        /// Where the speaker comes from (`Turn.speakerSource`): the label, or the header.
        public var speakerFrom: Turn.SpeakerSource? = nil
        public var mode: DeliveryMode
    }

    /// A form a concept was found in, with how often.
    public struct Form: Sendable, Equatable {
        public var surface: String
        public var term: String
        public var status: TermStatus
        public var count: Int

        /// Most frequent first, then by surface.
        static func ranked(_ forms: some Sequence<Form>) -> [Form] {
            forms.sorted { ($1.count, $0.surface) < ($0.count, $1.surface) }
        }
    }

    /// One concept's findings.
    public struct ConceptReport: Sendable {
        public var index: Int
        public var concept: Concept
        public var occurrences: [Occurrence]

        public var count: Int { occurrences.count }
        public var byFile: [String: Int] { tally(\.file) }
        public var bySpeaker: [String: Int] { tally { $0.speaker ?? "(none)" } }
        public var byMode: [String: Int] { tally { $0.mode.rawValue } }

        /// The forms seen, most frequent first.
        public var forms: [Form] {
            var forms: [String: Form] = [:]
            for occurrence in occurrences {
                let term = concept.terms[occurrence.term]
                forms[occurrence.surface, default: Form(surface: occurrence.surface, term: term.text, status: term.status, count: 0)].count += 1
            }
            return Form.ranked(forms.values)
        }

        private func tally(_ key: (Occurrence) -> String) -> [String: Int] {
            occurrences.reduce(into: [:]) { $0[key($1), default: 0] += 1 }
        }
    }

    public let glossary: Glossary
    public let files: [String]
    /// Every concept, in glossary order, with its occurrences (none for concepts never seen).
    public let concepts: [ConceptReport]

    /// Gathers the matches of each transcript.
    public init(glossary: Glossary, results: [(transcript: Transcript, matches: [TermMatch])]) {
        self.init(glossary: glossary, files: results.map(\.transcript.source.name),
                  occurrences: results.flatMap { Self.occurrences(in: $0.transcript, $0.matches, glossary: glossary) })
    }

    /// Coverage from occurrences gathered file by file (see `occurrences(in:_:glossary:)`), so a run need
    /// not keep its transcripts.
    public init(glossary: Glossary, files: [String], occurrences: [Occurrence]) {
        self.glossary = glossary
        self.files = files
        var byConcept = [[Occurrence]](repeating: [], count: glossary.concepts.count)
        for occurrence in occurrences { byConcept[occurrence.concept].append(occurrence) }
        concepts = glossary.concepts.enumerated().map { ConceptReport(index: $0.offset, concept: $0.element, occurrences: byConcept[$0.offset]) }
    }

    /// One transcript's matches as occurrences, placed in the original file.
    public static func occurrences(in transcript: Transcript, _ matches: [TermMatch], glossary: Glossary) -> [Occurrence] {
        matches.map { match in
            let original = transcript.originalRange(of: match.range)
            let term = glossary.concepts[match.conceptIndex].terms[match.termIndex]
            // The turn read where it lies (a copy of it per match retained its every array and string).
            let (speaker, speakerFrom, mode) = transcript.turns.withUnsafeBufferPointer { turns in
                (turns[match.turn].speakerID, turns[match.turn].speakerSource, turns[match.turn].mode)
            }
            return Occurrence(
                file: transcript.source.name, concept: match.conceptIndex, term: match.termIndex, kind: match.kind,
                status: term.status, surface: transcript.text(in: match.range), start: original.lowerBound,
                end: original.upperBound, position: transcript.source.position(of: original.lowerBound),
                turn: match.turn, sentence: match.sentence, speaker: speaker, speakerFrom: speakerFrom, mode: mode)
        }
    }

    /// Concepts found at least once.
    public var seen: [ConceptReport] { concepts.filter { $0.count > 0 } }
    /// Concepts never found.
    public var unseen: [ConceptReport] { concepts.filter { $0.count == 0 } }
    /// The share of concepts found, 0…1.
    public var share: Double { concepts.isEmpty ? 0 : Double(seen.count) / Double(concepts.count) }
    /// Occurrences of deprecated or forbidden terms, in file and text order.
    public var discouraged: [Occurrence] {
        concepts.flatMap(\.occurrences).filter(\.status.isDiscouraged)
            .sorted { ($0.file, $0.start) < ($1.file, $1.start) }
    }
}
