import BalansCore
import Foundation

/// Sheet names Excel accepts and a reader can read.
extension XLSXWriter {
    static func column(_ i: Int) -> String {
        var n = i + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }

    /// Small words a sheet name should not end on when cut short.
    static let danglingWords: Set<String> = [
        "och", "eller", "per", "i", "av", "med", "för", "på", "till", "som", "mot", "om", "vid", "efter", "inom",
        "utan", "än",
    ]

    /// A sheet name Excel accepts and a reader can read: at most 31 characters (UTF-16 units,
    /// as Excel counts), none of []:*?/\ (a slash becomes a hyphen), no apostrophe at either
    /// end, unique without regard to case. A longer title is cut between words, never inside
    /// one, and without a trailing dash or small word ("Investeringar per nämnd-styrelse" →
    /// "Investeringar per nämnd"); a name already used gets " (2)", " (3)", … within the 31.
    static func sheetName(_ title: String, used: inout Set<String>) -> String {
        var clean = String(title.map { "[]:*?\\".contains($0) ? " " : $0 == "/" ? "-" : $0.isNewline ? " " : $0 })
        clean = clean.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        clean = String(clean.trimmingCharacters(in: CharacterSet(charactersIn: "' ")))
        if clean.isEmpty { clean = ReportCatalogue.swedishCatalogue[.table] }
        var name = shortened(clean, to: 31)
        var n = 2
        while used.contains(name.lowercased()) {
            let suffix = " (\(n))"
            name = shortened(clean, to: 31 - suffix.utf16.count) + suffix
            n += 1
        }
        used.insert(name.lowercased())
        return name
    }

    /// `text` in at most `limit` UTF-16 units, cut after a space or hyphen; a first word
    /// longer than the limit is the only thing cut inside.
    static func shortened(_ text: String, to limit: Int) -> String {
        if text.utf16.count <= limit { return text }
        var words: [String] = []
        var word = ""
        for ch in text {
            word.append(ch)
            if ch == " " || ch == "-" || ch == "–" {
                words.append(word)
                word = ""
            }
        }
        words.append(word)
        var kept: [String] = []
        for w in words {
            guard (kept.joined() + w).trimmingCharacters(in: .whitespaces).utf16.count <= limit else { break }
            kept.append(w)
        }
        func trimmed(_ parts: [String]) -> String {
            parts.joined().trimmingCharacters(in: CharacterSet(charactersIn: " -–,;.(&'"))
        }
        while kept.count > 1, danglingWords.contains(trimmed([kept[kept.count - 1]]).lowercased()) { kept.removeLast() }
        let out = trimmed(kept)
        if !out.isEmpty { return out }
        var cut = ""
        for ch in text where (cut + String(ch)).utf16.count <= limit { cut.append(ch) }
        return cut.trimmingCharacters(in: .whitespaces)
    }
}
