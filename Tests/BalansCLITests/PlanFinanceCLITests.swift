import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// `balans import planinvestments|planfinance`, `balans plan show` and `balans report malbudget` with an investment
/// plan (issue 18, items 5 and 6), on both backends: the capital costs in the frame and the result, the projected
/// balance sheet and cash flow from the 2024 ledger, the self-financing goal — figures worked out by hand below —
/// bad files refused line by line with nothing written, the same files again changing nothing.
@Suite struct PlanFinanceCLITests {
    // The region of `PlanCLITests` (committee C, the region's own F) with a 2024 ledger: fixed assets 50 000 000,
    // cash 20 000 000, equity 40 000 000, long-term debt 30 000 000 at the start; a cost of 5 000 000 paid in June.
    static let ledger = """
        #FLAGGA 0
        #SIETYP 4
        #RAR 0 20240101 20241231
        #IB 0 1110 50000000.00
        #IB 0 1930 20000000.00
        #IB 0 2010 -40000000.00
        #IB 0 2350 -30000000.00
        #VER A 1 20240615 "Kostnad"
        {
        #TRANS 5010 {} 5000000.00
        #TRANS 1930 {} -5000000.00
        }

        """
    static let investments = """
        version;year;node;project;category;amount;reference
        v1;2024;C;Röntgen;equipment;10000000;RF 1
        v1;2025;C;Ombyggnad;property;30000000;RF 1
        """
    static let finance = """
        version;year;item;category;value;reference
        v1;;avskrivningstid;equipment;5;RKR R3
        v1;;avskrivningstid;property;30;RKR R3
        v1;2025;ränta;;2;SKR
        v1;2026;ranta;;2;SKR
        v1;2027;ränta;;2;SKR
        v1;2025;upplåning;;20000000;RF 1
        v1;2025;amortering;;1000000;RF 1
        """

