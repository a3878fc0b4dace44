import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import BalansWeb

/// Issue 15: every report kind for a committee (`?org=`), and only for whoever may read the
/// committee; without a node it is the region's report, which a committee controller may not
/// build.
@Suite struct CommitteeReportKindTests {
    @Test(arguments: TestBackend.all) func aCommitteeControllerGetsItsOwnReportOfEveryKind(_ backend: TestBackend)
        async throws
    {
        let store = try await WebFixture.store(backend)
        let app = Application(router: WebApp(store: store, secureCookies: false).router())
        try await app.test(.router) { client in
            var hs = Browser(client: client)
            try await hs.login("hs")
            let own = try await hs.get("/api/reports/ur1?period=2024-04&org=HS")
            #expect(own.status == .ok)
            let title = try JSONSerialization.jsonObject(with: Data(buffer: own.body)) as? [String: Any]
            #expect(title?["title"] as? String == "Uppföljningsrapport 1 2024 för Driftnämnden Hallands sjukhus")
            #expect(title?["kind"] as? String == "ur1")
            let page = try await hs.get("/rapporter/manad?period=2024-04&org=HS&format=html")
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("Månadsrapport april 2024 för Driftnämnden Hallands sjukhus"))
            // Another committee's, and the region's, are not the committee controller's.
            #expect(try await hs.get("/api/reports/ur1?period=2024-04&org=ADH").status == .forbidden)
            #expect(try await hs.get("/api/reports/ur1?period=2024-04").status == .forbidden)
            #expect(try await hs.get("/api/reports/ur1?period=2024-04&org=RH").status == .forbidden)
        }
    }
}
