import BalansCore
import BalansTestSupport
import Foundation
import Testing

/// Seed 000's goal-fulfilment counts and seed 001's activities not following plan, from the
/// example's activities.csv (issue 5, SPEC §4.6).
@Suite struct FulfilmentFigureTests {
    @Test func seed000CountsAgainstFebruary() async throws {
        let data = try await ExampleFixture.data()
        let g = GoalFulfilment.compute(data, node: "RS17", period: Period(year: 2017, month: 3)!)
        // "24 åtaganden delvis … två åtagande inte"; "i februarirapporten 12 delvis och inget inte".
        #expect(g.counts[.partly] == 24 && g.counts[.notFulfilled] == 2)
        #expect(g.previousPeriod == Period(year: 2017, month: 2))
        #expect(g.previousCounts[.partly] == 12 && g.previousCounts[.notFulfilled, default: 0] == 0)
        // "sex åtaganden inte har kommenterats eller prognossatts".
        #expect(g.unassessed == 6)
        let md = try await ExampleFixture.markdown("ur1-RS17-2017-03")
        #expect(
            md.contains(
                "Prognosen visar att 8 åtaganden uppfylls, 24 delvis och 2 inte. I uppföljningen efter två månader "
                    + "var det 12 som delvis och inget som inte bedömdes uppfyllas."
            ))
        #expect(md.contains("6 av 40 åtaganden har inte kommenterats eller prognossatts"))
    }

    @Test func seed001ActivitiesNotFollowingPlan() async throws {
        let data = try await ExampleFixture.data()
        let g = GoalFulfilment.compute(data, node: "RS17", period: Period(year: 2017, month: 7)!)
        // Six listed activities; the one following plan is left out.
        #expect(
            g.notFollowing.map(\.activity) == [
                "Rum i Halland-process för samplanering", "Seminarier om samhällsplanering", "Timbanksforumet",
                "RUM i Halland",
                "Samverkan nivåstrukturering med Södra sjukvårdsnämnden och Västra samverkansnämnden",
                "Process för att ta fram en regional etableringsverksamhet",
            ])
        let rum = try #require(g.notFollowing.first { $0.activity == "RUM i Halland" })
        #expect(
            rum.status == .notFollowing && rum.endDate == "2017-12-31" && rum.unit == "Näringsliv"
                && rum.comment == "Inte aktivt för närvarande.")
        // The demo's July report lists them, beside January–July's finance (the 2017 ledger runs to July).
        let md = try await ExampleFixture.markdown("manad-RS17-2017-07")
        #expect(
            md.contains(
                "| Anordnande och deltagande i större strategiska forum | RUM i Halland | Följer inte planeringen | "
                    + "2017-12-31 | Näringsliv | Inte aktivt för närvarande. |"
            ))
        #expect(!md.contains("Huvudboken för 2017 sträcker sig bara till och med mars"))
        #expect(md.contains("Resultatet efter sju månader är 159,4\u{00A0}mnkr"))
    }
}
