import BalansCore
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Reads Kolada API v3 (`balans kolada fetch`): the regions' list (`/municipality`, type L), the
/// KPIs' titles (`/kpi/{ids}`) and the figures (`/data/kpi/{kpis}/municipality/{ids}/year/{years}`)
/// of the region, riket and every other region, page by page (`next_page`, else `page` while a
/// page is full). Nothing is stored here: the caller writes the whole answer in one transaction.
public struct KoladaFetch: Sendable {
    /// Kolada's public API.
    public static let defaultBaseURL = "https://api.kolada.se/v3"
    /// The API's address without a trailing slash, e.g. a test server's `http://127.0.0.1:PORT/v3`.
    public var baseURL: String
    /// Entries asked for per page (`per_page`); Kolada gives at most 5000.
    public var perPage: Int
    /// Seconds to wait for an answer before giving up.
    public var timeout: TimeInterval

    /// A fetch from `baseURL`.
    public init(baseURL: String = KoladaFetch.defaultBaseURL, perPage: Int = 5000, timeout: TimeInterval = 30) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.perPage = perPage
        self.timeout = timeout
    }

    /// Kolada could not be reached or did not answer with data (offline, a refused connection, an
    /// HTTP error): one line for the user, no stack trace.
    public struct Unavailable: Error, CustomStringConvertible, Sendable {
        /// What went wrong and at which address.
        public var description: String
    }

    /// The figures of `kpis` in `years` for the region `own`, the extra `municipalities`, riket and
    /// every region in Kolada's list, each with the KPI's title, the place's name and the page's
    /// address as its source.
    public func figures(kpis: [String], years: [Int], own: String, municipalities: [String] = []) async throws
        -> [KoladaValue]
    {
        var regions: [String: (title: String, type: String)] = [:]
        for page in try await pages(from: "\(baseURL)/municipality", data: false) {
            regions.merge(try Kolada.list(page.bytes, file: page.url)) { a, _ in a }
        }
        let titles = try await kpiTitles(kpis)
        let ids = Set(
            [own, KoladaValue.national] + municipalities + regions.filter { $0.value.type == "L" }.map(\.key))
        let path =
            "\(baseURL)/data/kpi/\(kpis.joined(separator: ","))/municipality/\(ids.sorted().joined(separator: ","))"
            + "/year/\(years.map(String.init).joined(separator: ","))"
        var values: [KoladaValue] = []
        for page in try await pages(from: path, data: true) {
            values += try Kolada.page(page.bytes, file: page.url, source: page.url).values
        }
        return Kolada.named(values, kpis: titles, municipalities: regions)
    }

    /// The KPIs' titles; none when the list cannot be read (the report then names a KPI by its id).
    func kpiTitles(_ kpis: [String]) async throws -> [String: (title: String, type: String)] {
        let url = "\(baseURL)/kpi/\(kpis.joined(separator: ","))"
        guard let bytes = try await get(url, required: false) else { return [:] }
        return (try? Kolada.list(bytes, file: url)) ?? [:]
    }

    /// Every page of an answer starting at `first`: `next_page` while there is one; without it, the
    /// next `page` while the last was full.
    func pages(from first: String, data: Bool) async throws -> [(url: String, bytes: [UInt8])] {
        var out: [(url: String, bytes: [UInt8])] = []
        var number = 1
        var next: String? = first + (first.contains("?") ? "&" : "?") + "per_page=\(perPage)"
        while let url = next, out.count < 1000 {
            // A server that ignores `page` gives the same page again: that is the end, not more figures.
            guard let bytes = try await get(url, required: true), bytes != out.last?.bytes else { break }
            out.append((url, bytes))
            let page =
                data
                ? try Kolada.page(bytes, file: url, source: url)
                : Kolada.Page(
                    values: [], nextPage: Self.nextPage(bytes), entries: (try Kolada.list(bytes, file: url)).count)
            if let link = page.nextPage {
                next = URL(string: link, relativeTo: URL(string: url))?.absoluteString ?? link
            } else if page.entries >= perPage {
                number += 1
                next = first + (first.contains("?") ? "&" : "?") + "per_page=\(perPage)&page=\(number)"
            } else {
                next = nil
            }
        }
        return out
    }

    static func nextPage(_ bytes: [UInt8]) -> String? {
        let root = (try? JSONSerialization.jsonObject(with: Data(bytes))) as? [String: Any]
        return (root?["next_page"] as? String).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The body of a GET of `url`; nil for an HTTP error when the answer is not `required`.
    func get(_ url: String, required: Bool) async throws -> [UInt8]? {
        guard let address = URL(string: url), address.scheme == "http" || address.scheme == "https" else {
            throw Unavailable(description: "\(url): not an http(s) address")
        }
        var request = URLRequest(url: address, timeoutInterval: timeout)
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await URLSession.shared.data(for: request)
        } catch {
            throw Unavailable(description: "\(url): cannot reach Kolada (\(error.localizedDescription))")
        }
        let status = (response as? HTTPURLResponse)?.statusCode ?? 200
        guard (200..<300).contains(status) else {
            if !required { return nil }
            throw Unavailable(description: "\(url): Kolada answered HTTP \(status)")
        }
        return [UInt8](data)
    }
}
