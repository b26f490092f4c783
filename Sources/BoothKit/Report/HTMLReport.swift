import Plot

/// The report as one self-contained HTML page (no network, inline CSS): the flags listed with links to
/// their place, then each transcript with its speakers, interpreted turns marked, glossary terms
/// highlighted (their concept on hover), gaps and flags highlighted. Built with Plot; every string from a
/// transcript or glossary is escaped by `HTMLEscaping`, so a transcript holding `<script>` shows it as text.
public struct HTMLReport {
    public let results: [(transcript: Transcript, matches: [TermMatch])]
    public let flags: [Flag]
    public let glossary: Glossary?
    /// A source/interpretation alignment to show side by side at the end.
    public let alignment: Alignment?

    public init(results: [(transcript: Transcript, matches: [TermMatch])], flags: [Flag], glossary: Glossary?,
                alignment: Alignment? = nil) {
        self.results = results
        self.flags = flags
        self.glossary = glossary
        self.alignment = alignment
    }

    /// The anchor id of a flag, by its index in `flags`.
    public static func anchor(_ index: Int) -> String { "flag-\(index + 1)" }

    public func render() -> String {
        let counts = Dictionary(grouping: flags, by: \.severity).mapValues(\.count)
        let summary = "\(results.count) file\(results.count == 1 ? "" : "s"), \(flags.count) flag\(flags.count == 1 ? "" : "s"): "
            + Severity.allCases.reversed().map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        let page = HTML(
            .lang(.english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .title("Booth report"),
                .style(Self.css + (alignment == nil ? "" : AlignmentRendering.css))
            ),
            .body(
                .header(.h1("Booth report"), .p(.safeText(summary))),
                .nav(.class("flags"), .h2("Flags"), flagTable()),
                .group(results.enumerated().map { transcriptSection($0.element.transcript, matches: $0.element.matches, number: $0.offset) }),
                .if(alignment != nil, .group([.h2("Source and interpretation, side by side"), alignment.map(AlignmentRendering.section) ?? .empty]))
            )
        )
        return page.render(indentedBy: nil)
    }

    private func flagTable() -> Node<HTML.BodyContext> {
        guard !flags.isEmpty else { return .p("No flags.") }
        return .table(
            .tr(.th("severity"), .th("code"), .th("where"), .th("speaker"), .th("message")),
            .group(flags.enumerated().map { index, flag in
                .tr(.class("sev-\(flag.severity.rawValue)"),
                    .td(.safeText(flag.severity.rawValue)),
                    .td(.safeText(flag.code.rawValue)),
                    .td(.a(.safeAttribute("href", "#" + Self.anchor(index)), .safeText("\(flag.file):\(flag.position)"))),
                    .td(.safeText(flag.speaker ?? "")),
                    .td(.safeText(flag.message)))
            })
        )
    }

