import BalansCore

/// Renders a report value as GitHub-flavoured Markdown: pipe tables with right-aligned
/// numbers, charts as two-column tables. It computes nothing. Every text from the report —
/// titles, names and the written texts people import or type in the web application — is
/// escaped, so HTML or Markdown in it is shown as written and never becomes markup.
public enum MarkdownRenderer {
    /// The whole report as one Markdown document: title, subtitle, then a `##` heading per chapter.
    public static func render(_ report: Report) -> String {
        var out = "# \(line(report.title))\n\n\(line(report.subtitle))\n"
        for c in report.chapters {
            out += "\n## \(line(c.title))\n"
            for b in c.blocks { out += "\n" + block(b) }
        }
        return out
    }

    static func format(_ v: CellValue, unit: AmountUnit) -> String {
        switch v {
        case .amount(let ore): return SwedishNumberFormat.amount(ore, unit: unit, thousandsSeparator: " ")
        case .percent(let d, let decimals):
            return SwedishNumberFormat.percent(d, decimals: decimals, thousandsSeparator: " ", space: " ")
        case .points(let d, let decimals):
            return SwedishNumberFormat.number(d, decimals: decimals, thousandsSeparator: " ")
        case .text(let s): return escape(s)
        case .empty: return "–"
        }
    }

    static func block(_ b: Block) -> String {
        switch b {
        case .heading(let t): return "### \(line(t))\n"
        case .subheading(let t): return "#### \(line(t))\n"
        case .paragraph(let t, let missing):
            return missing
                ? "> **\(ReportCatalogue.swedishCatalogue[.textMissingMark])** \(escape(t))\n" : "\(line(t))\n"
        case .list(let items): return items.map { "- \(line($0))\n" }.joined()
        case .table(let t):
            var out = "**\(escape(t.caption))**\(t.showsUnit ? " (\(t.unit.label))" : "")\n\n"
            out += "| " + t.columns.map(escape).joined(separator: " | ") + " |\n"
            out +=
                "|" + t.columns.indices.map { $0 == 0 || t.isTextColumn($0 - 1) ? " --- |" : " ---: |" }.joined() + "\n"
            for r in t.rows {
                let indent = String(repeating: "\u{00A0}\u{00A0}", count: r.level)
                let label = r.isTotal ? "**\(escape(r.label))**" : escape(r.label)
                out +=
                    "| \(indent)\(label) | "
                    + r.cells.map { r.isGroupHeading ? "" : format($0, unit: t.unit) }.joined(separator: " | ") + " |\n"
            }
            for f in t.footnotes { out += "\n*\(escape(f))*\n" }
            return out
        case .chart(let c):
            let unit = c.unitLabel.isEmpty ? "" : " (\(c.unitLabel))"
            var out = "**\(escape(c.title))**\(unit)\n\n| | \(c.unitLabel) |\n| --- | ---: |\n"
            for bar in c.bars { out += "| \(escape(bar.label)) | \(format(c.cell(bar), unit: c.unit)) |\n" }
            if let source = c.source { out += "\n*\(escape(source))*\n" }
            return out
        case .section(let sec):
            return "### \(line(sec.title))\n" + sec.blocks.map { "\n" + block($0) }.joined()
        case .lineChart(let c):
            // Markdown has no pictures: the chart's figures as a table, a row per series.
            var out = "**\(escape(c.title))**\n\n| | " + c.categories.map(escape).joined(separator: " | ") + " |\n"
            out += "| --- |" + String(repeating: " ---: |", count: c.categories.count) + "\n"
            for s in c.series {
                out +=
                    "| \(escape(s.name)) | " + s.values.map { format($0, unit: c.unit) }.joined(separator: " | ")
                    + " |\n"
            }
            if let source = c.source { out += "\n*\(escape(source))*\n" }
            return out
        }
    }

    /// Text inside a line: `&`, `<` and `>` as entities (no HTML tag, comment or entity of the
    /// text reaches a Markdown viewer), every other character Markdown or GitHub gives a meaning
    /// inline behind a backslash, and line breaks as spaces (as the HTML rendering shows them),
    /// so a text can neither end a table row nor start a block.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        var lastWasBreak = false
        for ch in s {
            if ch.isNewline {
                if !lastWasBreak { out.append(" ") }
                lastWasBreak = true
                continue
            }
            lastWasBreak = false
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "*", "_", "`", "[", "]", "|", "~", "$": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        return out
    }

    /// Text that starts a line (a paragraph, heading or list item): escaped, without leading
    /// blanks (four of them would start a code block), and with a backslash before what would
    /// start a heading, list or quote there ("# ", "- ", "+ ", "2024. ").
    static func line(_ s: String) -> String {
        var out = escape(String(s.drop(while: \.isWhitespace)))
        if let first = out.first, "#-+=".contains(first) {
            out.insert("\\", at: out.startIndex)
        } else if let match = out.prefixMatch(of: /\d{1,9}(?=[.)])/) {
            out.insert("\\", at: match.range.upperBound)
        }
        return out
    }
}
