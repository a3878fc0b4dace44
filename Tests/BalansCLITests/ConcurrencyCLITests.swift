import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Writers at the same time: two processes importing into one database are serialised (the
/// second waits for the first), and parallel saves on one forecast version lose no update —
/// exactly one wins, the others are told the version is stale.
@Suite struct ConcurrencyTests {
    @Test(arguments: TestBackend.all) func twoImportsAtOnceBothLand(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        let db = try await backend.newDatabase(in: dir)
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        let a = dir.appendingPathComponent("a.se").path
        let b = dir.appendingPathComponent("b.se").path
        #expect(
            try await CLI.run(["generate", "--rows", "300000", "--out", a, "--seed", "1", "--year", "2023"]).status == 0
        )
        #expect(
            try await CLI.run(["generate", "--rows", "300000", "--out", b, "--seed", "2", "--year", "2024"]).status == 0
        )
        let results = [a, b].map { file in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CLI.binary)
            p.arguments = ["import", "sie", file, "--db", db]
            p.standardError = FileHandle.nullDevice
            return p
        }
        for p in results { try p.run() }
        for p in results { await p.ended() }
        #expect(results.map(\.terminationStatus) == [0, 0])
        let data = try await Store(path: db, create: false).followUpData()
        #expect(Set(data.ledgers.keys) == [2023, 2024])
    }

    func importer(_ file: String, _ db: String, _ organisation: OrganisationCode) -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["import", "sie", file, "--db", db, "--organisation", organisation.rawValue]
        p.standardError = FileHandle.nullDevice
        return p
    }

    /// Two organisations importing at the same moment both land, each its own ledger only.
    @Test(arguments: TestBackend.all) func twoOrganisationsImportAtOnce(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await backend.newDatabase(in: dir)
        for organisation in ["A", "B"] {
            #expect(try await CLI.run(["init", "--db", db, "--organisation", organisation]).status == 0)
        }
        let a = dir.appendingPathComponent("a.se").path
        let b = dir.appendingPathComponent("b.se").path
        #expect(
            try await CLI.run(["generate", "--rows", "200000", "--out", a, "--seed", "1", "--year", "2024"]).status == 0
        )
        #expect(
            try await CLI.run(["generate", "--rows", "100000", "--out", b, "--seed", "2", "--year", "2024"]).status == 0
        )
        let processes = [importer(a, db, "A"), importer(b, db, "B")]
        for p in processes { try p.run() }
        for p in processes { await p.ended() }
        #expect(processes.map(\.terminationStatus) == [0, 0])
        let sizesA = try await Store(path: db, organisation: "A", create: false).ledgerSizes()
        let sizesB = try await Store(path: db, organisation: "B", create: false).ledgerSizes()
        #expect(sizesA[2024]?.rows == 200_000)
        #expect(sizesB[2024]?.rows == 100_000)
    }

    /// Two exports of the same year imported at the same moment: one replaces the other
    /// whole, never a mix of the two.
    @Test(arguments: TestBackend.all) func sameYearAtOnceIsOneWholeLedger(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await backend.newDatabase(in: dir)
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        let a = dir.appendingPathComponent("a.se").path
        let b = dir.appendingPathComponent("b.se").path
        #expect(
            try await CLI.run(["generate", "--rows", "120000", "--out", a, "--seed", "1", "--year", "2024"]).status == 0
        )
        #expect(
            try await CLI.run(["generate", "--rows", "60000", "--out", b, "--seed", "2", "--year", "2024"]).status == 0)
        let processes = [importer(a, db, Store.defaultOrganisation), importer(b, db, Store.defaultOrganisation)]
        for p in processes { try p.run() }
        for p in processes { await p.ended() }
        #expect(processes.map(\.terminationStatus) == [0, 0])
        let store = try await Store(path: db, create: false)
        let size = try #require(try await store.ledgerSizes()[2024])
        #expect(size.rows == 120_000 || size.rows == 60_000)
        // Exactly what the winning file gives alone: its vouchers, its rows, its cells.
        let alone = try await backend.newDatabase(in: dir, name: "alone")
        #expect(try await CLI.run(["init", "--db", alone]).status == 0)
        #expect(try await CLI.run(["import", "sie", size.rows == 120_000 ? a : b, "--db", alone]).status == 0)
        let reference = try await Store(path: alone, create: false)
        #expect(try await reference.ledgerSizes()[2024]?.vouchers == size.vouchers)
        #expect(
            try await Set(store.followUpData().ledgers[2024]?.cells ?? [])
                == Set(reference.followUpData().ledgers[2024]?.cells ?? []))
    }

    /// The same file imported twice at the same moment: one import writes it, the other finds
    /// it there (also when it had started before the first one committed).
    @Test(arguments: TestBackend.all) func sameFileAtOnceIsWrittenOnce(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await backend.newDatabase(in: dir)
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        let file = dir.appendingPathComponent("a.se").path
        #expect(
            try await CLI.run(["generate", "--rows", "100000", "--out", file, "--seed", "5", "--year", "2024"]).status
                == 0)
        let processes = (0..<2).map { _ in
            let p = importer(file, db, Store.defaultOrganisation)
            p.standardError = Pipe()
            return p
        }
        for p in processes { try p.run() }
        var messages: [String] = []
        for p in processes {
            let pipe = (p.standardError as? Pipe)?.fileHandleForReading
            let text = try await offCooperativePool { pipe?.readDataToEndOfFile() ?? Data() }
            messages.append(String(decoding: text, as: UTF8.self))
            await p.ended()
        }
        #expect(processes.map(\.terminationStatus) == [0, 0])
        #expect(messages.filter { $0.contains("ledger 2024 imported") }.count == 1, "\(messages)")
        #expect(
            messages.filter { $0.contains("ledger 2024 unchanged (same file already imported)") }.count == 1,
            "\(messages)")
    }

    /// On PostgreSQL the writes of one organisation wait for each other and no one else's:
    /// while A's write lock is held, B's import runs to the end and A's waits.
    @Test(.enabled(if: TestBackend.all.contains(.postgres), "BALANS_TEST_POSTGRES_URL is not set"))
    func postgresSerialisesPerOrganisation() async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await TestBackend.postgres.newDatabase(in: dir)
        for organisation in ["A", "B"] {
            #expect(try await CLI.run(["init", "--db", db, "--organisation", organisation]).status == 0)
        }
        let ledger = dir.appendingPathComponent("l.se").path
        #expect(
            try await CLI.run(["generate", "--rows", "20000", "--out", ledger, "--seed", "4", "--year", "2024"]).status
                == 0)
        let key = try await Store(path: db, organisation: "A", create: false).writeLockKey
        let waiting = importer(ledger, db, "A")
        try TestBackend.holdingPostgresLock(url: db, key: key) {
            try waiting.run()
            let other = importer(ledger, db, "B")
            try other.run()
            other.waitUntilExit()
            #expect(other.terminationStatus == 0)  // B did not wait for A
            Thread.sleep(forTimeInterval: 1)
            #expect(waiting.isRunning)  // A waits for A
        }
        await waiting.ended()
        #expect(waiting.terminationStatus == 0)
        #expect(try await Store(path: db, organisation: "A", create: false).ledgerSizes()[2024]?.rows == 20_000)
    }

    @Test(arguments: TestBackend.all) func parallelSavesOnOneVersionLoseNothing(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        let path = try await CLI.copyOfDemo(backend, in: dir)
        let store = try await Store(path: path, create: false)
        let p = Period(year: 2024, month: 4)!
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for i in 0..<16 {
                group.addTask {
                    let row = ForecastRow(
                        period: p, node: "HS-SOM", account: 5010, amount: Money(kronor: Int64(-1_000 - i)),
                        status: .draft)
                    return
                        await
                        (try? store.saveForecast(
                            period: p, committee: "HS", rows: [row], expectedVersion: 0, user: "u\(i)")) != nil
                }
            }
            var wins: [Bool] = []
            for await won in group { wins.append(won) }
            return wins
        }
        #expect(outcomes.filter { $0 }.count == 1)
        // Sixteen writers that reload on a stale version: every one of their changes lands, in turn.
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<16 {
                group.addTask {
                    while true {
                        let version = await (try? store.forecastState(period: p, node: "HS").version) ?? 0
                        let row = ForecastRow(
                            period: p, node: "HS-REG", account: 4510, amount: Money(kronor: Int64(i)), status: .draft)
                        if await
                            (try? store.saveForecast(
                                period: p, committee: "HS", rows: [row], expectedVersion: version, user: "w\(i)"))
                            != nil
                        {
                            return
                        }
                    }
                }
            }
        }
        #expect(try await store.forecastState(period: p, node: "HS").version == 17)
        #expect(try await store.auditTrail(limit: 100).filter { $0.user.hasPrefix("w") }.count == 16)
    }
}

