import BalansCore
import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// Kolada's figures in the store (`kolada_value`): written in one transaction, each replacing its
/// KPI, municipality, year and gender; storing the same again changes nothing; the region's id
/// becomes the setting once; another organisation's figures never mix in.
@Suite struct KoladaStoreTests {
    static func figure(_ municipality: String, _ gender: KoladaGender, _ value: String) -> KoladaValue {
        KoladaValue(
            kpi: "N60401", kpiTitle: "Sjukfrånvaro", municipality: municipality, municipalityName: "R \(municipality)",
            year: 2023, gender: gender, value: Decimal(string: value)!, source: "https://example.test/p1")
    }

    @Test(arguments: TestBackend.all) func storedOnceReplacedByKeyAndKeptApart(_ b: TestBackend) async throws {
        let store = try await b.store(organisation: "a")
        let other = try await Store(backend: store.db.backend, organisation: "b", create: true, location: "test")
        let values = [
            Self.figure("0013", .total, "5.6"), Self.figure("0013", .women, "6.4"), Self.figure("0013", .men, "3.1"),
            Self.figure("0000", .total, "6.4"), Self.figure("0012", .total, "6.5"),
        ]
        let first = try await store.importKolada(values, file: "api", hash: "", own: "0013")
        #expect(first.changed)
        #expect(try await store.followUpData().kolada.count == values.count)
        #expect(try await store.setting(.koladaMunicipality) == "0013")

        // The same again: nothing changes, and the store says so.
        let fingerprint = try await store.contentFingerprint()
        let again = try await store.importKolada(values, file: "api", hash: "", own: "0013")
        #expect(!again.changed && again.message.contains("unchanged"))
        #expect(try await store.contentFingerprint() == fingerprint)

        // A new figure for a key replaces the old; a new region's id does not replace the setting.
        _ = try await other.importKolada([Self.figure("0012", .total, "9.9")], file: "api", hash: "", own: "0012")
        _ = try await store.importKolada([Self.figure("0012", .total, "6.6")], file: "api", hash: "", own: "0001")
        let stored = try await store.followUpData()
        #expect(stored.kolada.count == values.count)
        #expect(stored.kolada.first { $0.municipality == "0012" }?.value == Decimal(string: "6.6"))
        #expect(stored.koladaMunicipality == "0013")
        let theirs = try await other.followUpData()
        #expect(theirs.kolada.map(\.value) == [Decimal(string: "9.9")!] && theirs.koladaMunicipality == "0012")
    }
}
