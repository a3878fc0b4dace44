import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// `balans kolada fetch` against a local stand-in for Kolada API v3 (`KoladaServer`): every page,
/// all three genders, riket and every region of the list with its name, the source on each
/// figure; a second fetch changes nothing; offline, nothing is written.
@Suite(.serialized) struct KoladaFetchCLITests {
    /// The figures of the hand-written answers, read here on their own: KPI|id|year|gender → value.
    static func served() throws -> [String: Decimal] {
        var out: [String: Decimal] = [:]
        for name in ["data-page1.json", "data-page2.json"] {
            let data = try Data(contentsOf: KoladaServer.fixtures.appendingPathComponent(name))
            let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            for case let entry as [String: Any] in try #require(root["values"] as? [Any]) {
                for case let v as [String: Any] in try #require(entry["values"] as? [Any]) {
                    guard let n = v["value"] as? NSNumber else { continue }
                    let key = "\(entry["kpi"]!)|\(entry["municipality"]!)|\(entry["period"]!)|\(v["gender"]!)"
                    out[key] = Decimal(string: n.stringValue)
                }
            }
        }
        return out
    }

    static func key(_ v: KoladaValue) -> String { "\(v.kpi)|\(v.municipality)|\(v.year)|\(v.gender.rawValue)" }

    @Test(arguments: TestBackend.all) func fetchStoresEveryPageGenderAndRegion(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await backend.newDatabase(in: dir)
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        let server = try await KoladaServer()
        let fetch = [
            "kolada", "fetch", "--kpi", "N79010,N17474", "--year", "2023", "--municipality", "0013,0000",
            "--base-url", server.baseURL, "--db", db,
        ]
        let r = try await CLI.run(fetch)
        #expect(r.status == 0, "\(r.stderr)")

        // The regions of the list (type L) and riket were asked for, not the kommun Halmstad; both pages were read.
        let asked = server.requests.all
        let data = asked.filter { $0.hasPrefix("/v3/data/") }
        #expect(data.count == 2)
        #expect(data.first?.contains("/municipality/0000,0001,0012,0013,0014/year/2023") == true)
        #expect(data.last?.contains("page=2") == true)

        let store = try await Store(path: db, create: false)
        let stored = try await store.followUpData()
        let expected = try Self.served()
        // Every non-null figure of both pages, all three genders (0001's women's figure is null: left out).
        #expect(Dictionary(uniqueKeysWithValues: stored.kolada.map { (Self.key($0), $0.value) }) == expected)
        #expect(Set(stored.kolada.map(\.gender)) == [.total, .women, .men])
        #expect(stored.kolada.allSatisfy { $0.source.hasPrefix(server.baseURL + "/data/kpi/") })
        #expect(stored.kolada.filter { $0.municipality == "0014" }.allSatisfy { $0.source.contains("page=2") })
        let halland = try #require(stored.kolada.first { $0.municipality == "0013" && $0.kpi == "N17474" })
        #expect(halland.municipalityName == "Region Halland")
        #expect(halland.kpiTitle == "Sjukfrånvaro bland anställda i regionen, andel (%)")
        #expect(stored.koladaMunicipality == "0013")

        // The comparison the reports print: the other regions' range, computed here from the answers.
        let others = ["0001", "0012", "0014"].compactMap { expected["N17474|\($0)|2023|T"] }
        let sick = try #require(
            KoladaComparison.compute(stored.kolada, own: "0013", through: 2024).first { $0.kpi == "N17474" })
        #expect(sick.own == expected["N17474|0013|2023|T"] && sick.national == expected["N17474|0000|2023|T"])
        #expect(sick.othersMin == others.min() && sick.othersMax == others.max() && sick.others.count == 3)

        // Fetching again changes nothing.
        let before = try await store.contentFingerprint()
        let again = try await CLI.run(fetch)
        #expect(again.status == 0 && again.stderr.contains("unchanged"), "\(again.stderr)")
        #expect(try await Store(path: db, create: false).contentFingerprint() == before)

        // Offline: a clear message, exit 69, nothing written.
        await server.stop()
        let offline = try await CLI.run(fetch.map { $0 == "2023" ? "2022" : $0 })
        #expect(offline.status == 69)
        #expect(offline.stderr.contains("cannot reach Kolada") && offline.stderr.contains("nothing was written"))
        #expect(!offline.stderr.contains("Fatal error") && offline.stderr.split(separator: "\n").count == 1)
        #expect(try await Store(path: db, create: false).contentFingerprint() == before)
    }

    /// Without `next_page`, the pages are asked for by number while a page is full (`page`, `per_page`).
    @Test func pagesByNumberWithoutNextPage() async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("t.sqlite").path
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        let server = try await KoladaServer(linked: false)
        defer { Task { await server.stop() } }
        let r = try await CLI.run([
            "kolada", "fetch", "--kpi", "N79010,N17474", "--year", "2023", "--municipality", "0013",
            "--base-url", server.baseURL, "--per-page", "4", "--db", db,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        // The regions' list is paged the same way: its second page is empty.
        #expect(server.requests.all.filter { $0.hasPrefix("/v3/municipality") }.count == 2)
        let pages = server.requests.all.filter { $0.hasPrefix("/v3/data/") }
        #expect(pages.map { $0.contains("page=2") } == [false, true, false] && pages.last?.contains("page=3") == true)
        let stored = try await Store(path: db, create: false).followUpData().kolada
        #expect(stored.count == (try Self.served()).count)
    }
}