    @Test(arguments: TestBackend.all) func anInvestmentPlanImportedAndShown(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await backend.newDatabase(in: dir)
        func file(_ name: String, _ text: String) throws -> String {
            let url = dir.appendingPathComponent(name)
            try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let org = try file(
            "org.csv",
            "code;parent;name;kind\nR;;Regionen;region\nC;R;Nämnden;committee\nC-L;C;Linjen;line\n"
                + "F;R;Finansiering;committee\nF-S;F;Skatteintäkter;line\nF-G;F;Statsbidrag;line\n"
                + "F-F;F;Finansiella poster;line\nF-R;F;Regionbidrag;line")
        let mapping = try file(
            "mapping.csv",
            "from;to;line;internal\n1000;1399;fixed_assets;\n1500;1999;current_assets;\n2000;2099;equity;\n"
                + "2300;2399;long_term_liabilities;\n3990;3990;revenue;ja\n4990;4990;costs;ja\n5000;7999;costs;\n"
                + "8000;8099;tax;\n8200;8399;grants;\n8400;8499;financial_income;\n8500;8599;financial_costs;")
        for args in [
            ["init", "--db", db], ["import", "org", org, "--db", db], ["import", "mapping", mapping, "--db", db],
            ["import", "sie", try file("ledger-2024.se", Self.ledger), "--db", db],
            ["import", "budget", try file("budget.csv", PlanCLITests.budget), "--db", db],
            ["import", "taxes", try file("taxes.csv", PlanCLITests.taxes), "--db", db],
            ["import", "frames", try file("frames.csv", PlanCLITests.frames), "--db", db],
            ["import", "planinvestments", try file("planinvestments.csv", Self.investments), "--db", db],
            ["import", "planfinance", try file("planfinance.csv", Self.finance), "--db", db],
        ] {
            let r = try await CLI.run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        let show = try await CLI.run(["plan", "show", "--year", "2025", "--version", "v1", "--db", db])
        #expect(show.status == 0, "\(show.stderr)")
        let text = show.stdout.replacingOccurrences(of: "\u{A0}", with: " ")
        // 2025: the 2024 equipment's first year of use, 10 000 000 / 5 = 2 000 000 and 2 % of 10 000 000 = 200 000
        // (the property of 2025 costs nothing until 2026); C's frame 101 600 000 (PlanCLITests) + 2 200 000.
        for line in [
            "kapitalkostnad: Kapitalkostnader nya investeringar", "2 200 000,00 kr", "103 800 000,00 kr",
            "C: 2 000 000,00 kr + 200 000,00 kr", "= kapitalkostnader 2025",
        ] {
            #expect(text.contains(line), "\(line)")
        }
        func row(_ label: String) -> String? {
            text.split(separator: "\n").first { $0.hasPrefix(label + "  ") }.map(String.init)
        }
        // Result 2025: 38 880 000 (PlanCLITests) − 2 200 000 = 36 680 000. Cash flow: 36 680 000 + 2 000 000
        // − 30 000 000 + 20 000 000 − 1 000 000 = 27 680 000; cash 20 000 000 − 5 000 000 + 27 680 000 =
        // 42 680 000. Fixed assets 50 000 000 + 30 000 000 − 2 000 000 = 78 000 000; equity 40 000 000 − 5 000 000
        // + 36 680 000 = 71 680 000; debt 30 000 000 + 20 000 000 − 1 000 000 = 49 000 000; both sides 120 680 000.
        #expect(row("Resultat")?.contains("36,7") == true, "\(row("Resultat") ?? "")")
        #expect(row("Årets kassaflöde")?.contains("27,7") == true)
        #expect(row("Likvida medel")?.contains("15,0        42,7") == true, "\(row("Likvida medel") ?? "")")
        #expect(row("Anläggningstillgångar")?.contains("50,0        78,0") == true)
        #expect(row("Eget kapital")?.contains("35,0        71,7") == true)
        #expect(row("Långfristiga skulder")?.contains("30,0        49,0") == true)
        #expect(row("Summa tillgångar")?.contains("65,0       120,7") == true)
        #expect(row("Summa eget kapital, avsättningar och skulder")?.contains("65,0       120,7") == true)
        // Self-financing 2025: (36 680 000 + 2 000 000) / 30 000 000 = 128,9 % ≥ 100 %.
        #expect(text.contains("Självfinansieringsgrad 2025: 129 % (mål minst 100 %): uppfylls"), "\(text)")

        // The Mål och budget document has the chapters.
        let out = dir.appendingPathComponent("mb.md").path
        let report = try await CLI.run([
            "report", "malbudget", "--period", "2025-12", "--version", "v1", "--format", "md", "--out", out,
            "--db", db,
        ])
        #expect(report.status == 0, "\(report.stderr)")
        let md = try String(contentsOfFile: out, encoding: .utf8).replacingOccurrences(of: "\u{A0}", with: " ")
        for heading in [
            "Budgeterad balansräkning", "Budgeterad kassaflödesanalys", "Självfinansiering av investeringarna",
            "Driftkonsekvenser av investeringarna", "Kapitalkostnader nya investeringar",
        ] {
            #expect(md.contains(heading), "\(heading)")
        }
        let cash = md.split(separator: "\n").first { $0.contains("Likvida medel vid årets slut") }
        #expect(cash?.contains("| 43 |") == true, "\(cash ?? "")")

        // The same files again change nothing; bad files are refused line by line and write nothing.
        let before = try await Store(path: db, create: false).contentFingerprint()
        #expect(
            try await CLI.run([
                "import", "planinvestments", try file("planinvestments.csv", Self.investments), "--db", db,
            ])
            .status == 0)
        #expect(
            try await CLI.run(["import", "planfinance", try file("planfinance.csv", Self.finance), "--db", db]).status
                == 0)
        #expect(try await Store(path: db, create: false).contentFingerprint() == before)
        let badInvestments = try await CLI.run([
            "import", "planinvestments",
            try file(
                "bad-inv.csv",
                "version;year;node;project;category;amount\nv1;2025;C;A;building;1\nv1;2025;C;B;equipment;-5\n"
                    + "v1;2025;C;D;equipment;5\nv1;2025;C;D;equipment;6"),
            "--db", db,
        ])
        #expect(badInvestments.status == 65)
        for message in [
            "bad-inv.csv:2: category \"building\" is not one of", "bad-inv.csv:3: amount must be positive",
            "bad-inv.csv:5: D (equipment) of C 2025 is given twice (first on line 4)",
        ] {
            #expect(badInvestments.stderr.contains(message), "\(message) in \(badInvestments.stderr)")
        }
        let unknown = try await CLI.run([
            "import", "planinvestments",
            try file("unknown.csv", "version;year;node;project;category;amount\nv1;2025;X9;A;equipment;1"), "--db", db,
        ])
        #expect(unknown.status == 65 && unknown.stderr.contains("unknown.csv:2: unknown organisation node \"X9\""))
        let badFinance = try await CLI.run([
            "import", "planfinance",
            try file(
                "bad-fin.csv",
                "version;year;item;category;value\nv1;2025;avskrivningstid;equipment;5\nv1;;ränta;;2\n"
                    + "v1;2025;ränta;property;2\nv1;;avskrivningstid;equipment;2.5\nv1;2025;upplåning;;-1"),
            "--db", db,
        ])
        #expect(badFinance.status == 65)
        for message in [
            "bad-fin.csv:2: avskrivningstid is for every year", "bad-fin.csv:3: ränta needs year",
            "bad-fin.csv:4: category is for avskrivningstid only", "bad-fin.csv:5: avskrivningstid 2.5 is not a whole",
            "bad-fin.csv:6: upplåning is kronor, not negative",
        ] {
            #expect(badFinance.stderr.contains(message), "\(message) in \(badFinance.stderr)")
        }
        let computed = try await CLI.run([
            "import", "frames",
            try file("cap.csv", "version;year;node;kind;label;amount\nv1;2025;C;kapitalkostnad;x;5"), "--db", db,
        ])
        #expect(computed.status == 65 && computed.stderr.contains("cap.csv:2: kapitalkostnad is computed"))
        #expect(try await Store(path: db, create: false).contentFingerprint() == before)
    }
}