    private func transcriptSection(_ transcript: Transcript, matches: [TermMatch], number: Int) -> Node<HTML.BodyContext> {
        let fileFlags = flags.enumerated().filter { $0.element.file == transcript.source.name }
        let header = transcript.header
        let meta = [header.title?.text, header.isoDate, header.time?.text, header.place].compactMap { $0 }.joined(separator: " · ")
        // Flags outside every paragraph still get an anchor, at the top of their transcript.
        let paragraphs = transcript.turns.flatMap(\.paragraphs)
        let loose = fileFlags.filter { flag in Self.within(paragraphs, flag.element.range.lowerBound) == nil }
        // Everything placed in paragraphs, sorted by start, so each paragraph takes its slice by binary search.
        let sortedMatches = matches.sorted { $0.range.lowerBound < $1.range.lowerBound }
        let sortedMarkers = transcript.turns.flatMap(\.markers).sorted { $0.range.lowerBound < $1.range.lowerBound }
        let notes = transcript.notesByTurn
        return .section(
            .class("transcript"), .id("file-\(number + 1)"),
            .h2(.safeText(transcript.source.name)),
            .if(!meta.isEmpty, .p(.class("meta"), .safeText(meta))),
            Self.speakerTable(transcript),
            .group(loose.map { anchorNode($0.offset, $0.element) }),
            .group(transcript.turns.map { turn in
                .group(
                    .group(notes.before[turn.index].map { Self.noteNode($0, in: transcript) }),
                    .element(named: "div", nodes: [
                        .class("turn \(turn.mode.rawValue)"),
                        // The turn's language, for the browser's fonts (Chinese and Japanese Han differ) and
                        // screen readers; its direction from its text (Arabic reads right to left).
                        .safeAttribute("lang", turn.language), .safeAttribute("dir", "auto"),
                        .p(.class("speaker"),
                           .safeText([turn.labelRange.map { transcript.text(in: $0) },
                                      turn.headerSpeaker.map { $0.who + Turn.SpeakerSource.header.readerNote }]
                                     .compactMap { $0 }.joined(separator: " ").nonEmpty ?? "(no speaker)"),
                           .unwrap(turn.presiding) { .safeText(" (\(transcript.text(in: $0)) in the chair)") },
                           .if(turn.mode == .interpreted, .span(.class("badge"), .safeText("interpreted")))),
                        .group(turn.paragraphs.map { paragraph in
                            .p(.group(pieces(of: paragraph, in: transcript,
                                             matches: Self.slice(sortedMatches, in: paragraph, start: \.range.lowerBound),
                                             markers: Self.slice(sortedMarkers, in: paragraph, start: \.range.lowerBound),
                                             flags: Self.slice(fileFlags, in: paragraph, start: \.element.range.lowerBound))))
                        }),
                    ])
                )
            }),
            .group(notes.after.map { Self.noteNode($0, in: transcript) })
        )
    }

    /// A procedural note as a paragraph set apart from the speech ("The meeting rose at 1.15 p.m.").
    /// Who speaks in the transcript and how much of it through an interpreter (`SpeakerSummary`), a row per
    /// speaker; nothing when ICU cannot count the words.
    private static func speakerTable(_ transcript: Transcript) -> Node<HTML.BodyContext> {
        guard let summaries = try? SpeakerSummary.summaries(of: transcript), !summaries.isEmpty else { return .empty }
        return .table(
            .class("speakers"),
            .tr(.th("speaker"), .th("turns"), .th("words"), .th("interpreted words"), .th("gaps")),
            .group(summaries.map { summary in
                .tr(.td(.safeText((summary.who ?? "(no speaker)") + (summary.source?.readerNote ?? ""))),
                    .td(.safeText(String(summary.turns))), .td(.safeText(String(summary.words))),
                    .td(.safeText(String(summary.interpretedWords))), .td(.safeText(String(summary.gaps))))
            })
        )
    }

    private static func noteNode(_ note: ProceduralNote, in transcript: Transcript) -> Node<HTML.BodyContext> {
        .p(.class("note"), .safeAttribute("dir", "auto"), .safeAttribute("title", "procedural note: \(note.kind.rawValue)"),
           .safeText(transcript.text(in: note.range)))
    }

    private func anchorNode(_ index: Int, _ flag: Flag) -> Node<HTML.BodyContext> {
        .a(.class("flag sev-\(flag.severity.rawValue)"), .id(Self.anchor(index)), .safeAttribute("href", "#" + Self.anchor(index)),
           .safeAttribute("title", "\(flag.code.rawValue): \(flag.message)"), .safeText("⚑"))
    }

