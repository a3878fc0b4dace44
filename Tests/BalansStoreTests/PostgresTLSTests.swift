import BalansCore
import BalansImport
import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// PostgreSQL over TLS (`sslmode`, as libpq spells it): `.ci/run` gives its throwaway cluster a
/// self-signed certificate for 127.0.0.1 and names it in BALANS_TEST_POSTGRES_ROOTCERT.
@Suite struct PostgresTLSTests {
    static let rootCert: String? = ProcessInfo.processInfo.environment["BALANS_TEST_POSTGRES_ROOTCERT"].flatMap {
        $0.isEmpty ? nil : $0
    }

    @Test(
        .enabled(
            if: TestBackend.postgresURL != nil && rootCert != nil,
            "no PostgreSQL with TLS (BALANS_TEST_POSTGRES_ROOTCERT)"))
    func encryptedAndTheCertificateChecked() async throws {
        let url = try await TestBackend.postgres.newDatabase(in: FileManager.default.temporaryDirectory)
        let cert = try #require(Self.rootCert)
        // verify-full against the cluster's own certificate: the store works, encrypted.
        let verified = "\(url)?sslmode=verify-full&sslrootcert=\(cert)"
        let store = try await Store(path: verified)
        _ = try await store.importOrg(
            CSVKinds.org(Array(StoreTests.org.utf8), file: "org.csv"), file: "org.csv", hash: "x")
        #expect(try await store.followUpData().nodes.count == 4)
        let ssl = try PostgresBackend.administer(
            url: verified,
            "SELECT ssl FROM pg_stat_ssl WHERE pid = "
                + "pg_backend_pid()")
        #expect(ssl.first?.values.first == .integer(1))
        let plain = try PostgresBackend.administer(url: url, "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        #expect(plain.first?.values.first == .integer(0))
        // require encrypts without checking; verify-full without the root refuses a self-signed certificate.
        #expect(try await Store(path: "\(url)?sslmode=require", create: false).followUpData().nodes.count == 4)
        await #expect(throws: (any Error).self) { try await Store(path: "\(url)?sslmode=verify-full", create: false) }
    }

    @Test func theURLsParametersAreChecked() async throws {
        for (query, message) in [
            (
                "sslmode=sometimes",
                "sslmode \"sometimes\" is not one of disable, prefer, require, verify-ca, "
                    + "verify-full"
            ),
            ("timeout=5", "unknown URL parameter \"timeout\" (Balans reads sslmode and sslrootcert)"),
        ] {
            await #expect {
                try await Store(path: "postgres://balans:secret@127.0.0.1:1/balans?\(query)")
            } throws: { error in
                (error as? InputFailure)?.issues.map(\.description) == [
                    "postgres://balans:***@127.0.0.1:1/balans?\(query): \(message)"
                ]
            }
        }
    }
}
