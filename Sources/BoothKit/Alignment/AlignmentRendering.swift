import Plot

/// The TSV, TMX and HTML forms of an alignment (JSON is the CLI's).
public enum AlignmentRendering {
    static func ids(_ ids: [Int]) -> String { ids.map(String.init).joined(separator: ",") }

    static func flat(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 })
    }

    /// One line per link: source ids, target ids, confidence, source text, target text.
    public static func tsv(_ alignment: Alignment) -> String {
        var out = "source_ids\ttarget_ids\tconfidence\tsource_text\ttarget_text\n"
        for link in alignment.links {
            out += "\(ids(link.source))\t\(ids(link.target))\t\(link.confidence)\t"
            out += "\(flat(alignment.sourceText(link)))\t\(flat(alignment.targetText(link)))\n"
        }
        return out
    }

    static func xml(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// TMX 1.4b: one `tu` per link, with the speaker, the confidence and the link type as properties.
    public static func tmx(_ alignment: Alignment, sourceLanguage: String, targetLanguage: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
        out += "  <header creationtool=\"Booth\" creationtoolversion=\"0.1.0\" segtype=\"sentence\" o-tmf=\"Booth\" "
        out += "adminlang=\"en\" srclang=\"\(xml(sourceLanguage))\" datatype=\"plaintext\"/>\n  <body>\n"
        for link in alignment.links {
            let turn = link.source.first.map { alignment.source.turns[alignment.sourceUnits[$0].turn] }
                ?? link.target.first.map { alignment.target.turns[alignment.targetUnits[$0].turn] }
            out += "    <tu>\n"
            if let speaker = turn?.speakerID { out += "      <prop type=\"x-speaker\">\(xml(speaker))</prop>\n" }
            out += "      <prop type=\"x-confidence\">\(link.confidence)</prop>\n"
            out += "      <prop type=\"x-link\">\(link.source.count)-\(link.target.count)</prop>\n"
            if !link.source.isEmpty {
                out += "      <tuv xml:lang=\"\(xml(sourceLanguage))\"><seg>\(xml(alignment.sourceText(link)))</seg></tuv>\n"
            }
            if !link.target.isEmpty {
                out += "      <tuv xml:lang=\"\(xml(targetLanguage))\"><seg>\(xml(alignment.targetText(link)))</seg></tuv>\n"
            }
            out += "    </tu>\n"
        }
        return out + "  </body>\n</tmx>\n"
    }

    /// A self-contained side-by-side page: two columns, links coloured by confidence, gaps and their
    /// recovered source words highlighted.
    public static func html(_ alignment: Alignment) -> String {
        let page = HTML(
            .head(.meta(.charset(.utf8)), .title("Booth alignment"), .style(css)),
            .body(.h1("Booth alignment"), section(alignment))
        )
        return page.render(indentedBy: nil)
    }

    /// The side-by-side table with its summary, for this page or another (`booth report --source`).
    public static func section(_ alignment: Alignment) -> Node<HTML.BodyContext> {
        let gapsByTarget = Dictionary(grouping: alignment.gaps, by: \.targetUnit)
        let rows: [Node<HTML.TableContext>] = alignment.links.enumerated().map { index, link in
            let level = link.confidence >= 0.7 ? "high" : link.confidence >= 0.4 ? "medium" : "low"
            let recovered = link.target.flatMap { gapsByTarget[$0] ?? [] }
            // Each side's language (the browser's fonts, screen readers) and direction (Arabic reads right to left).
            let sourceLanguage = link.source.first.map { alignment.source.turns[alignment.sourceUnits[$0].turn].language }
            let targetLanguage = link.target.first.map { alignment.target.turns[alignment.targetUnits[$0].turn].language }
            return .tr(
                .class("link \(level)"), .id("link-\(index + 1)"),
                .td(.class("ids"), .safeText("\(ids(link.source)) → \(ids(link.target))"), .element(named: "br"),
                    .safeText(String(format: "%.2f", link.confidence))),
                .td(.if(sourceLanguage != nil, .safeAttribute("lang", sourceLanguage ?? "")), .safeAttribute("dir", "auto"),
                    .safeText(link.source.isEmpty ? "— (addition)" : alignment.sourceText(link)),
                    .group(recovered.map { gap in
                        .p(.class("recovered"), .safeText("fills the gap: "), .span(.class("gap-fill"), .safeText(gap.recovered)))
                    })),
                .td(.if(targetLanguage != nil, .safeAttribute("lang", targetLanguage ?? "")), .safeAttribute("dir", "auto"),
                    .group(link.target.isEmpty ? [.safeText("— (omission)")] : targetNodes(link, alignment)))
            )
        }
        return .section(
            .class("alignment"),
            .p(.safeText("\(alignment.source.source.name) → \(alignment.target.source.name): \(alignment.links.count) links, "
                         + "\(alignment.gaps.count) gaps recovered, length ratio \(String(format: "%.2f", alignment.ratio))")),
            .table(.tr(.th("link"), .th(.safeText(alignment.source.source.name)), .th(.safeText(alignment.target.source.name))),
                   .group(rows))
        )
    }

    /// The target text of a link with its gap markers highlighted.
    static func targetNodes(_ link: AlignmentLink, _ alignment: Alignment) -> [Node<HTML.BodyContext>] {
        var nodes: [Node<HTML.BodyContext>] = []
        for id in link.target {
            let unit = alignment.targetUnits[id]
            var position = unit.range.lowerBound
            for gap in unit.gaps {
                nodes.append(.safeText(alignment.target.text(in: position..<gap.range.lowerBound)))
                nodes.append(.span(.class("gap"), .safeText(alignment.target.text(in: gap.range))))
                position = gap.range.upperBound
            }
            nodes.append(.safeText(alignment.target.text(in: position..<unit.range.upperBound) + " "))
        }
        return nodes
    }

    public static let css = """
    body{font:15px/1.5 system-ui,sans-serif;margin:2rem;color:#1d1d1f}table{border-collapse:collapse;width:100%}
    td,th{vertical-align:top;padding:.4rem .6rem;border-bottom:1px solid #ddd;text-align:left}td.ids{white-space:nowrap;color:#555;font-size:.85rem}
    tr.high td:first-child{border-left:5px solid #16a34a}tr.medium td:first-child{border-left:5px solid #d97706}
    tr.low td:first-child{border-left:5px solid #b00020}.gap{background:#ffe4e6;color:#b00020;font-weight:600}
    .recovered{font-size:.85rem;color:#555;margin:.3rem 0 0}.gap-fill{background:#dcfce7;font-weight:600;color:#14532d}
    """
}