    /// A paragraph cut at every highlight and flag anchor, each piece escaped.
    /// The elements (sorted by start) that start inside the range.
    static func slice<Element>(_ sorted: [Element], in range: Range<Int>, start: (Element) -> Int) -> ArraySlice<Element> {
        func firstIndex(atLeast value: Int) -> Int {
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if start(sorted[middle]) < value { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return sorted[firstIndex(atLeast: range.lowerBound)..<firstIndex(atLeast: range.upperBound)]
    }

    /// The paragraph (of sorted, disjoint paragraphs) holding an offset.
    static func within(_ paragraphs: [Range<Int>], _ offset: Int) -> Range<Int>? {
        var low = 0, high = paragraphs.count
        while low < high {
            let middle = (low + high) / 2
            if paragraphs[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < paragraphs.count && paragraphs[low].contains(offset) ? paragraphs[low] : nil
    }

    private func pieces(of paragraph: Range<Int>, in transcript: Transcript, matches: ArraySlice<TermMatch>,
                        markers: ArraySlice<Marker>, flags: ArraySlice<(offset: Int, element: Flag)>) -> [Node<HTML.BodyContext>] {
        struct Highlight { var range: Range<Int>; var classes: String; var title: String }
        var highlights: [Highlight] = []
        for match in matches {
            let concept = glossary?.concepts[match.conceptIndex]
            let term = concept?.terms[match.termIndex]
            highlights.append(Highlight(range: match.range, classes: "term \(term?.status.rawValue ?? "")",
                                        title: "\(concept?.label() ?? "") — \(term?.status.rawValue ?? ""), \(match.kind.rawValue)"))
        }
        for marker in markers {
            highlights.append(Highlight(range: marker.range, classes: marker.kind.isGap ? "marker gap" : "marker",
                                        title: marker.kind.rawValue))
        }
        for (_, flag) in flags where flag.code == .mixedScript {
            highlights.append(Highlight(range: flag.range, classes: "mixed", title: flag.message))
        }
        highlights.sort { $0.range.lowerBound < $1.range.lowerBound }
        var kept: [Highlight] = []
        for highlight in highlights where kept.last.map({ $0.range.upperBound <= highlight.range.lowerBound }) ?? true {
            kept.append(highlight)
        }
        let anchors = Array(flags)
        var nodes: [Node<HTML.BodyContext>] = []
        var position = paragraph.lowerBound
        var next = 0  // the next anchor to place
        func anchorStart() -> Int { anchors[next].element.range.lowerBound }
        func text(to offset: Int) {
            guard offset > position else { return }
            nodes.append(.safeText(transcript.text(in: position..<offset)))
            position = offset
        }
        func anchor() {
            nodes.append(anchorNode(anchors[next].offset, anchors[next].element))
            next += 1
        }
        for highlight in kept {
            // Text and anchors before the highlight; anchors at its start go before it, inside it after it.
            while next < anchors.count, anchorStart() <= highlight.range.lowerBound { text(to: anchorStart()); anchor() }
            text(to: highlight.range.lowerBound)
            nodes.append(.span(.class(highlight.classes), .safeAttribute("title", highlight.title),
                               .safeText(transcript.text(in: highlight.range))))
            position = highlight.range.upperBound
            while next < anchors.count, anchorStart() < highlight.range.upperBound { anchor() }
        }
        while next < anchors.count { text(to: min(anchorStart(), paragraph.upperBound)); anchor() }
        text(to: paragraph.upperBound)
        return nodes
    }

    static let css = """
    body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
    h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
    table{border-collapse:collapse;width:100%;font-size:.9rem}table.speakers{width:auto;margin:.3rem 0 1rem}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
    tr.sev-error td:first-child{color:#b00020;font-weight:600}tr.sev-warning td:first-child{color:#a05a00}tr.sev-info td:first-child{color:#555}
    .meta{color:#555}.turn{border-left:4px solid #ccc;padding-left:1rem;margin:1rem 0}
    .turn.interpreted{border-left-color:#6a5acd;background:#f7f6ff}.note{font-style:italic;color:#555;margin:.6rem 0}.speaker{font-weight:600;margin-bottom:.2rem}
    .badge{font-size:.75rem;font-weight:500;background:#6a5acd;color:#fff;border-radius:.6rem;padding:.05rem .5rem;margin-left:.5rem}
    .term{background:#e6f2ff;border-bottom:2px solid #3b82f6}.term.deprecated{background:#fff1e0;border-bottom-color:#d97706}
    .term.forbidden{background:#ffe4e6;border-bottom-color:#b00020}.term.admitted{border-bottom-style:dashed}
    .marker{color:#555;font-style:italic}.gap{background:#ffe4e6;color:#b00020;font-style:normal;font-weight:600}
    .mixed{outline:2px dotted #b00020}
    a.flag{text-decoration:none;font-size:.8rem;vertical-align:super;margin:0 .1rem}
    a.flag.sev-error{color:#b00020}a.flag.sev-warning{color:#d97706}a.flag.sev-info{color:#777}
    :target{outline:3px solid #fbbf24}
    """
}
