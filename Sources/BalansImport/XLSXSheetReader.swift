import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the cells of one sheet of an xlsx workbook (Office Open XML) as Excel, LibreOffice or Balans saved it
/// (issue 17, item 4): every cell's value as text by its reference ("E14"), shared strings and inline strings
/// resolved, numbers as written (a decimal such as "-2904000000" or "1234.5", or "1.5E+3"). Formulas count by
/// their cached value. Nothing is evaluated.
public enum XLSXSheetReader {
    /// Why a file is not a workbook with the sheet asked for, in Swedish.
    public struct Failure: Error, CustomStringConvertible {
        /// The reason, in Swedish, as the upload shows it.
        public var description: String
    }

    /// The cells of the sheet `name` (case as written), by reference.
    public static func cells(of data: Data, sheet name: String) throws -> [String: String] {
        guard let archive = try? Archive(data: data, accessMode: .read) else {
            throw Failure(description: "filen är inte en xlsx-arbetsbok")
        }
        func file(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            var out = Data()
            _ = try archive.extract(entry, skipCRC32: false) { out.append($0) }
            return out
        }
        guard let workbook = try file("xl/workbook.xml"), let rels = try file("xl/_rels/workbook.xml.rels") else {
            throw Failure(description: "filen är inte en xlsx-arbetsbok (xl/workbook.xml saknas)")
        }
        let sheets = elements(workbook, "sheet")
        guard let sheet = sheets.first(where: { $0["name"] == name }), let id = sheet["r:id"] else {
            let names = sheets.compactMap { $0["name"] }.joined(separator: ", ")
            throw Failure(description: "arbetsboken har inget blad \"\(name)\" (bladen: \(names))")
        }
        guard let target = elements(rels, "Relationship").first(where: { $0["Id"] == id })?["Target"] else {
            throw Failure(description: "bladet \"\(name)\" saknas i arbetsboken")
        }
        // A target is relative to xl/ ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml").
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        guard let xml = try file(path) else { throw Failure(description: "bladet \"\(name)\" saknas i arbetsboken") }
        let shared = try file("xl/sharedStrings.xml").map(SharedStrings.read) ?? []
        return try SheetCells.read(xml, shared: shared)
    }
}

/// The attributes of every element named `name` in a document.
private func elements(_ data: Data, _ name: String) -> [[String: String]] {
    final class Collector: NSObject, XMLParserDelegate {
        let name: String
        var found: [[String: String]] = []
        init(_ name: String) { self.name = name }
        func parser(
            _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if element == name { found.append(attributes) }
        }
    }
    let collector = Collector(name)
    let parser = XMLParser(data: data)
    parser.delegate = collector
    _ = parser.parse()
    return collector.found
}

/// The shared strings table: each `<si>`'s text, its runs joined.
private enum SharedStrings {
    static func read(_ data: Data) -> [String] {
        final class Collector: NSObject, XMLParserDelegate {
            var strings: [String] = []
            var current = ""
            var inText = false
            var inPhonetic = false
            func parser(
                _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                if element == "si" { current = "" }
                if element == "rPh" { inPhonetic = true }
                if element == "t" { inText = !inPhonetic }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
            func parser(
                _ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?
            ) {
                if element == "t" { inText = false }
                if element == "rPh" { inPhonetic = false }
                if element == "si" { strings.append(current) }
            }
        }
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        _ = parser.parse()
        return collector.strings
    }
}

/// A worksheet's cells: `<c r="E14" t="s|str|inlineStr|b|n"><v>…</v><is><t>…</t></is></c>`.
private enum SheetCells {
    static func read(_ data: Data, shared: [String]) throws -> [String: String] {
        final class Collector: NSObject, XMLParserDelegate {
            let shared: [String]
            var cells: [String: String] = [:]
            var ref = ""
            var type = ""
            var text = ""
            var collecting = false
            var bad: String?
            init(_ shared: [String]) { self.shared = shared }
            func parser(
                _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                switch element {
                case "c":
                    ref = attributes["r"] ?? ""
                    type = attributes["t"] ?? "n"
                    text = ""
                case "v", "t": collecting = true
                default: break
                }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { if collecting { text += string } }
            func parser(
                _ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?
            ) {
                switch element {
                case "v", "t": collecting = false
                case "c":
                    guard !ref.isEmpty else { return }
                    if type == "s" {
                        guard let i = Int(text), shared.indices.contains(i) else {
                            bad = ref
                            return
                        }
                        cells[ref] = shared[i]
                    } else if !text.isEmpty {
                        cells[ref] = text
                    }
                default: break
                }
            }
        }
        let collector = Collector(shared)
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else {
            throw XLSXSheetReader.Failure(
                description: "bladet kunde inte läsas (\(parser.parserError.map { "\($0)" } ?? "XML"))")
        }
        if let bad = collector.bad {
            throw XLSXSheetReader.Failure(description: "cell \(bad) pekar på en delad text som inte finns")
        }
        return collector.cells
    }
}
