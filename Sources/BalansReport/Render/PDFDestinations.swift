import Foundation

/// The page each named destination of a PDF lands on, read from the file's own structure: the
/// cross-reference table gives every object, the catalogue's page tree gives the pages in
/// order, and `/Dests` (or the `/Names` tree) gives each destination's page object. Chromium
/// writes a destination for every element a link points to, so the report's table of
/// contents, linking to its chapters, learns their page numbers from the printed PDF itself
/// (a browser cannot number pages in CSS: `target-counter` is not supported).
///
/// Only what Chromium writes is read (a classic `xref` table, dictionaries outside streams); a
/// file in another shape gives no pages and the contents stay without numbers.
enum PDFDestinations {
    /// Destination name → page number (1-based); empty when the PDF cannot be read this way.
    static func pages(_ pdf: Data) -> [String: Int] {
        let objects = objectTable([UInt8](pdf))
        guard let catalog = objects.values.first(where: { $0.contains("/Type /Catalog") }),
            let pagesRoot = reference(after: "/Pages", in: catalog)
        else { return [:] }
        var order: [Int: Int] = [:]
        var visited = Set<Int>()
        func walk(_ number: Int) {
            guard visited.insert(number).inserted, let dict = objects[number] else { return }
            if let kids = array(after: "/Kids", in: dict) {
                for kid in references(in: kids) { walk(kid) }
            } else if dict.contains("/Type /Page") {
                order[number] = order.count + 1
            }
        }
        walk(pagesRoot)
        var out: [String: Int] = [:]
        func add(_ name: String, _ destination: String) {
            if let page = references(in: destination).first.flatMap({ order[$0] }) { out[name] = page }
        }
        if let destsRef = reference(after: "/Dests", in: catalog), let dests = objects[destsRef] {
            for (name, destination) in namedArrays(dests) { add(name, destination) }
        }
        return out
    }

    /// Object number → the object's text up to its stream or its end.
    static func objectTable(_ bytes: [UInt8]) -> [Int: String] {
        // The file ends with "startxref", the table's offset and "%%EOF".
        let tail = String(decoding: bytes.suffix(64), as: UTF8.self)
        guard let start = tail.range(of: "startxref", options: .backwards),
            let offset = Int(tail[start.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""),
            offset < bytes.count
        else { return [:] }
        let table = String(decoding: bytes[offset...], as: UTF8.self)
        var lines = table.split(whereSeparator: \.isNewline).map(String.init)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "xref" else { return [:] }
        lines.removeFirst()
        var objects: [Int: String] = [:]
        var index = 0
        while index < lines.count {
            let head = lines[index].split(separator: " ")
            guard head.count == 2, let first = Int(head[0]), let count = Int(head[1]) else { break }
            for k in 0..<count where index + 1 + k < lines.count {
                let entry = lines[index + 1 + k].split(separator: " ")
                guard entry.count >= 3, entry[2].hasPrefix("n"), let at = Int(entry[0]), at < bytes.count else {
                    continue
                }
                objects[first + k] = String(decoding: bytes[at..<dictionaryEnd(bytes, from: at)], as: UTF8.self)
            }
            index += 1 + count
        }
        return objects
    }

    /// Where the object starting at `start` ends or its stream begins: the first "stream" or
    /// "endobj" (a dictionary is short; a long report's destinations are a few kilobytes).
    static func dictionaryEnd(_ bytes: [UInt8], from start: Int) -> Int {
        let limit = min(bytes.count, start + 65_536)
        var i = start
        while i + 6 <= limit {
            if bytes[i] == UInt8(ascii: "s") && bytes[i..<i + 6].elementsEqual("stream".utf8) { return i }
            if bytes[i] == UInt8(ascii: "e") && bytes[i..<i + 6].elementsEqual("endobj".utf8) { return i }
            i += 1
        }
        return limit
    }

    /// The object number of `key N 0 R` in `dict`.
    static func reference(after key: String, in dict: String) -> Int? {
        guard let r = dict.range(of: key + " ") else { return nil }
        let parts = dict[r.upperBound...].split(separator: " ", maxSplits: 3)
        guard parts.count >= 3, parts[2].hasPrefix("R") else { return nil }
        return Int(parts[0])
    }

    /// The text inside `key [ … ]`.
    static func array(after key: String, in dict: String) -> String? {
        guard let r = dict.range(of: key), let open = dict[r.upperBound...].firstIndex(where: { !$0.isWhitespace }),
            dict[open] == "[", let close = dict[open...].firstIndex(of: "]")
        else { return nil }
        return String(dict[dict.index(after: open)..<close])
    }

    /// Every `N 0 R` in `text`, in order.
    static func references(in text: String) -> [Int] {
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.indices.compactMap { i in
            i + 2 < words.count && words[i + 2].hasPrefix("R") ? Int(words[i]) : nil
        }
    }

    /// `/name [ … ]` pairs of a dictionary, names decoded (`#2D` → `-`).
    static func namedArrays(_ dict: String) -> [(String, String)] {
        var out: [(String, String)] = []
        var rest = dict[...]
        while let slash = rest.firstIndex(of: "/") {
            let nameEnd = rest[rest.index(after: slash)...].firstIndex { $0.isWhitespace || $0 == "[" } ?? rest.endIndex
            let name = String(rest[rest.index(after: slash)..<nameEnd])
            let after = rest[nameEnd...].drop { $0.isWhitespace }
            if after.first == "[", let close = after.firstIndex(of: "]") {
                out.append((decodeName(name), String(after[after.index(after: after.startIndex)..<close])))
                rest = after[after.index(after: close)...]
            } else {
                rest = rest[nameEnd...]
            }
        }
        return out
    }

    /// A PDF name with its `#xx` escapes undone.
    static func decodeName(_ name: String) -> String {
        var bytes: [UInt8] = []
        var it = Array(name.utf8).makeIterator()
        while let b = it.next() {
            if b == UInt8(ascii: "#"), let h = it.next(), let l = it.next(),
                let v = UInt8(String(decoding: [h, l], as: UTF8.self), radix: 16)
            {
                bytes.append(v)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
