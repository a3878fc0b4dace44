import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// Text answers gzip-compressed for a client that accepts it (``ResponseCompression``), read back by the system's
/// own `gzip`: the same bytes as the answer sent plain.
@Suite struct CompressionTests {
    /// `data` through `gzip -dc`, a decoder that is not ours.
    static func gunzip(_ data: Data) async throws -> Data {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("balans-\(UUID().uuidString).gz")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let r = try await runProcess("/bin/sh", ["-c", "gzip -dc \"$0\"", file.path])
        #expect(r.status == 0, "gzip -dc failed")
        return r.stdout
    }

    @Test func gzipMembersAreReadByGzip() async throws {
        let text = Data(String(repeating: "Hälso- och sjukvårdsnämnden;-656 000 000,00\n", count: 5_000).utf8)
        for data in [text, Data(), Data((0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })] {
            let packed = try ResponseCompression.gzip(data)
            await #expect(try Self.gunzip(packed) == data)
        }
        // A repeated line packs to a few hundred bytes.
        #expect(try ResponseCompression.gzip(text).count < text.count / 50)
    }

    @Test func acceptEncodingIsRead() {
        #expect(ResponseCompression.acceptsGzip("gzip, deflate, br"))
        #expect(ResponseCompression.acceptsGzip("br;q=1.0, GZIP;q=0.5"))
        #expect(ResponseCompression.acceptsGzip("*"))
        #expect(!ResponseCompression.acceptsGzip("gzip;q=0"))
        #expect(!ResponseCompression.acceptsGzip("br, deflate"))
        #expect(!ResponseCompression.acceptsGzip(nil))
    }

    @Test func compressibleTypes() {
        for type in ["text/html; charset=utf-8", "text/csv; charset=utf-8", "application/json", "application/pdf"] {
            #expect(ResponseCompression.isCompressible(type), "\(type)")
        }
        let xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        for type in [xlsx, "image/png", "application/zip"] { #expect(!ResponseCompression.isCompressible(type)) }
    }

    @Test(arguments: TestBackend.all) func textAnswersGoCompressed(_ backend: TestBackend) async throws {
        let store = try await WebFixture.store(backend)
        let web = WebApp(store: store, secureCookies: false)
        try await Application(router: web.router()).test(.router) { client in
            var central = Browser(client: client)
            try await central.login("central")
            for uri in [
                "/", "/rapporter/ur1?period=2024-04&format=json", "/rad/HS-SOM/konto/5010?period=2024-04&format=csv",
                "/api/reports/ur1?period=2024-04", "/rapporter/ur1?period=2024-04&format=md",
            ] {
                let plain = try await central.get(uri)
                var headers = central.cookieHeader
                headers[.acceptEncoding] = "gzip, deflate, br"
                // Twice: made, then from the page cache (kept apart from the plain answer).
                for _ in 0..<2 {
                    let packed = try await client.execute(uri: uri, method: .get, headers: headers, body: nil)
                    #expect(packed.status == .ok && packed.headers[.contentEncoding] == "gzip", "\(uri)")
                    #expect(packed.headers[.vary] == "Accept-Encoding")
                    #expect(packed.headers[.contentType] == plain.headers[.contentType])
                    let body = Data(buffer: packed.body)
                    #expect(body.count < plain.body.readableBytes / 3, "\(uri): \(body.count) bytes")
                    await #expect(try Self.gunzip(body) == Data(buffer: plain.body), "\(uri)")
                }
                #expect(plain.headers[.contentEncoding] == nil)
            }
            // An xlsx file is a zip already; q=0 refuses gzip.
            var headers = central.cookieHeader
            headers[.acceptEncoding] = "gzip"
            let book = try await client.execute(
                uri: "/rad/HS-SOM/konto/5010?period=2024-04&format=xlsx", method: .get, headers: headers, body: nil)
            #expect(book.status == .ok && book.headers[.contentEncoding] == nil)
            headers[.acceptEncoding] = "gzip;q=0"
            let refused = try await client.execute(uri: "/", method: .get, headers: headers, body: nil)
            #expect(refused.status == .ok && refused.headers[.contentEncoding] == nil)
        }
    }
}
