import Foundation
import ZIPFoundation

/// Readable text views of the report files whose bytes a reviewer cannot read (issue 14: the
/// snapshot net under the reshaping). Each view keeps every character of what it shows and
/// adds only line breaks, indentation and header lines, so a change to a file is a change to
/// its view, shown as a diff of a few lines.
enum SnapshotView {
    /// A workbook as its parts' XML in the archive's order, each under a `=== path ===` line,
    /// each element on a line of its own (`XMLLines`): a changed cell is a changed line.
    static func xlsx(_ data: Data) throws -> String {
        try entries(data).map {
            "=== \($0.path) ===\n" + XMLLines.lines(String(decoding: $0.bytes, as: UTF8.self)).joined(separator: "\n")
                + "\n"
        }
        .joined()
    }

    /// A CSV zip as each table's text in the archive's order under a `=== name (…) ===` line.
    /// The header says whether the file starts with the byte-order mark and how its lines end,
    /// so the text below can show CRLF as a plain line break and still catch a change of either;
    /// a carriage return anywhere else is shown as `\r`.
    static func csvZip(_ data: Data) throws -> String {
        try entries(data).map { entry in
            var text = String(decoding: entry.bytes, as: UTF8.self)
            let bom = text.hasPrefix("\u{FEFF}")
            if bom { text.removeFirst() }
            // Counted on the bytes: Swift's strings take "\r\n" for one character.
            let bytes = [UInt8](entry.bytes)
            let crlf = zip(bytes, bytes.dropFirst()).filter { $0 == (13, 10) }.count
            let lf = bytes.filter { $0 == 10 }.count - crlf
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\\r")
            // The counts tell a missing last line end from one added here.
            return "=== \(entry.path) (\(bom ? "BOM" : "no BOM"), \(crlf) CRLF, \(lf) LF) ===\n" + text
                + (text.hasSuffix("\n") ? "" : "\n")
        }.joined()
    }

    /// `pdftotext -layout` output as pages under `=== Sida N ===` lines (the text of a page ends
    /// with its form feed in pdftotext's output; the feed itself is left out).
    static func pdfPages(_ text: String) -> String {
        var pages = text.components(separatedBy: "\u{0C}")
        if pages.last == "" { pages.removeLast() }
        return pages.enumerated().map { page in
            let lines = page.element.split(separator: "\n", omittingEmptySubsequences: false).map(wordsOnly)
            return "=== Sida \(page.offset + 1) ===\n" + lines.joined(separator: "\n")
                + (page.element.hasSuffix("\n") ? "" : "\n")
        }.joined()
    }

    /// A line of `pdftotext -layout` with every run of spaces as one: the columns' exact
    /// positions follow the fonts' metrics and hinting, which differ between machines with the
    /// same Chromium (fallback fonts installed with other programs); the words, their order, the
    /// lines and the pages do not.
    static func wordsOnly(_ line: Substring) -> String {
        line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// The entries of a zip archive in the archive's order.
    static func entries(_ data: Data) throws -> [(path: String, bytes: Data)] {
        let archive = try Archive(data: data, accessMode: .read)
        return try archive.map { entry in
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            return (entry.path, bytes)
        }
    }
}

/// XML with each element on a line of its own, indented by depth, for the generated parts of a
/// workbook (no comments, CDATA or whitespace between tags). An element whose content is a
/// chain — at most one child, itself a chain, as a cell `<c><is><t>text</t></is></c>` or a
/// `<v>` — stays on one line however long; an element with several children opens a line,
/// its children follow indented, and its end tag closes on its own line. Nothing is removed.
enum XMLLines {
    indirect enum Node {
        case text(String)
        /// `close` is empty for a self-closing tag and for `<?…?>`.
        case element(open: String, children: [Node], close: String)
    }

    static func lines(_ xml: String) -> [String] {
        guard let nodes = parse(xml) else { return xml.components(separatedBy: "\n") }  // not ours: as it is
        // Outside the root element (the declaration, the line break after it) as it is.
        let text = nodes.map { isChain($0) ? flat($0) : lines($0, depth: 0).joined(separator: "\n") }.joined()
        return text.components(separatedBy: "\n")
    }

    static func lines(_ node: Node, depth: Int) -> [String] {
        let indent = String(repeating: "  ", count: depth)
        guard case .element(let open, let children, let close) = node, !isChain(node) else {
            return [indent + flat(node)]
        }
        return [indent + open] + children.flatMap { lines($0, depth: depth + 1) } + [indent + close]
    }

    static func isChain(_ node: Node) -> Bool {
        guard case .element(_, let children, _) = node else { return true }
        return children.count <= 1 && children.allSatisfy(isChain)
    }

    static func flat(_ node: Node) -> String {
        switch node {
        case .text(let s): return s
        case .element(let open, let children, let close): return open + children.map(flat).joined() + close
        }
    }

    /// The nodes of `xml`, or nil when its tags do not nest.
    static func parse(_ xml: String) -> [Node]? {
        var stack: [(open: String, children: [Node])] = [("", [])]
        var rest = Substring(xml)
        while !rest.isEmpty {
            guard rest.first == "<" else {
                let text = rest.prefix { $0 != "<" }
                stack[stack.count - 1].children.append(.text(String(text)))
                rest = rest.dropFirst(text.count)
                continue
            }
            guard let end = rest.firstIndex(of: ">") else { return nil }
            let tag = String(rest[...end])
            rest = rest[rest.index(after: end)...]
            if tag.hasPrefix("</") {
                guard stack.count > 1 else { return nil }
                let (open, children) = stack.removeLast()
                stack[stack.count - 1].children.append(.element(open: open, children: children, close: tag))
            } else if tag.hasSuffix("/>") || tag.hasPrefix("<?") || tag.hasPrefix("<!") {
                stack[stack.count - 1].children.append(.element(open: tag, children: [], close: ""))
            } else {
                stack.append((tag, []))
            }
        }
        return stack.count == 1 ? stack[0].children : nil
    }
}
