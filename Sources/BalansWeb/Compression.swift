import Foundation
import Hummingbird
import ZIPFoundation

/// Text answers (pages, JSON, CSV, Markdown) and PDFs sent gzip-compressed (RFC 9110 §8.4, RFC 1952) to a client
/// that accepts it, as every browser and `curl --compressed` do: a region's report as JSON is 200 KB, compressed
/// 20–30; Chromium's PDF of the annual report 1 080 KB, compressed 412 (its fonts and page streams are left
/// plain). Inside ``PageCacheMiddleware``, so a kept answer is kept compressed and compressed once per session and
/// store version. xlsx files are zip archives, compressed already, and go as they are.
struct ResponseCompression: RouterMiddleware {
    typealias Context = WebContext

    /// Below this an answer goes as it is: the gain would not pay for the work.
    static let minimumBytes = 1024

    func handle(
        _ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        guard Self.acceptsGzip(request.headers[.acceptEncoding]), response.headers[.contentEncoding] == nil,
            let type = response.headers[.contentType], Self.isCompressible(type),
            let length = response.body.contentLength, length >= Self.minimumBytes
        else { return response }
        let collected = BodyCollector()
        try await response.body.write(collected)
        let plain = Data(buffer: collected.buffer)
        let packed = try Self.gzip(plain)
        response.headers[.contentEncoding] = "gzip"
        response.headers[.vary] = "Accept-Encoding"
        response.body = ResponseBody(byteBuffer: ByteBuffer(bytes: packed))
        return response
    }

    /// Whether `Accept-Encoding` names gzip with a weight above zero (`gzip`, `gzip;q=0.5`, `*`).
    static func acceptsGzip(_ header: String?) -> Bool {
        guard let header else { return false }
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let coding = parts.first, coding == "gzip" || coding == "x-gzip" || coding == "*" else { continue }
            let q = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return q > 0
        }
        return false
    }

    /// The types worth compressing: text, JSON, SVG, PDF.
    static func isCompressible(_ contentType: String) -> Bool {
        let type = contentType.lowercased()
        return ["text/", "application/json", "image/svg+xml", "application/pdf"].contains { type.hasPrefix($0) }
    }

    /// `data` as a gzip member (RFC 1952): the ten-byte header, raw deflate (zlib, through ZIPFoundation, which
    /// writes the xlsx files), the CRC-32 and the length modulo 2³², both little-endian.
    static func gzip(_ data: Data) throws -> Data {
        var out = Data([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3])
        let crc = try Data.compress(
            size: Int64(data.count), bufferSize: 64 << 10,
            provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) },
            consumer: { out.append($0) })
        for value in [crc, UInt32(truncatingIfNeeded: data.count)] {
            withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
        }
        return out
    }
}

/// Gathers a response body's bytes (a class: `finish` consumes the writer).
private final class BodyCollector: ResponseBodyWriter {
    var buffer = ByteBuffer()
    func write(_ part: ByteBuffer) async throws {
        var part = part
        buffer.writeBuffer(&part)
    }
    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
