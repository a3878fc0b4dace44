import BalansCore
import Foundation

/// Renders a report value as one self-contained, accessible HTML file (WCAG 2.1 AA: real
/// table headers and captions, `lang="sv"`, sufficient contrast, charts with a text
/// alternative) with a print stylesheet for A4. It computes nothing: every figure is in the
/// value. Printed (PDF), chapters follow one another, the widest tables get landscape pages
/// of their own, and every page has the report's title and its number in the footer.
public enum HTMLRenderer {
    /// The words of the page around the report: contents, footer, page numbers.
    static let words = ReportCatalogue.swedishCatalogue

    /// The report as one HTML file. `pages` is for printing (PDF): a cover page and the
    /// contents with each chapter's page number (by chapter id; an unknown number is left
    /// blank in the same place, so the layout of a first printing does not change).
    public static func render(_ report: Report, pages: [String: Int]? = nil) -> String {
        var out = """
            <!doctype html>
            <html lang="\(esc(words[.languageCode]))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(esc(report.title)) – \(esc(report.subtitle))</title>
            <style>\(css)</style>
            <style>@media print{@page{@bottom-left{content:"\(cssString(report.title))"}}\
            @page :first{@bottom-left{content:none}}}</style>
            </head>
            <body\(pages == nil ? "" : " class=\"printed\"")>
            <header><p class="org">\(esc(report.organisation))</p><h1>\(esc(report.title))</h1>\
            <p class="subtitle">\(esc(report.subtitle))</p></header>
            <nav aria-label="\(esc(words[.contents]))"><h2>\(esc(words[.contents]))</h2><ol>

            """
        for c in report.chapters {
            let page = pages.map { p in "<span class=\"pg\">\(p[c.id].map(String.init) ?? "")</span>" } ?? ""
            out += "<li><a href=\"#\(esc(c.id))\">\(esc(c.title))</a>\(page)</li>\n"
        }
        out += "</ol></nav>\n<main>\n"
        for c in report.chapters {
            // A chapter opening with a landscape table takes its heading along to that page.
            let wide =
                c.blocks.first.map { b in
                    if case .section(let s) = b { return startsWide(s.blocks) }
                    return startsWide([b])
                } ?? false
            // The decision pages are documents of their own (minutes, the proposal): each opens a page.
            let ownPage = c.id.hasPrefix("beslut") ? " class=\"own-page\"" : ""
            out +=
                "<section id=\"\(esc(c.id))\"\(ownPage) aria-labelledby=\"h-\(esc(c.id))\">\n<h2"
                + " id=\"h-\(esc(c.id))\"\(wide ? " class=\"wide\"" : "")>\(esc(c.title))</h2>\n"
            for b in c.blocks { out += block(b) }
            out += "</section>\n"
        }
        out +=
            "</main>\n<footer><p>\(esc(words[.htmlFooter]))</p></footer>\n</body>\n</html>\n"
        return out
    }

    /// One chapter's blocks as an HTML fragment (the web application shows report chapters
    /// inside its own pages, so a figure is computed once, for both).
    public static func fragment(_ chapter: Chapter) -> String { chapter.blocks.map(block).joined() }

    /// The report stylesheet, for pages that embed fragments.
    public static var stylesheet: String { css }

    static func block(_ b: Block) -> String {
        switch b {
        case .heading(let t): return "<h3>\(esc(t))</h3>\n"
        case .subheading(let t): return "<h4>\(esc(t))</h4>\n"
        case .paragraph(let t, let missing):
            return missing
                ? "<p class=\"missing\" role=\"note\"><strong>\(esc(words[.textMissingMark]))</strong> \(esc(t))</p>\n"
                : "<p>\(esc(t))</p>\n"
        case .list(let items): return "<ul>\n" + items.map { "<li>\(esc($0))</li>\n" }.joined() + "</ul>\n"
        case .table(let t): return table(t)
        case .chart(let c): return chart(c)
        case .lineChart(let c): return lineChart(c)
        case .section(let sec):
            return
                "<section class=\"avsnitt\">\n"
                + "<h3\(startsWide(sec.blocks) ? " class=\"wide\"" : "")>\(esc(sec.title))</h3>\n"
                + sec.blocks.map(block).joined() + "</section>\n"
        }
    }

    /// Whether a table is printed on a landscape page. At the print size (8,5 pt) a portrait A4
    /// page holds the row labels and seven columns of figures with their headers (the
    /// driftredovisning, measured in Chromium); with eight or more (fastighetsinvesteringar,
    /// twelve months of an action plan) the headers would break word by word or run off the page.
    static func isWide(_ t: Table) -> Bool { t.columns.count >= 9 }

    /// Whether blocks open with a landscape table.
    static func startsWide(_ blocks: [Block]) -> Bool {
        if case .table(let t) = blocks.first { return isWide(t) }
        return false
    }

    /// Text as a CSS string's content: quotes and backslashes escaped, and `<` as an escape so
    /// no text can close the style element.
    static func cssString(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "\\", "\"": out += "\\" + String(ch)
            case "<": out += "\\3c "
            default: out += ch.value < 0x20 ? " " : String(ch)
            }
        }
        return out
    }

    static func cell(_ v: CellValue, unit: AmountUnit) -> String {
        switch v {
        case .amount(let ore): return SwedishNumberFormat.amount(ore, unit: unit)
        case .percent(let d, let decimals): return SwedishNumberFormat.percent(d, decimals: decimals)
        case .points(let d, let decimals): return SwedishNumberFormat.number(d, decimals: decimals)
        case .text(let s): return esc(s)
        case .empty: return "–"
        }
    }

    static func table(_ t: Table) -> String {
        let wide = isWide(t) ? " wide" : ""
        var out =
            "<div class=\"table-wrap\(wide)\"><table id=\"t-\(esc(t.id))\">\n"
            + "<caption>\(esc(t.caption))\(t.showsUnit ? " <span class=\"unit\">(\(t.unit.label))</span>" : "")"
            + "</caption>\n<thead><tr>"
        let text = (0..<max(0, t.columns.count - 1)).map(t.isTextColumn)
        for (i, c) in t.columns.enumerated() {
            out += "<th scope=\"col\"\(i > 0 && !text[i - 1] ? " class=\"colnum\"" : "")>\(esc(c))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for r in t.rows {
            out +=
                "<tr\(r.isTotal ? " class=\"total\"" : "")><th scope=\"row\""
                + " style=\"padding-left:\(0.5 + Double(r.level) * 1.25)rem\">\(esc(r.label))</th>"
            for (i, v) in r.cells.enumerated() {
                out +=
                    "<td"
                    + " class=\"\(i < text.count && text[i] ? "txt" : "num")\">"
                    + (r.isGroupHeading ? "" : cell(v, unit: t.unit))
                    + "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n"
        for f in t.footnotes { out += "<p class=\"footnote\(wide)\">\(esc(f))</p>\n" }
        return out
    }

    /// Escapes text for HTML content and attribute values.
    public static func esc(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.count)
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    static let css = """
        :root{color-scheme:light}
        body{font-family:"Source Sans 3","Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1a1a1a;background:#fff;\
        line-height:1.5;max-width:80rem;margin:0 auto;padding:1.5rem}
        header{border-bottom:3px solid #0b4f8a;margin-bottom:1rem}
        .org{margin:0;color:#3d3d3d;font-weight:600}
        h1{margin:.2rem 0;font-size:2rem}
        .subtitle{margin:0 0 .8rem;color:#3d3d3d}
        h2{color:#0b3d6b;border-bottom:1px solid #c9d3dd;padding-bottom:.2rem;margin-top:2.2rem}
        h3{color:#1a1a1a;margin-top:1.5rem}
        h4{color:#1a1a1a;margin:1.2rem 0 .4rem}
        nav ol{columns:2;padding-left:1.2rem}
        a{color:#0b4f8a}
        .table-wrap{overflow-x:auto}
        table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}
        caption{text-align:left;font-weight:700;padding:.3rem 0;caption-side:top}
        .unit{font-weight:400;color:#3d3d3d}
        thead th{background:#0b3d6b;color:#fff;vertical-align:bottom;padding:.35rem .5rem;font-weight:600}
        th[scope=row]{text-align:left;font-weight:400;min-width:14rem}
        .colnum{text-align:right}
        td,th[scope=row]{padding:.25rem .5rem;border-bottom:1px solid #dde3ea}
        .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .txt{text-align:left;min-width:8rem}
        thead th{text-align:left}
        tr.total th,tr.total td{font-weight:700;border-top:2px solid #1a1a1a}
        .footnote{font-size:.85rem;color:#3d3d3d;margin-top:.2rem}
        .missing{background:#fff4ce;border-left:4px solid #8a6100;padding:.4rem .7rem;color:#1a1a1a}
        .chart svg{max-width:100%;height:auto;font-size:13px}
        .chart .label,.chart .value{fill:#1a1a1a}
        figcaption{font-size:.85rem;color:#3d3d3d}
        figcaption .source{display:block;font-style:italic}
        footer{margin-top:3rem;font-size:.85rem;color:#3d3d3d;border-top:1px solid #c9d3dd}
        @media print{
          @page{size:A4;margin:14mm 14mm 16mm;
            @bottom-left{font:8pt "Source Sans 3","Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#3d3d3d}
            @bottom-right{content:"\(cssString(words[.page])) " counter(page) \
        " \(cssString(words[.pageOf])) " counter(pages);\
        font:8pt "Source Sans 3","Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#3d3d3d}}
          @page wide{size:A4 landscape}
          body{max-width:none;padding:0;font-size:10pt}
          nav{break-after:page}
          @page :first{@bottom-left{content:none}@bottom-right{content:none}}
          h2,h3,h4{break-after:avoid}
          .own-page{break-before:page}
          .printed header{break-after:page;border:0;padding-top:38vh;min-height:50vh}
          .printed header h1{font-size:2.6rem}
          .printed nav ol{columns:1;padding-left:0;list-style:none}
          .printed nav li{display:flex;align-items:baseline;gap:.4rem;break-inside:avoid}
          .printed nav li::after{content:"";order:1;flex:1;border-bottom:1px dotted #767676}
          .printed nav a{color:#1a1a1a;text-decoration:none}
          .printed nav .pg{order:2;min-width:2.5em;text-align:right;font-variant-numeric:tabular-nums}
          .wide{page:wide}
          .table-wrap{overflow:visible}
          table{font-size:8.5pt}
          th[scope=row]{min-width:0}
          thead th{padding:.25rem .3rem}
          td,th[scope=row]{padding:.2rem .3rem}
          thead{display:table-header-group}
          tr,figure{break-inside:avoid}
          h2,h3,h4,caption{break-after:avoid}
          a{color:#1a1a1a;text-decoration:none}
        }
        """
}
