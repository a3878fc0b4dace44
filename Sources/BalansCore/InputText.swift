import Foundation

/// Free text as Balans stores it: names, comments, report texts, voucher texts.
///
/// Control characters are refused wherever text comes in — forms, the API, CSV and SIE files
/// (issue 13): a NUL ends a C string, so SQLite stored such a text cut short, audit trail
/// included, and a user name with NUL slipped past the login limit. Tab is allowed in any text,
/// line breaks only in multi-line text. Nothing is ever truncated or silently cleaned.
public enum InputText {
    /// Why `text` cannot be stored, in Swedish for the user, or nil when it can: the first
    /// control character (Unicode category Cc) other than tab, and CR or LF in one-line text.
    public static func problem(in text: String, multiline: Bool) -> String? {
        for (offset, scalar) in text.unicodeScalars.enumerated() where isControl(scalar) {
            if scalar == "\t" || (multiline && (scalar == "\n" || scalar == "\r")) { continue }
            let code = String(scalar.value, radix: 16, uppercase: true)
            let name = String(repeating: "0", count: max(0, 4 - code.count)) + code
            return "innehåller styrtecknet U+\(name) (tecken \(offset + 1)), som inte kan sparas"
        }
        return nil
    }

    /// Line breaks as LF: browsers send a textarea's lines with CRLF (HTML's form encoding), a
    /// lone CR is an old Mac line end; stored text has one kind.
    public static func normalisingLineBreaks(_ text: String) -> String {
        guard text.unicodeScalars.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool { s.value < 0x20 || (0x7F...0x9F).contains(s.value) }
}
