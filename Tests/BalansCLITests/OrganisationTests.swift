import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// Issue 8: many organisations in one database never see each other's rows. Organisation B
/// is the same example as A — the same node codes, years, accounts and user names — and is
/// then changed in every kind of data; A's reports, reads and workflow stay exactly what they
/// were when A was alone, on both backends.
@Suite struct OrganisationTests {
    @Test(arguments: TestBackend.all) func organisationsNeverCross(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await backend.newDatabase(in: dir, name: "shared")
        func run(_ arguments: [String]) async throws -> CLI.Outcome {
            let r = try await CLI.run(arguments)
            #expect(r.status == 0, "\(arguments.joined(separator: " ")): \(r.stderr)")
            return r
        }
        func file(_ name: String, _ text: String) throws -> String {
            let path = dir.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        /// Every report kind of the demo, in Markdown and JSON, and the key ratios.
        func reports(_ organisation: String, into name: String) async throws -> [String: Data] {
            var out: [String: Data] = [:]
            for (kind, period, org) in [
                ("ur1", "2024-04", nil), ("manad", "2024-04", nil), ("arsredovisning", "2023-12", nil),
                ("namnd", "2024-04", "HS"),
                ("namnd", "2017-03", "RS17"),
            ] as [(String, String, String?)] {
                for format in ["md", "json"] {
                    let path = dir.appendingPathComponent("\(name)-\(kind)-\(org ?? "")-\(period).\(format)").path
                    _ = try await run(
                        [
                            "report", kind, "--period", period, "--format", format, "--out", path, "--db", db,
                            "--organisation", organisation,
                        ]
                            + (org.map { ["--org", $0] } ?? []))
                    out[URL(fileURLWithPath: path).lastPathComponent.replacingOccurrences(of: name, with: "")] =
                        try Data(
                            contentsOf: URL(fileURLWithPath: path))
                }
            }
            out["ratios"] = await Data(
                try run([
                    "ratios", "--period", "2024-04", "--format", "json", "--db", db, "--organisation", organisation,
                ]).stdout.utf8)
            return out
        }
        let april = Period(year: 2024, month: 4)!
        @Sendable func changeText(_ c: ChangeRequest) -> String { "\(c.kind) \(c.key) \(c.value) \(c.status)" }
        /// What the web application reads of an organisation.
        func reads(_ store: Store) async throws -> [String] {
            let data = try await store.followUpData()
            let rows = try await store.ledgerRows(
                year: 2024, account: 5010, ansvar: data.nodes.flatMap(\.ansvar), throughMonth: 4)
            var voucher: [Store.VoucherRow] = []
            if let first = rows.first { voucher = try await store.voucher(id: first.voucherID) }
            return [
                "\(data.organisationName) \(data.nodes.count) nodes \(data.budgets.count) budgets "
                    + "\(data.forecasts.count) forecasts \(data.staff.count) staff \(data.texts)",
                "\(try await store.ledgerYears()) "
                    + "\(try await store.ledgerSizes().sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })",
                "\(try await store.accountNames(year: 2024).sorted { $0.key < $1.key })",
                "\(rows.map { "\($0.series)\($0.number) \($0.date) \($0.amount)" })",
                "\(voucher.map { "\($0.account) \($0.ansvar) \($0.amount)" })",
                "\(try await store.forecastState(period: april, node: "HS"))",
                "\(try await store.changeRequests(period: april).map(changeText))",
                "\(try await store.frozenReports().map { "\($0.kind) \($0.period) \($0.node)" })",
                "\(try await store.auditTrail().map { "\($0.user) \($0.action) \($0.entity)" })",
                "\(try await store.user(named: "hs").map { "\($0.role) \($0.node)" } ?? "-") "
                    + "\(try await store.user(named: "anna").map { "\($0.role)" } ?? "-")",
                try await store.inputFingerprint(),
            ]
        }

        // A alone, then B with the same example in the same database.
        _ = try await run([
            "demo", "--db", db, "--organisation", "A", "--out", dir.appendingPathComponent("a").path, "--no-pdf",
        ])
        let aAlone = try await reports("A", into: "alone")
        let aReadsAlone = try await reads(Store(path: db, organisation: "A", create: false))
        _ = try await run([
            "demo", "--db", db, "--organisation", "B", "--out", dir.appendingPathComponent("b").path, "--no-pdf",
        ])
        await #expect(try reports("B", into: "b-before") == aAlone)  // the same example gives the same reports

        // B changes every kind of data: ledger, budget, forecast, texts, staff, indicators,
        // activities, investments, figures, a frozen report, users and the workflow.
        let ledger = dir.appendingPathComponent("b-2024.se").path
        _ = try await run(["generate", "--rows", "2000", "--out", ledger, "--year", "2024", "--seed", "9"])
        for (kind, path) in [
            ("sie", ledger),
            ("budget", try file("budget.csv", "year;node;account;amount\n2024;HS-SOM;5010;-1000000\n")),
            ("forecast", try file("forecast.csv", "period;node;amount\n2024-04;HS-SOM;-7000000\n")),
            ("texts", try file("texts.csv", "period;node;section;text\n2024-04;RH;summary;Bara B.\n")),
            ("figures", try file("figures.csv", "date;key;amount\n2024-04;pension_obligations;1\n")),
            (
                "investments",
                try file(
                    "investments.csv", "period;node;category;outcome;budget;forecast\n2024-04;HS;equipment;1;2;3\n")
            ),
            ("staff", try file("staff.csv", "period;node;measure;value\n2024-04;HS;worked_hours;99\n")),
            (
                "indicators",
                try file(
                    "indicators.csv",
                    "code;name;node;goal;unit;direction;period;target;outcome\nB-1;Bara "
                        + "B;RH;Mål;procent;higher;2024-04;1;2\n"
                )
            ),
            (
                "activities",
                try file(
                    "activities.csv",
                    "period;node;commitment;activity;status;end_date;unit\n2024-04;HS;Bara "
                        + "B;Aktivitet;följer;2024-12-31;HS\n"
                )
            ),
        ] {
            _ = try await run(["import", kind, path, "--db", db, "--organisation", "B"])
        }
        _ = try await run([
            "report", "ur1", "--period", "2024-04", "--format", "md", "--out",
            dir.appendingPathComponent("b-frozen.md").path, "--freeze", "--db", db,
            "--organisation", "B",
        ])
        let b = try await Store(path: db, organisation: "B", create: false)
        try await b.addUser(name: "anna", passwordHash: "$2b$10$x", role: .central, node: "")
        try await b.createSession(
            tokenHash: "b-token", user: "hs", csrf: "c", expiresAt: Int(Date().timeIntervalSince1970) + 3600)
        let version = try await b.saveForecast(
            period: april, committee: "HS",
            rows: [
                ForecastRow(
                    period: april, node: "HS-SOM", account: nil, amount: Money(kronor: -5), comment: "B", author: "hs",
                    status: .draft)
            ],
            expectedVersion: 0, user: "hs")
        _ = try await b.transitionForecast(
            period: april, committee: "HS", to: .submitted, expectedVersion: version, comment: "", user: "hs")
        _ = try await b.proposeChange(
            kind: .text, period: april, node: "HS", key: TextSection.deviationAnalysis.rawValue, value: "B:s analys",
            comment: "", expectedVersion: 0,
            submit: true, user: "hs")
        await #expect(try reports("B", into: "b-after") != aAlone)

        // A is exactly as it was alone: every report byte, every read of the web application.
        await #expect(try reports("A", into: "a-after") == aAlone)
        let a = try await Store(path: db, organisation: "A", create: false)
        #expect(try await reads(a) == aReadsAlone)
        #expect(try await a.session(tokenHash: "b-token", now: 0) == nil)  // B's session is no session in A
        #expect(try await b.session(tokenHash: "b-token", now: 0)?.user.name == "hs")
        #expect(try await a.user(named: "anna") == nil)
        #expect(try await b.user(named: "anna")?.role == .central)
        #expect(try await a.organisations() == ["A", "B", Store.defaultOrganisation].sorted())

        // Rebuilding A's demo leaves B as it is.
        let bBefore = try await reads(b)
        _ = try await run([
            "demo", "--db", db, "--organisation", "A", "--out", dir.appendingPathComponent("a2").path, "--no-pdf",
        ])
        #expect(try await reads(b) == bBefore)
    }

    @Test(arguments: TestBackend.all) func unknownOrganisationIsBadInputAndInitAddsOne(_ backend: TestBackend)
        async throws
    {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await backend.newDatabase(in: dir)
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        let unknown = try await CLI.run([
            "import", "org", CLI.repoRoot.appendingPathComponent("Examples/region-halland/org.csv").path, "--db", db,
            "--organisation", "kungsbacka",
        ])
        #expect(
            unknown.status == 65
                && unknown.stderr.contains(
                    "unknown organisation \"kungsbacka\" (create it with `balans init --organisation kungsbacka`)"),
            "\(unknown.stderr)")
        let added = try await CLI.run(["init", "--db", db, "--organisation", "kungsbacka"])
        #expect(added.status == 0 && added.stderr.contains("organisation \"kungsbacka\" created"), "\(added.stderr)")
        let again = try await CLI.run(["init", "--db", db, "--organisation", "kungsbacka"])
        #expect(
            again.status == 65 && again.stderr.contains("already has the organisation \"kungsbacka\""),
            "\(again.stderr)")
        let bad = try await CLI.run(["init", "--db", db, "--organisation", "Kungsbacka kommun"])
        #expect(bad.status == 65 && bad.stderr.contains("is not an organisation code"), "\(bad.stderr)")
    }
}
