import BalansTestSupport
import Foundation
import Testing

/// The hired-staff target and the financial goals' targets are the organisation's data (issue 14),
/// as the larger-deviations threshold is (`PolicyTests`): each setting changes the report, and the
/// defaults are the values the reports used before.
@Suite struct ReportPolicyTests {
    static func report(_ kind: String, _ period: String, in dir: URL, db: String) async throws -> String {
        let out = dir.appendingPathComponent("\(kind).md")
        let run = try await CLI.run([
            "report", kind, "--period", period, "--format", "md", "--out", out.path, "--db", db,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        return try String(contentsOf: out, encoding: .utf8)
    }

    static func set(_ key: String, _ value: String, db: String) async throws -> CLI.Outcome {
        // "--" ends the options, so that a negative value is not read as one.
        try await CLI.run(["organisation", "set", "--db", db, "--", key, value])
    }

    /// 2023 has staff data without a target of its own, so the beslutsförslag applies the
    /// organisation's: 2 % names four committees; at 7.5 % only the one above it is left.
    @Test(arguments: TestBackend.all) func theHiredStaffTargetIsTheOrganisations(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await CLI.copyOfDemo(backend, in: dir)
        func decision() async throws -> String {
            let md = try await Self.report("arsredovisning", "2023-12", in: dir, db: db)
            let line = md.split(separator: "\n").first { $0.hasPrefix("- uppmärksamma att") }
            return line.map(String.init) ?? ""
        }
        let standard = try await decision()
        #expect(
            standard == "- uppmärksamma att driftnämnderna för Hallands sjukhus, Ambulans, diagnostik och hälsa, "
                + "Psykiatri och Närsjukvården Halland inte uppnår målet om maximalt två procent "
                + "bemanningskostnader i relation till personalkostnader för egen personal")
        await #expect(try Self.set("hired-staff-target", "7.5", db: db).status == 0)
        let raised = try await decision()
        // Psykiatri alone is above 7.5 % (Hallands sjukhus, Ambulans and Närsjukvården are not).
        #expect(
            raised == "- uppmärksamma att Driftnämnden Psykiatri inte uppnår målet om maximalt 7,5 procent "
                + "bemanningskostnader i relation till personalkostnader för egen personal")
        let refused = try await Self.set("hired-staff-target", "-1", db: db)
        #expect(refused.status == 65 && refused.stderr.contains("\"-1\" is not a non-negative percentage"))
    }

    /// The financial goals' table and sentences follow the organisation's targets.
    @Test(arguments: TestBackend.all) func theFinancialGoalsAreTheOrganisations(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await CLI.copyOfDemo(backend, in: dir)
        func goals() async throws -> String {
            let md = try await Self.report("ur1", "2024-04", in: dir, db: db)
            let start = try #require(md.range(of: "**Finansiella mål**"))
            return String(md[start.lowerBound...].prefix(1400))
        }
        let standard = try await goals()
        let result = "| Resultat i förhållande till skatteintäkter, statsbidrag och utjämning"
        #expect(standard.contains("\(result) | minst 2 % |"))
        #expect(standard.contains("| Självfinansieringsgrad av investeringarna | minst 100 % |"))
        #expect(standard.contains("| Soliditet inklusive pensionsförpliktelser | positiv |"))
        await #expect(try Self.set("financial-goal-result", "1.5", db: db).status == 0)
        await #expect(try Self.set("financial-goal-self-financing", "40", db: db).status == 0)
        await #expect(try Self.set("financial-goal-equity-incl-pensions", "-20", db: db).status == 0)
        let changed = try await goals()
        #expect(changed.contains("\(result) | minst 1,5 % |"))
        #expect(changed.contains("| Självfinansieringsgrad av investeringarna | minst 40 % |"))
        #expect(changed.contains("| Soliditet inklusive pensionsförpliktelser | över −20 % |"))
        #expect(changed.contains("det långsiktiga målvärdet på 40 procent."))
        #expect(changed != standard)
        let refused = try await Self.set("financial-goal-result", "två", db: db)
        #expect(refused.status == 65 && refused.stderr.contains("\"två\" is not a percentage"))
    }
}
