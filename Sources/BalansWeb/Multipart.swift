import Foundation

/// A `multipart/form-data` body (RFC 7578) as a browser posts a form with a file: its parts by field name. Small
/// and strict: what does not parse is nil, and the caller answers 400.
struct Multipart {
    /// One field: its file name, if it is a file, and its bytes.
    struct Part {
        var filename: String?
        var data: Data
    }

    var parts: [String: Part] = [:]

    /// The parts of `body` under the boundary of `contentType`; nil when the type is not multipart/form-data
    /// with a boundary or the body does not follow it.
    init?(contentType: String, body: Data) {
        guard contentType.lowercased().hasPrefix("multipart/form-data"),
            let range = contentType.range(of: "boundary=")
        else { return nil }
        var boundary = String(contentType[range.upperBound...].prefix { $0 != ";" })
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        guard !boundary.isEmpty else { return nil }
        let delimiter = Data("--\(boundary)".utf8)
        let crlf2 = Data("\r\n\r\n".utf8)
        var position = body.startIndex
        guard let first = body.range(of: delimiter, in: position..<body.endIndex) else { return nil }
        position = first.upperBound
        while true {
            // After a delimiter: "--" ends the body, CRLF starts a part.
            if body[position...].starts(with: Data("--".utf8)) { break }
            guard body[position...].starts(with: Data("\r\n".utf8)) else { return nil }
            let headerStart = position + 2
            guard let headerEnd = body.range(of: crlf2, in: headerStart..<body.endIndex),
                let next = body.range(of: Data("\r\n".utf8) + delimiter, in: headerEnd.upperBound..<body.endIndex)
            else { return nil }
            let headers = String(decoding: body[headerStart..<headerEnd.lowerBound], as: UTF8.self)
            if let name = Self.parameter("name", in: headers) {
                parts[name] = Part(
                    filename: Self.parameter("filename", in: headers),
                    data: Data(body[headerEnd.upperBound..<next.lowerBound]))
            }
            position = next.upperBound
        }
    }

    /// A parameter of the Content-Disposition header: `name="file"`.
    static func parameter(_ key: String, in headers: String) -> String? {
        for line in headers.components(separatedBy: "\r\n") where line.lowercased().hasPrefix("content-disposition") {
            guard let r = line.range(of: "; \(key)=\"") else { continue }
            return String(line[r.upperBound...].prefix { $0 != "\"" })
        }
        return nil
    }

    /// A text field's value.
    func text(_ name: String) -> String? { parts[name].map { String(decoding: $0.data, as: UTF8.self) } }
}