/// `balans serve` puts the file in WAL mode, and an import from another process lands while
/// the server runs and answers.
@Suite struct ServeWhileImportingTests {
    @Test(arguments: TestBackend.all) func importWhileServing(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        let db = try await CLI.copyOfDemo(backend, in: dir)
        let port = 20_000 + Int.random(in: 0..<20_000)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: CLI.binary)
        server.arguments = ["serve", "--db", db, "--port", String(port)]
        server.standardError = FileHandle.nullDevice
        server.standardOutput = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        // Generous limits: on a build machine of two cores running the whole suite, the server took
        // more than ten seconds to start and the import's own work slows every answer.
        // The answer is waited for off Swift's cooperative threads (``offCooperativePool``).
        func status(_ path: String) async -> Int? {
            let code = try? await offCooperativePool { () -> Int? in
                var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!, timeoutInterval: 60)
                request.httpMethod = "GET"
                let done = DispatchSemaphore(value: 0)
                nonisolated(unsafe) var code: Int?
                URLSession.shared.dataTask(with: request) { _, response, _ in
                    code = (response as? HTTPURLResponse)?.statusCode
                    done.signal()
                }.resume()
                done.wait()
                return code
            }
            return code ?? nil
        }
        var up = false
        let started = ContinuousClock.now
        // No early exit on `server.isRunning`: on the CI machine the loop ended at once with the server starting.
        while !up, ContinuousClock.now - started < .seconds(600) {
            up = await status("/login") == 200
            if !up { try await Task.sleep(for: .milliseconds(200)) }
        }
        #expect(up, "the server did not answer within \(ContinuousClock.now - started)")
        // SQLite: serve switched the file to WAL. PostgreSQL's readers never wait for writers.
        let reopened = try await Store(path: db, create: false)
        #expect(try await reopened.journalMode() == (backend == .sqlite ? "wal" : "mvcc"))
        let ledger = dir.appendingPathComponent("g.se").path
        #expect(
            try await CLI.run(["generate", "--rows", "200000", "--out", ledger, "--year", "2025", "--seed", "3"]).status
                == 0)
        let importer = Process()
        importer.executableURL = URL(fileURLWithPath: CLI.binary)
        importer.arguments = ["import", "sie", ledger, "--db", db]
        importer.standardError = FileHandle.nullDevice
        try importer.run()
        // The server keeps answering while the import writes.
        for _ in 0..<10 { #expect(await status("/login") == 200) }
        await importer.ended()
        #expect(importer.terminationStatus == 0)
        let imported = try await Store(path: db, create: false).followUpData()
        #expect(imported.ledgers[2025] != nil)
    }
}
