import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// `balans ratios` (with `--org`): a committee's key ratios are its hired-staff share (seed 003 §71:
/// Hallands sjukhus above 2 %); the organisation-wide ratios are null for it.
@Suite struct CommitteeRatioTests {
    @Test(arguments: TestBackend.all) func hallandsSjukhus(_ backend: TestBackend) async throws {
        let db = try await CLI.demoDatabase(backend)
        let r = try await CLI.run(["ratios", "--period", "2024-04", "--org", "HS", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["organisation"] as? String == "Driftnämnden Hallands sjukhus")
        let outcome = try #require(json["outcome"] as? [String: Any])
        // 50 % of the region's hired costs (246 251 tkr R12) over 40 % of its personnel costs (5 025 mnkr).
        let share = try #require(outcome["hiredStaffCostShare"] as? NSNumber)
        #expect(Decimal(string: share.stringValue)!.roundedHalfAwayFromZero(scale: 1) == Decimal(string: "6.1"))
        #expect(outcome["resultToTaxRevenue"] is NSNull && outcome["equityRatio"] is NSNull)
        let unknown = try await CLI.run(["ratios", "--period", "2024-04", "--org", "XX", "--db", db])
        #expect(unknown.status == 65 && unknown.stderr.contains("no organisation node \"XX\" in 2024"))
        // The root is the whole organisation, as without --org.
        #expect(
            try await CLI.run(["ratios", "--period", "2024-04", "--org", "RH", "--db", db]).stdout
                == CLI.run(["ratios", "--period", "2024-04", "--db", db]).stdout)
    }

    @Test(arguments: TestBackend.all) func ratiosCarryTheHiredStaffShare(_ backend: TestBackend) async throws {
        let r = try await CLI.run([
            "ratios", "--period", "2024-04", "--db", CLI.demoDatabase(backend), "--format", "json",
        ])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let outcome = try #require(json["outcome"] as? [String: Any])
        let share = try #require(outcome["hiredStaffCostShare"] as? NSNumber)
        // 4,9 % — display check only; the value is exact Decimal in Balans
        #expect((share.doubleValue * 10).rounded() == 49)
        #expect((json["forecast"] as? [String: Any])?["hiredStaffCostShare"] is NSNull)
        // And the ur1 report shows the staff table.
        let md = try String(
            contentsOf: await CLI.demo(backend).get().appendingPathComponent("reports/ur1-2024-04.md"), encoding: .utf8)
        #expect(
            md.contains(
                "| Bemanningspersonal kostnad – läkare och sjuksköterskor (tkr) | 239 032 | – | 246 "
                    + "251 |"))
        #expect(md.contains("| Personalomsättning | 14,9 % | 11,0 % | 12,5 % |"))
    }
}
